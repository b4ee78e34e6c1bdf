package org.counterpart.diagram.tests;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** A diagram written out as text in a canonical form, to compare two interpretations. */
final class LiveDiagrams {
	private LiveDiagrams() {
	}

	/** Nodes in their order (top level, children, border nodes), then edges sorted by key. */
	static String canonical(Diagram diagram) {
		StringBuilder text = new StringBuilder();
		for (DiagramNode node : diagram.nodes()) {
			node(node, "", text);
		}
		List<String> edges = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			edges.add("edge " + edge.key() + " label=" + edge.label() + " style=" + EcoreUtil.getURI(edge.style()).fragment() + " width=" + edge.width()
					+ " hidden=" + edge.isHidden() + " target=" + EcoreUtil.getID(edge.target()));
		}
		edges.sort(null);
		edges.forEach(line -> text.append(line).append('\n'));
		return text.toString();
	}

	private static void node(DiagramNode node, String indent, StringBuilder text) {
		text.append(indent).append(node.key()).append(" label=").append(node.label()).append(" style=").append(EcoreUtil.getURI(node.style()).fragment())
				.append(" size=").append(node.width()).append('x').append(node.height()).append(" hidden=").append(node.isHidden()).append('\n');
		for (DiagramNode child : node.children()) {
			node(child, indent + "  ", text);
		}
		for (DiagramNode border : node.borderNodes()) {
			node(border, indent + "  [border] ", text);
		}
	}
}
