package org.counterpart.cli.internal;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand needs from the command line: its output and the process environment.
 */
abstract class CliSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	Map<String, String> environment() {
		return ((RootCommand) spec.root().userObject()).environment();
	}

	PrintWriter out() {
		return spec.commandLine().getOut();
	}
}
