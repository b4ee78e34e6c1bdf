package org.counterpart.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli demo}: writes the fictional demo country as an XMI workspace export.
 */
@Command(name = "demo", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
		description = { "Writes the demo workspace, a fictional partner country, as an XMI workspace export.",
				"The same seed and scale always give the same workspace." },
		subcommands = DemoMutateCommand.class)
public class DemoCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	// Not required by picocli, so that 'demo mutate' can do without it; call() asks for it.
	@Option(names = "--out", paramLabel = "FILE", description = "The XMI file to write (required).")
	Path out;

	@Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--scale", paramLabel = "K", defaultValue = "1",
			description = "Size as a multiple of the standard demo: 1 gives about 1,600 objects, 100 about 150,000 (default: ${DEFAULT-VALUE}).")
	int scale;

	@Option(names = "--force", description = "Replace FILE if it exists.")
	boolean force;

	@Override
	public Integer call() throws CliException {
		if (out == null) {
			throw CliException.usage("Missing required option: '--out=FILE'. Run 'counterpart-cli demo --help' for the options.");
		}
		if (scale < 1) {
			throw CliException.usage("--scale must be 1 or more, not " + scale + ".");
		}
		if (Files.exists(out) && !force) {
			throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
		}
		Theater theater = new DemoCountryGenerator(seed, scale).generate();
		try {
			TheaterXmi.save(theater, out);
		} catch (IOException e) {
			throw CliException.failed("Cannot write " + out + ": " + e.getMessage(), e);
		}
		spec.commandLine().getOut().printf("Wrote %s (seed %d, scale %d): %,d objects to %s%n",
				theater.getPartnerCountry(), seed, scale, WorkspaceCounts.objects(theater), out);
		return ExitCodes.OK;
	}
}
