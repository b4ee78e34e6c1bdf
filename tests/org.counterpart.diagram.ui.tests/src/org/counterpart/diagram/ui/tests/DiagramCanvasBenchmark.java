package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.SceneBuilder;
import org.counterpart.diagram.ui.internal.scene.SceneResources;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.tests.harness.DisplayRequirement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * The editor's canvas at three sizes of diagram (the Objective tree of the demo country, the Contact network of the
 * demo country at scale 2 and at scale 10, about 200, 1,000 and 5,000 elements), each arranged once by ELK as the
 * editor does the first time and then opened from that stored arrangement: opening (interpret, arrange from the
 * stored positions without a layout, build the scene, first paint), one pan frame (10 by 5 pixels, in the middle of
 * the diagram) and one zoom step at 100 %, in a 1280 by 800 window; beside a bare SWT canvas that draws the same
 * rectangles, lines and texts without a scene, index or buffer, in the same run. Medians of {@value #RUNS} runs. A
 * frame is timed from the change to the end of its paint, which includes waiting for the window system's next frame
 * (GTK paints at most once a display refresh); the frame's work is the time inside the paint listener. An empty
 * canvas that only clears what it is asked to repaint, panned the same way, gives the floor the window system sets
 * for a frame, whatever the drawing. Run with
 * {@code -Dtest=DiagramCanvasBenchmark}.
 */
public class DiagramCanvasBenchmark {
	static final int RUNS = 15;

	@Test
	public void openPanAndZoom() throws Exception {
		Display display = DisplayRequirement.requireDisplay();
		SpecRegistry specs = SpecRegistry.shipped();
		Object[][] cases = { { "objectiveTree", 1 }, { "contactNetwork", 2 }, { "contactNetwork", 10 } };
		System.out.println("Diagram canvas benchmark (medians of " + RUNS + " runs, milliseconds)");
		System.out.println(String.format(Locale.ROOT, "%-22s %9s %9s %9s %9s %10s %10s %9s %9s %11s %9s %11s", "diagram", "elements", "ELK once", "open", "pan",
				"pan work", "worst work", "zoom", "bare pan", "bare paint", "pan/bare", "empty pan"));
		double open5000 = 0;
		double pan5000 = 0;
		double panWork5000 = 0;
		double empty5000 = 0;
		for (Object[] c : cases) {
			LoadedSpec spec = specs.get((String) c[0]).orElseThrow();
			Theater theater = new DemoCountryGenerator(1, (Integer) c[1]).generate();
			DiagramInterpreter interpreter = new DiagramInterpreter(spec);
			Set<String> layers = interpreter.defaultLayers();
			Diagram first = interpreter.interpret(theater, layers, Set.of());
			// arranged once by ELK as the editor does the first time, then stored: what an officer opens afterwards
			long layoutStart = System.nanoTime();
			Arrangement stored = new DiagramLayout().arrange(first, null).arrangement();
			double elk = millis(layoutStart);
			Shell shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1280, 800);
			SceneResources resources = new SceneResources(display, null);
			DiagramViewer viewer = new DiagramViewer(shell, SceneBuilder.build(first, stored), resources);
			shell.open();
			flush(display);
			int elements = viewer.getScene().figures().size();

			double[] open = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				idle(display);
				long start = System.nanoTime();
				Diagram diagram = interpreter.interpret(theater, layers, Set.of());
				DiagramLayout.Result arranged = new DiagramLayout().arrange(diagram, stored);
				assertEquals(DiagramLayout.Kind.NONE, arranged.kind(), "a stored arrangement opens without a layout");
				viewer.setScene(SceneBuilder.build(diagram, arranged.arrangement()));
				paint(display, viewer);
				open[i] = millis(start);
			}
			// at 100 %, in the middle of the diagram, where a stress layout is densest
			viewer.setZoom(1, 0, 0);
			Bounds extent = viewer.getScene().extent();
			Bounds visible = viewer.getVisibleArea();
			viewer.setOrigin(Math.round(extent.x() + (extent.width() - visible.width()) / 2), Math.round(extent.y() + (extent.height() - visible.height()) / 2));
			paint(display, viewer);
			// a pan starts from a view the user has looked at for a moment; during the pan nothing waits for idle
			idle(display);
			double[] pan = new double[RUNS];
			double[] panPaint = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				long before = viewer.getPaints();
				viewer.setOrigin(viewer.getViewport().originX() + 10, viewer.getViewport().originY() + 5);
				viewer.getControl().update();
				while (viewer.getPaints() == before) {
					if (!display.readAndDispatch()) {
						display.sleep();
					}
				}
				pan[i] = millis(start);
				panPaint[i] = viewer.getLastPaintNanos() / 1e6;
			}
			double[] zoom = new double[RUNS];
			for (int i = 0; i < RUNS; i++) {
				idle(display);
				long start = System.nanoTime();
				viewer.setZoom(i % 2 == 0 ? 1.25 : 1);
				paint(display, viewer);
				zoom[i] = millis(start);
			}
			double[] barePaint = new double[RUNS];
			double[] bare = barePan(display, shell, viewer.getScene(), barePaint);
			double emptyMedian = median(emptyPan(display, shell));
			shell.dispose();
			resources.dispose();
			double panMedian = median(pan);
			double bareMedian = median(bare);
			System.out.println(String.format(Locale.ROOT, "%-22s %9d %9.0f %9.1f %9.2f %10.2f %10.2f %9.2f %9.2f %11.2f %9.2f %11.2f", c[0] + " x" + c[1], elements,
					elk, median(open), panMedian, median(panPaint), Arrays.stream(panPaint).max().orElse(0), median(zoom), bareMedian, median(barePaint), panMedian / bareMedian,
					emptyMedian));
			if (elements >= 4000) {
				open5000 = median(open);
				pan5000 = panMedian;
				panWork5000 = median(panPaint);
				empty5000 = emptyMedian;
			}
		}
		System.out.println(String.format(Locale.ROOT,
				"Goals at ~5,000 elements: open %.0f ms (< 2000), a pan frame's work %.2f ms (< 16); frame to frame %.1f ms,"
						+ " where an empty canvas takes %.1f ms", open5000, panWork5000, pan5000, empty5000));
		assertTrue(open5000 > 0, "the largest case ran");
	}

	/** A canvas with no scene and no index: every rectangle, line and text of the scene drawn on every paint. */
	private static double[] barePan(Display display, Shell shell, Scene scene, double[] paintTimes) {
		for (var child : shell.getChildren()) {
			child.dispose();
		}
		int[] offset = { 0, 0 };
		long[] paints = { 0 };
		List<Figure> figures = new ArrayList<>(scene.figures());
		Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		long[] paintNanos = { 0 };
		canvas.addPaintListener(event -> {
			long paintStart = System.nanoTime();
			GC gc = event.gc;
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(event.x, event.y, event.width, event.height);
			for (Figure figure : figures) {
				if (figure instanceof NodeFigure node) {
					int x = (int) node.bounds().x() - offset[0];
					int y = (int) node.bounds().y() - offset[1];
					gc.drawRectangle(x, y, (int) node.bounds().width(), (int) node.bounds().height());
					gc.drawText(node.label() == null ? "" : node.label(), x + 4, y + 4, true);
				} else {
					double[] p = ((EdgeFigure) figure).points();
					gc.drawLine((int) p[0] - offset[0], (int) p[1] - offset[1], (int) p[p.length - 2] - offset[0], (int) p[p.length - 1] - offset[1]);
				}
			}
			paintNanos[0] = System.nanoTime() - paintStart;
			paints[0]++;
		});
		shell.layout(true);
		flush(display);
		return timeFrames(display, canvas, paints, () -> {
			offset[0] += 10;
			offset[1] += 5;
		}, i -> paintTimes[i] = paintNanos[0] / 1e6);
	}

	/**
	 * Times {@value #RUNS} frames of {@code canvas}: each from {@code change} to the end of the paint that follows it,
	 * {@code paints} counting the paints; {@code afterFrame} is told each frame's number.
	 */
	private static double[] timeFrames(Display display, Canvas canvas, long[] paints, Runnable change, IntConsumer afterFrame) {
		double[] times = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			change.run();
			long before = paints[0];
			canvas.redraw();
			canvas.update();
			while (paints[0] == before) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
			times[i] = millis(start);
			afterFrame.accept(i);
		}
		return times;
	}

	/**
	 * A canvas that draws nothing but the background of what it is asked to repaint, redrawn whole on each frame as the
	 * bare canvas is when it pans: the time a frame takes when the drawing costs nothing.
	 */
	private static double[] emptyPan(Display display, Shell shell) {
		for (var child : shell.getChildren()) {
			child.dispose();
		}
		long[] paints = { 0 };
		Canvas canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(event -> {
			event.gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			event.gc.fillRectangle(event.x, event.y, event.width, event.height);
			paints[0]++;
		});
		shell.layout(true);
		flush(display);
		return timeFrames(display, canvas, paints, () -> {
		}, i -> {
		});
	}

	private static void paint(Display display, DiagramViewer viewer) {
		long before = viewer.getPaints();
		viewer.getControl().redraw();
		viewer.getControl().update();
		while (viewer.getPaints() == before) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Runs the event loop until it has nothing left to do (the tiles around the view are painted). */
	private static void idle(Display display) {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	private static void flush(Display display) {
		long end = System.currentTimeMillis() + 200;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// keep dispatching
			}
		}
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
