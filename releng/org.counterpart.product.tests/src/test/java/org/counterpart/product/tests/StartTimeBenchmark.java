package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
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
 * {@code counterpart.benchmarks.start.runs} starts (default 5) is printed for the product as shipped (the JDK's defaults
 * and the class data sharing archive the launcher has the JVM write at the end of a session, here the untimed first
 * one), without the archive ({@code COUNTERPART_CDS=off}), and with the C1 compiler alone
 * ({@code -XX:TieredStopAtLevel=1}) without the archive. Each start ends as a day's work does, with File > Exit, so the next
 * finds the store closed normally ({@code counterpart.benchmarks.start.store} names a store made earlier, with the
 * passphrase of the product tests, to use instead of making one).
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
		String c1 = "-XX:TieredStopAtLevel=1";
		Map<String, String> noArchive = Map.of("COUNTERPART_CDS", "off");

		// creates the store with the demo country; the product's class archive is written when the JVM exits
		Timing firstStart = start("", Map.of(), 5_000);
		long archiveBytes = 0;
		try (DirectoryStream<Path> archives = Files.newDirectoryStream(home, "*.jsa")) {
			for (Path archive : archives) {
				archiveBytes += Files.size(archive);
			}
		}
		assertTrue(archiveBytes > 1_000_000, "the product wrote no class archive into " + home);

		long making = System.nanoTime();
		String given = System.getProperty("counterpart.benchmarks.start.store", "");
		Path large = given.isEmpty() ? largeWorkspace(scale) : Path.of(given);
		long madeSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - making);
		Map<String, String> onLarge = Map.of("COUNTERPART_STORE", large.toString());
		Map<String, String> onLargeNoArchive = Map.of("COUNTERPART_STORE", large.toString(), "COUNTERPART_CDS", "off");
		start("", onLarge, 0); // the first opening of a store made elsewhere is not timed

		StringBuilder report = new StringBuilder();
		report.append("| workspace | JVM | median to window | median to loaded Theater | runs: window / loaded (ms) |\n")
				.append("|---|---|---:|---:|---|\n");
		String shipped = "as shipped: JDK defaults and the product's class archive (" + archiveBytes / (1024 * 1024) + " MiB)";
		report.append(row("default demo (scale 1)", shipped, starts(runs, "", Map.of())));
		report.append(row("demo at scale " + scale, shipped, starts(runs, "", onLarge)));
		report.append(row("default demo (scale 1)", "JDK defaults, no archive", starts(runs, "", noArchive)));
		report.append(row("demo at scale " + scale, "JDK defaults, no archive", starts(runs, "", onLargeNoArchive)));
		report.append(row("default demo (scale 1)", "C1 only (" + c1 + "), no archive", starts(runs, c1, noArchive)));
		report.append(row("demo at scale " + scale, "C1 only (" + c1 + "), no archive", starts(runs, c1, onLargeNoArchive)));
		report.append("\nFirst start (creates the demo store): ").append(firstStart.window()).append(" ms to the window, ")
				.append(firstStart.loaded()).append(" ms to the loaded Theater; making the scale-").append(scale).append(" store: ").append(madeSeconds)
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
		for (int attempt = 1;; attempt++) {
			try {
				return startOnce(vmArgs, environment, settleMillis);
			} catch (DisplayRefused e) {
				// Xvfb now and then refuses a new client (GTK's gtk_init_check fails before anything is timed)
				if (attempt == 3) {
					throw new AssertionError("the X display refused the workbench three times", e);
				}
			}
		}
	}

	/** The workbench's threads as {@code jcmd Thread.print} of this JVM's runtime gives them, for a start that hangs. */
	private static String threadDump(Process workbench) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(workbench.pid()), "Thread.print")
				.redirectErrorStream(true).start();
		String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		dump.waitFor(60, TimeUnit.SECONDS);
		return text;
	}

	/**
	 * Quits the workbench as its user does, with File > Exit (the menu opened with a click on File in the window's top
	 * left corner, where the window stands without a window manager; Up selects Exit, the menu's last item), and waits
	 * until it has closed its store (which writes the store's load image when the stored state changed): the next
	 * start finds the store as a normal end of work leaves it.
	 */
	private static void quit(Process workbench, Path console) throws IOException, InterruptedException {
		try {
			Robot robot = new Robot();
			robot.mouseMove(19, 12);
			robot.delay(300);
			robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
			robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
			robot.delay(800);
			robot.keyPress(KeyEvent.VK_UP);
			robot.keyRelease(KeyEvent.VK_UP);
			robot.delay(200);
			robot.keyPress(KeyEvent.VK_ENTER);
			robot.keyRelease(KeyEvent.VK_ENTER);
		} catch (AWTException e) {
			throw new AssertionError("cannot use the X display's keyboard and mouse", e);
		}
		if (!workbench.waitFor(300, TimeUnit.SECONDS)) {
			fail("counterpart did not quit within 300 s of File > Exit:\n" + Files.readString(console));
		}
		assertEquals(0, workbench.exitValue(), Files.readString(console));
	}

	/** The X display refused the workbench's connection: a property of the display, not of the start. */
	private static final class DisplayRefused extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private Timing startOnce(String vmArgs, Map<String, String> environment, long settleMillis)
			throws IOException, InterruptedException, DisplayRefused {
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
					Path log = home.resolve("workbench/.metadata/.log");
					if (Files.exists(log) && Files.readString(log).contains("gtk_init_check() failed")) {
						Files.delete(log);
						throw new DisplayRefused();
					}
					fail("counterpart exited with " + workbench.exitValue() + ":\n" + Files.readString(console));
				}
				if (System.nanoTime() > deadline) {
					fail("No workbench window or loaded workspace within 300 s:\n" + Files.readString(console)
							+ "\nThreads:\n" + threadDump(workbench) + "\nWindows:\n" + ProductProcess.windowTree());
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
			quit(workbench, console);
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
