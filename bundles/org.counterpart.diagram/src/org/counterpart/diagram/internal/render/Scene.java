package org.counterpart.diagram.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.internal.layout.LabelMetrics;
import org.counterpart.diagram.internal.layout.LabelMetrics.LabelFont;
import org.counterpart.diagram.internal.layout.LayoutEngine;
import org.counterpart.diagram.internal.layout.NodeGeometry;
import org.counterpart.diagram.internal.layout.NodeGeometry.PlacedLabel;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.NodeShape;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;
import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A diagram ready to draw, in picture coordinates: every visible node with its absolute bounds and placed label,
 * every visible edge as a polyline from outline to outline with its label along its longest segment, and the
 * classification banner of everything shown, top and bottom. SVG and PNG are written from the same scene, so they
 * show the same picture.
 */
public final class Scene {
	/** Height of each banner band. */
	public static final double BANNER_HEIGHT = 22;
	public static final int BANNER_POINTS = 10;
	static final double MARGIN = 20;

	/** A node and where it is drawn; children and border nodes are drawn inside its group. */
	public record SceneNode(DiagramNode node, String id, Bounds bounds, PlacedLabel label, List<SceneNode> children, boolean border) {
		/** The label's box in picture coordinates. */
		public Bounds labelBox() {
			return label.box().translated(bounds.x(), bounds.y());
		}
	}

	/** An edge as drawn, its label (or null) centred at {@code labelAt} and turned by {@code labelAngle} degrees. */
	public record SceneEdge(DiagramEdge edge, String objectId, List<Point> points, LabelFont labelFont, Point labelAt, double labelAngle, double labelWidth) {
	}

	private final List<SceneNode> nodes;
	private final List<SceneEdge> edges;
	private final MarkingSummary marking;
	private final double width;
	private final double height;

	private Scene(List<SceneNode> nodes, List<SceneEdge> edges, MarkingSummary marking, double width, double height) {
		this.nodes = nodes;
		this.edges = edges;
		this.marking = marking;
		this.width = width;
		this.height = height;
	}

	public List<SceneNode> nodes() {
		return nodes;
	}

	public List<SceneEdge> edges() {
		return edges;
	}

	/** The marking of everything the picture shows. */
	public MarkingSummary marking() {
		return marking;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public static LabelFont bannerFont() {
		return LabelMetrics.font(BANNER_POINTS, true, false);
	}

	/** The scene of {@code diagram} as {@code arrangement} places it (every visible node must have bounds). */
	public static Scene of(Diagram diagram, Arrangement arrangement) {
		List<SceneNode> roots = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			SceneNode scene = node(node, arrangement, 0, 0, false);
			if (scene != null) {
				roots.add(scene);
			}
		}
		List<SceneNode> all = new ArrayList<>();
		roots.forEach(root -> collect(root, all));
		java.util.Map<DiagramNode, Bounds> where = new java.util.IdentityHashMap<>();
		all.forEach(node -> where.put(node.node(), node.bounds()));
		List<SceneEdge> edges = new ArrayList<>();
		Set<Object> shown = new LinkedHashSet<>();
		all.forEach(node -> shown.add(node.node().target()));
		for (DiagramEdge edge : diagram.edges()) {
			Bounds source = where.get(edge.sourceNode());
			Bounds target = where.get(edge.targetNode());
			if (!LayoutEngine.visible(edge, arrangement) || source == null || target == null || edge.sourceNode() == edge.targetNode()) {
				continue;
			}
			edges.add(edge(edge, source, target, arrangement.bendpoints(edge.key())));
			shown.add(edge.target());
		}
		MarkingSummary marking = MarkingSummary.ofObjects(shown);

		// Move everything so that the content starts below the top banner, inside the margin.
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (SceneNode node : all) {
			x0 = Math.min(x0, node.bounds().x());
			y0 = Math.min(y0, node.bounds().y());
			x1 = Math.max(x1, node.bounds().right());
			y1 = Math.max(y1, node.bounds().bottom());
		}
		for (SceneEdge edge : edges) {
			for (Point point : edge.points()) {
				x0 = Math.min(x0, point.x());
				y0 = Math.min(y0, point.y());
				x1 = Math.max(x1, point.x());
				y1 = Math.max(y1, point.y());
			}
			if (edge.labelAt() != null) {
				double r = edge.labelWidth() / 2 + 4;
				x0 = Math.min(x0, edge.labelAt().x() - r);
				x1 = Math.max(x1, edge.labelAt().x() + r);
				y0 = Math.min(y0, edge.labelAt().y() - r);
				y1 = Math.max(y1, edge.labelAt().y() + r);
			}
		}
		if (x0 > x1) {
			x0 = y0 = x1 = y1 = 0;
		}
		double dx = MARGIN - x0;
		double dy = BANNER_HEIGHT + MARGIN - y0;
		double bannerWidth = LabelMetrics.width(bannerFont(), marking.banner()) + 40;
		double width = Math.ceil(Math.max(x1 - x0 + 2 * MARGIN, Math.max(bannerWidth, 200)));
		double height = Math.ceil(y1 - y0 + 2 * MARGIN + 2 * BANNER_HEIGHT);
		List<SceneNode> moved = roots.stream().map(node -> translate(node, dx, dy)).toList();
		List<SceneEdge> movedEdges = edges.stream().map(edge -> translate(edge, dx, dy)).toList();
		return new Scene(moved, movedEdges, marking, width, height);
	}

	private static void collect(SceneNode node, List<SceneNode> all) {
		all.add(node);
		node.children().forEach(child -> collect(child, all));
	}

	private static SceneNode node(DiagramNode node, Arrangement arrangement, double originX, double originY, boolean border) {
		if (!LayoutEngine.visible(node, arrangement)) {
			return null;
		}
		Bounds relative = arrangement.bounds(node.key());
		if (relative == null) {
			throw new IllegalArgumentException("The arrangement does not place " + node.key());
		}
		Bounds bounds = relative.translated(originX, originY);
		PlacedLabel label = NodeGeometry.label(node, bounds.width(), bounds.height());
		List<SceneNode> children = new ArrayList<>();
		if (!arrangement.isCollapsed(node.key())) {
			for (DiagramNode child : node.children()) {
				SceneNode scene = node(child, arrangement, bounds.x(), bounds.y(), false);
				if (scene != null) {
					children.add(scene);
				}
			}
		}
		for (DiagramNode child : node.borderNodes()) {
			SceneNode scene = node(child, arrangement, bounds.x(), bounds.y(), true);
			if (scene != null) {
				children.add(scene);
			}
		}
		return new SceneNode(node, idOf(node.target()), bounds, label, List.copyOf(children), border);
	}

	private static String idOf(EObject object) {
		return object == null || object.eClass().getEIDAttribute() == null ? null : EcoreUtil.getID(object);
	}

	private static SceneNode translate(SceneNode node, double dx, double dy) {
		return new SceneNode(node.node(), node.id(), node.bounds().translated(dx, dy), node.label(),
				node.children().stream().map(child -> translate(child, dx, dy)).toList(), node.border());
	}

	private static SceneEdge translate(SceneEdge edge, double dx, double dy) {
		return new SceneEdge(edge.edge(), edge.objectId(), edge.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(),
				edge.labelFont(), edge.labelAt() == null ? null : new Point(edge.labelAt().x() + dx, edge.labelAt().y() + dy), edge.labelAngle(),
				edge.labelWidth());
	}

	private static SceneEdge edge(DiagramEdge edge, Bounds source, Bounds target, List<Point> bends) {
		List<Point> points = new ArrayList<>();
		NodeShape sourceShape = edge.sourceNode().style().getShape();
		NodeShape targetShape = edge.targetNode().style().getShape();
		if (bends.isEmpty()) {
			points.add(clip(source, sourceShape, center(target)));
			points.add(clip(target, targetShape, center(source)));
		} else {
			points.add(anchor(source, sourceShape, bends.get(0)));
			points.addAll(bends);
			points.add(anchor(target, targetShape, bends.get(bends.size() - 1)));
		}
		for (int i = points.size() - 1; i > 0; i--) {
			if (Math.abs(points.get(i).x() - points.get(i - 1).x()) < 0.01 && Math.abs(points.get(i).y() - points.get(i - 1).y()) < 0.01) {
				points.remove(i);
			}
		}
		if (points.size() < 2) {
			points.add(points.get(0));
		}
		String label = edge.label();
		LabelFont font = null;
		Point at = null;
		double angle = 0;
		double width = 0;
		if (label != null && !label.isBlank()) {
			font = LabelMetrics.font(edge.style().getLabelSize(), false, false);
			width = LabelMetrics.width(font, label);
			int longest = 0;
			double length = -1;
			for (int i = 0; i + 1 < points.size(); i++) {
				double l = Math.hypot(points.get(i + 1).x() - points.get(i).x(), points.get(i + 1).y() - points.get(i).y());
				if (l > length) {
					length = l;
					longest = i;
				}
			}
			Point a = points.get(longest);
			Point b = points.get(longest + 1);
			angle = Math.toDegrees(Math.atan2(b.y() - a.y(), b.x() - a.x()));
			if (angle > 90) {
				angle -= 180;
			} else if (angle <= -90) {
				angle += 180;
			}
			// Just above the line, in the middle of its longest segment.
			double rad = Math.toRadians(angle);
			double offset = font.lineHeight() / 2 + 1 + edge.width() / 2;
			at = new Point((a.x() + b.x()) / 2 + Math.sin(rad) * offset, (a.y() + b.y()) / 2 - Math.cos(rad) * offset);
		}
		return new SceneEdge(edge, idOf(edge.target()), List.copyOf(points), font, at, angle, width);
	}

	static Point center(Bounds b) {
		return new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
	}

	/** Where an edge leaves {@code b} towards the bend point {@code ref}: straight across if it can, else at the outline. */
	private static Point anchor(Bounds b, NodeShape shape, Point ref) {
		boolean boxy = shape != NodeShape.ELLIPSE && shape != NodeShape.DIAMOND;
		if (boxy && ref.x() > b.x() && ref.x() < b.right() && (ref.y() <= b.y() || ref.y() >= b.bottom())) {
			return new Point(ref.x(), ref.y() <= b.y() ? b.y() : b.bottom());
		}
		if (boxy && ref.y() > b.y() && ref.y() < b.bottom() && (ref.x() <= b.x() || ref.x() >= b.right())) {
			return new Point(ref.x() <= b.x() ? b.x() : b.right(), ref.y());
		}
		return clip(b, shape, ref);
	}

	/** Where the line from the centre of {@code b} to {@code ref} crosses the outline of the shape. */
	private static Point clip(Bounds b, NodeShape shape, Point ref) {
		Point c = center(b);
		double dx = ref.x() - c.x();
		double dy = ref.y() - c.y();
		double hw = Math.max(0.5, b.width() / 2);
		double hh = Math.max(0.5, b.height() / 2);
		if (dx == 0 && dy == 0) {
			return c;
		}
		double t = switch (shape) {
			case ELLIPSE -> 1 / Math.sqrt((dx / hw) * (dx / hw) + (dy / hh) * (dy / hh));
			case DIAMOND -> 1 / (Math.abs(dx) / hw + Math.abs(dy) / hh);
			default -> Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
		};
		t = Math.min(1, t);
		return new Point(c.x() + dx * t, c.y() + dy * t);
	}
}
