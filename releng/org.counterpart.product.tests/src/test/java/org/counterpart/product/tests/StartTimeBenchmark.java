package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start of the materialized workbench: the time from starting the {@code counterpart} script until its window is
 * up, which comes after the store is unlocked (the passphrase is taken before the workbench opens) and the workbench is
 * created, and until its workspace is loaded (the Theater in memory, which the session says on the standard output
 * under {@code -Dcounterpart.startupTrace=true}). Each start is a fresh JVM, on the default demo workspace (made by an
 * untimed first start) and on the demo country at scale {@code counterpart.benchmarks.start.scale} (default 100, made
 * with {@code counterpart-cli demo} and {@code store import-xmi}, untimed); the median of
 * {@code counterpart.benchmarks.start.runs} starts (default 5) is printed for the JDK's defaults, with an AppCDS archive
 * of the application's classes ({@code -XX:+AutoCreateSharedArchive}, written by an untimed start before) and with the
 * C1 compiler alone ({@code -XX:TieredStopAtLevel=1}).
 * <p>
 * Not a test: surefire runs it only when named, {@code -Dtest=StartTimeBenchmark}. The report also goes to
 * {@code target/start-time-report.md}.
 */
class StartTimeBenchmark {

	private static final long POLL_MILLIS = 100;
	private static final String TRACE = "-Dcounterpart.startupTrace=true";
	private static final String LOADED_LINE = "counterpart: workspace loaded";

	@TempDir
	Path home;

	/** Milliseconds from the script's start to the window, and to the loaded workspace. */
	private record Timing(long window, long loaded) {
	}

	@Test
	void coldStartToWindowAndToLoadedTheater() throws Exception {
		if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
			fail("The start-time benchmark needs an X display: run it under 'xvfb-run -a'.");
		}
		int runs = Integer.getInteger("counterpart.benchmarks.start.runs", 5);
		int scale = Integer.getInteger("counterpart.benchmarks.start.scale", 100);
		Path archive = home.resolve("counterpart-classes.jsa");
		String cds = "-XX:SharedArchiveFile=" + archive + " -XX:+AutoCreateSharedArchive";
		String c1 = "-XX:TieredStopAtLevel=1";

		Timing firstStart = start("", Map.of(), 5_000); // creates the store with the demo country
		long archiving = start(cds, Map.of(), 5_000).window(); // writes the archive when the JVM exits
		assertTrue(Files.size(archive) > 1_000_000, "no AppCDS archive was written at " + archive);

		long making = System.nanoTime();
		Path large = largeWorkspace(scale);
		long madeSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - making);
		Map<String, String> onLarge = Map.of("COUNTERPART_STORE", large.toString());
		start("", onLarge, 0); // the first opening of a store made elsewhere is not timed

		StringBuilder report = new StringBuilder();
		report.append("| workspace | JVM | median to window | median to loaded Theater | runs: window / loaded (ms) |\n")
				.append("|---|---|---:|---:|---|\n");
		for (String[] jvm : List.of(new String[] { "JDK defaults", "" },
				new String[] { "AppCDS archive (" + Files.size(archive) / (1024 * 1024) + " MiB)", cds },
				new String[] { "C1 only (" + c1 + ")", c1 })) {
			report.append(row("default demo (scale 1)", jvm[0], starts(runs, jvm[1], Map.of())));
			report.append(row("demo at scale " + scale, jvm[0], starts(runs, jvm[1], onLarge)));
		}
		report.append("\nFirst start (creates the demo store): ").append(firstStart.window()).append(" ms to the window, ")
				.append(firstStart.loaded()).append(" ms to the loaded Theater; start that wrote the archive: ")
				.append(archiving).append(" ms; making the scale-").append(scale).append(" store: ").append(madeSeconds)
				.append(" s.\n");
		System.out.println(report);
		Path target = Path.of(System.getProperty("counterpart.screenshots", "target/screenshots")).getParent();
		Files.writeString(target.resolve("start-time-report.md"), report, StandardCharsets.UTF_8);
	}

	private List<Timing> starts(int runs, String vmArgs, Map<String, String> environment) throws Exception {
		List<Timing> timings = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			timings.add(start(vmArgs, environment, 0));
		}
		return timings;
	}

	/** A store of the demo country at {@code scale}, made with the product's command line. */
	private Path largeWorkspace(int scale) throws Exception {
		Path xmi = home.resolve("demo-" + scale + ".xmi");
		Path store = home.resolve("store-" + scale);
		ProductProcess.Result demo = ProductProcess.run(home, 1_800, "counterpart-cli", "demo", "--scale",
				Integer.toString(scale), "--out", xmi.toString());
		assertEquals(0, demo.exitCode(), demo.out() + demo.err());
		ProductProcess.Result imported = ProductProcess.run(home, 3_600, "counterpart-cli", "store", "import-xmi",
				"--store", store.toString(), xmi.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		Files.delete(xmi);
		return store;
	}

	private static String row(String workspace, String jvm, List<Timing> timings) {
		return String.format(Locale.ROOT, "| %s | %s | %d ms | %d ms | %s |%n", workspace, jvm,
				median(timings, Timing::window), median(timings, Timing::loaded),
				timings.stream().map(t -> t.window() + " / " + t.loaded()).toList());
	}

	private static long median(List<Timing> timings, ToLongFunction<Timing> measure) {
		long[] sorted = timings.stream().mapToLong(measure).sorted().toArray();
		return sorted[sorted.length / 2];
	}

	/**
	 * Starts the workbench with the extra JVM options and environment given, returns the milliseconds until its window
	 * is up and until its workspace is loaded, and closes it after {@code settleMillis} more.
	 */
	private Timing start(String vmArgs, Map<String, String> environment, long settleMillis)
			throws IOException, InterruptedException {
		Path console = Files.createTempFile(home, "console", ".txt");
		ProcessBuilder builder = ProductProcess.builder(home, "counterpart").redirectErrorStream(true)
				.redirectOutput(console.toFile());
		builder.environment().put("COUNTERPART_VMARGS", (vmArgs + " " + TRACE).trim());
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process workbench = builder.start();
		try {
			long deadline = started + TimeUnit.SECONDS.toNanos(300);
			long window = -1;
			long loaded = -1;
			while (window < 0 || loaded < 0) {
				if (!workbench.isAlive()) {
					fail("counterpart exited with " + workbench.exitValue() + ":\n" + Files.readString(console));
				}
				if (System.nanoTime() > deadline) {
					fail("No workbench window or loaded workspace within 300 s:\n" + Files.readString(console));
				}
				long now = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
				if (window < 0 && ProductProcess.workbenchWindowShown()) {
					window = now;
				}
				if (loaded < 0 && Files.readString(console).contains(LOADED_LINE)) {
					loaded = now;
				}
				Thread.sleep(POLL_MILLIS);
			}
			Thread.sleep(settleMillis);
			return new Timing(window, loaded);
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
