package org.counterpart.diagram.ui.internal.scene;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.view.DiagramEdge;
import org.eclipse.emf.ecore.EObject;

/** An edge as a polyline between the borders of its two nodes, in absolute diagram coordinates. */
public final class EdgeFigure extends Figure {
	/** Room around the line for its decorators, in diagram units. */
	static final double DECORATOR_ROOM = 12;
	/** Room either side of the label's middle for the label, in diagram units. */
	static final double LABEL_ROOM = 80;

	private final DiagramEdge edge;
	private final NodeFigure source;
	private final NodeFigure target;
	private final double[] points;
	private final Bounds extent;

	EdgeFigure(int order, DiagramEdge edge, NodeFigure source, NodeFigure target, double[] points) {
		super(order);
		this.edge = edge;
		this.source = source;
		this.target = target;
		this.points = points;
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		// Room for the decorators, the line width and the label.
		double margin = DECORATOR_ROOM + edge.width();
		double labelRoom = edge.label() == null ? 0 : LABEL_ROOM;
		extent = new Bounds(minX - margin - labelRoom, minY - margin, maxX - minX + 2 * (margin + labelRoom), maxY - minY + 2 * margin);
	}

	public DiagramEdge edge() {
		return edge;
	}

	public NodeFigure source() {
		return source;
	}

	public NodeFigure target() {
		return target;
	}

	/** The polyline's points as x, y pairs, from the source's border to the target's. */
	public double[] points() {
		return points.clone();
	}

	int pointCount() {
		return points.length / 2;
	}

	double x(int index) {
		return points[2 * index];
	}

	double y(int index) {
		return points[2 * index + 1];
	}

	public EdgeStyle style() {
		return edge.style();
	}

	/** The middle of the polyline, halfway along its length: where its label goes. */
	public double[] midpoint() {
		double total = 0;
		for (int i = 1; i < pointCount(); i++) {
			total += Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
		}
		double half = total / 2;
		for (int i = 1; i < pointCount(); i++) {
			double length = Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
			if (half <= length && length > 0) {
				double t = half / length;
				return new double[] { x(i - 1) + t * (x(i) - x(i - 1)), y(i - 1) + t * (y(i) - y(i - 1)) };
			}
			half -= length;
		}
		return new double[] { x(0), y(0) };
	}

	@Override
	public String key() {
		return edge.key();
	}

	@Override
	public EObject semantic() {
		return edge.target();
	}

	@Override
	public String label() {
		return edge.label();
	}

	@Override
	public Bounds extent() {
		return extent;
	}

	@Override
	public boolean hits(double x, double y, double tolerance) {
		double reach = tolerance + edge.width() / 2;
		for (int i = 1; i < pointCount(); i++) {
			if (distanceToSegment(x, y, x(i - 1), y(i - 1), x(i), y(i)) <= reach) {
				return true;
			}
		}
		return false;
	}

	static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
		return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
	}
}
