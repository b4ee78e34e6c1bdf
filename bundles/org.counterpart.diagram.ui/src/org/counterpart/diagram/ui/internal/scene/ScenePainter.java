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
		List<Figure> visible = scene.figuresIn(viewport.toDiagram(area.x, area.y, area.width, area.height));
		for (Figure figure : visible) {
			if (figure instanceof EdgeFigure edge) {
				gc.setClipping(area);
				paintEdge(gc, edge, viewport);
			} else {
				NodeFigure node = (NodeFigure) figure;
				Rectangle clip = clip(node, viewport, area);
				if (clip.isEmpty()) {
					continue;
				}
				gc.setClipping(clip);
				paintNode(gc, node, viewport);
			}
		}
		gc.setClipping((Rectangle) null);
		return visible.size();
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

	private void paintEdge(GC gc, EdgeFigure edge, Viewport viewport) {
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
		if (style != null) {
			decorator(gc, style.getSourceDecorator(), screen[0], screen[1], screen[2], screen[3], zoom);
			int n = screen.length;
			decorator(gc, style.getTargetDecorator(), screen[n - 2], screen[n - 1], screen[n - 4], screen[n - 3], zoom);
		}
		String label = edge.label();
		double points = (style == null || style.getLabelSize() <= 0 ? 8 : style.getLabelSize()) * zoom;
		if (label != null && !label.isEmpty() && points >= SMALLEST_TEXT) {
			gc.setFont(resources.font(points, false, false));
			double[] middle = edge.midpoint();
			Point extent = gc.textExtent(label);
			int lx = viewport.toScreenX(middle[0]) - extent.x / 2;
			int ly = viewport.toScreenY(middle[1]) - extent.y / 2;
			gc.setBackground(resources.color(WHITE));
			gc.fillRectangle(lx - 2, ly, extent.x + 4, extent.y);
			gc.setForeground(resources.color(BLACK));
			gc.drawText(label, lx, ly, true);
		}
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
