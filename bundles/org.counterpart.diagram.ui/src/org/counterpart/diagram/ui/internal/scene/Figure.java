package org.counterpart.diagram.ui.internal.scene;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.eclipse.emf.ecore.EObject;

/** One drawn element of a {@link Scene}: a node or an edge, in absolute diagram coordinates. */
public abstract sealed class Figure permits NodeFigure, EdgeFigure {
	private final int order;

	Figure(int order) {
		this.order = order;
	}

	/** The element's key in the diagram and its arrangement. */
	public abstract String key();

	/** The domain object the element shows. */
	public abstract EObject semantic();

	/** The text the element shows, or null. */
	public abstract String label();

	/** The rectangle that holds everything the figure paints, in diagram coordinates. */
	public abstract Bounds extent();

	/** Whether the point (in diagram coordinates) is on the figure, with {@code tolerance} for thin lines. */
	public abstract boolean hits(double x, double y, double tolerance);

	/** The place of the figure in painting order: a figure paints over those of a lower order. */
	public int order() {
		return order;
	}

	@Override
	public String toString() {
		return key();
	}
}
