package org.counterpart.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;

/**
 * The start that the package, baseline and token scenarios share: a headquarters authority in folder "ca" and a
 * store holding a small demo workspace.
 */
final class CommandLineScenario {

	/** Runs the command line with a test's own environment and checks the exit code. */
	@FunctionalInterface
	interface Runner {
		CommandLineRun run(int expectedExit, String... arguments);
	}

	private CommandLineScenario() {
	}

	/** Creates the authority in {@code folder/ca} and imports the demo (seed 5, scale 1) into {@code folder/store}. */
	static void authorityAndDemoStore(Runner run, Path folder, String store) throws IOException {
		run.run(ExitCodes.OK, "authority", "init", "--ca", folder.resolve("ca").toString(), "--subject",
				"CN=Test HQ CA,O=Counterpart");
		Path demo = folder.resolve("demo.xmi");
		TheaterXmi.save(new DemoCountryGenerator(5, 1).generate(), demo);
		run.run(ExitCodes.OK, "store", "import-xmi", "--store", folder.resolve(store).toString(), demo.toString());
	}
}
