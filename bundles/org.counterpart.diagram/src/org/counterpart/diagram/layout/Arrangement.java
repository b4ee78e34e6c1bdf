package org.counterpart.diagram.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where the elements of one diagram sit: the bounds of its nodes and the bendpoints of its edges, by the elements'
 * keys ({@link org.counterpart.diagram.view.DiagramNode#key()}, {@link org.counterpart.diagram.view.DiagramEdge#key()}),
 * and which nodes the user pinned, collapsed or hid. It is what a layout produces, what the diagram state stores
 * and what a renderer draws from. Child bounds are relative to their parent's top-left corner.
 */
public final class Arrangement {
	/** A rectangle in diagram coordinates (pixels at 100 %). */
	public record Bounds(double x, double y, double width, double height) {
		public Bounds {
			if (width < 0 || height < 0 || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
				throw new IllegalArgumentException("Not a rectangle: " + x + "," + y + " " + width + "x" + height);
			}
		}

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		public boolean intersects(Bounds other) {
			return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
		}

		public boolean contains(Bounds other) {
			return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
		}

		public Bounds translated(double dx, double dy) {
			return new Bounds(x + dx, y + dy, width, height);
		}
	}

	/** A point in diagram coordinates. */
	public record Point(double x, double y) {
	}

	private final Map<String, Bounds> nodeBounds = new LinkedHashMap<>();
	private final Map<String, List<Point>> bendpoints = new LinkedHashMap<>();
	private final Set<String> pinned = new LinkedHashSet<>();
	private final Set<String> collapsed = new LinkedHashSet<>();
	private final Set<String> hidden = new LinkedHashSet<>();

	public Arrangement() {
	}

	/** A copy of {@code other}. */
	public Arrangement(Arrangement other) {
		nodeBounds.putAll(other.nodeBounds);
		bendpoints.putAll(other.bendpoints);
		pinned.addAll(other.pinned);
		collapsed.addAll(other.collapsed);
		hidden.addAll(other.hidden);
	}

	/** The node's bounds (relative to its parent for a child), or null when it has none yet. */
	public Bounds bounds(String nodeKey) {
		return nodeBounds.get(nodeKey);
	}

	public void setBounds(String nodeKey, Bounds bounds) {
		nodeBounds.put(Objects.requireNonNull(nodeKey), Objects.requireNonNull(bounds));
	}

	/** The keys of the nodes that have bounds. */
	public Set<String> placedNodes() {
		return Collections.unmodifiableSet(nodeBounds.keySet());
	}

	/** The edge's bendpoints between its ends, in absolute diagram coordinates; empty for a straight edge. */
	public List<Point> bendpoints(String edgeKey) {
		return bendpoints.getOrDefault(edgeKey, List.of());
	}

	public void setBendpoints(String edgeKey, List<Point> points) {
		bendpoints.put(Objects.requireNonNull(edgeKey), List.copyOf(points));
	}

	/** The keys of the edges that have bendpoints. */
	public Set<String> routedEdges() {
		return Collections.unmodifiableSet(bendpoints.keySet());
	}

	/** Whether the user pinned the node: a layout leaves it where it is. */
	public boolean isPinned(String nodeKey) {
		return pinned.contains(nodeKey);
	}

	public void setPinned(String nodeKey, boolean value) {
		toggle(pinned, nodeKey, value);
	}

	public boolean isCollapsed(String nodeKey) {
		return collapsed.contains(nodeKey);
	}

	public void setCollapsed(String nodeKey, boolean value) {
		toggle(collapsed, nodeKey, value);
	}

	/** Whether the user hid the element (node or edge key) by hand; filters hide on their own. */
	public boolean isHidden(String key) {
		return hidden.contains(key);
	}

	public void setHidden(String key, boolean value) {
		toggle(hidden, key, value);
	}

	public Set<String> pinnedNodes() {
		return Collections.unmodifiableSet(pinned);
	}

	public Set<String> collapsedNodes() {
		return Collections.unmodifiableSet(collapsed);
	}

	public Set<String> hiddenElements() {
		return Collections.unmodifiableSet(hidden);
	}

	private static void toggle(Set<String> set, String key, boolean value) {
		if (value) {
			set.add(Objects.requireNonNull(key));
		} else {
			set.remove(key);
		}
	}
}
