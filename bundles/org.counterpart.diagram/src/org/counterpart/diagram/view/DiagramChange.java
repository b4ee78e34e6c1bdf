package org.counterpart.diagram.view;

import java.util.List;

/**
 * What one change of the model did to a {@link LiveDiagram}: the elements it added, removed and changed (label,
 * style, size or hidden by a filter), and how many elements were recomputed to find out.
 *
 * @param recomputed how many nodes and edges were interpreted again (created, removed or re-evaluated), a measure
 *            of the work the change cost
 */
public record DiagramChange(List<DiagramNode> addedNodes, List<DiagramNode> removedNodes, List<DiagramNode> changedNodes,
		List<DiagramEdge> addedEdges, List<DiagramEdge> removedEdges, List<DiagramEdge> changedEdges, int recomputed) {

	public DiagramChange {
		addedNodes = List.copyOf(addedNodes);
		removedNodes = List.copyOf(removedNodes);
		changedNodes = List.copyOf(changedNodes);
		addedEdges = List.copyOf(addedEdges);
		removedEdges = List.copyOf(removedEdges);
		changedEdges = List.copyOf(changedEdges);
	}

	/** Whether the diagram looks the same as before. */
	public boolean isEmpty() {
		return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && addedEdges.isEmpty()
				&& removedEdges.isEmpty() && changedEdges.isEmpty();
	}
}
