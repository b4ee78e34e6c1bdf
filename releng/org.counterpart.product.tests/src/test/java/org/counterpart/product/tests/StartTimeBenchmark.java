package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the materialized workbench: the time from starting the {@code counterpart} script until its window is
 * up, which comes after the store is unlocked (the passphrase is taken before the workbench opens) and the workbench is
 * created. Each start is a fresh JVM on a workspace made by an untimed first start (the default demo workspace); the
 * median of {@code counterpart.benchmarks.start.runs} starts (default 5) is printed, without and with an AppCDS archive
 * of the application's classes ({@code -XX:+AutoCreateSharedArchive}, written by an untimed start before).
 * <p>
 * Not a test: surefire runs it only when named, {@code -Dtest=StartTimeBenchmark}. The report also goes to
 * {@code target/start-time-report.md}.
 */
class StartTimeBenchmark {

	private static final long POLL_MILLIS = 100;

	@TempDir
	Path home;

	@Test
	void coldStartToUnlockedWindow() throws Exception {
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
			fail("The start-time benchmark needs an X display: run it under 'xvfb-run -a'.");
		}
		int runs = Integer.getInteger("counterpart.benchmarks.start.runs", 5);
		Path archive = home.resolve("counterpart-classes.jsa");
		String cds = "-XX:SharedArchiveFile=" + archive + " -XX:+AutoCreateSharedArchive";

		long firstStart = start("", 5_000); // creates the store with the demo country
		List<Long> plain = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			plain.add(start("", 0));
		}
		long archiving = start(cds, 5_000); // writes the archive when the JVM exits
		assertTrue(Files.size(archive) > 1_000_000, "no AppCDS archive was written at " + archive);
		List<Long> shared = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			shared.add(start(cds, 0));
		}

		StringBuilder report = new StringBuilder();
		report.append("| workspace | class data | median to window | runs (ms) |\n|---|---|---:|---|\n");
		report.append(row("default demo", "JDK CDS only", plain));
		report.append(row("default demo", "AppCDS archive (" + Files.size(archive) / (1024 * 1024) + " MiB)", shared));
		report.append("\nFirst start (creates the demo store): ").append(firstStart).append(" ms; start that wrote the archive: ")
				.append(archiving).append(" ms.\n");
		System.out.println(report);
		Path target = Path.of(System.getProperty("counterpart.screenshots", "target/screenshots")).getParent();
		Files.writeString(target.resolve("start-time-report.md"), report, StandardCharsets.UTF_8);
	}

	private static String row(String workspace, String classData, List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return String.format(Locale.ROOT, "| %s | %s | %d ms | %s |%n", workspace, classData, sorted.get(sorted.size() / 2),
				millis);
	}

	/**
	 * Starts the workbench with the extra JVM options given, returns the milliseconds until its window is up, and
	 * closes it after {@code settleMillis} more.
	 */
	private long start(String vmArgs, long settleMillis) throws IOException, InterruptedException {
		Path console = Files.createTempFile(home, "console", ".txt");
		ProcessBuilder builder = ProductProcess.builder(home, "counterpart").redirectErrorStream(true)
				.redirectOutput(console.toFile());
		builder.environment().put("COUNTERPART_VMARGS", vmArgs);
		long started = System.nanoTime();
		Process workbench = builder.start();
		try {
			long deadline = started + TimeUnit.SECONDS.toNanos(120);
			while (!ProductProcess.workbenchWindowShown()) {
				if (!workbench.isAlive()) {
					fail("counterpart exited with " + workbench.exitValue() + ":\n" + Files.readString(console));
				}
				if (System.nanoTime() > deadline) {
					fail("No workbench window within 120 s:\n" + Files.readString(console));
				}
				Thread.sleep(POLL_MILLIS);
			}
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			Thread.sleep(settleMillis);
			return millis;
		} finally {
			workbench.destroy();
			if (!workbench.waitFor(60, TimeUnit.SECONDS)) {
				workbench.destroyForcibly().waitFor();
			}
			// the next start must not find this one's window
			while (ProductProcess.workbenchWindowShown()) {
				Thread.sleep(POLL_MILLIS);
			}
		}
	}
}
