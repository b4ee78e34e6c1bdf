package org.counterpart.diagram.internal.layout;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.internal.layout.LabelMetrics.LabelFont;
import org.counterpart.diagram.internal.layout.LabelMetrics.Text;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.ContainerLayout;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.spec.NodeShape;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.view.DiagramNode;

/**
 * The sizes of nodes and where their labels sit in them, the same for the layout and the renderers: a node is as
 * large as its wrapped label needs in its shape (or as the spec's width and height expressions say), a list
 * container stacks its children under its label.
 */
public final class NodeGeometry {
	/** Horizontal and vertical room between a label and its node's outline. */
	static final double PAD_X = 6;
	static final double PAD_Y = 4;
	/** The folded corner of a note. */
	public static final double NOTE_FOLD = 8;
	/** Room around the children of a list container, and between them. */
	static final double LIST_PAD = 4;
	static final double LIST_GAP = 2;
	static final double MIN_WIDTH = 24;
	static final double MIN_HEIGHT = 16;

	/** A label placed in a node: its lines and the box they fill, relative to the node's top-left corner. */
	public record PlacedLabel(Text text, Bounds box) {
		public LabelFont font() {
			return text.font();
		}

		public List<String> lines() {
			return text.lines();
		}
	}

	/** A width and a height. */
	public record Size(double width, double height) {
	}

	private NodeGeometry() {
	}

	public static LabelFont fontOf(NodeStyle style) {
		return LabelMetrics.font(style.getLabelSize(), style.isLabelBold(), style.isLabelItalic());
	}

	public static boolean isContainer(DiagramNode node) {
		return node.mapping() instanceof ContainerMapping;
	}

	public static boolean isList(DiagramNode node) {
		return node.mapping() instanceof ContainerMapping container && container.getChildrenPresentation() == ContainerLayout.LIST;
	}

	private static double maxLabelWidth(NodeShape shape, boolean container) {
		if (container) {
			return 220;
		}
		return switch (shape) {
			case ELLIPSE -> 120;
			case DIAMOND -> 180;
			default -> 170;
		};
	}

	/** The wrapped label of {@code node} at its preferred width. */
	public static Text preferredText(DiagramNode node) {
		NodeStyle style = node.style();
		return LabelMetrics.wrap(fontOf(style), node.label(), maxLabelWidth(style.getShape(), isContainer(node)));
	}

	/** The size a leaf node (or a container's header) needs for its label, or the spec's size where it gives one. */
	public static Size preferredSize(DiagramNode node) {
		Text text = preferredText(node);
		double tw = Math.ceil(text.width()) + 1;
		double th = Math.ceil(text.height());
		double width;
		double height;
		if (isContainer(node)) {
			width = tw + 2 * PAD_X;
			height = th + 2 * PAD_Y + tabInset(node);
		} else {
			switch (node.style().getShape()) {
				case ELLIPSE -> {
					width = (tw + 2 * PAD_X) * Math.sqrt(2);
					height = (th + PAD_Y) * Math.sqrt(2);
				}
				case DIAMOND -> {
					width = (tw + PAD_X) * 2;
					height = (th + PAD_Y) * 2;
				}
				case NOTE -> {
					width = tw + 2 * PAD_X + NOTE_FOLD;
					height = th + 2 * PAD_Y;
				}
				default -> {
					width = tw + 2 * PAD_X;
					height = th + 2 * PAD_Y;
				}
			}
		}
		width = Math.max(MIN_WIDTH, Math.ceil(width));
		height = Math.max(MIN_HEIGHT, Math.ceil(height));
		if (node.width() != null && node.width() > 0) {
			width = node.width();
		}
		if (node.height() != null && node.height() > 0) {
			height = node.height();
		}
		return new Size(width, height);
	}

	/** The height of a container's label band, below the upper half of the tabs on its top edge. */
	public static double headerHeight(DiagramNode container) {
		return tabInset(container) + Math.ceil(preferredText(container).height()) + 2 * PAD_Y;
	}

	/** Room at the top of a container for the lower half of its border nodes, which sit on its top edge like tabs. */
	static double tabInset(DiagramNode container) {
		double inset = 0;
		for (DiagramNode border : container.borderNodes()) {
			inset = Math.max(inset, preferredSize(border).height() / 2);
		}
		return Math.ceil(inset);
	}

	/**
	 * The region of a node of {@code width} x {@code height} where its label may go, relative to its top-left corner.
	 * For a container, its header band.
	 */
	public static Bounds textArea(DiagramNode node, double width, double height, double textHeight) {
		if (isContainer(node)) {
			double tab = Math.min(height, tabInset(node));
			double header = Math.min(height - tab, headerHeight(node) - tab);
			return inset(0, tab, width, header, PAD_X, padY(header, textHeight));
		}
		return switch (node.style().getShape()) {
			case ELLIPSE -> {
				double w = width / Math.sqrt(2);
				double h = height / Math.sqrt(2);
				yield new Bounds((width - w) / 2, (height - h) / 2, w, h);
			}
			case DIAMOND -> new Bounds(width / 4, height / 4, width / 2, height / 2);
			case NOTE -> {
				Bounds area = inset(0, 0, width - NOTE_FOLD, height, PAD_X, padY(height, textHeight));
				yield area;
			}
			default -> inset(0, 0, width, height, Math.min(PAD_X, Math.max(0, (width - 1) / 4)), padY(height, textHeight));
		};
	}

	private static double padY(double height, double textHeight) {
		return Math.max(0, Math.min(PAD_Y, (height - textHeight) / 2));
	}

	private static Bounds inset(double x, double y, double width, double height, double dx, double dy) {
		return new Bounds(x + dx, y + dy, Math.max(0, width - 2 * dx), Math.max(0, height - 2 * dy));
	}

	/** The label of a node of {@code width} x {@code height}, wrapped to fit and centred in its text area. */
	public static PlacedLabel label(DiagramNode node, double width, double height) {
		LabelFont font = fontOf(node.style());
		Text preferred = preferredText(node);
		Bounds area = textArea(node, width, height, preferred.height());
		Text text = LabelMetrics.wrap(font, node.label(), Math.max(1, area.width() + 0.01));
		area = textArea(node, width, height, text.height());
		double x = area.x() + Math.max(0, (area.width() - text.width()) / 2);
		double y = area.y() + Math.max(0, (area.height() - text.height()) / 2);
		return new PlacedLabel(text, new Bounds(x, y, Math.min(text.width(), area.width()), Math.min(text.height(), area.height())));
	}

	/**
	 * Stacks the children of a list container under its label, as wide as the container, and returns the container's
	 * size together with each child's bounds relative to it.
	 */
	public static List<Bounds> listChildren(DiagramNode container, List<DiagramNode> children, Size[] childSizes, double[] containerSize) {
		Size header = preferredSize(container);
		double inner = header.width() - 2 * LIST_PAD;
		for (Size size : childSizes) {
			inner = Math.max(inner, size.width());
		}
		double y = headerHeight(container);
		List<Bounds> bounds = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			bounds.add(new Bounds(LIST_PAD, y, inner, childSizes[i].height()));
			y += childSizes[i].height() + LIST_GAP;
		}
		containerSize[0] = inner + 2 * LIST_PAD;
		containerSize[1] = Math.max(header.height(), children.isEmpty() ? header.height() : y - LIST_GAP + LIST_PAD);
		return bounds;
	}
}
