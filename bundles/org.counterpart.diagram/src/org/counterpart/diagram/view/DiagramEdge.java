package org.counterpart.diagram.view;

import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.EdgeStyle;
import org.eclipse.emf.ecore.EObject;

/**
 * An edge of an interpreted diagram between two of its nodes. Its domain object is the mapped object for an edge
 * mapping by element (e.g. a Relationship) and the source node's object for an edge mapping by reference.
 */
public final class DiagramEdge {
	private final EdgeMapping mapping;
	private final EObject target;
	private final DiagramNode source;
	private final DiagramNode targetNode;
	private String label;
	private EdgeStyle style;
	private double width;
	boolean hidden;

	DiagramEdge(EdgeMapping mapping, EObject target, DiagramNode source, DiagramNode targetNode, String label, EdgeStyle style, double width) {
		this.mapping = mapping;
		this.target = target;
		this.source = source;
		this.targetNode = targetNode;
		this.label = label;
		this.style = style;
		this.width = width;
	}

	public EdgeMapping mapping() {
		return mapping;
	}

	/** The domain object the edge stands for (see the class comment). */
	public EObject target() {
		return target;
	}

	public DiagramNode sourceNode() {
		return source;
	}

	public DiagramNode targetNode() {
		return targetNode;
	}

	/**
	 * What names this edge across interpretations and devices, for its stored bendpoints: the mapping's name, the
	 * domain object's id and the keys of both ends.
	 */
	public String key() {
		return key(mapping, target, source, targetNode);
	}

	static String key(EdgeMapping mapping, EObject target, DiagramNode source, DiagramNode targetNode) {
		return mapping.getName() + ":" + org.eclipse.emf.ecore.util.EcoreUtil.getID(target) + "(" + source.key() + "->" + targetNode.key() + ")";
	}

	/** The label, or null when the style has none. */
	public String label() {
		return label;
	}

	public EdgeStyle style() {
		return style;
	}

	/** The line width in pixels. */
	public double width() {
		return width;
	}

	/** Whether an applied filter hides the edge. */
	public boolean isHidden() {
		return hidden;
	}

	/** Takes a recomputed appearance; whether anything differs from before. */
	boolean update(String newLabel, EdgeStyle newStyle, double newWidth, boolean newHidden) {
		boolean changed = !java.util.Objects.equals(label, newLabel) || style != newStyle || width != newWidth || hidden != newHidden;
		label = newLabel;
		style = newStyle;
		width = newWidth;
		hidden = newHidden;
		return changed;
	}

	@Override
	public String toString() {
		return mapping.getName() + "[" + source.label() + " -> " + targetNode.label() + "]";
	}
}
