package org.counterpart.diagram.internal.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.counterpart.diagram.internal.layout.LabelMetrics;
import org.counterpart.diagram.internal.layout.LabelMetrics.LabelFont;
import org.counterpart.diagram.internal.render.Scene.SceneEdge;
import org.counterpart.diagram.internal.render.Scene.SceneNode;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.EdgeDecorator;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.NodeStyle;

/** Paints a {@link Scene} with AWT (headless, anti-aliased) into a PNG, the same picture as {@link SvgWriter} writes. */
public final class PngPainter {
	/** The most pixels a picture may have; a larger diagram is drawn at a smaller scale. */
	static final double MAX_PIXELS = 60_000_000;

	private PngPainter() {
	}

	/** The scale actually used for {@code requested}: smaller when the picture would be too large. */
	public static double scaleFor(Scene scene, double requested) {
		double pixels = scene.width() * scene.height() * requested * requested;
		return pixels <= MAX_PIXELS ? requested : Math.sqrt(MAX_PIXELS / (scene.width() * scene.height()));
	}

	public static BufferedImage paint(Scene scene, double requestedScale) {
		double scale = scaleFor(scene, requestedScale);
		int width = (int)Math.ceil(scene.width() * scale);
		int height = (int)Math.ceil(scene.height() * scale);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.scale(scale, scale);
			g.setColor(Color.WHITE);
			g.fill(new Rectangle2D.Double(0, 0, scene.width(), scene.height()));
			for (SceneEdge edge : scene.edges()) {
				edge(g, edge);
			}
			for (SceneEdge edge : scene.edges()) {
				edgeLabel(g, edge);
			}
			for (SceneNode node : scene.nodes()) {
				node(g, node);
			}
			banner(g, scene, 0);
			banner(g, scene, scene.height() - Scene.BANNER_HEIGHT);
		} finally {
			g.dispose();
		}
		return image;
	}

	public static void write(Scene scene, double scale, OutputStream out) throws IOException {
		if (!ImageIO.write(paint(scene, scale), "png", out)) {
			throw new IOException("No PNG writer in this Java runtime");
		}
	}

	private static void banner(Graphics2D g, Scene scene, double y) {
		Palette.BannerColors colors = Palette.banner(scene.marking());
		g.setColor(Palette.awt(colors.background()));
		g.fill(new Rectangle2D.Double(0, y, scene.width(), Scene.BANNER_HEIGHT));
		LabelFont font = Scene.bannerFont();
		text(g, scene.marking().banner(), scene.width() / 2, y + (Scene.BANNER_HEIGHT - font.lineHeight()) / 2 + font.ascent(), font,
				Palette.awt(colors.foreground()));
	}

	private static void node(Graphics2D g, SceneNode node) {
		NodeStyle style = node.node().style();
		Bounds b = node.bounds();
		Shape shape = Shapes.node(style.getShape(), b);
		g.setColor(Palette.awt(Palette.hex(style.getBackgroundColor(), "#ffffff")));
		g.fill(shape);
		if (style.getBorderSize() > 0) {
			g.setColor(Palette.awt(Palette.hex(style.getBorderColor(), "#404040")));
			g.setStroke(new BasicStroke(style.getBorderSize()));
			g.draw(shape);
		}
		Shape fold = Shapes.noteFold(style.getShape(), b);
		if (fold != null) {
			g.setColor(Palette.awt(Palette.hex(style.getBorderColor(), "#404040")));
			g.setStroke(new BasicStroke(Math.max(1, style.getBorderSize())));
			g.draw(fold);
		}
		Bounds box = node.labelBox();
		LabelFont font = node.label().font();
		double y = box.y() + font.ascent();
		Color color = Palette.awt(Palette.hex(style.getForegroundColor(), "#000000"));
		for (String line : node.label().lines()) {
			text(g, line, box.x() + box.width() / 2, y, font, color);
			y += font.lineHeight();
		}
		for (SceneNode child : node.children()) {
			node(g, child);
		}
	}

	private static void edge(Graphics2D g, SceneEdge edge) {
		EdgeStyle style = edge.edge().style();
		Color color = Palette.awt(Palette.hex(style.getColor(), "#404040"));
		Path2D.Double line = new Path2D.Double();
		Point first = edge.points().get(0);
		line.moveTo(first.x(), first.y());
		for (Point p : edge.points().subList(1, edge.points().size())) {
			line.lineTo(p.x(), p.y());
		}
		float width = (float)edge.edge().width();
		float[] dashes = Palette.dashes(style.getLineStyle(), width);
		g.setColor(color);
		g.setStroke(dashes == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
				: new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
		g.draw(line);
		decorator(g, style.getSourceDecorator(), edge, true, color);
		decorator(g, style.getTargetDecorator(), edge, false, color);
	}

	private static void decorator(Graphics2D g, EdgeDecorator decorator, SceneEdge edge, boolean atStart, Color color) {
		Shape shape = Shapes.decorator(decorator, edge.points(), atStart, edge.edge().width());
		if (shape == null) {
			return;
		}
		if (!Shapes.open(decorator)) {
			g.setColor(Shapes.filled(decorator) ? color : Color.WHITE);
			g.fill(shape);
		}
		g.setColor(color);
		g.setStroke(new BasicStroke((float)Math.max(1, Math.min(edge.edge().width(), 3))));
		g.draw(shape);
	}

	private static void edgeLabel(Graphics2D g, SceneEdge edge) {
		if (edge.labelAt() == null) {
			return;
		}
		LabelFont font = edge.labelFont();
		AffineTransform saved = g.getTransform();
		g.translate(edge.labelAt().x(), edge.labelAt().y());
		g.rotate(Math.toRadians(edge.labelAngle()));
		g.setColor(new Color(255, 255, 255, 204));
		g.fill(new Rectangle2D.Double(-edge.labelWidth() / 2 - 2, -font.lineHeight() / 2, edge.labelWidth() + 4, font.lineHeight()));
		text(g, edge.edge().label(), 0, -font.lineHeight() / 2 + font.ascent(), font, Palette.awt(Palette.hex(edge.edge().style().getColor(), "#404040")));
		g.setTransform(saved);
	}

	private static void text(Graphics2D g, String text, double centerX, double baseline, LabelFont font, Color color) {
		if (text.isEmpty()) {
			return;
		}
		g.setFont(font.font());
		g.setColor(color);
		double width = LabelMetrics.width(font, text);
		g.drawString(text, (float)(centerX - width / 2), (float)baseline);
	}
}
