package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counterpart-cli} from the materialized product.
 */
class CommandLineSmokeTest {

	@TempDir
	Path home;

	@Test
	void versionIsTheBuiltVersion() throws Exception {
		String release = System.getProperty("counterpart.product.version").replace("-SNAPSHOT", "");
		ProductProcess.Result result = ProductProcess.run(home, 120, "counterpart-cli", "--version");
		assertEquals(0, result.exitCode(), result.err());
		String firstLine = result.out().lines().findFirst().orElse("");
		assertTrue(Pattern.matches("Counterpart " + Pattern.quote(release) + " \\(build v\\d{8}-\\d{4}\\)", firstLine),
				firstLine);
		assertEquals("", result.err());
	}

	@Test
	void helpListsTheCommands() throws Exception {
		ProductProcess.Result result = ProductProcess.run(home, 120, "counterpart-cli", "--help");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains("Usage: counterpart-cli"), result.out());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 100 })
	void demoWorkspaceValidatesClean(int scale) throws Exception {
		String file = home.resolve("demo-" + scale + ".xmi").toString();
		ProductProcess.Result demo = ProductProcess.run(home, 600, "counterpart-cli", "demo", "--out", file, "--scale",
				Integer.toString(scale));
		assertEquals(0, demo.exitCode(), demo.err());
		ProductProcess.Result validate = ProductProcess.run(home, 600, "counterpart-cli", "validate", file);
		assertEquals(0, validate.exitCode(), validate.out() + validate.err());
		String summary = validate.out().lines().reduce((first, second) -> second).orElse("");
		assertTrue(summary.matches(Pattern.quote(file) + ": [0-9,]+ objects, 0 errors, \\d+ warnings?"), summary);
	}

	@Test
	void unknownCommandFailsWithAUsageError() throws Exception {
		ProductProcess.Result result = ProductProcess.run(home, 120, "counterpart-cli", "no-such-command");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("counterpart-cli: "), result.err());
	}
}
