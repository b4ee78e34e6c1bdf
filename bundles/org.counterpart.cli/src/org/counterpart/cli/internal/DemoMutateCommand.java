package org.counterpart.cli.internal;

import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli demo mutate}: makes realistic offline edits in a workspace store and saves them as one
 * transaction, so that tests, benchmarks and exercises have a journal to export, package and merge.
 */
@Command(name = "mutate", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Makes N realistic offline edits in a workspace store and saves them as one transaction.",
				"The edits are new observations and contacts, changed fields, moved and deleted objects.",
				"The same seed on the same workspace state always gives the same edits.",
				"The passphrase comes from COUNTERPART_PASSPHRASE, or is asked for on the terminal." })
public class DemoMutateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--store", required = true, paramLabel = "DIR|URL", converter = StoreLocation.Converter.class,
			description = "The folder of the workspace store, or a shared store's jdbc:postgresql:// URL.")
	StoreLocation directory;

	@Option(names = "--edits", required = true, paramLabel = "N", description = "How many edits to make, 1 or more.")
	int edits;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the edits (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--author", paramLabel = "NAME",
			description = "Who makes the edits: creator of new objects and author of new observations (default: the store's device).")
	String author;

	@Override
	public Integer call() throws CliException {
		if (edits < 1) {
			throw CliException.usage("--edits must be 1 or more, not " + edits + ".");
		}
		if (author != null && author.isBlank()) {
			throw CliException.usage("--author must not be empty.");
		}
		try (WorkspaceStore store = directory.open(((RootCommand) spec.root().userObject()).environment())) {
			Resource resource = store.load();
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
				throw CliException.failed("The workspace store in " + directory
						+ " is empty: there is nothing to edit. Fill it first, e.g. with 'counterpart-cli store import-xmi'.", null);
			}
			String by = author != null ? author : "device " + store.deviceId();
			OfflineEditGenerator.Summary summary = new OfflineEditGenerator(seed, by).apply(theater, edits);
			int operations = store.save();
			spec.commandLine().getOut().printf("Made %,d edits in %s: %s; %,d operations saved%n", summary.total(), directory, summary,
					operations);
		} catch (StoreException e) {
			throw CliException.failed(e.getMessage(), e);
		}
		return ExitCodes.OK;
	}
}
