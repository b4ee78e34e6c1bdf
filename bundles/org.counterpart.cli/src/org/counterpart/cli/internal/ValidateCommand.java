package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Theater;
import org.counterpart.model.validation.WorkspaceValidation;
import org.counterpart.model.xmi.TheaterXmi;
import org.eclipse.emf.common.util.Diagnostic;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli validate FILE}: checks a workspace export the way an HQ reviewer would.
 */
@Command(name = "validate", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Checks an XMI workspace export: prints each problem, then a summary line.",
				"Exits with 1 if there is any error (warnings alone exit with 0)." })
public class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The XMI workspace export to check.")
	Path file;

	@Override
	public Integer call() throws CliException {
		Theater theater;
		try {
			theater = TheaterXmi.load(file);
		} catch (IOException e) {
			throw CliException.failed(e.getMessage(), e);
		}
		Diagnostic diagnostic = WorkspaceValidation.validate(theater);
		List<Diagnostic> errors = WorkspaceValidation.problems(diagnostic, Diagnostic.ERROR);
		List<Diagnostic> warnings = WorkspaceValidation.problems(diagnostic, Diagnostic.WARNING);
		PrintWriter out = spec.commandLine().getOut();
		for (Diagnostic error : errors) {
			out.println("error: " + error.getMessage());
		}
		for (Diagnostic warning : warnings) {
			out.println("warning: " + warning.getMessage());
		}
		out.printf("%s: %,d objects, %d %s, %d %s%n", file, WorkspaceCounts.objects(theater), errors.size(),
				errors.size() == 1 ? "error" : "errors", warnings.size(), warnings.size() == 1 ? "warning" : "warnings");
		return errors.isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
	}
}
