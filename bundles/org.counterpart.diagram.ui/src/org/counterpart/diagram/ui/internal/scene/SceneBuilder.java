package org.counterpart.diagram.ui.internal.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.EdgeRouting;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramEdge;
import org.counterpart.diagram.view.DiagramNode;

/**
 * Makes the scene of a diagram drawn with an arrangement: every visible node at its absolute bounds (child bounds in
 * an arrangement are relative to the parent), and every edge whose ends are both drawn, as a polyline through its
 * bendpoints, cut where it meets its nodes' borders. What a filter or the user hid is left out, with what it holds;
 * so are the children of a collapsed container and nodes that the arrangement does not place.
 */
public final class SceneBuilder {

	private SceneBuilder() {
	}

	public static Scene build(Diagram diagram, Arrangement arrangement) {
		List<NodeFigure> nodes = new ArrayList<>();
		Map<DiagramNode, NodeFigure> figures = new IdentityHashMap<>();
		int firstNodeOrder = diagram.edges().size();
		for (DiagramNode node : diagram.nodes()) {
			addNode(node, null, arrangement, nodes, figures, firstNodeOrder, false);
		}
		List<Figure> all = new ArrayList<>();
		int order = 0;
		for (DiagramEdge edge : diagram.edges()) {
			NodeFigure source = figures.get(edge.sourceNode());
			NodeFigure target = figures.get(edge.targetNode());
			if (edge.isHidden() || arrangement.isHidden(edge.key()) || source == null || target == null) {
				continue;
			}
			all.add(new EdgeFigure(order++, edge, source, target, route(edge, source, target, arrangement.bendpoints(edge.key()))));
		}
		all.addAll(nodes);
		return new Scene(all);
	}

	private static void addNode(DiagramNode node, NodeFigure parent, Arrangement arrangement, List<NodeFigure> nodes,
			Map<DiagramNode, NodeFigure> figures, int firstOrder, boolean border) {
		Bounds relative = arrangement.bounds(node.key());
		if (node.isHidden() || arrangement.isHidden(node.key()) || relative == null) {
			return;
		}
		Bounds bounds = parent == null ? relative : relative.translated(parent.bounds().x(), parent.bounds().y());
		NodeFigure figure = new NodeFigure(firstOrder + nodes.size(), node, parent, bounds, border);
		nodes.add(figure);
		figures.put(node, figure);
		if (parent != null) {
			parent.addChild(figure);
		}
		if (!arrangement.isCollapsed(node.key())) {
			for (DiagramNode child : node.children()) {
				addNode(child, figure, arrangement, nodes, figures, firstOrder, false);
			}
		}
		for (DiagramNode borderNode : node.borderNodes()) {
			addNode(borderNode, figure, arrangement, nodes, figures, firstOrder, true);
		}
	}

	/** The polyline of an edge: its bendpoints, or a route its style asks for, cut at the nodes' borders. */
	static double[] route(DiagramEdge edge, NodeFigure source, NodeFigure target, List<Point> bendpoints) {
		List<double[]> points = new ArrayList<>();
		points.add(new double[] { source.centerX(), source.centerY() });
		if (!bendpoints.isEmpty()) {
			bendpoints.forEach(point -> points.add(new double[] { point.x(), point.y() }));
		} else if (edge.style() != null && edge.style().getRouting() != EdgeRouting.STRAIGHT) {
			// Tree and orthogonal edges leave and enter vertically, with a horizontal run halfway between.
			double middle = (source.centerY() + target.centerY()) / 2;
			points.add(new double[] { source.centerX(), middle });
			points.add(new double[] { target.centerX(), middle });
		}
		points.add(new double[] { target.centerX(), target.centerY() });
		// Points inside an end node (a route between nodes side by side) are dropped: the line leaves the node once.
		while (points.size() > 2 && inside(source.bounds(), points.get(1))) {
			points.remove(1);
		}
		while (points.size() > 2 && inside(target.bounds(), points.get(points.size() - 2))) {
			points.remove(points.size() - 2);
		}
		points.set(0, exit(source.bounds(), points.get(0), points.get(1)));
		int last = points.size() - 1;
		points.set(last, exit(target.bounds(), points.get(last), points.get(last - 1)));
		double[] result = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			result[2 * i] = points.get(i)[0];
			result[2 * i + 1] = points.get(i)[1];
		}
		return result;
	}

	private static boolean inside(Bounds bounds, double[] point) {
		return point[0] >= bounds.x() && point[0] <= bounds.right() && point[1] >= bounds.y() && point[1] <= bounds.bottom();
	}

	/** Where the segment from {@code inside} (a node's centre) towards {@code toward} leaves the node's rectangle. */
	static double[] exit(Bounds bounds, double[] inside, double[] toward) {
		double dx = toward[0] - inside[0];
		double dy = toward[1] - inside[1];
		if (dx == 0 && dy == 0) {
			return inside;
		}
		double tx = dx == 0 ? Double.MAX_VALUE : (dx > 0 ? bounds.right() - inside[0] : bounds.x() - inside[0]) / dx;
		double ty = dy == 0 ? Double.MAX_VALUE : (dy > 0 ? bounds.bottom() - inside[1] : bounds.y() - inside[1]) / dy;
		double t = Math.max(0, Math.min(1, Math.min(tx, ty)));
		return new double[] { inside[0] + t * dx, inside[1] + t * dy };
	}
}
