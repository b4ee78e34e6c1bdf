package org.counterpart.diagram.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.layout.DiagramLayout;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.emf.ecore.EObject;

/**
 * Where the editor draws the elements of one diagram: the arrangement stored with the workspace (the one
 * {@code counterpart-cli diagram render} draws) wins; what it does not place keeps the place ELK gave it when the
 * editor first saw it, so that the diagram does not jump when the model changes elsewhere or a gesture is undone;
 * what was never placed at all is laid out by ELK ({@link DiagramLayout}: a full layout when little is placed, else
 * near its neighbours).
 * <p>
 * Edge routes from a layout are kept only while both ends stay where the layout put them; a moved node's edges are
 * drawn straight (or as their style routes them) until the next layout.
 */
final class EditorArrangement {
	/** A layout's route of an edge and where its ends were (absolute) when it was made. */
	private record Route(List<Point> points, Bounds source, Bounds target) {
	}

	private final DiagramLayout layout = new DiagramLayout();
	private final Arrangement laidOut = new Arrangement();
	private final Map<String, Route> routes = new HashMap<>();
	private Arrangement current = new Arrangement();
	private DiagramLayout.Kind lastKind = DiagramLayout.Kind.NONE;

	/**
	 * The arrangement to draw {@code diagram} with, stored state first.
	 *
	 * @param stored what the workspace stores for the diagram (see {@link StoredArrangements#read})
	 * @param adjust changes the new arrangement before it is remembered (places a node just created where the user
	 *            clicked)
	 */
	Arrangement arrange(Diagram diagram, Arrangement stored, java.util.function.Consumer<Arrangement> adjust) {
		Arrangement base = new Arrangement();
		for (String key : laidOut.placedNodes()) {
			base.setBounds(key, laidOut.bounds(key));
		}
		for (String key : stored.placedNodes()) {
			base.setBounds(key, stored.bounds(key));
			// what the user placed stays put even when ELK has to lay out the many nodes nothing placed yet
			base.setPinned(key, true);
		}
		stored.pinnedNodes().forEach(key -> base.setPinned(key, true));
		stored.collapsedNodes().forEach(key -> base.setCollapsed(key, true));
		stored.hiddenElements().forEach(key -> base.setHidden(key, true));
		for (String key : stored.routedEdges()) {
			base.setBendpoints(key, stored.bendpoints(key));
		}
		DiagramLayout.Result result = layout.arrange(diagram, base);
		lastKind = result.kind();
		Arrangement arranged = result.arrangement();
		adjust.accept(arranged);
		remember(diagram, arranged, stored, result.kind() == DiagramLayout.Kind.NONE ? null : arranged);
		keepRoutes(diagram, arranged, stored);
		current = arranged;
		return arranged;
	}

	/**
	 * A new ELK layout of everything shown, leaving pinned nodes where they are: what Arrange All stores. Changes
	 * nothing until {@link #adoptLayout} is called with it.
	 */
	Arrangement layoutAll(Diagram diagram, Arrangement stored) {
		Arrangement pinnedOnly = new Arrangement();
		for (String key : stored.pinnedNodes()) {
			pinnedOnly.setPinned(key, true);
			Bounds bounds = current.bounds(key) != null ? current.bounds(key) : stored.bounds(key);
			if (bounds != null) {
				pinnedOnly.setBounds(key, bounds);
			}
		}
		stored.collapsedNodes().forEach(key -> pinnedOnly.setCollapsed(key, true));
		stored.hiddenElements().forEach(key -> pinnedOnly.setHidden(key, true));
		// With only the pinned nodes placed, the layout engine runs ELK on the whole diagram (unless most are pinned).
		return layout.arrange(diagram, pinnedOnly).arrangement();
	}

	/** Keeps the routes of a layout the user chose (Arrange All) for as long as its nodes stay put. */
	void adoptLayout(Diagram diagram, Arrangement layoutResult) {
		for (DiagramEdge edge : diagram.edges()) {
			List<Point> points = layoutResult.bendpoints(edge.key());
			Bounds source = absolute(edge.sourceNode(), layoutResult);
			Bounds target = absolute(edge.targetNode(), layoutResult);
			if (!points.isEmpty() && source != null && target != null) {
				routes.put(edge.key(), new Route(points, source, target));
			}
		}
	}

	/** The arrangement last drawn. */
	Arrangement current() {
		return current;
	}

	/** What the last {@link #arrange} had to do (for tests: whether ELK ran). */
	DiagramLayout.Kind lastKind() {
		return lastKind;
	}

	/** How many times this editor called ELK. */
	int elkRuns() {
		return layout.elkRuns();
	}

	/** Remembers where a layout put what the workspace does not store, the first time it is placed. */
	private void remember(Diagram diagram, Arrangement arranged, Arrangement stored, Arrangement newLayout) {
		for (String key : arranged.placedNodes()) {
			if (stored.bounds(key) == null && laidOut.bounds(key) == null) {
				laidOut.setBounds(key, arranged.bounds(key));
			}
		}
		if (newLayout != null) {
			adoptLayout(diagram, newLayout);
		}
	}

	/** Sets the routes of edges whose ends are still where their route was made, and drops the others. */
	private void keepRoutes(Diagram diagram, Arrangement arranged, Arrangement stored) {
		for (DiagramEdge edge : diagram.edges()) {
			if (stored.routedEdges().contains(edge.key())) {
				continue;
			}
			Route route = routes.get(edge.key());
			Bounds source = absolute(edge.sourceNode(), arranged);
			Bounds target = absolute(edge.targetNode(), arranged);
			if (route != null && route.source().equals(source) && route.target().equals(target)) {
				arranged.setBendpoints(edge.key(), route.points());
			} else {
				arranged.setBendpoints(edge.key(), List.of());
			}
		}
	}

	/** The absolute bounds of {@code node} in {@code arrangement} (child bounds are relative to the parent), or null. */
	static Bounds absolute(DiagramNode node, Arrangement arrangement) {
		Bounds bounds = arrangement.bounds(node.key());
		if (bounds == null) {
			return null;
		}
		for (DiagramNode up = node.parent(); up != null; up = up.parent()) {
			Bounds parent = arrangement.bounds(up.key());
			if (parent == null) {
				return null;
			}
			bounds = bounds.translated(parent.x(), parent.y());
		}
		return bounds;
	}

	/**
	 * The object a diagram state may refer to for a node: its own object, or the nearest container that has an id
	 * (a marking drawn on an institution's border has none, and the journal keeps only references to objects with
	 * ids).
	 */
	static EObject referable(EObject semantic) {
		for (EObject object = semantic; object != null; object = object.eContainer()) {
			if (org.eclipse.emf.ecore.util.EcoreUtil.getID(object) != null) {
				return object;
			}
		}
		return semantic;
	}
}
