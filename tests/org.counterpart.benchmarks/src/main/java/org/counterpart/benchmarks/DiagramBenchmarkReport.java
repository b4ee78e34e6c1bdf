package org.counterpart.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.internal.layout.ElkLayout;
import org.counterpart.diagram.internal.layout.LayoutEngine;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.render.DiagramRenderer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.emf.common.util.EList;

/**
 * The shipped diagrams of generated theaters of about 200, 1,000 and 5,000 visible elements (nodes and edges):
 * interpreting, laying out (a full layout) and rendering to SVG, against ELK's own layout time on the same ELK graph,
 * measured in the same run; and opening the diagram from a full stored arrangement, which must run no layout.
 * <p>
 * System properties: {@code counterpart.benchmarks.output} (directory, default {@code target}),
 * {@code counterpart.benchmarks.diagram.sizes} (visible elements aimed at, default 200,1000,5000),
 * {@code counterpart.benchmarks.diagram.runs} (measured runs per diagram and size, default 5). The table goes to
 * {@code diagram-benchmark-report.md}.
 */
public final class DiagramBenchmarkReport {

	private DiagramBenchmarkReport() {
	}

	/** The medians of one diagram at one size, in milliseconds. */
	private record Figures(int elements, double interpret, double layout, double svg, double elk, double open) {
		double interpretAndLayout() {
			return interpret + layout;
		}

		double total() {
			return interpret + layout + svg;
		}
	}

	public static void main(String[] args) throws Exception {
		Path output = Path.of(System.getProperty("counterpart.benchmarks.output", "target")).toAbsolutePath();
		int[] sizes = Arrays.stream(System.getProperty("counterpart.benchmarks.diagram.sizes", "200,1000,5000").split(","))
				.mapToInt(size -> Integer.parseInt(size.strip())).toArray();
		int runs = Integer.getInteger("counterpart.benchmarks.diagram.runs", 5);
		StringBuilder report = new StringBuilder();
		line(report, BenchmarkReport.machine());
		line(report, String.format(Locale.ROOT, "Median of %d runs after one warm-up run; times in ms. 'ELK' is ELK's own layout of the same ELK graph"
				+ " (built beforehand, not timed); 'open' lays out a diagram whose stored arrangement places every node.", runs));
		line(report, "");
		line(report, "| diagram | visible elements | interpret | layout | SVG | interpret + layout | + SVG | ELK alone | (interpret + layout) ÷ ELK | total ÷ ELK | open arranged | ELK calls on open |");
		line(report, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		SpecRegistry registry = SpecRegistry.shipped();
		List<String> verdicts = new ArrayList<>();
		for (LoadedSpec spec : registry.all()) {
			for (int size : sizes) {
				Theater theater = theaterOf(spec, size);
				Figures figures = measure(spec, theater, runs);
				int elkCallsOnOpen = elkCallsOnOpen(spec, theater);
				line(report, String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %.1f | %d |", spec.name(),
						figures.elements(), figures.interpret(), figures.layout(), figures.svg(), figures.interpretAndLayout(), figures.total(),
						figures.elk(), figures.interpretAndLayout() / figures.elk(), figures.total() / figures.elk(), figures.open(), elkCallsOnOpen));
				if (size == sizes[sizes.length - 1]) {
					verdicts.add(verdict(spec, figures, elkCallsOnOpen));
				}
			}
		}
		line(report, "");
		verdicts.forEach(verdict -> line(report, verdict));
		Path file = output.resolve("diagram-benchmark-report.md");
		Files.createDirectories(output);
		Files.writeString(file, report);
		System.out.println("Written to " + file);
	}

	private static String verdict(LoadedSpec spec, Figures figures, int elkCallsOnOpen) {
		String open = elkCallsOnOpen == 0 ? "opens arranged without a layout" : "**ran ELK when arranged**";
		if (spec.spec().getLayout() == org.counterpart.diagram.spec.LayoutAlgorithm.LAYERED) {
			return String.format(Locale.ROOT, "- %s, %,d elements: interpreted and laid out in %.0f ms (goal under 2,000 ms: %s); %s.", spec.name(),
					figures.elements(), figures.interpretAndLayout(), figures.interpretAndLayout() < 2000 ? "met" : "**NOT met**", open);
		}
		double ratio = figures.interpretAndLayout() / figures.elk();
		return String.format(Locale.ROOT, "- %s, %,d elements: interpreted and laid out in %.2f× ELK's own time (goal within 1.25×: %s; with the SVG %.2f×); %s.",
				spec.name(), figures.elements(), ratio, ratio <= 1.25 ? "met" : "**NOT met**", figures.total() / figures.elk(), open);
	}

	/** A generated theater whose diagram of {@code spec} shows about {@code elements} nodes and edges. */
	static Theater theaterOf(LoadedSpec spec, int elements) {
		int atScaleOne = visibleElements(spec, new DemoCountryGenerator(1, 1).generate());
		int scale = Math.max(1, (int)Math.ceil((double)elements / atScaleOne));
		Theater theater = new DemoCountryGenerator(1, scale).generate();
		int visible = visibleElements(spec, theater);
		if (visible > elements) {
			// Keep the same share of every kind of object, so the diagram keeps its shape.
			double keep = (double)elements / visible;
			trim(theater.getInstitutions(), keep);
			trim(theater.getContacts(), keep);
			trim(theater.getRelationships(), keep);
			trim(theater.getEngagements(), keep);
			trim(theater.getObjectives(), keep);
		}
		return theater;
	}

	private static void trim(EList<?> list, double keep) {
		int kept = (int)Math.round(list.size() * keep);
		if (kept < list.size()) {
			list.subList(kept, list.size()).clear();
		}
	}

	static int visibleElements(LoadedSpec spec, Theater theater) {
		Diagram diagram = interpret(spec, theater);
		return (int)(diagram.allNodes().stream().filter(node -> !node.isHidden()).count() + diagram.edges().stream().filter(edge -> !edge.isHidden()).count());
	}

	private static Diagram interpret(LoadedSpec spec, Theater theater) {
		DiagramInterpreter interpreter = new DiagramInterpreter(spec);
		return interpreter.interpret(theater, interpreter.defaultLayers(), Set.of());
	}

	private static Figures measure(LoadedSpec spec, Theater theater, int runs) throws Exception {
		double[] interpret = new double[runs];
		double[] layout = new double[runs];
		double[] svg = new double[runs];
		double[] elk = new double[runs];
		double[] open = new double[runs];
		int elements = visibleElements(spec, theater);
		for (int run = -1; run < runs; run++) {
			long t0 = System.nanoTime();
			Diagram diagram = interpret(spec, theater);
			long t1 = System.nanoTime();
			Arrangement arrangement = new DiagramLayout().arrange(diagram, null).arrangement();
			long t2 = System.nanoTime();
			ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
			DiagramRenderer.writeSvg(diagram, arrangement, out);
			long t3 = System.nanoTime();
			ElkNode graph = new LayoutEngine(diagram, null).elkGraph();
			long t4 = System.nanoTime();
			ElkLayout.run(graph);
			long t5 = System.nanoTime();
			new DiagramLayout().arrange(diagram, arrangement);
			long t6 = System.nanoTime();
			if (run >= 0) {
				interpret[run] = (t1 - t0) / 1e6;
				layout[run] = (t2 - t1) / 1e6;
				svg[run] = (t3 - t2) / 1e6;
				elk[run] = (t5 - t4) / 1e6;
				open[run] = (t6 - t5) / 1e6;
			}
		}
		return new Figures(elements, median(interpret), median(layout), median(svg), median(elk), median(open));
	}

	/** How many times opening the diagram from its full arrangement calls ELK (it must not). */
	private static int elkCallsOnOpen(LoadedSpec spec, Theater theater) {
		Diagram diagram = interpret(spec, theater);
		DiagramLayout layout = new DiagramLayout();
		Arrangement arrangement = layout.arrange(diagram, null).arrangement();
		int before = layout.elkRuns();
		DiagramLayout.Result opened = layout.arrange(diagram, arrangement);
		return layout.elkRuns() - before + (opened.kind() == DiagramLayout.Kind.NONE ? 0 : 1);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static void line(StringBuilder report, String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}
}
