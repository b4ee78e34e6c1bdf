package org.counterpart.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Writes the demo workspace (seed {@value DemoWorkspaceFiles#SEED}, scale {@value DemoWorkspaceFiles#SCALE}) as
 * XMI, EMF binary and store, runs all benchmarks of this module with JMH in one run, and prints the medians,
 * the store's ratios to the EMF baselines and whether the goals are met. The table also goes to
 * {@code benchmark-report.md} and JMH's raw results to {@code jmh-result.json} in the output directory.
 * <p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.heap} (heap option of each fork, default {@code -Xmx4g}),
 * {@code counterpart.benchmarks.stack} (thread stack option of each fork, default {@code -Xss512m}),
 * {@code counterpart.benchmarks.gc} (garbage collector option of each fork, default the product's
 * {@code -XX:+UseParallelGC}),
 * {@code counterpart.benchmarks.include} (a JMH regular expression, to run some benchmarks only),
 * {@code counterpart.benchmarks.warmups} (default 3) and {@code counterpart.benchmarks.iterations} (default 15).
 * With {@code counterpart.benchmarks.suite=crypto} it runs {@link CryptoBenchmarkReport} instead, with
 * {@code counterpart.benchmarks.suite=merge} {@link MergeBenchmarkReport}, with {@code counterpart.benchmarks.suite=import}
 * {@link ImportBenchmarkReport}, with {@code counterpart.benchmarks.suite=search} {@link SearchBenchmarkReport}, with
 * {@code counterpart.benchmarks.suite=diagram-update} {@link DiagramUpdateBenchmarkReport},
 * {@code counterpart.benchmarks.suite=diagram} {@link DiagramBenchmarkReport}.
 */
public final class BenchmarkReport {

	/** Goal: opening the workspace is no slower than loading the EMF binary resource. */
	static final double OPEN_GOAL = 1;
	/** Goal: saving one change is at least this many times faster than saving XMI. */
	static final double SAVE_GOAL = 100;

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		if ("crypto".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			CryptoBenchmarkReport.main(args);
			return;
		}
		if ("merge".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			MergeBenchmarkReport.main(args);
			return;
		}
		if ("search".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			SearchBenchmarkReport.main(args);
			return;
		}
		if ("diagram-update".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			DiagramUpdateBenchmarkReport.main(args);
			return;
		}
		if ("diagram".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			DiagramBenchmarkReport.main(args);
			return;
		}
		if ("import".equals(System.getProperty("counterpart.benchmarks.suite"))) {
			ImportBenchmarkReport.main(args);
			return;
		}
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target"));
		String heap = System.getProperty("counterpart.benchmarks.heap", "-Xmx4g");
		// EMF's binary resource writes referenced objects recursively: the model's reference chains need a deep stack.
		String stack = System.getProperty("counterpart.benchmarks.stack", "-Xss512m");
		String gc = collector();
		int warmups = Integer.getInteger("counterpart.benchmarks.warmups", 3);
		int iterations = Integer.getInteger("counterpart.benchmarks.iterations", 15);
		String machine = machine();
		System.out.println(machine);

		Path fixture = output.resolve("benchmark-workspace").toAbsolutePath();
		long start = System.nanoTime();
		int objects = DemoWorkspaceFiles.write(fixture);
		System.out.printf(Locale.ROOT, "Demo workspace: %,d objects, written as XMI (%,d KiB), binary (%,d KiB) and store (%,d KiB) in %.1f s%n",
				objects, Files.size(fixture.resolve("workspace.xmi")) / 1024, Files.size(fixture.resolve("workspace.bin")) / 1024,
				treeSize(fixture.resolve("store")) / 1024, (System.nanoTime() - start) / 1e9);

		Options options = new OptionsBuilder()
				.include(System.getProperty("counterpart.benchmarks.include", BenchmarkReport.class.getPackageName() + "\\..*Benchmark\\."))
				.forks(1)
				.jvmArgs(heap, stack, gc, "-D" + DemoWorkspaceFiles.FIXTURE_PROPERTY + "=" + fixture)
				.warmupIterations(warmups)
				.measurementIterations(iterations)
				.shouldDoGC(true)
				.shouldFailOnError(true)
				.result(output.resolve("jmh-result.json").toString())
				.resultFormat(ResultFormatType.JSON)
				.build();
		Collection<RunResult> results = new Runner(options).run();

		String report = machine + "\n" + String.format(Locale.ROOT, "Demo workspace: seed %d, scale %d, %,d objects. JMH %s, 1 fork (%s), "
				+ "%d warm-up + %d measured single-shot iterations each; medians.%n%n", DemoWorkspaceFiles.SEED, DemoWorkspaceFiles.SCALE,
				objects, "1.37", heap + " " + stack + " " + gc, warmups, iterations) + table(new Medians(results));
		System.out.println();
		System.out.println(report);
		Files.writeString(output.resolve("benchmark-report.md"), report);
	}

	/** The medians (ms) of one run, by benchmark method and parameters. */
	record Medians(Collection<RunResult> results) {
		double of(String benchmark, String... params) {
			for (RunResult r : results) {
				if (!r.getParams().getBenchmark().endsWith("." + benchmark)) {
					continue;
				}
				boolean match = true;
				for (int i = 0; i < params.length; i += 2) {
					match &= params[i + 1].equals(r.getParams().getParam(params[i]));
				}
				if (match) {
					return r.getPrimaryResult().getStatistics().getPercentile(50);
				}
			}
			return Double.NaN;
		}
	}

	static String table(Medians m) {
		double open = m.of("StoreOpenBenchmark.openAndLoad");
		double unlock = m.of("StoreOpenBenchmark.openOnly");
		double kdf = m.of("StoreOpenBenchmark.keyDerivation");
		double openFromTable = m.of("StoreTableOpenBenchmark.openAndLoadFromTable");
		double xmiLoad = m.of("ResourceLoadBenchmark.load", "format", "xmi");
		double binLoad = m.of("ResourceLoadBenchmark.load", "format", "binary");
		double save1 = m.of("StoreSaveBenchmark.save", "changes", "1");
		double save1000 = m.of("StoreSaveBenchmark.save", "changes", "1000");
		double xmiSave1 = m.of("ResourceSaveBenchmark.save", "format", "xmi", "changes", "1");
		double xmiSave1000 = m.of("ResourceSaveBenchmark.save", "format", "xmi", "changes", "1000");
		double binSave1 = m.of("ResourceSaveBenchmark.save", "format", "binary", "changes", "1");
		double binSave1000 = m.of("ResourceSaveBenchmark.save", "format", "binary", "changes", "1000");

		List<String> rows = new ArrayList<>();
		rows.add("| store measurement | median ms | baseline (same run) | baseline median ms | speed-up (baseline ÷ store) | goal | met |");
		rows.add("|---|---:|---|---:|---:|---|---|");
		rows.add(row("open workspace (unlock + load)", open, "EMF binary load", binLoad, "≥ 1× (no slower)", OPEN_GOAL));
		rows.add(row("open workspace (unlock + load)", open, "EMF XMI load", xmiLoad, null, 0));
		rows.add(row("open workspace, load image not current (objects table read)", openFromTable, "EMF binary load", binLoad,
				null, 0));
		rows.add(row("save 1 change", save1, "EMF XMI save, 1 change", xmiSave1, "≥ 100×", SAVE_GOAL));
		rows.add(row("save 1 change", save1, "EMF binary save, 1 change", binSave1, null, 0));
		rows.add(row("save 1,000 changes", save1000, "EMF XMI save, 1,000 changes", xmiSave1000, null, 0));
		rows.add(row("save 1,000 changes", save1000, "EMF binary save, 1,000 changes", binSave1000, null, 0));
		rows.add("");
		rows.add("What opening is made of:");
		rows.add("");
		rows.add("| part of opening | median ms | share of open workspace |");
		rows.add("|---|---:|---:|");
		rows.add(String.format(Locale.ROOT, "| passphrase key derivation (scrypt, the store's parameters) | %s | %s |", ms(kdf), percent(kdf, open)));
		rows.add(String.format(Locale.ROOT, "| unlock (key derivation + connect to the encrypted database) | %s | %s |", ms(unlock), percent(unlock, open)));
		rows.add(String.format(Locale.ROOT, "| load (open workspace − unlock) | %s | %s |", ms(open - unlock), percent(open - unlock, open)));
		rows.add(String.format(Locale.ROOT, "| open workspace without key derivation, vs EMF binary load (%s ms) | %s | speed-up %s |", ms(binLoad),
				ms(open - kdf), speedUp(binLoad, open - kdf)));
		return String.join("\n", rows) + "\n";
	}

	private static String row(String what, double store, String baseline, double base, String goal, double target) {
		double speedUp = base / store;
		String met = goal == null ? "" : Double.isNaN(speedUp) ? "not measured" : speedUp >= target ? "**yes**" : "**no**";
		return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", what, ms(store), baseline, ms(base), speedUp(base, store),
				goal == null ? "—" : goal, met);
	}

	private static String ms(double v) {
		return Double.isNaN(v) ? "—" : v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : v >= 1 ? String.format(Locale.ROOT, "%.1f", v)
				: String.format(Locale.ROOT, "%.2f", v);
	}

	private static String speedUp(double base, double store) {
		double s = base / store;
		return Double.isNaN(s) ? "—" : s >= 10 ? String.format(Locale.ROOT, "%,.0f×", s) : String.format(Locale.ROOT, "%.2f×", s);
	}

	private static String percent(double part, double whole) {
		return Double.isNaN(part / whole) ? "—" : String.format(Locale.ROOT, "%.0f %%", 100 * part / whole);
	}

	static String machine() {
		Runtime rt = Runtime.getRuntime();
		String memory = "unknown";
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			memory = String.format(Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
		}
		return String.format(Locale.ROOT, "Machine: %d cores%s, %s memory, Java %s (%s, collectors %s), %s %s %s; load average at start %.2f",
				rt.availableProcessors(), cpuModel(), memory, System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
				String.join(" and ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** The garbage collector option of the JVMs a benchmark starts: the product's unless chosen. */
	static String collector() {
		return System.getProperty("counterpart.benchmarks.gc", "-XX:+UseParallelGC");
	}

	private static String cpuModel() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return " (" + line.substring(line.indexOf(':') + 1).trim() + ")";
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux: the model is a nicety
		}
		return "";
	}

	private static long treeSize(Path dir) throws IOException {
		try (var walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}
}
