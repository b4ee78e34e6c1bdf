package org.counterpart.diagram.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.counterpart.diagram.LoadedSpec;
import org.eclipse.emf.ecore.EObject;

/** A diagram as a spec shows a root object: its top-level nodes (with their children and border nodes) and its edges. */
public final class Diagram {
	private final LoadedSpec spec;
	private final EObject root;
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();

	Diagram(LoadedSpec spec, EObject root) {
		this.spec = spec;
		this.root = root;
	}

	public LoadedSpec spec() {
		return spec;
	}

	public EObject root() {
		return root;
	}

	/** The nodes at the top of the diagram. */
	public List<DiagramNode> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** Every node, at any depth, children and border nodes included. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		Consumer<DiagramNode> visit = new Consumer<>() {
			@Override
			public void accept(DiagramNode node) {
				all.add(node);
				node.children().forEach(this);
				node.borderNodes().forEach(this);
			}
		};
		nodes.forEach(visit);
		return all;
	}

	void addNode(DiagramNode node) {
		nodes.add(node);
	}

	void addEdge(DiagramEdge edge) {
		edges.add(edge);
	}

	void replaceNodes(List<DiagramNode> top) {
		nodes.clear();
		nodes.addAll(top);
	}

	void removeEdges(java.util.Collection<DiagramEdge> gone) {
		if (!gone.isEmpty()) {
			java.util.Set<DiagramEdge> set = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			set.addAll(gone);
			edges.removeIf(set::contains);
		}
	}
}
