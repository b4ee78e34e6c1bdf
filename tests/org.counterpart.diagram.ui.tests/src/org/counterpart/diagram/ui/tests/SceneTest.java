package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.GridPlacement;
import org.counterpart.diagram.ui.InMemoryArrangementGestures;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.SceneBuilder;
import org.counterpart.diagram.ui.internal.viewer.Direction;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scene of the shipped diagrams on the demo country, without widgets: placement, figures, index, navigation. */
public class SceneTest {
	private static Theater theater;
	private static SpecRegistry specs;

	@BeforeAll
	public static void demo() throws Exception {
		theater = new DemoCountryGenerator(1, 1).generate();
		specs = SpecRegistry.shipped();
	}

	static Diagram diagram(String name, Set<String> filters) {
		LoadedSpec spec = specs.get(name).orElseThrow();
		DiagramInterpreter interpreter = new DiagramInterpreter(spec);
		return interpreter.interpret(theater, interpreter.defaultLayers(), filters);
	}

	@Test
	public void gridPlacementPlacesEveryNodeAndNoTwoTopLevelNodesOverlap() {
		assertEquals(3, specs.all().size());
		for (LoadedSpec spec : specs.all()) {
			String name = spec.name();
			Diagram diagram = diagram(name, Set.of());
			Arrangement arrangement = new GridPlacement().arrange(diagram, new Arrangement());
			for (DiagramNode node : diagram.allNodes()) {
				assertNotNull(arrangement.bounds(node.key()), name + ": " + node + " is placed");
			}
			List<Bounds> top = diagram.nodes().stream().map(node -> arrangement.bounds(node.key())).toList();
			for (int i = 0; i < top.size(); i++) {
				for (int j = i + 1; j < top.size(); j++) {
					assertFalse(top.get(i).intersects(top.get(j)), name + ": nodes " + i + " and " + j + " overlap");
				}
			}
			for (DiagramNode node : diagram.allNodes()) {
				if (node.parent() != null && node.parent().children().contains(node)) {
					Bounds child = arrangement.bounds(node.key());
					Bounds parent = arrangement.bounds(node.parent().key());
					assertTrue(new Bounds(0, 0, parent.width(), parent.height()).contains(child), node + " lies inside its container");
				}
			}
		}
	}

	@Test
	public void gridPlacementKeepsWhatIsAlreadyPlaced() {
		Diagram diagram = diagram("contactNetwork", Set.of());
		Arrangement stored = new Arrangement();
		String first = diagram.nodes().get(0).key();
		stored.setBounds(first, new Bounds(5000, 7000, 80, 40));
		Arrangement arranged = new GridPlacement().arrange(diagram, stored);
		assertEquals(new Bounds(5000, 7000, 80, 40), arranged.bounds(first));
		assertNull(stored.bounds(diagram.nodes().get(1).key()), "the stored arrangement is not changed");
		assertTrue(arranged.bounds(diagram.nodes().get(1).key()).y() >= 7040, "new nodes go below the placed ones");
	}

	@Test
	public void theSceneHoldsVisibleNodesAtAbsoluteBoundsAndEdgesBetweenTheirBorders() {
		for (LoadedSpec spec : specs.all()) {
			edgesRunBetweenBorders(diagram(spec.name(), Set.of()));
		}
	}

	private static void edgesRunBetweenBorders(Diagram diagram) {
		Arrangement arrangement = new GridPlacement().arrange(diagram, new Arrangement());
		Scene scene = SceneBuilder.build(diagram, arrangement);
		assertEquals(diagram.allNodes().size(), scene.nodes().size());
		assertEquals(diagram.edges().size(), scene.edges().size());
		for (NodeFigure node : scene.nodes()) {
			if (node.parent() != null) {
				Bounds relative = arrangement.bounds(node.key());
				assertEquals(node.parent().bounds().x() + relative.x(), node.bounds().x(), 1e-9);
			}
		}
		for (EdgeFigure edge : scene.edges()) {
			double[] points = edge.points();
			assertTrue(onBorder(edge.source().bounds(), points[0], points[1]), edge + " starts on its source's border");
			assertTrue(onBorder(edge.target().bounds(), points[points.length - 2], points[points.length - 1]), edge + " ends on its target's border");
			assertTrue(edge.order() < edge.source().order(), "edges paint under nodes");
		}
	}

	@Test
	public void filteredAndHiddenElementsAreLeftOut() {
		Diagram all = diagram("contactNetwork", Set.of());
		Diagram filtered = diagram("contactNetwork", Set.of("weakTies"));
		Arrangement arrangement = new GridPlacement().arrange(all, new Arrangement());
		int edges = SceneBuilder.build(all, arrangement).edges().size();
		assertTrue(SceneBuilder.build(filtered, arrangement).edges().size() < edges, "the filter hides weak ties");
		DiagramNode hidden = all.nodes().get(0);
		new InMemoryArrangementGestures(arrangement).hide(List.of(hidden.key()), true);
		Scene scene = SceneBuilder.build(all, arrangement);
		assertNull(scene.figure(hidden.key()));
		for (EdgeFigure edge : scene.edges()) {
			assertTrue(edge.source().node() != hidden && edge.target().node() != hidden, "no edge to a hidden node");
		}
	}

	@Test
	public void theSpatialIndexFindsWhatABruteForceSearchFinds() {
		Diagram diagram = diagram("contactNetwork", Set.of());
		Scene scene = SceneBuilder.build(diagram, new GridPlacement().arrange(diagram, new Arrangement()));
		Bounds extent = scene.extent();
		Random random = new Random(17);
		for (int run = 0; run < 200; run++) {
			double x = extent.x() + random.nextDouble() * extent.width();
			double y = extent.y() + random.nextDouble() * extent.height();
			Bounds area = new Bounds(x, y, random.nextDouble() * 900, random.nextDouble() * 700);
			List<Figure> expected = new ArrayList<>();
			for (Figure figure : scene.figures()) {
				if (figure.extent().intersects(area)) {
					expected.add(figure);
				}
			}
			List<Figure> found = scene.figuresIn(area);
			assertTrue(found.containsAll(expected), "seed 17 run " + run + ": the index misses figures in " + area);
			Figure topmost = null;
			for (Figure figure : scene.figures()) {
				if (figure.hits(x, y, 2)) {
					topmost = figure;
				}
			}
			assertSame(topmost, scene.figureAt(x, y, 2), "seed 17 run " + run + ": the figure at " + x + "," + y);
		}
		assertTrue(scene.figuresIn(new Bounds(extent.x(), extent.y(), 300, 300)).size() < scene.figures().size() / 4,
				"a small area holds few figures");
	}

	@Test
	public void arrowsPickTheNearestNodeInTheirDirection() {
		Diagram diagram = diagram("contactNetwork", Set.of());
		Scene scene = SceneBuilder.build(diagram, new GridPlacement().arrange(diagram, new Arrangement()));
		NodeFigure first = scene.nodes().get(0);
		NodeFigure right = Direction.RIGHT.nearest(scene, first);
		assertSame(scene.nodes().get(1), right, "the next in the row");
		assertSame(first, Direction.LEFT.nearest(scene, right));
		assertNull(Direction.UP.nearest(scene, first), "nothing above the first row");
		NodeFigure below = Direction.DOWN.nearest(scene, first);
		assertEquals(first.bounds().x(), below.bounds().x(), 1e-9, "straight below");
	}

	@Test
	public void gesturesMoveNodesInMemoryAndRejectUnknownKeys() {
		Arrangement arrangement = new Arrangement();
		arrangement.setBounds("a", new Bounds(10, 20, 30, 40));
		InMemoryArrangementGestures gestures = new InMemoryArrangementGestures(arrangement);
		gestures.move(List.of("a"), 5, -5);
		assertEquals(new Bounds(15, 15, 30, 40), arrangement.bounds("a"));
		assertThrows(IllegalArgumentException.class, () -> gestures.move(List.of("a", "missing"), 1, 1));
		assertEquals(new Bounds(15, 15, 30, 40), arrangement.bounds("a"), "nothing moved");
		gestures.pin(List.of("a"), true);
		assertTrue(arrangement.isPinned("a"));
	}

	private static boolean onBorder(Bounds bounds, double x, double y) {
		double e = 1e-6;
		boolean inside = x >= bounds.x() - e && x <= bounds.right() + e && y >= bounds.y() - e && y <= bounds.bottom() + e;
		boolean edge = Math.abs(x - bounds.x()) < e || Math.abs(x - bounds.right()) < e || Math.abs(y - bounds.y()) < e
				|| Math.abs(y - bounds.bottom()) < e;
		return inside && edge;
	}
}
