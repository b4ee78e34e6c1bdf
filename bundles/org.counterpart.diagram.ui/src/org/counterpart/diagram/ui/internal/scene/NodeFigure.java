package org.counterpart.diagram.ui.internal.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.spec.NodeShape;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.view.DiagramNode;
import org.eclipse.emf.ecore.EObject;

/** A node, container or bordered node, with its absolute bounds. */
public final class NodeFigure extends Figure {
	private final DiagramNode node;
	private final NodeFigure parent;
	private final Bounds bounds;
	private final boolean border;
	private final List<NodeFigure> children = new ArrayList<>();
	/** The label as last wrapped, and for which zoom and width (wrapping is the costly part of painting a node). */
	String[] wrappedLines;
	double wrappedZoom = -1;

	NodeFigure(int order, DiagramNode node, NodeFigure parent, Bounds bounds, boolean border) {
		super(order);
		this.node = node;
		this.parent = parent;
		this.bounds = bounds;
		this.border = border;
	}

	public DiagramNode node() {
		return node;
	}

	/** The figure this one is inside or on the border of; null at the top of the diagram. */
	public NodeFigure parent() {
		return parent;
	}

	/** The absolute bounds. */
	public Bounds bounds() {
		return bounds;
	}

	/** Whether the node sits on its parent's border (and is not clipped by it). */
	public boolean isBorderNode() {
		return border;
	}

	/** Whether the node is a container (its label heads it, its children are drawn inside). */
	public boolean isContainer() {
		return node.mapping() instanceof ContainerMapping || !node.children().isEmpty();
	}

	public List<NodeFigure> children() {
		return Collections.unmodifiableList(children);
	}

	void addChild(NodeFigure child) {
		children.add(child);
	}

	public NodeStyle style() {
		return node.style();
	}

	public NodeShape shape() {
		return node.style() == null ? NodeShape.RECTANGLE : node.style().getShape();
	}

	/** The nearest container whose area clips this figure, or null. */
	public NodeFigure clippingParent() {
		return border ? (parent == null ? null : parent.clippingParent()) : parent;
	}

	@Override
	public String key() {
		return node.key();
	}

	@Override
	public EObject semantic() {
		return node.target();
	}

	@Override
	public String label() {
		return node.label();
	}

	@Override
	public Bounds extent() {
		return bounds;
	}

	@Override
	public boolean hits(double x, double y, double tolerance) {
		return x >= bounds.x() && x <= bounds.right() && y >= bounds.y() && y <= bounds.bottom();
	}

	/** The centre of the node. */
	public double centerX() {
		return bounds.x() + bounds.width() / 2;
	}

	public double centerY() {
		return bounds.y() + bounds.height() / 2;
	}
}
