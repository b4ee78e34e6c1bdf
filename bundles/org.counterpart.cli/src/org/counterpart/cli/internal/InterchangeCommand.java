package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.interchange.ColumnMapping;
import org.counterpart.interchange.CsvKind;
import org.counterpart.interchange.Duplicate;
import org.counterpart.interchange.ExportFormat;
import org.counterpart.interchange.ExportReport;
import org.counterpart.interchange.ImportFormat;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeExport;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.interchange.Refusal;
import org.counterpart.interchange.RowProblem;
import org.counterpart.model.Theater;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli interchange ...}: observations and contacts out to, and institutions, contacts and GPS
 * points in from, the field formats other tools use (CSV, GeoJSON, KML, vCard, GPX).
 */
@Command(name = "interchange", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Exchanges observations, contacts and institutions with spreadsheets, GPS units, phones and GIS.",
				"The passphrase comes from the environment variable COUNTERPART_PASSPHRASE, or is asked for on the terminal." },
		subcommands = { InterchangeCommand.Export.class, InterchangeCommand.Import.class })
public class InterchangeCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}

	static Theater theaterOf(Resource resource, StoreLocation store) throws CliException {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater theater)) {
			throw CliException.failed("The workspace store in " + store + " is empty: it holds no workspace.", null);
		}
		return theater;
	}

	@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
			description = { "Writes the workspace's observations (csv, geojson, kml) or contacts (vcard) to FILE.",
					"With --country, what that country may not see is left out and listed; every file carries the marking." })
	static class Export extends CliSubcommand {

		@Mixin
		StoreCommand.StoreOption store;

		@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, geojson, kml or vcard.")
		String format;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
		Path out;

		@Option(names = "--country", paramLabel = "CODE",
				description = "The recipient's country (ISO 3166-1 alpha-3, e.g. DEU); default: the owner, USA, who may see everything.")
		String country;

		@Option(names = "--force", description = "Replace FILE if it exists.")
		boolean force;

		@Override
		public Integer call() throws CliException {
			ExportFormat exportFormat = parse(ExportFormat.class, format, "csv, geojson, kml or vcard");
			String recipient;
			try {
				recipient = InterchangeExport.checkedCountry(country);
			} catch (IllegalArgumentException e) {
				throw CliException.usage(e.getMessage());
			}
			if (Files.exists(out) && !force) {
				throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
			}
			try (WorkspaceStore opened = store.location.open(environment())) {
				Theater theater = theaterOf(opened.load(), store.location);
				ExportReport report = InterchangeExport.writeFile(theater, exportFormat, recipient, opened.isExercise(), out);
				PrintWriter output = out();
				output.printf("Wrote %s: %s%n", out, report.summary());
				for (Refusal refusal : report.refused()) {
					output.printf("  left out: %s%n", refusal);
				}
				for (Refusal refusal : report.unlocated()) {
					output.printf("  left out: %s%n", refusal);
				}
			} catch (StoreException e) {
				throw CliException.failed(e.getMessage(), e);
			} catch (IOException e) {
				throw CliException.failed("Cannot write " + out + ": " + e.getMessage(), e);
			}
			return ExitCodes.OK;
		}
	}

	@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
			description = { "Reads institutions or contacts (csv, with --kind), contacts (vcard) or GPS waypoints and tracks",
					"as draft observations (gpx) from FILE, and adds them to the store as one edit.",
					"Duplicates (the same vCard UID, or the same name and affiliation) are listed and left out.",
					"Nothing is saved while any row cannot be taken; --dry-run only reports." })
	static class Import extends CliSubcommand {

		@Mixin
		StoreCommand.StoreOption store;

		@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, vcard or gpx.")
		String format;

		@Option(names = "--kind", paramLabel = "KIND", description = "What the rows of a CSV file are: institutions or contacts.")
		String kind;

		@Option(names = "--map", paramLabel = "FIELD=COLUMN,...",
				description = { "Which CSV column fills which field, e.g. name=Institution,acronym=Short;",
						"a field not named takes the column of its own name. Institutions: name, acronym, kind, parent,",
						"location, notes. Contacts: familyName, givenName, rank, position, affiliation, nationality,",
						"languages, channels, disposition, notes." })
		String map;

		@Option(names = "--dry-run", description = "Report what the import would add, leave out and refuse; save nothing.")
		boolean dryRun;

		@Option(names = "--author", paramLabel = "NAME", description = "Who creates the objects (default: the store's device).")
		String author;

		@Parameters(paramLabel = "FILE", description = "The file to import.")
		Path file;

		@Override
		public Integer call() throws CliException {
			ImportFormat importFormat = parse(ImportFormat.class, format, "csv, vcard or gpx");
			CsvKind csvKind = null;
			ColumnMapping mapping = null;
			if (importFormat == ImportFormat.CSV) {
				csvKind = kind == null ? null : CsvKind.byLabel(kind);
				if (csvKind == null) {
					throw CliException.usage("A CSV import needs --kind institutions or --kind contacts.");
				}
				try {
					mapping = ColumnMapping.parse(map, csvKind);
				} catch (IllegalArgumentException e) {
					throw CliException.usage(e.getMessage());
				}
			} else if (kind != null || map != null) {
				throw CliException.usage("--kind and --map are for CSV imports only.");
			}
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				throw CliException.failed("Cannot read " + file + ": " + e.getMessage(), e);
			}
			try (WorkspaceStore opened = store.location.open(environment())) {
				Theater theater = theaterOf(opened.load(), store.location);
				String by = author != null && !author.isBlank() ? author : "device " + opened.deviceId();
				ImportPlan plan;
				try {
					plan = new InterchangeImport(theater, by, new Date(), opened.isExercise()).read(importFormat, csvKind, mapping, bytes,
							String.valueOf(file.getFileName()));
				} catch (InterchangeException e) {
					String message = e.getMessage().contains("Nothing was imported") ? e.getMessage()
							: e.getMessage() + " Nothing was imported.";
					throw CliException.failed(file + ": " + message, e);
				}
				PrintWriter output = out();
				for (Duplicate duplicate : plan.duplicates()) {
					output.printf("  duplicate, left out: %s%n", duplicate);
				}
				for (RowProblem problem : plan.problems()) {
					output.printf("  cannot take: %s%n", problem);
				}
				if (dryRun) {
					output.printf("Dry run of %s: %s. Nothing was saved.%n", file, plan.summary());
					return plan.canImport() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
				}
				if (!plan.canImport()) {
					throw CliException.failed(file + ": " + plan.problems().size() + " of its rows cannot be taken (listed above). "
							+ "Correct them, or remove them, and import again. Nothing was imported.", null);
				}
				if (plan.objects().isEmpty()) {
					output.printf("Nothing to import from %s: %s.%n", file, plan.summary());
					return ExitCodes.OK;
				}
				new BasicCommandStack().execute(plan.toCommand(null));
				int operations = opened.save();
				output.printf("Imported %d %s from %s into %s (%d duplicates left out); %,d operations saved%n", plan.objects().size(),
						plan.kind(), file, store.location, plan.duplicates().size(), operations);
			} catch (StoreException e) {
				throw CliException.failed(e.getMessage(), e);
			}
			return ExitCodes.OK;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String choices) throws CliException {
		try {
			return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw CliException.usage("--format must be " + choices + ", not '" + text + "'.");
		}
	}
}
