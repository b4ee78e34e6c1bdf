package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Set;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.SceneBuilder;
import org.counterpart.diagram.ui.internal.scene.SceneResources;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The canvas keeps what it painted in tiles and copies them when the view moves: after any number of pans, zooms and
 * scrolls the picture must be exactly the one a fresh canvas paints at the same place.
 */
public class DiagramCanvasTilesTest {
	/** How far from the right and bottom edges the window system may draw scroll indicators over the canvas. */
	private static final int SCROLL_INDICATOR = 16;
	private Display display;
	private Shell shell;
	private SceneResources resources;
	private Scene scene;
	private Diagram diagram;
	private Arrangement arrangement;

	@BeforeEach
	public void openShell() throws Exception {
		display = DisplayRequirement.requireDisplay();
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		LoadedSpec spec = SpecRegistry.shipped().get("contactNetwork").orElseThrow();
		DiagramInterpreter interpreter = new DiagramInterpreter(spec);
		diagram = interpreter.interpret(theater, interpreter.defaultLayers(), Set.of());
		arrangement = new DiagramLayout().arrange(diagram, null).arrangement();
		scene = SceneBuilder.build(diagram, arrangement);
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(900, 600);
		resources = new SceneResources(display, null);
		shell.open();
	}

	@AfterEach
	public void closeShell() {
		shell.dispose();
		resources.dispose();
	}

	@Test
	public void aPannedCanvasShowsWhatAFreshCanvasPaintsThere() {
		for (double zoom : new double[] { 1, 1.5, 0.67 }) {
			DiagramViewer panned = newViewer();
			panned.setZoom(zoom, 0, 0);
			Bounds extent = scene.extent();
			panned.setOrigin(extent.x() + extent.width() / 3, extent.y() + extent.height() / 3);
			Screenshots.flush(display);
			// small steps both ways, as a drag makes them, then one longer than a tile and one back
			int[][] steps = { { 10, 5 }, { -3, 17 }, { 41, -29 }, { 0, 8 }, { 300, 0 }, { -170, 260 }, { -7, -7 } };
			for (int[] step : steps) {
				Viewport view = panned.getViewport();
				panned.setOrigin(view.originX() + step[0] / zoom, view.originY() + step[1] / zoom);
				Screenshots.flush(display);
			}
			assertSamePicture(panned, scene, "after pans at zoom " + zoom);
		}
	}

	@Test
	public void aNodeMovedElsewhereShowsWhereItWentOnceTheViewHasItsTiles() {
		DiagramViewer viewer = newViewer();
		Bounds extent = scene.extent();
		viewer.setOrigin(extent.x() + extent.width() / 3, extent.y() + extent.height() / 3);
		Screenshots.flush(display);
		// the node nearest the view's centre jumps 120 to the right: its old tiles must not stay
		Bounds visible = viewer.getVisibleArea();
		NodeFigure moved = scene.nodes().stream().filter(node -> node.parent() == null)
				.min(Comparator.comparingDouble(node -> Math.hypot(node.centerX() - visible.x() - visible.width() / 2,
						node.centerY() - visible.y() - visible.height() / 2)))
				.orElseThrow();
		Arrangement changed = new Arrangement(arrangement);
		changed.setBounds(moved.key(), arrangement.bounds(moved.key()).translated(120, 0));
		Scene after = SceneBuilder.build(diagram, changed);
		viewer.setScene(after);
		assertSamePicture(viewer, after, "after a node moved");
	}

	/** Compares what {@code viewer} shows with what a fresh viewer of {@code expected} at the same place paints. */
	private void assertSamePicture(DiagramViewer viewer, Scene expected, String when) {
		Viewport where = viewer.getViewport();
		ImageData shown = Screenshots.pixels(viewer.getControl());
		viewer.getControl().dispose();

		DiagramViewer fresh = new DiagramViewer(shell, expected, resources);
		shell.layout(true);
		Screenshots.flush(display);
		fresh.setZoom(where.zoom(), 0, 0);
		fresh.setOrigin(where.originX(), where.originY());
		assertEquals(where, fresh.getViewport());
		ImageData painted = Screenshots.pixels(fresh.getControl());
		fresh.getControl().dispose();

		assertEquals(painted.width, shown.width);
		assertEquals(painted.height, shown.height);
		int differing = 0;
		int inked = 0;
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = -1;
		int maxY = -1;
		// GTK draws its overlay scroll indicators over the right and bottom edges for a while after a scroll
		for (int y = 0; y < painted.height - SCROLL_INDICATOR; y++) {
			for (int x = 0; x < painted.width - SCROLL_INDICATOR; x++) {
				int pixel = painted.getPixel(x, y);
				if (pixel != shown.getPixel(x, y)) {
					differing++;
					minX = Math.min(minX, x);
					minY = Math.min(minY, y);
					maxX = Math.max(maxX, x);
					maxY = Math.max(maxY, y);
				}
				if (pixel != painted.getPixel(0, 0)) {
					inked++;
				}
			}
		}
		assertTrue(inked > painted.width * painted.height / 100, "the view " + when + " shows part of the network");
		if (differing > 0) {
			String name = when.replaceAll("[^A-Za-z0-9.]+", "-");
			save(shown, "tiles-" + name);
			save(painted, "tiles-fresh-" + name);
		}
		assertEquals(0, differing, "pixels that differ from a fresh paint " + when + ", within x " + minX + ".." + maxX + ", y " + minY + ".." + maxY);
	}

	private static void save(ImageData picture, String name) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { picture };
		loader.save(Screenshots.folder().resolve(name + ".png").toString(), SWT.IMAGE_PNG);
	}

	private DiagramViewer newViewer() {
		DiagramViewer viewer = new DiagramViewer(shell, scene, resources);
		shell.layout(true);
		Screenshots.flush(display);
		return viewer;
	}
}
