package org.counterpart.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.ContainerLayout;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramNode;

/**
 * The fallback placement for nodes that nothing has placed yet: not a layout, just rows and columns in the order the
 * diagram lists its nodes, so that a diagram without stored positions can be seen at all. Nodes that already have
 * bounds stay where they are; new ones go in a grid below them. Children of a container are stacked inside it (a
 * list) or set in rows (free-form); border nodes sit on their parent's bottom edge. Edges stay straight.
 * <p>
 * Sizes come from the spec's width and height where it computes them, else from the label's length: no fonts are
 * measured here, so the placement is the same with or without a display.
 */
public final class GridPlacement implements DiagramArranger {
	static final double GAP = 48;
	static final double NODE_WIDTH = 150;
	static final double NODE_HEIGHT = 52;
	static final double CHILD_HEIGHT = 22;
	static final double CONTAINER_HEADER = 30;
	static final double PADDING = 8;

	@Override
	public Arrangement arrange(Diagram diagram, Arrangement stored) {
		Arrangement result = new Arrangement(stored);
		double top = 0;
		List<DiagramNode> unplaced = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			Bounds bounds = stored.bounds(node.key());
			if (bounds == null) {
				unplaced.add(node);
			} else {
				top = Math.max(top, bounds.bottom() + GAP);
			}
			placeInside(node, result);
		}
		if (unplaced.isEmpty()) {
			return result;
		}
		int columns = Math.max(1, (int) Math.round(Math.sqrt(unplaced.size() * 1.5)));
		double y = top;
		for (int start = 0; start < unplaced.size(); start += columns) {
			double x = 0;
			double rowHeight = 0;
			for (DiagramNode node : unplaced.subList(start, Math.min(unplaced.size(), start + columns))) {
				double[] size = size(node, result);
				result.setBounds(node.key(), new Bounds(x, y, size[0], size[1]));
				x += Math.max(size[0], NODE_WIDTH) + GAP;
				rowHeight = Math.max(rowHeight, size[1]);
			}
			y += rowHeight + GAP;
		}
		return result;
	}

	/** Places the children and border nodes of {@code node} that have no bounds yet, relative to it. */
	private void placeInside(DiagramNode node, Arrangement result) {
		List<DiagramNode> children = node.children();
		boolean list = node.mapping() instanceof ContainerMapping container
				&& container.getChildrenPresentation() == ContainerLayout.LIST;
		double width = width(node);
		double y = CONTAINER_HEADER;
		double x = PADDING;
		double rowHeight = 0;
		for (DiagramNode child : children) {
			placeInside(child, result);
			Bounds existing = result.bounds(child.key());
			if (existing != null) {
				continue;
			}
			if (list) {
				double height = child.height() != null ? child.height() : CHILD_HEIGHT;
				result.setBounds(child.key(), new Bounds(PADDING, y, width - 2 * PADDING, height));
				y += height + 2;
			} else {
				double[] size = size(child, result);
				if (x + size[0] > width - PADDING && x > PADDING) {
					x = PADDING;
					y += rowHeight + PADDING;
					rowHeight = 0;
				}
				result.setBounds(child.key(), new Bounds(x, y, size[0], size[1]));
				x += size[0] + PADDING;
				rowHeight = Math.max(rowHeight, size[1]);
			}
		}
		double right = width - PADDING;
		double parentHeight = height(node, result);
		for (DiagramNode border : node.borderNodes()) {
			if (result.bounds(border.key()) != null) {
				continue;
			}
			double borderWidth = border.width() != null ? border.width() : Math.max(24, border.label().length() * 5.5 + 8);
			double borderHeight = border.height() != null ? border.height() : 14;
			right -= borderWidth;
			result.setBounds(border.key(), new Bounds(Math.max(0, right), parentHeight - borderHeight / 2, borderWidth, borderHeight));
			right -= 4;
		}
	}

	private static double width(DiagramNode node) {
		if (node.width() != null) {
			return node.width();
		}
		double byLabel = Math.min(260, Math.max(NODE_WIDTH, node.label().length() * 4.0));
		return node.children().isEmpty() ? byLabel : Math.max(byLabel, 200);
	}

	/** The height of {@code node} that holds its children as placed in {@code result}. */
	private static double height(DiagramNode node, Arrangement result) {
		if (node.height() != null) {
			return node.height();
		}
		double bottom = node.children().isEmpty() && !(node.mapping() instanceof ContainerMapping) ? NODE_HEIGHT : CONTAINER_HEADER + PADDING;
		for (DiagramNode child : node.children()) {
			Bounds bounds = result.bounds(child.key());
			if (bounds != null) {
				bottom = Math.max(bottom, bounds.bottom() + PADDING);
			}
		}
		return bottom;
	}

	private static double[] size(DiagramNode node, Arrangement result) {
		return new double[] { width(node), height(node, result) };
	}
}
