package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreStats;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli store ...}: create, fill, export and inspect an encrypted workspace store.
 */
@Command(name = "store", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Works with an encrypted workspace store. The passphrase comes from the environment variable",
				"COUNTERPART_PASSPHRASE, or is asked for on the terminal." },
		subcommands = { StoreCommand.Init.class, StoreCommand.ImportXmi.class, StoreCommand.ExportXmi.class,
				StoreCommand.Stats.class, StoreCommand.Hash.class })
public class StoreCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

	/** The {@code --store DIR} option that every store command takes. */
	static class StoreOption {
		@Option(names = "--store", required = true, paramLabel = "DIR|URL", converter = StoreLocation.Converter.class,
				description = { "The folder of the workspace store, or headquarters' shared store on PostgreSQL:",
						"jdbc:postgresql://HOST:PORT/DB?user=U (password from " + StoreLocation.PASSWORD_VARIABLE
								+ " or the terminal)." })
		StoreLocation location;
	}

	/** Opens the store in {@code directory} with the passphrase from the environment or the terminal. */
	static WorkspaceStore openStore(Path directory, Map<String, String> environment) throws CliException {
		if (!WorkspaceStore.exists(directory)) {
			throw CliException.failed(directory + " holds no workspace store. Create one with 'counterpart-cli store init' or 'store import-xmi'.", null);
		}
		CounterpartPackage.eINSTANCE.eClass(); // registers the model before the store resolves classes
		try {
			return WorkspaceStore.open(directory, PassphrasePrompt.existing(environment));
		} catch (StoreException e) {
			throw StoreSubcommand.failed(e);
		}
	}

	/**
	 * Warns on {@code err} if this computer's clock is far from the newest clock the store has received (see
	 * {@link ClockCheck}): checked when a store is unlocked to import or export.
	 */
	static void warnAboutClock(WorkspaceStore store, PrintWriter err) throws StoreException {
		ClockCheck.check(store, System.currentTimeMillis()).ifPresent(check -> err.println("warning: " + check.message()));
	}

	/** Shared plumbing of the store subcommands. */
	abstract static class StoreSubcommand extends CliSubcommand {

		@Mixin
		StoreOption store;

		WorkspaceStore open() throws CliException {
			return store.location.open(environment());
		}

		static CliException failed(StoreException e) {
			return CliException.failed(e.getMessage(), e);
		}
	}

	@Command(name = "init", mixinStandardHelpOptions = true, description = "Creates a new, empty workspace store in DIR.")
	static class Init extends StoreSubcommand {
		@Override
		public Integer call() throws CliException {
			if (store.location.isServer()) {
				try (WorkspaceStore opened = open()) {
					out().printf("The shared store at %s is ready: %,d objects (device %s)%n", store.location,
							opened.stats().objectCount(), opened.deviceId());
				} catch (StoreException e) {
					throw failed(e);
				}
				return ExitCodes.OK;
			}
			try (WorkspaceStore created = WorkspaceStore.create(store.location.directory(), PassphrasePrompt.newPassphrase(environment()))) {
				out().printf("Created an empty workspace store in %s (device %s)%n", store.location, created.deviceId());
			} catch (StoreException e) {
				throw failed(e);
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "import-xmi", mixinStandardHelpOptions = true,
			description = "Creates a new workspace store in DIR holding the workspace of an XMI export.")
	static class ImportXmi extends StoreSubcommand {
		private WorkspaceStore fillServer(Resource source) throws CliException, StoreException {
			WorkspaceStore opened = open();
			try {
				return fillServerStore(opened, source, store.location);
			} catch (CliException | StoreException | RuntimeException e) {
				opened.close();
				throw e;
			}
		}

		@Parameters(paramLabel = "FILE", description = "The XMI workspace export to import.")
		Path file;

		@Override
		public Integer call() throws CliException {
			Theater theater;
			try {
				theater = TheaterXmi.load(file);
			} catch (IOException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			Resource source = new ResourceImpl();
			source.getContents().add(theater);
			try (WorkspaceStore created = store.location.isServer() ? fillServer(source)
					: WorkspaceStore.importModel(store.location.directory(), PassphrasePrompt.newPassphrase(environment()), source)) {
				StoreStats stats = created.stats();
				out().printf("Imported %s into %s: %,d objects, %,d operations%n", file, store.location,
						stats.objectCount(), stats.journalSize());
			} catch (StoreException e) {
				throw failed(e);
			}
			return ExitCodes.OK;
		}
	}

	/** Fills an empty shared store with {@code source}: refused if it holds objects already. */
	private static WorkspaceStore fillServerStore(WorkspaceStore opened, Resource source, StoreLocation location)
			throws StoreException, CliException {
		if (opened.stats().objectCount() > 0) {
			throw CliException.failed("The shared store at " + location + " holds a workspace already. Nothing was imported.", null);
		}
		Resource target = opened.load();
		target.getContents().addAll(source.getContents());
		opened.save();
		return opened;
	}

	@Command(name = "export-xmi", mixinStandardHelpOptions = true,
			description = "Writes the workspace held in DIR as an XMI export.")
	static class ExportXmi extends StoreSubcommand {
		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The XMI file to write.")
		Path out;

		@Option(names = "--force", description = "Replace FILE if it exists.")
		boolean force;

		@Override
		public Integer call() throws CliException {
			if (Files.exists(out) && !force) {
				throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
			}
			try (WorkspaceStore opened = open()) {
				Resource resource = opened.load();
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
					throw CliException.failed("The workspace store in " + store.location + " is empty: there is nothing to export.", null);
				}
				TheaterXmi.save(theater, out);
				out().printf("Exported %,d objects from %s to %s%n", opened.stats().objectCount(), store.location, out);
			} catch (StoreException e) {
				throw failed(e);
			} catch (IOException e) {
				throw CliException.failed("Cannot write " + out + ": " + e.getMessage(), e);
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints figures about the workspace store in DIR.")
	static class Stats extends StoreSubcommand {
		@Override
		public Integer call() throws CliException {
			try (WorkspaceStore opened = open()) {
				StoreStats stats = opened.stats();
				PrintWriter out = out();
				out.printf("store:      %s%n", store.location);
				out.printf("device:     %s%n", stats.deviceId());
				out.printf("objects:    %,d%n", stats.objectCount());
				out.printf("operations: %,d%n", stats.journalSize());
				out.printf("sequence:   %d%n", stats.lastSequence());
				out.printf("clock:      %d%n", stats.lastTimestamp());
			} catch (StoreException e) {
				throw failed(e);
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "hash", mixinStandardHelpOptions = true,
			description = { "Prints the canonical hash of the workspace state in DIR.",
					"Equal states give equal hashes, whatever their history." })
	static class Hash extends StoreSubcommand {
		@Override
		public Integer call() throws CliException {
			try (WorkspaceStore opened = open()) {
				out().println(opened.stateHash());
			} catch (StoreException e) {
				throw failed(e);
			}
			return ExitCodes.OK;
		}
	}
}
