package org.counterpart.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.counterpart.cli.CounterpartCommandLine;

/**
 * One run of the command line with captured output, for tests.
 */
public record CommandLineRun(int exitCode, String out, String err) {

	public static CommandLineRun of(Map<String, String> environment, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int exitCode = new CounterpartCommandLine(outStream, errStream, environment).execute(arguments);
			return new CommandLineRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	public static CommandLineRun of(String... arguments) {
		return of(Map.of(), arguments);
	}
}
