package org.counterpart.diagram.internal.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.counterpart.diagram.internal.layout.NodeGeometry;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.EdgeDecorator;
import org.counterpart.diagram.spec.NodeShape;

/** The outlines of nodes and the decorators at the ends of edges, as shapes both renderers draw. */
public final class Shapes {
	static final double CORNER = 8;

	private Shapes() {
	}

	public static Shape node(NodeShape shape, Bounds b) {
		return switch (shape) {
			case ROUNDED_RECTANGLE -> new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), CORNER, CORNER);
			case ELLIPSE -> new Ellipse2D.Double(b.x(), b.y(), b.width(), b.height());
			case DIAMOND -> {
				Path2D.Double path = new Path2D.Double();
				path.moveTo(b.x() + b.width() / 2, b.y());
				path.lineTo(b.right(), b.y() + b.height() / 2);
				path.lineTo(b.x() + b.width() / 2, b.bottom());
				path.lineTo(b.x(), b.y() + b.height() / 2);
				path.closePath();
				yield path;
			}
			case NOTE -> {
				double fold = Math.min(NodeGeometry.NOTE_FOLD, Math.min(b.width(), b.height()) / 2);
				Path2D.Double path = new Path2D.Double();
				path.moveTo(b.x(), b.y());
				path.lineTo(b.right() - fold, b.y());
				path.lineTo(b.right(), b.y() + fold);
				path.lineTo(b.right(), b.bottom());
				path.lineTo(b.x(), b.bottom());
				path.closePath();
				yield path;
			}
			default -> new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
		};
	}

	/** The fold line of a note, or null for other shapes. */
	public static Shape noteFold(NodeShape shape, Bounds b) {
		if (shape != NodeShape.NOTE) {
			return null;
		}
		double fold = Math.min(NodeGeometry.NOTE_FOLD, Math.min(b.width(), b.height()) / 2);
		Path2D.Double path = new Path2D.Double();
		path.moveTo(b.right() - fold, b.y());
		path.lineTo(b.right() - fold, b.y() + fold);
		path.lineTo(b.right(), b.y() + fold);
		return path;
	}

	/** Whether the decorator is drawn filled with the edge's colour (else white with an outline). */
	public static boolean filled(EdgeDecorator decorator) {
		return decorator == EdgeDecorator.FILLED_ARROW || decorator == EdgeDecorator.FILLED_DIAMOND;
	}

	/** Whether the decorator is an open arrow: two strokes, no area. */
	public static boolean open(EdgeDecorator decorator) {
		return decorator == EdgeDecorator.ARROW;
	}

	/**
	 * The decorator at {@code points}' end {@code atStart ? first : last}, pointing out of the line; null for none.
	 */
	public static Shape decorator(EdgeDecorator decorator, List<Point> points, boolean atStart, double lineWidth) {
		if (decorator == null || decorator == EdgeDecorator.NONE || points.size() < 2) {
			return null;
		}
		Point tip = atStart ? points.get(0) : points.get(points.size() - 1);
		Point from = atStart ? points.get(1) : points.get(points.size() - 2);
		double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
		double size = 7 + 1.5 * lineWidth;
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		Path2D.Double path = new Path2D.Double();
		switch (decorator) {
			case ARROW, FILLED_ARROW -> {
				double bx = tip.x() - cos * size;
				double by = tip.y() - sin * size;
				double wx = -sin * size * 0.45;
				double wy = cos * size * 0.45;
				path.moveTo(bx + wx, by + wy);
				path.lineTo(tip.x(), tip.y());
				path.lineTo(bx - wx, by - wy);
				if (decorator == EdgeDecorator.FILLED_ARROW) {
					path.closePath();
				}
			}
			case DIAMOND, FILLED_DIAMOND -> {
				double mx = tip.x() - cos * size;
				double my = tip.y() - sin * size;
				double wx = -sin * size * 0.4;
				double wy = cos * size * 0.4;
				path.moveTo(tip.x(), tip.y());
				path.lineTo(mx + wx, my + wy);
				path.lineTo(tip.x() - cos * size * 2, tip.y() - sin * size * 2);
				path.lineTo(mx - wx, my - wy);
				path.closePath();
			}
			case CIRCLE -> {
				double r = size / 2.5;
				return new Ellipse2D.Double(tip.x() - cos * r - r, tip.y() - sin * r - r, 2 * r, 2 * r);
			}
			default -> {
				return null;
			}
		}
		return path;
	}
}
