package org.counterpart.diagram.ui.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.ArrangementEdit;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.ui.ArrangementGestures;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;

/**
 * Gestures that change the arrangement stored with the workspace: each finished gesture is one {@link ArrangementEdit}
 * on the workspace's command stack, named for Edit &gt; Undo ("Undo Move"), saved with the workspace and synced like
 * any other change.
 */
final class StoredGestures implements ArrangementGestures {
	private final CommandStack stack;
	private final EObject root;
	private final String representation;
	private final Supplier<Diagram> diagram;
	private final Supplier<Arrangement> drawn;

	/**
	 * @param diagram the diagram as drawn now
	 * @param drawn the arrangement it is drawn with now
	 */
	StoredGestures(CommandStack stack, String representation, EObject root, Supplier<Diagram> diagram, Supplier<Arrangement> drawn) {
		this.stack = Objects.requireNonNull(stack);
		this.representation = Objects.requireNonNull(representation);
		this.root = Objects.requireNonNull(root);
		this.diagram = diagram;
		this.drawn = drawn;
	}

	/** What the workspace stores for this diagram now. */
	Arrangement stored() {
		return root.eResource() == null ? new Arrangement() : StoredArrangements.read(root.eResource(), representation, root);
	}

	@Override
	public Arrangement arrangement() {
		return drawn.get();
	}

	@Override
	public void move(Collection<String> nodeKeys, double dx, double dy) {
		if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
			throw new IllegalArgumentException("Not a distance: " + dx + "," + dy); //$NON-NLS-1$
		}
		if (nodeKeys.isEmpty() || (dx == 0 && dy == 0)) {
			return;
		}
		Map<String, DiagramNode> nodes = nodes();
		ArrangementEdit edit = edit(Messages.Gesture_move);
		for (String key : nodeKeys) {
			edit.bounds(key, semantic(nodes, key), placed(key).translated(dx, dy));
		}
		stack.execute(edit);
	}

	@Override
	public void resize(String nodeKey, Bounds bounds) {
		placed(nodeKey);
		stack.execute(edit(Messages.Gesture_resize).bounds(nodeKey, semantic(nodes(), nodeKey), Objects.requireNonNull(bounds)));
	}

	@Override
	public void pin(Collection<String> nodeKeys, boolean pinned) {
		if (nodeKeys.isEmpty()) {
			return;
		}
		Map<String, DiagramNode> nodes = nodes();
		ArrangementEdit edit = edit(pinned ? Messages.Gesture_pin : Messages.Gesture_unpin);
		for (String key : nodeKeys) {
			EObject semantic = semantic(nodes, key);
			// a pinned node stays where it is drawn now, even if only a layout had placed it
			Bounds bounds = drawn.get().bounds(key);
			if (pinned && bounds != null) {
				edit.bounds(key, semantic, bounds);
			}
			edit.pinned(key, semantic, pinned);
		}
		stack.execute(edit);
	}

	@Override
	public void hide(Collection<String> keys, boolean hidden) {
		if (keys.isEmpty()) {
			return;
		}
		Map<String, DiagramNode> nodes = nodes();
		Map<String, DiagramEdge> edges = edges();
		ArrangementEdit edit = edit(hidden ? Messages.Gesture_hide : Messages.Gesture_reveal);
		for (String key : keys) {
			DiagramEdge edge = edges.get(key);
			if (edge != null) {
				edit.edgeHidden(key, EditorArrangement.referable(edge.target()), hidden);
			} else {
				edit.nodeHidden(key, semantic(nodes, key), hidden);
			}
		}
		stack.execute(edit);
	}

	/**
	 * Shows again everything hidden by hand in this diagram, as one command.
	 *
	 * @return whether anything was hidden
	 */
	boolean revealAll() {
		Arrangement stored = stored();
		if (stored.hiddenElements().isEmpty()) {
			return false;
		}
		Map<String, DiagramNode> nodes = nodes();
		Map<String, DiagramEdge> edges = edges();
		ArrangementEdit edit = edit(Messages.Gesture_revealAll);
		for (String key : stored.hiddenElements()) {
			DiagramEdge edge = edges.get(key);
			DiagramNode node = nodes.get(key);
			if (edge != null) {
				edit.edgeHidden(key, EditorArrangement.referable(edge.target()), false);
			} else {
				// a state exists for everything hidden, so the object it refers to is not needed to find it
				edit.nodeHidden(key, node == null ? root : EditorArrangement.referable(node.target()), false);
			}
		}
		stack.execute(edit);
		return true;
	}

	/** Stores {@code layout}'s bounds for every node it places, as one command (Arrange All). */
	void arrangeAll(Arrangement layout) {
		Map<String, DiagramNode> nodes = nodes();
		ArrangementEdit edit = edit(Messages.Gesture_arrangeAll);
		for (String key : layout.placedNodes()) {
			DiagramNode node = nodes.get(key);
			if (node != null) {
				edit.bounds(key, EditorArrangement.referable(node.target()), layout.bounds(key));
			}
		}
		if (!edit.isEmpty()) {
			stack.execute(edit);
		}
	}

	private ArrangementEdit edit(String label) {
		if (root.eResource() == null) {
			throw new IllegalStateException("The diagram's root is no longer in the workspace"); //$NON-NLS-1$
		}
		return new ArrangementEdit(root.eResource(), representation, root, label);
	}

	private Bounds placed(String key) {
		Bounds bounds = drawn.get().bounds(key);
		if (bounds == null) {
			throw new IllegalArgumentException("No placed node " + key); //$NON-NLS-1$
		}
		return bounds;
	}

	private static EObject semantic(Map<String, DiagramNode> nodes, String key) {
		DiagramNode node = nodes.get(key);
		if (node == null) {
			throw new IllegalArgumentException("No node " + key); //$NON-NLS-1$
		}
		return EditorArrangement.referable(node.target());
	}

	private Map<String, DiagramNode> nodes() {
		Map<String, DiagramNode> nodes = new HashMap<>();
		diagram.get().allNodes().forEach(node -> nodes.put(node.key(), node));
		return nodes;
	}

	private Map<String, DiagramEdge> edges() {
		Map<String, DiagramEdge> edges = new HashMap<>();
		diagram.get().edges().forEach(edge -> edges.put(edge.key(), edge));
		return edges;
	}
}
