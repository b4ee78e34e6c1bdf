package org.counterpart.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;

import org.counterpart.cli.internal.RootCommand;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code counterpart-cli} command line: parses the arguments, runs the subcommand, and turns
 * errors into one clear line and an {@link ExitCodes exit code}.
 */
public final class CounterpartCommandLine {

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, String> environment;

	/**
	 * @param out where results go
	 * @param err where messages and errors go
	 * @param environment the process environment (for example COUNTERPART_PASSPHRASE)
	 */
	public CounterpartCommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = Map.copyOf(environment);
	}

	/** Runs one command line and returns its exit code. */
	public int execute(String... arguments) {
		CommandLine commandLine = new CommandLine(new RootCommand(environment));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setExitCodeExceptionMapper(CounterpartCommandLine::exitCodeOf);
		commandLine.setParameterExceptionHandler(usageErrorHandler());
		commandLine.setExecutionExceptionHandler(executionErrorHandler());
		commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
		commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.FAILED);
		return commandLine.execute(arguments);
	}

	private static int exitCodeOf(Throwable exception) {
		if (exception instanceof CliException cliException) {
			return cliException.exitCode();
		}
		return exception instanceof ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED;
	}

	private static IParameterExceptionHandler usageErrorHandler() {
		return (ParameterException exception, String[] arguments) -> {
			CommandLine command = exception.getCommandLine();
			PrintWriter errors = command.getErr();
			errors.println("counterpart-cli: " + exception.getMessage()); //$NON-NLS-1$
			errors.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage."); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCodes.USAGE;
		};
	}

	private static IExecutionExceptionHandler executionErrorHandler() {
		return (Exception exception, CommandLine command, ParseResult parseResult) -> {
			PrintWriter errors = command.getErr();
			if (exception instanceof CliException cliException) {
				errors.println("counterpart-cli: " + cliException.getMessage()); //$NON-NLS-1$
				return cliException.exitCode();
			}
			// Not a user error: say so plainly, with the stack trace for a bug report.
			errors.println("counterpart-cli: internal error: " + exception); //$NON-NLS-1$
			exception.printStackTrace(errors);
			return ExitCodes.FAILED;
		};
	}
}
