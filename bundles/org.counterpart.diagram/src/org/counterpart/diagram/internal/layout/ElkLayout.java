package org.counterpart.diagram.internal.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.EdgeRouting;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.RepresentationSpec;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.ForceOptions;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The ELK graph of a diagram's nodes, and running ELK on it: the top-level nodes in the algorithm the spec chooses,
 * the children of free-form containers inside them (laid out first, so each container takes the size its children
 * need), list containers as one node of the size of their list. Edges between nodes at different depths connect
 * the ancestors that are siblings.
 */
public final class ElkLayout {
	/** Room between nodes, and between the layers of a layered layout. */
	public static final double NODE_SPACING = 30;
	static final double LAYER_SPACING = 50;
	static final double EDGE_LENGTH = 220;
	/** From how many nodes a diagram is laid out with fewer refinement passes. */
	static final int LARGE = 1000;
	static final int STRESS_ITERATIONS = Integer.getInteger("counterpart.diagram.stressIterations", 200);

	private static volatile boolean registered;

	/** The graph and which ELK node stands for which diagram node. */
	public record Graph(ElkNode root, Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges) {
	}

	private ElkLayout() {
	}

	/** Makes the algorithms known to ELK: its service loader does not see across bundles in OSGi. */
	static void register() {
		if (!registered) {
			synchronized (ElkLayout.class) {
				if (!registered) {
					LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
							new StressMetaDataProvider(), new ForceMetaDataProvider());
					registered = true;
				}
			}
		}
	}

	/**
	 * Builds the ELK graph of {@code topLevel} (visible nodes) and {@code edges} (visible edges).
	 *
	 * @param sizes the size each node needs (containers: their header or whole list)
	 * @param freeFormChildren the visible children each free-form container lays out inside itself
	 */
	public static Graph build(RepresentationSpec spec, List<DiagramNode> topLevel, List<DiagramEdge> edges, Map<DiagramNode, NodeGeometry.Size> sizes,
			Map<DiagramNode, List<DiagramNode>> freeFormChildren) {
		register();
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, spec);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		Map<DiagramNode, ElkNode> nodes = new IdentityHashMap<>();
		for (DiagramNode node : topLevel) {
			add(root, node, sizes, freeFormChildren, nodes, spec);
		}
		if (nodes.size() > LARGE) {
			// Crossing minimisation repeats its sweeps by the thoroughness; on thousands of nodes the first sweeps
			// give nearly all of the gain.
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
		}
		Map<DiagramEdge, ElkEdge> elkEdges = new IdentityHashMap<>();
		for (DiagramEdge edge : edges) {
			ElkNode source = representative(edge.sourceNode(), nodes);
			ElkNode target = representative(edge.targetNode(), nodes);
			if (source == null || target == null) {
				continue;
			}
			// Connect the ancestors that share a parent.
			List<ElkNode> sourcePath = path(source);
			List<ElkNode> targetPath = path(target);
			int common = 0;
			while (common < sourcePath.size() && common < targetPath.size() && sourcePath.get(common) == targetPath.get(common)) {
				common++;
			}
			if (common >= sourcePath.size() || common >= targetPath.size()) {
				continue; // one end contains the other
			}
			ElkNode from = sourcePath.get(common);
			ElkNode to = targetPath.get(common);
			if (from == to) {
				continue;
			}
			ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(from, to);
			if (from == source && to == target) {
				elkEdges.put(edge, elkEdge);
			}
		}
		return new Graph(root, nodes, elkEdges);
	}

	private static void add(ElkNode parent, DiagramNode node, Map<DiagramNode, NodeGeometry.Size> sizes, Map<DiagramNode, List<DiagramNode>> freeFormChildren,
			Map<DiagramNode, ElkNode> nodes, RepresentationSpec spec) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		NodeGeometry.Size size = sizes.get(node);
		elkNode.setDimensions(size.width(), size.height());
		nodes.put(node, elkNode);
		List<DiagramNode> children = freeFormChildren.getOrDefault(node, List.of());
		if (!children.isEmpty()) {
			elkNode.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
			elkNode.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
			elkNode.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING / 2);
			elkNode.setProperty(CoreOptions.PADDING, new ElkPadding(NodeGeometry.headerHeight(node) + 6, 10, 10, 10));
			elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
			elkNode.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(size.width(), size.height()));
			for (DiagramNode child : children) {
				add(elkNode, child, sizes, freeFormChildren, nodes, spec);
			}
		}
	}

	private static void configure(ElkNode root, RepresentationSpec spec) {
		switch (spec.getLayout()) {
			case STRESS -> {
				root.setProperty(CoreOptions.ALGORITHM, StressOptions.ALGORITHM_ID);
				root.setProperty(StressOptions.DESIRED_EDGE_LENGTH, EDGE_LENGTH);
				// Stress majorization converges slowly at the end, where nothing visible changes any more.
				root.setProperty(StressOptions.ITERATION_LIMIT, STRESS_ITERATIONS);
			}
			case FORCE -> {
				root.setProperty(CoreOptions.ALGORITHM, ForceOptions.ALGORITHM_ID);
				root.setProperty(ForceOptions.SPACING_NODE_NODE, NODE_SPACING * 2);
			}
			default -> {
				root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
				root.setProperty(CoreOptions.DIRECTION, switch (spec.getLayoutDirection()) {
					case UP -> Direction.UP;
					case RIGHT -> Direction.RIGHT;
					case LEFT -> Direction.LEFT;
					default -> Direction.DOWN;
				});
				boolean sideways = spec.getLayoutDirection() == org.counterpart.diagram.spec.LayoutDirection.RIGHT
						|| spec.getLayoutDirection() == org.counterpart.diagram.spec.LayoutDirection.LEFT;
				// Nodes are wider than high: a sideways tree stacks them closer, and leaves more room between its layers.
				root.setProperty(CoreOptions.SPACING_NODE_NODE, sideways ? NODE_SPACING / 2 : NODE_SPACING);
				root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, sideways ? LAYER_SPACING * 1.5 : LAYER_SPACING);
				// Edges that leave a node on the same side share one port: a tree's branches fan out from one line.
				root.setProperty(LayeredOptions.MERGE_EDGES, true);
				root.setProperty(CoreOptions.EDGE_ROUTING, orthogonal(spec) ? org.eclipse.elk.core.options.EdgeRouting.ORTHOGONAL
						: org.eclipse.elk.core.options.EdgeRouting.POLYLINE);
			}
		}
	}

	/** Whether the spec's edges are drawn at right angles (tree or orthogonal routing). */
	static boolean orthogonal(RepresentationSpec spec) {
		for (Layer layer : spec.getLayers()) {
			for (var mapping : layer.getEdgeMappings()) {
				if (mapping.getStyle() != null && mapping.getStyle().getRouting() != EdgeRouting.STRAIGHT) {
					return true;
				}
			}
		}
		return false;
	}

	private static ElkNode representative(DiagramNode node, Map<DiagramNode, ElkNode> nodes) {
		for (DiagramNode current = node; current != null; current = current.parent()) {
			ElkNode elkNode = nodes.get(current);
			if (elkNode != null) {
				return elkNode;
			}
		}
		return null;
	}

	private static List<ElkNode> path(ElkNode node) {
		List<ElkNode> path = new ArrayList<>();
		for (ElkNode current = node; current != null; current = current.getParent()) {
			path.add(0, current);
		}
		return path;
	}

	/** Runs ELK on the graph: the time of this call is ELK's own layout time. */
	public static void run(ElkNode root) {
		register();
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}

	/** The node's bounds as ELK left them, relative to its parent. */
	static Bounds bounds(ElkNode node) {
		return new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight());
	}

	/** The bend points of an edge ELK routed, in absolute coordinates (its container at {@code origin}). */
	static List<Point> bendpoints(ElkEdge edge, double originX, double originY) {
		List<Point> points = new ArrayList<>();
		// The route's ends too: ELK attaches edges at chosen places of the outline, which a straight line from the
		// last bend point to the node's centre would miss.
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(new Point(section.getStartX() + originX, section.getStartY() + originY));
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(new Point(bend.getX() + originX, bend.getY() + originY));
			}
			points.add(new Point(section.getEndX() + originX, section.getEndY() + originY));
		}
		return points;
	}
}
