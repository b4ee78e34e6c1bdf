package org.counterpart.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.search.IndexedTexts;
import org.counterpart.model.search.TextIndex;
import org.counterpart.model.search.TextIndexUpdater;
import org.counterpart.model.search.Words;
import org.counterpart.model.validation.LiveValidation;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.ecore.EObject;

/**
 * The workbench's search and problems at the demo's scale: a query of the in-memory {@link TextIndex} against a plain
 * LIKE-style scan of the same texts ({@code lower(text) LIKE '%word%'} for every word, over every searched text of
 * every object, the texts lower-cased beforehand as a database column would hold them), in the same run; what the
 * index costs (build time, heap); and how long validating the workspace takes, in full and after one edit.
 * <p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.search.scale} (demo scale, default 100), {@code counterpart.benchmarks.search.runs}
 * (measured runs per query and way, default 21). The table goes to {@code search-benchmark-report.md}.
 */
public final class SearchBenchmarkReport {

	/** Queries an officer types, prefixes and whole words, one to three words. */
	private static final List<String> QUERIES = List.of("ambas", "kaarl", "border", "procurem", "chief j5", "training officer",
			"english language train", "minis defen", "nco", "valmaa");

	private static final int LIMIT = 200;
	private static final double MIB = 1024.0 * 1024;

	private SearchBenchmarkReport() {
	}

	/** One searched text, lower-cased once, as the baseline scans it. */
	private record Row(EObject object, String lower) {
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target")).toAbsolutePath();
		int scale = Integer.getInteger("counterpart.benchmarks.search.scale", 100);
		int runs = Integer.getInteger("counterpart.benchmarks.search.runs", 21);
		StringBuilder report = new StringBuilder();
		String machine = BenchmarkReport.machine();
		line(report, machine);

		Theater theater = new DemoCountryGenerator(1, scale).generate();
		List<EObject> objects = new ArrayList<>();
		objects.add(theater);
		theater.eAllContents().forEachRemaining(objects::add);
		line(report, String.format(Locale.ROOT, "Demo workspace: seed 1, scale %d, %,d objects.", scale, objects.size()));

		// Build: median of a few builds; heap: live heap with and without one index and its updater attached.
		long before = liveHeap();
		double[] builds = new double[5];
		TextIndex index = null;
		for (int i = 0; i < builds.length; i++) {
			index = null;
			long start = System.nanoTime();
			index = TextIndex.of(theater);
			builds[i] = (System.nanoTime() - start) / 1e6;
		}
		long withIndex = liveHeap();
		TextIndexUpdater updater = new TextIndexUpdater(index);
		long start = System.nanoTime();
		theater.eAdapters().add(updater);
		double attach = (System.nanoTime() - start) / 1e6;
		long withUpdater = liveHeap();

		List<Row> rows = new ArrayList<>();
		for (EObject object : objects) {
			if (IndexedTexts.isSearched(object)) {
				for (IndexedTexts.Text text : IndexedTexts.of(object)) {
					rows.add(new Row(object, text.text().toLowerCase(Locale.ROOT)));
				}
			}
		}
		line(report, String.format(Locale.ROOT, "Index: %,d objects, %,d distinct words, %,d texts; build median %.0f ms (%s);"
				+ " heap %.1f MiB for the index, %.1f MiB more for the updater attached to every object (attached in %.0f ms).",
				index.size(), index.wordCount(), rows.size(), median(builds), Arrays.toString(round(builds)),
				(withIndex - before) / MIB, (withUpdater - withIndex) / MIB, attach));
		line(report, "");
		line(report, "| query | hits | index median ms | LIKE scan median ms | speed-up (scan ÷ index) | under 100 ms |");
		line(report, "|---|---:|---:|---:|---:|---|");
		double worst = 0;
		List<Double> ratios = new ArrayList<>();
		for (String query : QUERIES) {
			TextIndex measured = index;
			int hits = measured.search(query, LIMIT).total();
			int scanned = scan(rows, query).size();
			for (int i = 0; i < 5; i++) {
				measured.search(query, LIMIT);
				scan(rows, query);
			}
			double[] indexTimes = new double[runs];
			double[] scanTimes = new double[runs];
			for (int i = 0; i < runs; i++) {
				long t0 = System.nanoTime();
				measured.search(query, LIMIT);
				indexTimes[i] = (System.nanoTime() - t0) / 1e6;
				long t1 = System.nanoTime();
				scan(rows, query);
				scanTimes[i] = (System.nanoTime() - t1) / 1e6;
			}
			double indexMedian = median(indexTimes);
			double scanMedian = median(scanTimes);
			worst = Math.max(worst, indexMedian);
			ratios.add(scanMedian / indexMedian);
			line(report, String.format(Locale.ROOT, "| %s | %,d (scan: %,d) | %.2f | %.1f | %.0f× | %s |", query, hits, scanned,
					indexMedian, scanMedian, scanMedian / indexMedian, indexMedian < 100 ? "yes" : "**no**"));
		}
		line(report, "");
		line(report, String.format(Locale.ROOT, "Slowest query median %.2f ms (goal: under 100 ms: %s); speed-up over the scan %.0f× to %.0f×.",
				worst, worst < 100 ? "met" : "NOT met", ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
				ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
		theater.eAdapters().remove(updater);

		validation(report, theater, objects);

		Path file = output.resolve("search-benchmark-report.md");
		Files.createDirectories(output);
		Files.writeString(file, report);
		System.out.println("Written to " + file);
	}

	/** The baseline: every text of every object, LIKE '%word%' for each query word, hits counted per object. */
	private static List<EObject> scan(List<Row> rows, String query) {
		List<String> words = Words.ofQuery(query);
		List<EObject> found = new ArrayList<>();
		EObject last = null;
		for (Row row : rows) {
			if (row.object() == last) {
				continue;
			}
			for (String word : words) {
				if (row.lower().contains(word)) {
					found.add(row.object());
					last = row.object();
					break;
				}
			}
		}
		return found;
	}

	private static void validation(StringBuilder report, Theater theater, List<EObject> objects) {
		double[] deep = new double[3];
		for (int i = 0; i < deep.length; i++) {
			long start = System.nanoTime();
			WorkspaceValidation.validate(theater);
			deep[i] = (System.nanoTime() - start) / 1e6;
		}
		LiveValidation live = new LiveValidation(theater);
		long start = System.nanoTime();
		theater.eAdapters().add(live.tracker());
		double attach = (System.nanoTime() - start) / 1e6;
		double[] full = new double[3];
		for (int i = 0; i < full.length; i++) {
			start = System.nanoTime();
			live.validate(objects);
			full[i] = (System.nanoTime() - start) / 1e6;
		}
		live.takeWork();
		int problems = live.problems().size();
		List<FieldObservation> observations = theater.getObservations();
		double[] oneEdit = new double[21];
		for (int i = 0; i < oneEdit.length; i++) {
			FieldObservation observation = observations.get(i * 97 % observations.size());
			InformationCredibility old = observation.getInformationCredibility();
			observation.setInformationCredibility(old == InformationCredibility.DOUBTFUL ? InformationCredibility.IMPROBABLE
					: InformationCredibility.DOUBTFUL);
			start = System.nanoTime();
			live.validate(live.takeWork());
			oneEdit[i] = (System.nanoTime() - start) / 1e6;
			observation.setInformationCredibility(old);
			live.validate(live.takeWork());
		}
		line(report, "");
		line(report, String.format(Locale.ROOT, "Validation of %,d objects (%,d problems): Diagnostician over the Theater median %.0f ms %s;"
				+ " object by object (the Problems view's full pass) median %.0f ms %s; change tracker attached in %.0f ms;"
				+ " after editing one observation's grading median %.2f ms.", objects.size(), problems, median(deep),
				Arrays.toString(round(deep)), median(full), Arrays.toString(round(full)), attach, median(oneEdit)));
	}

	private static long liveHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static long[] round(double[] values) {
		return Arrays.stream(values).mapToLong(Math::round).toArray();
	}

	private static void line(StringBuilder report, String line) {
		System.out.println(line);
		report.append(line).append('\n');
	}

}
