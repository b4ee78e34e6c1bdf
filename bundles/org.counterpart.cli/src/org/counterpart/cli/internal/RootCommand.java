package org.counterpart.cli.internal;

import java.util.Map;
import java.util.concurrent.Callable;

import org.counterpart.cli.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli} itself: the subcommands, {@code --help} and {@code --version}.
 */
@Command(name = "counterpart-cli", mixinStandardHelpOptions = true, versionProvider = CounterpartVersion.class,
		sortOptions = false, usageHelpAutoWidth = true,
		header = "Counterpart command line: workspaces, packages and headquarters tasks without the workbench.",
		synopsisSubcommandLabel = "COMMAND",
		footer = { "", "Exit codes: 0 done, 1 problems found, 2 usage error, 3 failed.",
				"Run 'counterpart-cli help COMMAND' for a command's options." },
		subcommands = { HelpCommand.class, DemoCommand.class, ValidateCommand.class, StoreCommand.class,
				AuthorityCommand.class, DeviceCommand.class, ExportCommand.class, ImportCommand.class,
				BaselineCommand.class, ConflictsCommand.class, DiagramCommand.class, InterchangeCommand.class,
				ExerciseCommand.class })
public class RootCommand implements Callable<Integer> {

	private final Map<String, String> environment;

	@Spec
	CommandSpec spec;

	public RootCommand(Map<String, String> environment) {
		this.environment = environment;
	}

	/** The process environment, for subcommands that read settings from it. */
	public Map<String, String> environment() {
		return environment;
	}

	@Override
	public Integer call() {
		// No subcommand: show what there is, and treat it as a usage error so scripts notice.
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCodes.USAGE;
	}
}
