package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code counterpart} from the materialized product, waits for its window, saves a screenshot,
 * and checks that nothing went wrong on the way.
 */
class WorkbenchSmokeTest {

	/** An error entry of the platform log, or a stack trace. */
	private static final Pattern LOGGED_PROBLEM = Pattern.compile("(?m)^!ENTRY \\S+ 4 |Exception|^\\s+at \\S+\\(");

	@TempDir
	Path home;

	@Test
	void windowComesUpWithoutErrors() throws Exception {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			fail("The product smoke test needs an X display: run the build under 'xvfb-run -a'.");
		}
		Path console = home.resolve("console.txt");
		Process workbench = ProductProcess.builder(home, "counterpart", "-consoleLog").redirectErrorStream(true)
				.redirectOutput(console.toFile()).start();
		try {
			waitForWindow(workbench, console);
			// The script replaces itself with the JVM: the process runs the product's own Java runtime.
			assertEquals(ProductProcess.linkedRuntime().resolve("bin/java").toRealPath(),
					Path.of("/proc", Long.toString(workbench.pid()), "exe").toRealPath());
			Path screenshot = Path.of(System.getProperty("counterpart.screenshots", "target/screenshots"))
					.resolve("product-workbench.png");
			Files.createDirectories(screenshot.getParent());
			Thread.sleep(2000); // let the first paint finish
			ProcessBuilder capture = new ProcessBuilder("import", "-display", display, "-window", "root",
					screenshot.toString()).redirectErrorStream(true);
			assertEquals(0, runTool(capture), "screenshot with ImageMagick's import failed");
			assertTrue(Files.size(screenshot) > 10_000, "screenshot is implausibly small: " + screenshot);
			assertTrue(workbench.isAlive(), "the workbench exited: " + Files.readString(console));
		} finally {
			workbench.destroy();
			workbench.waitFor(30, TimeUnit.SECONDS);
			workbench.destroyForcibly();
		}
		assertNoLoggedProblems(console);
		assertNoLoggedProblems(home.resolve("workbench/.metadata/.log"));
	}

	/**
	 * The passphrase given at start is checked while the workbench opens: a wrong one leaves the workspace locked, and
	 * the passphrase dialog asks over the workbench window; the log says why, without the passphrase.
	 */
	@Test
	void aWrongPassphraseAtStartOpensTheWorkbenchLockedAndAsksOverIt() throws Exception {
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
			fail("The product smoke test needs an X display: run the build under 'xvfb-run -a'.");
		}
		Path console = home.resolve("console.txt");
		Process first = ProductProcess.builder(home, "counterpart").redirectErrorStream(true)
				.redirectOutput(console.toFile()).start();
		try {
			waitForWindow(first, console); // the first start creates the store with the right passphrase
		} finally {
			first.destroy();
			first.waitFor(30, TimeUnit.SECONDS);
			first.destroyForcibly().waitFor();
		}
		while (ProductProcess.workbenchWindowShown()) {
			Thread.sleep(200);
		}

		String wrong = "not the passphrase of this store";
		ProcessBuilder builder = ProductProcess.builder(home, "counterpart").redirectErrorStream(true)
				.redirectOutput(console.toFile());
		builder.environment().put("COUNTERPART_PASSPHRASE", wrong);
		Process workbench = builder.start();
		try {
			waitForWindow(workbench, console);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!ProductProcess.windowShownAboveWorkbench("Unlock")) {
				assertTrue(System.nanoTime() < deadline, "no passphrase dialog over the workbench window");
				assertTrue(workbench.isAlive(), "the workbench exited: " + Files.readString(console));
				Thread.sleep(200);
			}
			Thread.sleep(1000); // the window's start-up work is done: the dialog must still be on top
			assertTrue(ProductProcess.windowShownAboveWorkbench("Unlock"), "the dialog went behind the workbench window");
		} finally {
			workbench.destroy();
			workbench.waitFor(30, TimeUnit.SECONDS);
			workbench.destroyForcibly();
		}
		String log = Files.readString(home.resolve("workbench/.metadata/.log"), StandardCharsets.UTF_8);
		assertTrue(log.contains("COUNTERPART_PASSPHRASE was not accepted"), log);
		assertTrue(!log.contains(wrong) && !Files.readString(console).contains(wrong), "the passphrase is never logged");
	}

	private void waitForWindow(Process workbench, Path console) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			if (!workbench.isAlive()) {
				fail("counterpart exited with " + workbench.exitValue() + " before its window came up:\n"
						+ Files.readString(console));
			}
			if (ProductProcess.workbenchWindowShown()) {
				return;
			}
			Thread.sleep(500);
		}
		fail("No window titled 'Counterpart' within 90 s. Console:\n" + Files.readString(console));
	}

	private static int runTool(ProcessBuilder builder) throws IOException, InterruptedException {
		Process process = builder.start();
		process.getInputStream().readAllBytes();
		return process.waitFor();
	}

	private static void assertNoLoggedProblems(Path log) throws IOException {
		if (!Files.exists(log)) {
			return;
		}
		String text = Files.readString(log, StandardCharsets.UTF_8);
		var matcher = LOGGED_PROBLEM.matcher(text);
		if (matcher.find()) {
			fail("The log " + log.getFileName() + " holds a problem:\n" + text);
		}
	}
}
