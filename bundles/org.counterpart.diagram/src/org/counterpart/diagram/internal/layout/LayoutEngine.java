package org.counterpart.diagram.internal.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.internal.layout.NodeGeometry.Size;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.DiagramLayout.Kind;
import org.counterpart.diagram.spec.LayoutAlgorithm;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;

/**
 * One layout of one diagram: sizes every visible node, decides between no layout (everything has stored bounds), an
 * incremental one (most nodes have; the others go to free places near their neighbours) and a full ELK layout (which
 * still leaves pinned nodes where they are), and fills in what derives from the rest (list children, border nodes).
 */
public final class LayoutEngine {
	private final Diagram diagram;
	private final Arrangement stored;
	private final Arrangement result;
	private final Map<DiagramNode, Size> sizes = new IdentityHashMap<>();
	private final Map<DiagramNode, List<DiagramNode>> freeFormChildren = new IdentityHashMap<>();
	private final List<DiagramNode> topLevel = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final Map<DiagramNode, String> keys = new IdentityHashMap<>();
	private Kind kind = Kind.NONE;

	public LayoutEngine(Diagram diagram, Arrangement stored) {
		this.diagram = diagram;
		this.stored = stored == null ? new Arrangement() : stored;
		this.result = new Arrangement(this.stored);
		for (DiagramNode node : diagram.nodes()) {
			if (visible(node, this.stored)) {
				topLevel.add(node);
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (visible(edge, this.stored)) {
				edges.add(edge);
			}
		}
	}

	/** Whether the node shows: no filter and no user hid it or an ancestor, and no ancestor is collapsed. */
	public static boolean visible(DiagramNode node, Arrangement arrangement) {
		if (arrangement.hiddenElements().isEmpty() && arrangement.collapsedNodes().isEmpty()) {
			// Nothing hidden or collapsed by hand: only filters hide, and no key needs to be built.
			for (DiagramNode current = node; current != null; current = current.parent()) {
				if (current.isHidden()) {
					return false;
				}
			}
			return true;
		}
		DiagramNode below = node;
		for (DiagramNode current = node; current != null; below = current, current = current.parent()) {
			if (current.isHidden() || arrangement.isHidden(current.key())) {
				return false;
			}
			// A collapsed container still shows the nodes on its border, not those inside it.
			if (current != node && arrangement.isCollapsed(current.key()) && !current.borderNodes().contains(below)) {
				return false;
			}
		}
		return true;
	}

	public static boolean visible(DiagramEdge edge, Arrangement arrangement) {
		return !edge.isHidden() && (arrangement.hiddenElements().isEmpty() || !arrangement.isHidden(edge.key())) && visible(edge.sourceNode(), arrangement) && visible(edge.targetNode(), arrangement);
	}

	public Kind kind() {
		return kind;
	}

	/** Lays the diagram out (see the class comment). */
	public Arrangement run() {
		for (DiagramNode node : topLevel) {
			measure(node);
		}
		List<DiagramNode> laidOut = new ArrayList<>(topLevel);
		freeFormChildren.values().forEach(laidOut::addAll);
		long placed = laidOut.stream().filter(node -> stored.bounds(key(node)) != null).count();
		if (placed == laidOut.size()) {
			kind = Kind.NONE;
			for (DiagramNode node : laidOut) {
				result.setBounds(key(node), keptBounds(node));
			}
		} else if (placed * 2 >= laidOut.size() && placed > 0) {
			kind = Kind.INCREMENTAL;
			placeNew(topLevel);
			for (Map.Entry<DiagramNode, List<DiagramNode>> entry : freeFormChildren.entrySet()) {
				placeNew(entry.getValue());
			}
		} else {
			kind = Kind.FULL;
			full();
		}
		for (DiagramNode node : topLevel) {
			derive(node);
		}
		return result;
	}

	/**
	 * The ELK graph a full layout of this diagram hands to ELK, not laid out: for measuring ELK's own time on the same
	 * graph ({@link ElkLayout#run(ElkNode)}).
	 */
	public ElkNode elkGraph() {
		for (DiagramNode node : topLevel) {
			measure(node);
		}
		return ElkLayout.build(diagram.spec().spec(), topLevel, edges, sizes, freeFormChildren).root();
	}

	/** A node's stored bounds, grown to what its content needs where it is a list container. */
	private Bounds keptBounds(DiagramNode node) {
		Bounds bounds = stored.bounds(key(node));
		Size size = sizes.get(node);
		if (NodeGeometry.isList(node) && (bounds.width() < size.width() || bounds.height() < size.height())) {
			return new Bounds(bounds.x(), bounds.y(), Math.max(bounds.width(), size.width()), Math.max(bounds.height(), size.height()));
		}
		return bounds;
	}

	/** Sizes the node and what is inside it, bottom-up. */
	private Size measure(DiagramNode node) {
		Size size;
		List<DiagramNode> children = node.children().stream().filter(child -> visible(child, stored)).toList();
		boolean collapsed = stored.isCollapsed(key(node));
		if (NodeGeometry.isContainer(node) && !collapsed && NodeGeometry.isList(node)) {
			Size[] childSizes = new Size[children.size()];
			for (int i = 0; i < childSizes.length; i++) {
				childSizes[i] = measure(children.get(i));
			}
			double[] containerSize = new double[2];
			List<Bounds> childBounds = NodeGeometry.listChildren(node, children, childSizes, containerSize);
			for (int i = 0; i < children.size(); i++) {
				result.setBounds(key(children.get(i)), childBounds.get(i));
			}
			size = new Size(containerSize[0], containerSize[1]);
		} else if (NodeGeometry.isContainer(node) && !collapsed && !children.isEmpty()) {
			for (DiagramNode child : children) {
				measure(child);
			}
			freeFormChildren.put(node, children);
			size = NodeGeometry.preferredSize(node);
			size = new Size(Math.max(size.width(), 80), size.height() + 40);
		} else {
			size = NodeGeometry.preferredSize(node);
		}
		for (DiagramNode border : node.borderNodes()) {
			if (visible(border, stored)) {
				sizes.put(border, NodeGeometry.preferredSize(border));
			}
		}
		sizes.put(node, size);
		return size;
	}

	private void full() {
		ElkLayout.Graph graph = ElkLayout.build(diagram.spec().spec(), topLevel, edges, sizes, freeFormChildren);
		ElkLayout.run(graph.root());
		boolean network = diagram.spec().spec().getLayout() != LayoutAlgorithm.LAYERED;
		// Results of ELK, then pinned nodes back where the user put them and nothing on top of them.
		List<DiagramNode> level = topLevel;
		Bounds[] rects = new Bounds[level.size()];
		boolean[] fixed = new boolean[level.size()];
		boolean anyPinned = false;
		for (int i = 0; i < rects.length; i++) {
			DiagramNode node = level.get(i);
			Bounds pinned = stored.isPinned(key(node)) ? stored.bounds(key(node)) : null;
			fixed[i] = pinned != null;
			anyPinned |= fixed[i];
			rects[i] = pinned != null ? pinned : ElkLayout.bounds(graph.nodes().get(node));
		}
		Bounds[] settled = network || anyPinned ? FreeSpace.removeOverlaps(rects, fixed, network ? 24 : ElkLayout.NODE_SPACING / 2) : rects;
		Map<DiagramNode, Boolean> moved = new IdentityHashMap<>();
		for (int i = 0; i < settled.length; i++) {
			DiagramNode node = level.get(i);
			result.setBounds(key(node), settled[i]);
			if (!fixed[i] && !settled[i].equals(rects[i])) {
				moved.put(node, Boolean.TRUE);
			}
		}
		for (Map.Entry<DiagramNode, List<DiagramNode>> entry : freeFormChildren.entrySet()) {
			ElkNode container = graph.nodes().get(entry.getKey());
			Bounds own = result.bounds(key(entry.getKey()));
			if (own != null && !stored.isPinned(key(entry.getKey()))) {
				result.setBounds(key(entry.getKey()), new Bounds(own.x(), own.y(), container.getWidth(), container.getHeight()));
			}
			for (DiagramNode child : entry.getValue()) {
				result.setBounds(key(child), stored.isPinned(key(child)) && stored.bounds(key(child)) != null ? stored.bounds(key(child))
						: ElkLayout.bounds(graph.nodes().get(child)));
			}
		}
		for (DiagramEdge edge : edges) {
			ElkEdge elkEdge = graph.edges().get(edge);
			boolean straight = network || elkEdge == null || moved.containsKey(edge.sourceNode()) || moved.containsKey(edge.targetNode())
					|| stored.isPinned(key(edge.sourceNode())) || stored.isPinned(key(edge.targetNode()))
					|| edge.sourceNode().parent() != null || edge.targetNode().parent() != null;
			result.setBendpoints(edge.key(), straight ? List.of() : ElkLayout.bendpoints(elkEdge, 0, 0));
		}
	}

	/** Places the nodes of one level that have no stored bounds near their placed neighbours, moving no placed one. */
	private void placeNew(List<DiagramNode> level) {
		Map<DiagramNode, Bounds> placed = new LinkedHashMap<>();
		List<DiagramNode> unplaced = new ArrayList<>();
		for (DiagramNode node : level) {
			if (stored.bounds(key(node)) != null) {
				placed.put(node, keptBounds(node));
			} else {
				unplaced.add(node);
			}
		}
		placed.forEach((node, bounds) -> result.setBounds(key(node), bounds));
		FreeSpace space = new FreeSpace(ElkLayout.NODE_SPACING / 2, placed.values());
		Bounds extent = space.extent();
		double minX = level.get(0).parent() == null ? -Double.MAX_VALUE : 0;
		double minY = level.get(0).parent() == null ? -Double.MAX_VALUE : NodeGeometry.headerHeight(level.get(0).parent());
		Map<DiagramNode, DiagramNode> atLevel = new IdentityHashMap<>();
		level.forEach(node -> atLevel.put(node, node));
		for (DiagramNode node : unplaced) {
			double sx = 0;
			double sy = 0;
			int count = 0;
			for (DiagramEdge edge : edges) {
				DiagramNode other = null;
				if (ancestorIn(edge.sourceNode(), atLevel) == node) {
					other = ancestorIn(edge.targetNode(), atLevel);
				} else if (ancestorIn(edge.targetNode(), atLevel) == node) {
					other = ancestorIn(edge.sourceNode(), atLevel);
				}
				Bounds at = other == null || other == node ? null : result.bounds(key(other));
				if (at != null) {
					sx += at.x() + at.width() / 2;
					sy += at.y() + at.height() / 2;
					count++;
				}
			}
			Size size = sizes.get(node);
			double cx;
			double cy;
			if (count > 0) {
				cx = sx / count;
				cy = sy / count;
			} else if (extent != null) {
				cx = extent.right() + ElkLayout.NODE_SPACING + size.width() / 2;
				cy = extent.y() + size.height() / 2;
			} else {
				cx = size.width() / 2 + ElkLayout.NODE_SPACING;
				cy = size.height() / 2 + ElkLayout.NODE_SPACING;
			}
			Bounds free = space.nearestFree(cx, cy, size.width(), size.height(), minX, minY);
			space.add(free);
			result.setBounds(key(node), free);
		}
		// Edges of new nodes run straight until someone routes them.
		for (DiagramEdge edge : edges) {
			if (unplaced.contains(ancestorIn(edge.sourceNode(), atLevel)) || unplaced.contains(ancestorIn(edge.targetNode(), atLevel))) {
				result.setBendpoints(edge.key(), List.of());
			}
		}
		if (level.get(0).parent() != null) {
			growToFit(level.get(0).parent(), level);
		}
	}

	private void growToFit(DiagramNode container, List<DiagramNode> children) {
		Bounds own = result.bounds(key(container));
		if (own == null) {
			return;
		}
		double width = own.width();
		double height = own.height();
		for (DiagramNode child : children) {
			Bounds b = result.bounds(key(child));
			width = Math.max(width, b.right() + 10);
			height = Math.max(height, b.bottom() + 10);
		}
		result.setBounds(key(container), new Bounds(own.x(), own.y(), width, height));
	}

	private static DiagramNode ancestorIn(DiagramNode node, Map<DiagramNode, DiagramNode> level) {
		for (DiagramNode current = node; current != null; current = current.parent()) {
			if (level.containsKey(current)) {
				return current;
			}
		}
		return null;
	}

	/** Places what derives from a node's bounds: its list children (done while measuring) and its border nodes. */
	private void derive(DiagramNode node) {
		Bounds own = result.bounds(key(node));
		if (own == null) {
			return;
		}
		double right = own.width() - 8;
		for (DiagramNode border : node.borderNodes()) {
			if (!visible(border, stored)) {
				continue;
			}
			Bounds kept = stored.bounds(key(border));
			if (kept != null) {
				result.setBounds(key(border), kept);
				continue;
			}
			Size size = sizes.get(border);
			// On the top edge, right-aligned, half outside like a tab.
			double x = Math.max(0, right - size.width());
			result.setBounds(key(border), new Bounds(x, -size.height() / 2, size.width(), size.height()));
			right = x - 4;
		}
		if (!stored.isCollapsed(key(node))) {
			for (DiagramNode child : node.children()) {
				if (visible(child, stored)) {
					derive(child);
				}
			}
		}
	}

	/** The node's key, computed once: keys are built from the parent's key on every call. */
	private String key(DiagramNode node) {
		String key = keys.get(node);
		if (key == null) {
			key = node.key();
			keys.put(node, key);
		}
		return key;
	}
}
