package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.counterpart.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

public class CounterpartCommandLineTest {

	@Test
	public void versionNamesProductAndBundleVersion() {
		CommandLineRun run = CommandLineRun.of("--version");
		Version version = FrameworkUtil.getBundle(org.counterpart.cli.CounterpartCommandLine.class).getVersion();
		String expected = "Counterpart " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().startsWith(expected + " (build " + version.getQualifier() + ")"), run.out());
		assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
	}

	@Test
	public void helpListsUsageAndExitCodes() {
		CommandLineRun run = CommandLineRun.of("--help");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().contains("Usage: counterpart-cli"), run.out());
		assertTrue(run.out().contains("--version"), run.out());
		assertTrue(run.out().contains("Exit codes: 0 done, 1 problems found, 2 usage error, 3 failed."), run.out());
		assertEquals("", run.err());
	}

	@Test
	public void unknownCommandIsAUsageErrorWithOneClearLine() {
		CommandLineRun run = CommandLineRun.of("frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().startsWith("counterpart-cli: Unmatched argument at index 0: 'frobnicate'"), run.err());
		assertTrue(run.err().contains("Run 'counterpart-cli --help' for usage."), run.err());
		assertEquals("", run.out());
	}

	@Test
	public void unknownOptionIsAUsageError() {
		CommandLineRun run = CommandLineRun.of("--frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
	}

	@Test
	public void noCommandPrintsUsageToErrorsAndFails() {
		CommandLineRun run = CommandLineRun.of();
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("Usage: counterpart-cli"), run.err());
	}
}
