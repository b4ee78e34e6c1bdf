package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.counterpart.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --max-clock-drift}: a span such as 12h, 3d or PT36H; anything else, zero, or more than the clock
 * itself takes, is a usage error with one clear line. (The bound's effect on packages is tested with the reader.)
 */
public class ClockDriftOptionTest {

	@TempDir
	Path folder;

	private CommandLineRun importWith(String drift) throws Exception {
		Files.writeString(folder.resolve("p.cpkg"), "not a package");
		return CommandLineRun.of(Map.of("COUNTERPART_PASSPHRASE", "store-secret-passphrase"), "import", "--store",
				folder.resolve("s").toString(), "--max-clock-drift", drift, folder.resolve("p.cpkg").toString());
	}

	@Test
	public void aDriftThatIsNotASpanIsAUsageError() throws Exception {
		CommandLineRun words = importWith("soon");
		assertEquals(ExitCodes.USAGE, words.exitCode(), words.err());
		assertTrue(words.err().contains("'soon' is not a duration") && words.err().contains("12h"), words.err());

		CommandLineRun zero = importWith("0s");
		assertEquals(ExitCodes.USAGE, zero.exitCode(), zero.err());
		assertTrue(zero.err().contains("--max-clock-drift: the clock drift must be positive"), zero.err());

		CommandLineRun tooMuch = importWith("999999w");
		assertEquals(ExitCodes.USAGE, tooMuch.exitCode(), tooMuch.err());
		assertTrue(tooMuch.err().contains("at most"), tooMuch.err());
	}

	@Test
	public void aValidDriftIsTakenAndTheImportGoesOn() throws Exception {
		for (String drift : new String[] { "90s", "36h", "3d", "2w", "PT36H", "P3D" }) {
			CommandLineRun run = importWith(drift);
			// past the option: the missing store is what stops it
			assertEquals(ExitCodes.FAILED, run.exitCode(), drift + ": " + run.err());
			assertTrue(run.err().contains("holds no workspace store") || run.err().contains("No headquarters CA"),
					drift + ": " + run.err());
		}
	}
}
