package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.cli.ExitCodes;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.xmi.TheaterXmi;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DemoAndValidateCommandTest {

	@TempDir
	Path folder;

	@Test
	public void demoWritesTheGeneratedWorkspace() throws Exception {
		Path file = folder.resolve("valmaa.xmi");
		CommandLineRun run = CommandLineRun.of("demo", "--out", file.toString(), "--seed", "7");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Wrote Republic of Valmaa (seed 7, scale 1): "), run.out());
		assertTrue(EcoreUtil.equals(new DemoCountryGenerator(7, 1).generate(), TheaterXmi.load(file)),
				"the file holds the demo workspace of seed 7");
	}

	@Test
	public void demoRefusesToOverwriteWithoutForce() throws Exception {
		Path file = folder.resolve("precious.xmi");
		byte[] precious = "an officer's only copy".getBytes(StandardCharsets.UTF_8);
		Files.write(file, precious);
		CommandLineRun run = CommandLineRun.of("demo", "--out", file.toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("exists already"), run.err());
		assertArrayEquals(precious, Files.readAllBytes(file), "the existing file is untouched");

		CommandLineRun forced = CommandLineRun.of("demo", "--out", file.toString(), "--force");
		assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
	}

	@Test
	public void demoRejectsAScaleBelowOne() {
		CommandLineRun run = CommandLineRun.of("demo", "--out", folder.resolve("x.xmi").toString(), "--scale", "0");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("--scale must be 1 or more"), run.err());
		assertFalse(Files.exists(folder.resolve("x.xmi")));
	}

	@Test
	public void validateReportsACleanDemo() throws Exception {
		Path file = folder.resolve("demo.xmi");
		TheaterXmi.save(new DemoCountryGenerator(1, 1).generate(), file);
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
		String summary = run.out().lines().reduce((first, second) -> second).orElse("");
		assertTrue(summary.startsWith(file + ": "), summary);
		assertTrue(summary.contains(" objects, 0 errors, "), summary);
		assertFalse(run.out().contains("error: "), run.out());
	}

	@Test
	public void validatePrintsEachErrorAndExitsWithOne() throws Exception {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		Relationship relationship = theater.getRelationships().get(0);
		relationship.setTarget(relationship.getSource());
		Path file = folder.resolve("broken.xmi");
		TheaterXmi.save(theater, file);

		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(ExitCodes.PROBLEMS_FOUND, run.exitCode());
		assertTrue(run.out().lines().anyMatch(line -> line.startsWith("error: Relationship ") && line.contains("to itself")),
				run.out());
		assertTrue(run.out().contains(" objects, 1 error, "), run.out());
	}

	@Test
	public void validateExplainsAFileThatIsNotAWorkspace() throws Exception {
		Path file = folder.resolve("notes.xmi");
		Files.writeString(file, "<notes>not a workspace</notes>");
		CommandLineRun run = CommandLineRun.of("validate", file.toString());
		assertEquals(ExitCodes.FAILED, run.exitCode());
		assertTrue(run.err().startsWith("counterpart-cli: Cannot import " + file), run.err());
		assertEquals(1, run.err().lines().count(), "one clear line, no stack trace: " + run.err());
	}

	@Test
	public void validateExplainsAMissingFile() {
		CommandLineRun run = CommandLineRun.of("validate", folder.resolve("missing.xmi").toString());
		assertEquals(ExitCodes.FAILED, run.exitCode());
		assertTrue(run.err().contains("does not exist"), run.err());
	}
}
