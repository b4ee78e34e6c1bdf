package org.counterpart.benchmarks;

import static org.counterpart.benchmarks.ChildProcess.check;
import static org.counterpart.benchmarks.ChildProcess.run;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Memory and time of importing one package at HQ as the package grows: the product's import
 * ({@code PackageReader.importPackage}: operations staged in the store, merged and written a batch at a time in one
 * transaction) against the same package read into a list and merged in one piece, in the same run. Each import runs
 * in a child JVM of its own ({@link PackageImportRun}) with the same heap limit, into a fresh copy of an empty HQ store.
 * <p>
 * Each package is the first of a field device whose workspace is the demo workspace at some scale: every object it
 * holds, created, and its fields set, which is also what a device's first baseline from HQ carries. The model HQ ends
 * with grows with the package either way, so the figure compared is the import's own working set: the live heap at
 * its peak, less the live heap after the import (the model it leaves, and the database's page cache). Live heap is
 * read after the full collections forced every {@value PackageImportRun#SAMPLE_MILLIS} ms during the import, in runs of
 * their own (the collections slow the import down); time and the peak RSS of the whole JVM come from runs without
 * them.
 * </p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.import.scales} (demo scales of the field workspaces, one package each, default
 * {@code 1,8}), {@code counterpart.benchmarks.import.runs} (timed runs, and as many sampling the heap, per package and
 * way, default 3), {@code counterpart.benchmarks.import.heap} (heap option of each child JVM, default {@code -Xmx2g}).
 * The table goes to {@code import-benchmark-report.md}; the stores and packages are deleted at the end.
 */
public final class ImportBenchmarkReport {

	private static final String STAGED = "staged";
	private static final String IN_MEMORY = "in-memory";
	private static final double MIB = 1024.0 * 1024;

	private final Path directory;
	private final int runs;
	private final String heap;

	private ImportBenchmarkReport(Path directory, int runs, String heap) {
		this.directory = directory;
		this.runs = runs;
		this.heap = heap;
	}

	/** A package of a field workspace at a demo scale: its file, operations and objects. */
	private record Package(int scale, Path sealed, long operations, long objects) {
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target")).toAbsolutePath();
		int runs = Integer.getInteger("counterpart.benchmarks.import.runs", 3);
		String heap = System.getProperty("counterpart.benchmarks.import.heap", "-Xmx2g");
		int[] scales = Arrays.stream(System.getProperty("counterpart.benchmarks.import.scales", "1,8").split(","))
				.map(String::trim).mapToInt(Integer::parseInt).toArray();
		String machine = BenchmarkReport.machine();
		System.out.println(machine);

		Path directory = output.resolve("import-benchmark");
		DemoWorkspaceFiles.deleteTree(directory);
		Files.createDirectories(directory);
		StringBuilder report = new StringBuilder();
		try {
			ImportBenchmarkReport benchmark = new ImportBenchmarkReport(directory, runs, heap);
			benchmark.writeHq();
			List<Package> packages = new ArrayList<>();
			for (int scale : scales) {
				packages.add(benchmark.writePackage(scale));
			}
			Map<Package, Map<String, Measured>> measured = new LinkedHashMap<>();
			for (Package pkg : packages) {
				Map<String, Measured> ways = new LinkedHashMap<>();
				Set<String> states = new HashSet<>();
				for (String way : List.of(STAGED, IN_MEMORY)) {
					List<Run> timed = new ArrayList<>();
					List<Run> sampled = new ArrayList<>();
					for (int run = 0; run < runs; run++) {
						timed.add(benchmark.importOnce(way, false, pkg));
						sampled.add(benchmark.importOnce(way, true, pkg));
					}
					ways.put(way, new Measured(timed, sampled));
					timed.forEach(run -> states.add(run.state()));
					sampled.forEach(run -> states.add(run.state()));
				}
				if (states.size() != 1) {
					throw new IllegalStateException("the imports of " + pkg.operations() + " operations ended in different states");
				}
				measured.put(pkg, ways);
			}
			report.append(machine).append('\n').append(String.format(Locale.ROOT,
					"Packages: the first of a field device holding the demo workspace (seed 1) at scales %s, imported into an empty "
							+ "HQ store. Each import in a child JVM (%s, G1), into a fresh copy of the store; per package and way "
							+ "%d timed runs and %d runs sampling the live heap (a full collection every %d ms), medians. Every "
							+ "import of a package ended in the same state (canonical state hash).%n%n",
					Arrays.toString(scales), heap, runs, runs, PackageImportRun.SAMPLE_MILLIS));
			report.append(table(measured));
		} finally {
			DemoWorkspaceFiles.deleteTree(directory);
		}
		System.out.println();
		System.out.println(report);
		Files.writeString(output.resolve("import-benchmark-report.md"), report);
	}

	/** An empty HQ store, and the authority and HQ identity. */
	private void writeHq() throws Exception {
		DemoWorkspaceFiles.registerModel();
		WorkspaceStore.create(hqStore(), MergeFixture.passphrase()).close();
		MergeFixture.createHq(directory, Instant.now().plus(Duration.ofDays(2)));
	}

	/** The first package of a field device that holds the demo workspace at {@code scale}. */
	private Package writePackage(int scale) throws Exception {
		long start = System.nanoTime();
		Path fieldDir = directory.resolve("field");
		Resource source = new ResourceImpl();
		source.getContents().add(new DemoCountryGenerator(1, scale).generate());
		long objects = DemoWorkspaceFiles.count(source);
		DeviceIdentity field = MergeFixture.identity(MergeFixture.authority(directory), "laptop-1", Instant.now().plus(Duration.ofDays(2)));
		X509Certificate hq = MergeFixture.hqIdentity(directory).certificate().orElseThrow();
		Path sealed = directory.resolve("package-scale-" + scale + ".cpkg");
		PackageManifest manifest;
		try (WorkspaceStore store = WorkspaceStore.importModel(fieldDir, MergeFixture.passphrase(), source);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(sealed), 1 << 16)) {
			manifest = new PackageWriter(field).write(store, List.of(hq), List.of(), out);
		}
		DemoWorkspaceFiles.deleteTree(fieldDir);
		System.out.printf(Locale.ROOT, "Package of scale %d: %,d objects, %,d operations, %,d KiB, made in %.0f s%n", scale, objects,
				manifest.operationCount(), Files.size(sealed) / 1024, (System.nanoTime() - start) / 1e9);
		return new Package(scale, sealed, manifest.operationCount(), objects);
	}

	/**
	 * One import: its time, the live heap before it, at its peak and after it (0 unless sampled), and its JVM's peak
	 * RSS.
	 */
	private record Run(double seconds, long liveBefore, long livePeak, long liveAfter, long peakRssKiB, String state) {

		/** What the import held at its peak beyond what it leaves behind. */
		long workingSet() {
			return Math.max(0, livePeak - liveAfter);
		}
	}

	/** The runs of one way for one package: medians of the timed runs' time and RSS, of the sampled runs' heap. */
	private record Measured(List<Run> timed, List<Run> sampled) {

		double seconds() {
			return median(timed.stream().mapToDouble(Run::seconds).toArray());
		}

		double rssKiB() {
			return median(timed.stream().mapToDouble(Run::peakRssKiB).toArray());
		}

		double workingSet() {
			return median(sampled.stream().mapToDouble(Run::workingSet).toArray());
		}

		double liveAfter() {
			return median(sampled.stream().mapToDouble(Run::liveAfter).toArray());
		}
	}

	/** One import in a child JVM, into a fresh copy of HQ's store; with {@code sample}, sampling the live heap. */
	private Run importOnce(String way, boolean sample, Package pkg) throws Exception {
		Path copy = directory.resolve("run");
		DemoWorkspaceFiles.deleteTree(copy);
		DemoWorkspaceFiles.copyTree(hqStore(), copy);
		Path rss = directory.resolve("rss");
		ChildProcess.Result result = check(run(directory, List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString(),
				ChildProcess.java(), heap, "-XX:+UseG1GC", "-cp", ChildProcess.classPath(), PackageImportRun.class.getName(),
				way, sample ? "sample" : "time", copy.toString(), pkg.sealed().toString(), directory.toString())), "import " + way);
		Map<String, String> values = new TreeMap<>();
		result.output().lines().map(line -> line.split(" ", 2)).filter(parts -> parts.length == 2)
				.forEach(parts -> values.put(parts[0], parts[1]));
		if (Long.parseLong(values.get("applied")) != pkg.operations()) {
			throw new IllegalStateException(way + " applied " + values.get("applied") + " of " + pkg.operations() + " operations");
		}
		Run measured = new Run(Double.parseDouble(values.get("seconds")), Long.parseLong(values.get("live-before")),
				Long.parseLong(values.get("live-peak")), Long.parseLong(values.get("live-after")),
				Long.parseLong(Files.readString(rss).trim()), values.get("state"));
		DemoWorkspaceFiles.deleteTree(copy);
		if (sample) {
			System.out.printf(Locale.ROOT, "  %,d operations, %s, sampled: live heap %.0f MiB before, %.0f MiB at the peak, %.0f MiB after%n",
					pkg.operations(), way, measured.liveBefore() / MIB, measured.livePeak() / MIB, measured.liveAfter() / MIB);
		} else {
			System.out.printf(Locale.ROOT, "  %,d operations, %s: %.1f s, peak RSS %,d MiB%n", pkg.operations(), way,
					measured.seconds(), measured.peakRssKiB() / 1024);
		}
		return measured;
	}

	private static String table(Map<Package, Map<String, Measured>> measured) {
		StringBuilder table = new StringBuilder();
		table.append("| package operations (objects) | import | median s | operations/s | working set: live heap at the peak "
				+ "less after, MiB | live heap after (the model), MiB | peak RSS MiB |\n|---:|---|---:|---:|---:|---:|---:|\n");
		measured.forEach((pkg, ways) -> ways.forEach((way, m) -> table.append(String.format(Locale.ROOT,
				"| %,d (%,d) | %s | %.1f | %,.0f | %.0f | %.0f | %,.0f |%n", pkg.operations(), pkg.objects(),
				STAGED.equals(way) ? "staged in the store, a batch at a time (the product)" : "held in memory, merged in one piece (baseline)",
				m.seconds(), pkg.operations() / m.seconds(), m.workingSet() / MIB, m.liveAfter() / MIB, m.rssKiB() / 1024))));
		table.append("\n| package operations | working set, staged ÷ in memory | time, staged ÷ in memory |\n|---:|---:|---:|\n");
		measured.forEach((pkg, ways) -> table.append(String.format(Locale.ROOT, "| %,d | %.2f× | %.2f× |%n", pkg.operations(),
				ways.get(STAGED).workingSet() / ways.get(IN_MEMORY).workingSet(),
				ways.get(STAGED).seconds() / ways.get(IN_MEMORY).seconds())));
		if (measured.size() > 1) {
			List<Package> packages = new ArrayList<>(measured.keySet());
			Package first = packages.get(0);
			Package last = packages.get(packages.size() - 1);
			table.append(String.format(Locale.ROOT, "%nFrom %,d to %,d operations (%.1f× the package), the import's working set grew "
					+ "%.2f× staged and %.2f× in memory.%n", first.operations(), last.operations(),
					(double) last.operations() / first.operations(),
					measured.get(last).get(STAGED).workingSet() / measured.get(first).get(STAGED).workingSet(),
					measured.get(last).get(IN_MEMORY).workingSet() / measured.get(first).get(IN_MEMORY).workingSet()));
		}
		return table.toString();
	}

	private static double median(double[] values) {
		return MergeBenchmarkReport.percentile(values, 0.5);
	}

	private Path hqStore() {
		return directory.resolve("hq");
	}
}
