package org.counterpart.diagram.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.state.DiagramState;
import org.counterpart.diagram.state.DiagramStates;
import org.counterpart.diagram.state.EdgeState;
import org.counterpart.diagram.state.NodeState;
import org.counterpart.diagram.state.StateFactory;
import org.counterpart.diagram.state.StatePackage.Literals;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * One user gesture on a diagram's arrangement (a drag, a resize, pinning, hiding, a layout) as one undoable EMF
 * command: gather the changes, then execute it on the workspace's command stack. A node dragged writes one value
 * (its bounds) however many times the mouse moved: give the gesture its end result only.
 * <p>
 * The command creates the diagram states it needs (the root of states, the diagram's state, a node's or an edge's
 * state) and undo removes what it created.
 */
public final class ArrangementEdit extends AbstractCommand {
	private final Resource workspace;
	private final String representation;
	private final EObject root;
	private final List<Consumer<DiagramState>> changes = new ArrayList<>();
	private final List<Step> steps = new ArrayList<>();

	/**
	 * @param workspace the workspace resource that holds {@code root}
	 * @param representation the spec's name
	 * @param label what the gesture was, for the Undo menu (e.g. "Move")
	 */
	public ArrangementEdit(Resource workspace, String representation, EObject root, String label) {
		super(label);
		this.workspace = Objects.requireNonNull(workspace);
		this.representation = Objects.requireNonNull(representation);
		this.root = Objects.requireNonNull(root);
	}

	/** Sets where a node sits (relative to its parent for a child). */
	public ArrangementEdit bounds(String nodeKey, EObject semantic, Bounds bounds) {
		String value = StoredArrangements.formatBounds(bounds);
		changes.add(state -> set(node(state, nodeKey, semantic), Literals.NODE_STATE__BOUNDS, value));
		return this;
	}

	public ArrangementEdit pinned(String nodeKey, EObject semantic, boolean pinned) {
		changes.add(state -> set(node(state, nodeKey, semantic), Literals.NODE_STATE__PINNED, pinned));
		return this;
	}

	public ArrangementEdit collapsed(String nodeKey, EObject semantic, boolean collapsed) {
		changes.add(state -> set(node(state, nodeKey, semantic), Literals.NODE_STATE__COLLAPSED, collapsed));
		return this;
	}

	public ArrangementEdit nodeHidden(String nodeKey, EObject semantic, boolean hidden) {
		changes.add(state -> set(node(state, nodeKey, semantic), Literals.NODE_STATE__HIDDEN, hidden));
		return this;
	}

	/** Sets an edge's bendpoints (empty for a straight edge). */
	public ArrangementEdit bendpoints(String edgeKey, EObject semantic, List<Point> points) {
		String value = StoredArrangements.formatBendpoints(points);
		changes.add(state -> set(edge(state, edgeKey, semantic), Literals.EDGE_STATE__BENDPOINTS, value));
		return this;
	}

	public ArrangementEdit edgeHidden(String edgeKey, EObject semantic, boolean hidden) {
		changes.add(state -> set(edge(state, edgeKey, semantic), Literals.EDGE_STATE__HIDDEN, hidden));
		return this;
	}

	/** Whether the gesture changes anything. */
	public boolean isEmpty() {
		return changes.isEmpty();
	}

	@Override
	protected boolean prepare() {
		return !changes.isEmpty();
	}

	@Override
	public void execute() {
		DiagramState state = diagramState();
		changes.forEach(change -> change.accept(state));
	}

	@Override
	public void undo() {
		for (int i = steps.size() - 1; i >= 0; i--) {
			steps.get(i).undo();
		}
	}

	@Override
	public void redo() {
		steps.forEach(Step::redo);
	}

	private DiagramState diagramState() {
		DiagramStates states = StoredArrangements.states(workspace).orElse(null);
		if (states == null) {
			states = StateFactory.eINSTANCE.createDiagramStates();
			states.setId(StoredArrangements.statesId());
			add(workspace.getContents(), states);
		}
		String id = StoredArrangements.diagramId(representation, root);
		for (DiagramState state : states.getDiagrams()) {
			if (id.equals(state.getId())) {
				return state;
			}
		}
		DiagramState state = StateFactory.eINSTANCE.createDiagramState();
		state.setId(id);
		state.setRepresentation(representation);
		state.setRoot(root);
		add(states.getDiagrams(), state);
		return state;
	}

	private NodeState node(DiagramState state, String key, EObject semantic) {
		String id = StoredArrangements.nodeId(state.getId(), key);
		for (NodeState node : state.getNodes()) {
			if (id.equals(node.getId())) {
				return node;
			}
		}
		NodeState node = StateFactory.eINSTANCE.createNodeState();
		node.setId(id);
		node.setKey(key);
		node.setSemantic(semantic);
		add(state.getNodes(), node);
		return node;
	}

	private EdgeState edge(DiagramState state, String key, EObject semantic) {
		String id = StoredArrangements.edgeId(state.getId(), key);
		for (EdgeState edge : state.getEdges()) {
			if (id.equals(edge.getId())) {
				return edge;
			}
		}
		EdgeState edge = StateFactory.eINSTANCE.createEdgeState();
		edge.setId(id);
		edge.setKey(key);
		edge.setSemantic(semantic);
		add(state.getEdges(), edge);
		return edge;
	}

	private void set(EObject object, EStructuralFeature feature, Object value) {
		Object old = object.eGet(feature);
		if (!Objects.equals(old, value)) {
			Step step = new Step(() -> object.eSet(feature, value), () -> object.eSet(feature, old));
			step.redo();
			steps.add(step);
		}
	}

	private <T extends EObject> void add(EList<? super T> list, T object) {
		Step step = new Step(() -> list.add(object), () -> list.remove(object));
		step.redo();
		steps.add(step);
	}

	/** A change made by the command, with how to take it back. */
	private record Step(Runnable forward, Runnable backward) {
		void redo() {
			forward.run();
		}

		void undo() {
			backward.run();
		}
	}
}
