package org.counterpart.diagram.ui.internal.scene;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.EdgeDecorator;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.NodeShape;
import org.counterpart.diagram.spec.NodeStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the part of a scene that a screen area shows: only the figures the spatial index finds there, edges under
 * nodes, each child clipped to its containers, labels wrapped inside their node (never over its border), anti-aliased.
 * Text too small to read at the zoom is left out, so a whole large diagram paints fast when zoomed out.
 */
public final class ScenePainter {
	static final RGB WHITE = new RGB(255, 255, 255);
	static final RGB BLACK = new RGB(0, 0, 0);
	static final RGB GREY = new RGB(112, 112, 112);
	/** The smallest text, in points on screen, worth drawing. */
	static final double SMALLEST_TEXT = 4;
	static final double PADDING = 4;
	static final double ICON = 16;
	static final double CONTAINER_HEADER = 30;

	private final SceneResources resources;

	public ScenePainter(SceneResources resources) {
		this.resources = resources;
	}

	/**
	 * Paints what of {@code scene} falls into {@code area} (screen coordinates of the GC) as {@code viewport} shows it.
	 *
	 * @return how many figures were painted
	 */
	public int paint(GC gc, Scene scene, Viewport viewport, Rectangle area) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setLineJoin(SWT.JOIN_ROUND);
		List<Figure> candidates = scene.figuresIn(viewport.toDiagram(area.x, area.y, area.width, area.height));
		int painted = 0;
		// setting a clip costs as much as drawing a line: set it only when it changes
		Rectangle clipped = null;
		for (Figure figure : candidates) {
			if (figure instanceof EdgeFigure edge) {
				if (!crosses(edge, viewport, area)) {
					// its bounding box is in the area, the line itself is not (a strip uncovered by a pan)
					continue;
				}
				if (!area.equals(clipped)) {
					clipped = area;
					gc.setClipping(area);
				}
				paintEdge(gc, edge, viewport, area);
			} else {
				NodeFigure node = (NodeFigure) figure;
				Rectangle clip = clip(node, viewport, area);
				if (clip.isEmpty()) {
					continue;
				}
				if (!clip.equals(clipped)) {
					clipped = clip;
					gc.setClipping(clip);
				}
				paintNode(gc, node, viewport);
			}
			painted++;
		}
		gc.setClipping((Rectangle) null);
		return painted;
	}

	/** Whether a segment of the edge (with room for its decorators) or the room of its label reaches into the area. */
	static boolean crosses(EdgeFigure edge, Viewport viewport, Rectangle area) {
		double zoom = viewport.zoom();
		double reach = (EdgeFigure.DECORATOR_ROOM + edge.edge().width()) * zoom + 1;
		double left = viewport.toDiagramX(area.x - reach);
		double top = viewport.toDiagramY(area.y - reach);
		double right = viewport.toDiagramX(area.x + area.width + reach);
		double bottom = viewport.toDiagramY(area.y + area.height + reach);
		for (int i = 1; i < edge.pointCount(); i++) {
			if (segmentCrosses(edge.x(i - 1), edge.y(i - 1), edge.x(i), edge.y(i), left, top, right, bottom)) {
				return true;
			}
		}
		if (edge.label() == null || edge.label().isEmpty()) {
			return false;
		}
		double[] middle = edge.midpoint();
		double labelX = EdgeFigure.LABEL_ROOM;
		double labelY = EdgeFigure.DECORATOR_ROOM;
		return middle[0] + labelX >= left && middle[0] - labelX <= right && middle[1] + labelY >= top && middle[1] - labelY <= bottom;
	}

	/** Whether the segment from (x1, y1) to (x2, y2) meets the rectangle: the segment clipped to it, slab by slab. */
	static boolean segmentCrosses(double x1, double y1, double x2, double y2, double left, double top, double right, double bottom) {
		double enter = 0;
		double leave = 1;
		double[] delta = { x2 - x1, y2 - y1 };
		double[] start = { x1, y1 };
		double[] low = { left, top };
		double[] high = { right, bottom };
		for (int axis = 0; axis < 2; axis++) {
			if (delta[axis] == 0) {
				if (start[axis] < low[axis] || start[axis] > high[axis]) {
					return false;
				}
				continue;
			}
			double t1 = (low[axis] - start[axis]) / delta[axis];
			double t2 = (high[axis] - start[axis]) / delta[axis];
			enter = Math.max(enter, Math.min(t1, t2));
			leave = Math.min(leave, Math.max(t1, t2));
			if (enter > leave) {
				return false;
			}
		}
		return true;
	}

	/** The screen area a node may paint in: the area, cut to each container it sits in. */
	private static Rectangle clip(NodeFigure node, Viewport viewport, Rectangle area) {
		Rectangle clip = new Rectangle(area.x, area.y, area.width, area.height);
		for (NodeFigure parent = node.clippingParent(); parent != null; parent = parent.clippingParent()) {
			int[] r = viewport.toScreen(parent.bounds());
			clip = clip.intersection(new Rectangle(r[0], r[1], r[2] + 1, r[3] + 1));
		}
		return clip;
	}

	private void paintNode(GC gc, NodeFigure node, Viewport viewport) {
		NodeStyle style = node.style();
		double zoom = viewport.zoom();
		int[] r = viewport.toScreen(node.bounds());
		int x = r[0];
		int y = r[1];
		int w = Math.max(1, r[2]);
		int h = Math.max(1, r[3]);
		NodeShape shape = node.shape();
		gc.setBackground(resources.color(style == null ? null : style.getBackgroundColor(), WHITE));
		int arc = (int) Math.round(12 * zoom);
		switch (shape) {
			case ROUNDED_RECTANGLE -> gc.fillRoundRectangle(x, y, w, h, arc, arc);
			case ELLIPSE -> gc.fillOval(x, y, w, h);
			case DIAMOND -> gc.fillPolygon(diamond(x, y, w, h));
			case NOTE -> gc.fillPolygon(note(x, y, w, h, arc));
			default -> gc.fillRectangle(x, y, w, h);
		}
		int borderSize = style == null ? 1 : style.getBorderSize();
		if (borderSize > 0) {
			int lineWidth = Math.max(1, (int) Math.round(borderSize * zoom));
			gc.setLineWidth(lineWidth);
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.setForeground(resources.color(style == null ? null : style.getBorderColor(), GREY));
			int inset = lineWidth / 2;
			int iw = Math.max(1, w - 1 - 2 * inset);
			int ih = Math.max(1, h - 1 - 2 * inset);
			switch (shape) {
				case ROUNDED_RECTANGLE -> gc.drawRoundRectangle(x + inset, y + inset, iw, ih, arc, arc);
				case ELLIPSE -> gc.drawOval(x + inset, y + inset, iw, ih);
				case DIAMOND -> gc.drawPolygon(diamond(x + inset, y + inset, iw, ih));
				case NOTE -> gc.drawPolygon(note(x + inset, y + inset, iw, ih, arc));
				default -> gc.drawRectangle(x + inset, y + inset, iw, ih);
			}
		}
		paintLabel(gc, node, style, zoom, x, y, w, h);
	}

	private void paintLabel(GC gc, NodeFigure node, NodeStyle style, double zoom, int x, int y, int w, int h) {
		double points = (style == null ? 9 : style.getLabelSize()) * zoom;
		String label = node.label();
		if (points < SMALLEST_TEXT || label == null || label.isEmpty()) {
			return;
		}
		int pad = (int) Math.max(1, Math.round(PADDING * zoom));
		// The area the text may use: inside the border, within the shape, and the header of a container.
		int left = x + pad;
		int right = x + w - pad;
		int top = y + pad / 2;
		int bottom = y + h - pad / 2;
		NodeShape shape = node.shape();
		if (shape == NodeShape.ELLIPSE || shape == NodeShape.DIAMOND) {
			left = x + w / 5;
			right = x + w - w / 5;
			top = y + h / 5;
			bottom = y + h - h / 5;
		}
		if (node.isContainer() && !node.children().isEmpty()) {
			bottom = Math.min(bottom, y + (int) Math.round(CONTAINER_HEADER * zoom));
		}
		Image icon = zoom >= 0.5 ? resources.icon(node.semantic()) : null;
		int iconSize = (int) Math.round(ICON * zoom);
		if (icon != null && iconSize <= bottom - top && left + iconSize + pad < right - 2 * pad) {
			Rectangle image = icon.getBounds();
			int iconY = (top + bottom - iconSize) / 2;
			gc.drawImage(icon, 0, 0, image.width, image.height, left, iconY, iconSize, iconSize);
			left += iconSize + pad / 2;
		}
		if (right - left < 4 || bottom - top < 2) {
			return;
		}
		gc.setFont(resources.font(points, style != null && style.isLabelBold(), style != null && style.isLabelItalic()));
		gc.setForeground(resources.color(style == null ? null : style.getForegroundColor(), BLACK));
		int lineHeight = gc.getFontMetrics().getHeight();
		int maxLines = Math.max(1, (bottom - top) / Math.max(1, lineHeight));
		String[] lines = wrapped(gc, node, label, right - left, zoom);
		int count = Math.min(lines.length, maxLines);
		int textTop = top + Math.max(0, (bottom - top - count * lineHeight) / 2);
		for (int i = 0; i < count; i++) {
			String line = lines[i];
			if (i == count - 1 && count < lines.length) {
				line = ellipsis(gc, line + " \u2026", right - left); //$NON-NLS-1$
			}
			Point extent = gc.textExtent(line, SWT.DRAW_TRANSPARENT);
			gc.drawText(line, left + Math.max(0, (right - left - extent.x) / 2), textTop + i * lineHeight, true);
		}
	}

	private static String[] wrapped(GC gc, NodeFigure node, String label, int width, double zoom) {
		if (node.wrappedZoom != zoom || node.wrappedLines == null) {
			node.wrappedLines = wrap(gc, label, width);
			node.wrappedZoom = zoom;
		}
		return node.wrappedLines;
	}

	/** Breaks {@code text} into lines no wider than {@code width}, at spaces, and within words that are too long. */
	static String[] wrap(GC gc, String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n")) { //$NON-NLS-1$
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) { //$NON-NLS-1$
				String candidate = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
				if (gc.textExtent(candidate).x <= width) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				String rest = word;
				while (gc.textExtent(rest).x > width && rest.length() > 1) {
					int fit = rest.length() - 1;
					while (fit > 1 && gc.textExtent(rest.substring(0, fit)).x > width) {
						fit--;
					}
					lines.add(rest.substring(0, fit));
					rest = rest.substring(fit);
				}
				line.append(rest);
			}
			lines.add(line.toString());
		}
		return lines.toArray(String[]::new);
	}

	private static String ellipsis(GC gc, String text, int width) {
		String shortened = text;
		while (gc.textExtent(shortened).x > width && shortened.length() > 2) {
			shortened = shortened.substring(0, shortened.length() - 3).stripTrailing() + " \u2026"; //$NON-NLS-1$
		}
		return shortened;
	}

	private void paintEdge(GC gc, EdgeFigure edge, Viewport viewport, Rectangle area) {
		EdgeStyle style = edge.style();
		double zoom = viewport.zoom();
		int count = edge.pointCount();
		int[] screen = new int[count * 2];
		for (int i = 0; i < count; i++) {
			screen[2 * i] = viewport.toScreenX(edge.x(i));
			screen[2 * i + 1] = viewport.toScreenY(edge.y(i));
		}
		gc.setForeground(resources.color(style == null ? null : style.getColor(), GREY));
		gc.setBackground(resources.color(style == null ? null : style.getColor(), GREY));
		gc.setLineWidth(Math.max(1, (int) Math.round(edge.edge().width() * zoom)));
		gc.setLineStyle(switch (style == null ? org.counterpart.diagram.spec.LineStyle.SOLID : style.getLineStyle()) {
			case DASH -> SWT.LINE_DASH;
			case DOT -> SWT.LINE_DOT;
			case DASH_DOT -> SWT.LINE_DASHDOT;
			default -> SWT.LINE_SOLID;
		});
		gc.drawPolyline(screen);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(Math.max(1, (int) Math.round(zoom)));
		// an edge that only passes through the area leaves out its ends and its label (the most of a pan's strips)
		int room = (int) Math.ceil(EdgeFigure.DECORATOR_ROOM * 2 * zoom) + 1;
		if (style != null) {
			int n = screen.length;
			if (near(area, screen[0], screen[1], room)) {
				decorator(gc, style.getSourceDecorator(), screen[0], screen[1], screen[2], screen[3], zoom);
			}
			if (near(area, screen[n - 2], screen[n - 1], room)) {
				decorator(gc, style.getTargetDecorator(), screen[n - 2], screen[n - 1], screen[n - 4], screen[n - 3], zoom);
			}
		}
		String label = edge.label();
		double points = (style == null || style.getLabelSize() <= 0 ? 8 : style.getLabelSize()) * zoom;
		double[] middle = label == null || label.isEmpty() ? null : edge.midpoint();
		if (middle != null && points >= SMALLEST_TEXT
				&& near(area, viewport.toScreenX(middle[0]), viewport.toScreenY(middle[1]), (int) Math.ceil(EdgeFigure.LABEL_ROOM * zoom))) {
			gc.setFont(resources.font(points, false, false));
			Point extent = gc.textExtent(label);
			int lx = viewport.toScreenX(middle[0]) - extent.x / 2;
			int ly = viewport.toScreenY(middle[1]) - extent.y / 2;
			gc.setBackground(resources.color(WHITE));
			gc.fillRectangle(lx - 2, ly, extent.x + 4, extent.y);
			gc.setForeground(resources.color(BLACK));
			gc.drawText(label, lx, ly, true);
		}
	}

	/** Whether the screen point lies within {@code room} pixels of the area. */
	private static boolean near(Rectangle area, int x, int y, int room) {
		return x >= area.x - room && x <= area.x + area.width + room && y >= area.y - room && y <= area.y + area.height + room;
	}

	/** Draws a decorator at the end ({@code ex}, {@code ey}) of a line that comes from ({@code fx}, {@code fy}). */
	private static void decorator(GC gc, EdgeDecorator decorator, int ex, int ey, int fx, int fy, double zoom) {
		if (decorator == null || decorator == EdgeDecorator.NONE) {
			return;
		}
		double angle = Math.atan2(ey - fy, ex - fx);
		double length = 10 * zoom;
		double spread = Math.PI / 7;
		int ax = (int) Math.round(ex - length * Math.cos(angle - spread));
		int ay = (int) Math.round(ey - length * Math.sin(angle - spread));
		int bx = (int) Math.round(ex - length * Math.cos(angle + spread));
		int by = (int) Math.round(ey - length * Math.sin(angle + spread));
		int mx = (int) Math.round(ex - 2 * length * Math.cos(angle));
		int my = (int) Math.round(ey - 2 * length * Math.sin(angle));
		switch (decorator) {
			case ARROW -> gc.drawPolyline(new int[] { ax, ay, ex, ey, bx, by });
			case FILLED_ARROW -> gc.fillPolygon(new int[] { ax, ay, ex, ey, bx, by });
			case DIAMOND, FILLED_DIAMOND -> {
				int[] diamond = { ex, ey, ax, ay, mx, my, bx, by };
				Color previous = gc.getBackground();
				if (decorator == EdgeDecorator.DIAMOND) {
					gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
				}
				gc.fillPolygon(diamond);
				gc.setBackground(previous);
				gc.drawPolygon(diamond);
			}
			case CIRCLE -> {
				int radius = (int) Math.round(length / 2);
				int cx = (int) Math.round(ex - radius * Math.cos(angle));
				int cy = (int) Math.round(ey - radius * Math.sin(angle));
				gc.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
			}
			default -> {
				// none
			}
		}
	}

	private static int[] diamond(int x, int y, int w, int h) {
		return new int[] { x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2 };
	}

	private static int[] note(int x, int y, int w, int h, int fold) {
		return new int[] { x, y, x + w - fold, y, x + w, y + fold, x + w, y + h, x, y + h };
	}

	/** The screen rectangle of a node's bounds, for drawing feedback around it. */
	public static Rectangle screenBounds(Bounds bounds, Viewport viewport) {
		int[] r = viewport.toScreen(bounds);
		return new Rectangle(r[0], r[1], r[2], r[3]);
	}
}
