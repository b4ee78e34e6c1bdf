package org.counterpart.diagram.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.state.DiagramState;
import org.counterpart.diagram.state.DiagramStates;
import org.counterpart.diagram.state.EdgeState;
import org.counterpart.diagram.state.NodeState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The arrangements stored in a workspace: its {@link DiagramStates} root (an extra root of the workspace resource),
 * one {@link DiagramState} per representation and root object, read as {@link Arrangement}s. To change them, see
 * {@link ArrangementEdit}.
 * <p>
 * Every state object has an id derived from what it describes (the representation, the root's id, the element's
 * key), so two devices that arrange the same node for the first time create the same object, and the merge settles
 * their positions as one last-writer-wins value instead of keeping two states for one node.
 */
public final class StoredArrangements {
	private StoredArrangements() {
	}

	/** The root holding the diagram states of the workspace, if anything was ever arranged. */
	public static Optional<DiagramStates> states(Resource workspace) {
		return workspace.getContents().stream().filter(DiagramStates.class::isInstance).map(DiagramStates.class::cast).findFirst();
	}

	/** The state of a representation of {@code root}, if it was ever arranged. */
	public static Optional<DiagramState> find(Resource workspace, String representation, EObject root) {
		String id = diagramId(representation, root);
		return states(workspace).flatMap(states -> states.getDiagrams().stream().filter(state -> id.equals(state.getId())).findFirst());
	}

	/** The stored arrangement of a representation of {@code root}; empty if it was never arranged. */
	public static Arrangement read(Resource workspace, String representation, EObject root) {
		return find(workspace, representation, root).map(StoredArrangements::arrangement).orElseGet(Arrangement::new);
	}

	/** A diagram state as an arrangement. Values this version cannot read (from a newer one) are left out. */
	public static Arrangement arrangement(DiagramState state) {
		Arrangement arrangement = new Arrangement();
		for (NodeState node : state.getNodes()) {
			if (node.getKey() == null) {
				continue;
			}
			Bounds bounds = parseBounds(node.getBounds());
			if (bounds != null) {
				arrangement.setBounds(node.getKey(), bounds);
			}
			arrangement.setPinned(node.getKey(), node.isPinned());
			arrangement.setCollapsed(node.getKey(), node.isCollapsed());
			arrangement.setHidden(node.getKey(), node.isHidden());
		}
		for (EdgeState edge : state.getEdges()) {
			if (edge.getKey() == null) {
				continue;
			}
			List<Point> points = parseBendpoints(edge.getBendpoints());
			if (points != null && !points.isEmpty()) {
				arrangement.setBendpoints(edge.getKey(), points);
			}
			arrangement.setHidden(edge.getKey(), edge.isHidden());
		}
		return arrangement;
	}

	/** The bounds as one attribute value: {@code x y width height}. */
	public static String formatBounds(Bounds bounds) {
		return number(bounds.x()) + " " + number(bounds.y()) + " " + number(bounds.width()) + " " + number(bounds.height());
	}

	/** Bounds written by {@link #formatBounds}, or null for anything else. */
	public static Bounds parseBounds(String text) {
		if (text == null) {
			return null;
		}
		String[] parts = text.trim().split("\\s+");
		if (parts.length != 4) {
			return null;
		}
		try {
			return new Bounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
		} catch (IllegalArgumentException e) {
			return null; // not numbers, or not a rectangle
		}
	}

	/** Bendpoints as one attribute value: {@code x,y x,y ...}. */
	public static String formatBendpoints(List<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point point : points) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(number(point.x())).append(',').append(number(point.y()));
		}
		return text.toString();
	}

	/** Bendpoints written by {@link #formatBendpoints}, or null for anything else. */
	public static List<Point> parseBendpoints(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Point> points = new ArrayList<>();
		for (String pair : text.trim().split("\\s+")) {
			String[] xy = pair.split(",");
			if (xy.length != 2) {
				return null;
			}
			try {
				double x = Double.parseDouble(xy[0]);
				double y = Double.parseDouble(xy[1]);
				if (!Double.isFinite(x) || !Double.isFinite(y)) {
					return null;
				}
				points.add(new Point(x, y));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return points;
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long)value) : Double.toString(value);
	}

	/** The id of the workspace's root of diagram states: the same in every workspace, so that devices share it. */
	static String statesId() {
		return derivedId("states");
	}

	static String diagramId(String representation, EObject root) {
		return derivedId("diagram\n" + representation + "\n" + EcoreUtil.getID(root));
	}

	static String nodeId(String diagramId, String key) {
		return derivedId("node\n" + diagramId + "\n" + key);
	}

	static String edgeId(String diagramId, String key) {
		return derivedId("edge\n" + diagramId + "\n" + key);
	}

	private static String derivedId(String name) {
		return UUID.nameUUIDFromBytes(("counterpart diagram state\n" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}
}
