package org.counterpart.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.LiveDiagram;
import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;

/**
 * The cost of keeping a diagram up to date after one model change: a {@link LiveDiagram} recomputing what the change
 * affects, against interpreting the whole diagram again, in the same run, on contact networks of about 200, 1,000 and
 * 5,000 elements (nodes and edges) of the demo country. The change renames a contact (its node's label) and, as a
 * second case, adds and removes a relationship (an edge). Goal: an incremental update under 20 ms.
 * <p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.diagramUpdate.changes} (measured changes per size, default 41). The table goes to
 * {@code diagram-update-benchmark-report.md}.
 */
public final class DiagramUpdateBenchmarkReport {
	private static final int[] SIZES = { 200, 1_000, 5_000 };
	private static final double GOAL_MS = 20;

	private DiagramUpdateBenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target")).toAbsolutePath();
		int runs = Integer.getInteger("counterpart.benchmarks.diagramUpdate.changes", 41);
		StringBuilder report = new StringBuilder();
		line(report, BenchmarkReport.machine());
		LoadedSpec spec = SpecRegistry.shipped().get("contactNetwork").orElseThrow();
		DiagramInterpreter interpreter = new DiagramInterpreter(spec);
		Set<String> layers = interpreter.defaultLayers();
		line(report, "");
		line(report, "| elements | full interpretation (median ms) | rename: incremental (median ms) | ratio | recomputed | add+remove edge: incremental (median ms) | ratio | goal < 20 ms |");
		line(report, "|---:|---:|---:|---:|---:|---:|---:|---|");
		for (int size : SIZES) {
			Theater theater = theaterOf(interpreter, layers, size);
			Diagram full = interpreter.interpret(theater, layers, Set.of());
			int elements = full.allNodes().size() + full.edges().size();
			double[] fullTimes = new double[runs];
			double[] renameTimes = new double[runs];
			double[] edgeTimes = new double[runs];
			long recomputed = 0;
			LiveDiagram live = LiveDiagram.open(spec, ExpressionServices.standard(), theater, layers, Set.of());
			List<Contact> contacts = theater.getContacts();
			for (int i = -5; i < runs; i++) { // five warm-up rounds
				long start = System.nanoTime();
				interpreter.interpret(theater, layers, Set.of());
				double fullMs = (System.nanoTime() - start) / 1e6;

				Contact contact = contacts.get(Math.floorMod(i * 7919, contacts.size()));
				long before = live.totalRecomputed();
				start = System.nanoTime();
				contact.setFamilyName(contact.getFamilyName() + "'");
				double renameMs = (System.nanoTime() - start) / 1e6;
				long count = live.totalRecomputed() - before;

				var relationship = theater.getRelationships().get(Math.floorMod(i * 104729, theater.getRelationships().size()));
				int index = theater.getRelationships().indexOf(relationship);
				start = System.nanoTime();
				theater.getRelationships().remove(index);
				theater.getRelationships().add(index, relationship);
				double edgeMs = (System.nanoTime() - start) / 1e6 / 2;
				if (i >= 0) {
					fullTimes[i] = fullMs;
					renameTimes[i] = renameMs;
					edgeTimes[i] = edgeMs;
					recomputed = Math.max(recomputed, count);
				}
			}
			live.dispose();
			double fullMedian = median(fullTimes);
			double renameMedian = median(renameTimes);
			double edgeMedian = median(edgeTimes);
			line(report, String.format(Locale.ROOT, "| %,d | %.2f | %.3f | %.4f | %d | %.3f | %.4f | %s |", elements, fullMedian, renameMedian,
					renameMedian / fullMedian, recomputed, edgeMedian, edgeMedian / fullMedian,
					renameMedian < GOAL_MS && edgeMedian < GOAL_MS ? "met" : "NOT met"));
		}
		line(report, "");
		line(report, String.format(Locale.ROOT, "Contact network of the demo country at growing scale; %d measured changes per size, medians; "
				+ "ratio = incremental / full; recomputed = most elements recomputed by one rename.", runs));
		Files.createDirectories(output);
		Files.writeString(output.resolve("diagram-update-benchmark-report.md"), report);
	}

	/**
	 * A demo theater whose contact network has about {@code size} elements: the smallest demo scale that has enough,
	 * with its actors thinned out evenly (and the relationships between the actors left) down to the size.
	 */
	private static Theater theaterOf(DiagramInterpreter interpreter, Set<String> layers, int size) {
		for (int scale = 1;; scale++) {
			DemoCountryGenerator generator = new DemoCountryGenerator(1, scale);
			if (elements(interpreter, layers, generator.generate()) >= size) {
				// bisect the share of actors kept: relationships thin out faster than actors
				double low = 0;
				double high = 1;
				Theater best = null;
				for (int round = 0; round < 14; round++) {
					double keep = (low + high) / 2;
					Theater theater = generator.generate();
					thin(theater, keep);
					int elements = elements(interpreter, layers, theater);
					if (elements >= size) {
						best = theater;
						high = keep;
					} else {
						low = keep;
					}
				}
				return best != null ? best : generator.generate();
			}
		}
	}

	private static int elements(DiagramInterpreter interpreter, Set<String> layers, Theater theater) {
		Diagram diagram = interpreter.interpret(theater, layers, Set.of());
		return diagram.allNodes().size() + diagram.edges().size();
	}

	/** Keeps every n-th contact and institution for a share {@code keep}, and the relationships among those kept. */
	private static void thin(Theater theater, double keep) {
		if (keep >= 1) {
			return;
		}
		keepShare(theater.getContacts(), keep);
		keepShare(theater.getInstitutions(), keep);
		Set<Object> actors = new java.util.HashSet<>(theater.getContacts());
		actors.addAll(theater.getInstitutions());
		theater.getRelationships().removeIf(r -> !actors.contains(r.getSource()) || !actors.contains(r.getTarget()));
		for (Contact contact : theater.getContacts()) {
			if (contact.getAffiliation() != null && !actors.contains(contact.getAffiliation())) {
				contact.setAffiliation(null);
			}
		}
	}

	private static <T> void keepShare(List<T> list, double keep) {
		List<T> kept = new java.util.ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (Math.floor((i + 1) * keep) > Math.floor(i * keep)) {
				kept.add(list.get(i));
			}
		}
		list.retainAll(kept);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void line(StringBuilder report, String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}
}
