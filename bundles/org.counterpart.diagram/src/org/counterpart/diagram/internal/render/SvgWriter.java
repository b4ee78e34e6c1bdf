package org.counterpart.diagram.internal.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.counterpart.diagram.internal.layout.LabelMetrics;
import org.counterpart.diagram.internal.layout.LabelMetrics.LabelFont;
import org.counterpart.diagram.internal.render.Scene.SceneEdge;
import org.counterpart.diagram.internal.render.Scene.SceneNode;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.Arrangement.Point;
import org.counterpart.diagram.spec.EdgeDecorator;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.NodeStyle;

/**
 * Writes a {@link Scene} as SVG with the JDK's StAX writer: real text, one group per node whose {@code id} is the id
 * of the object it shows (children and border nodes nested in it), and the banner at the top and the bottom.
 */
public final class SvgWriter {
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String FONT = "'" + LabelMetrics.FAMILY + "', " + LabelMetrics.FAMILY_FALLBACK;

	private final XMLStreamWriter xml;

	private SvgWriter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	public static void write(Scene scene, String title, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
		new SvgWriter(xml).document(scene, title);
		xml.flush();
		xml.close();
	}

	private void document(Scene scene, String title) throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("svg");
		xml.writeDefaultNamespace(SVG);
		xml.writeAttribute("version", "1.1");
		xml.writeAttribute("width", num(scene.width()));
		xml.writeAttribute("height", num(scene.height()));
		xml.writeAttribute("viewBox", "0 0 " + num(scene.width()) + " " + num(scene.height()));
		xml.writeAttribute("data-marking", scene.marking().banner());
		element("title", title);
		xml.writeEmptyElement("rect");
		xml.writeAttribute("width", num(scene.width()));
		xml.writeAttribute("height", num(scene.height()));
		xml.writeAttribute("fill", "#ffffff");
		banner(scene, "top", 0);
		xml.writeStartElement("g");
		xml.writeAttribute("class", "edges");
		for (SceneEdge edge : scene.edges()) {
			edge(edge);
		}
		xml.writeEndElement();
		xml.writeStartElement("g");
		xml.writeAttribute("class", "edge-labels");
		for (SceneEdge edge : scene.edges()) {
			edgeLabel(edge);
		}
		xml.writeEndElement();
		xml.writeStartElement("g");
		xml.writeAttribute("class", "nodes");
		for (SceneNode node : scene.nodes()) {
			node(node);
		}
		xml.writeEndElement();
		banner(scene, "bottom", scene.height() - Scene.BANNER_HEIGHT);
		xml.writeEndElement();
		xml.writeEndDocument();
	}

	private void banner(Scene scene, String position, double y) throws XMLStreamException {
		Palette.BannerColors colors = Palette.banner(scene.marking());
		LabelFont font = Scene.bannerFont();
		xml.writeStartElement("g");
		xml.writeAttribute("class", "banner");
		xml.writeAttribute("data-position", position);
		xml.writeEmptyElement("rect");
		xml.writeAttribute("x", "0");
		xml.writeAttribute("y", num(y));
		xml.writeAttribute("width", num(scene.width()));
		xml.writeAttribute("height", num(Scene.BANNER_HEIGHT));
		xml.writeAttribute("fill", colors.background());
		text(scene.marking().banner(), scene.width() / 2, y + (Scene.BANNER_HEIGHT - font.lineHeight()) / 2 + font.ascent(), font, colors.foreground());
		xml.writeEndElement();
	}

	private void node(SceneNode node) throws XMLStreamException {
		NodeStyle style = node.node().style();
		Bounds b = node.bounds();
		xml.writeStartElement("g");
		if (node.id() != null) {
			xml.writeAttribute("id", node.id());
		}
		xml.writeAttribute("class", node.border() ? "node border-node" : "node");
		xml.writeAttribute("data-mapping", node.node().mapping().getName());
		xml.writeAttribute("data-key", node.node().key());
		xml.writeAttribute("data-shape", style.getShape().getLiteral());
		xml.writeAttribute("data-bounds", num(b.x()) + " " + num(b.y()) + " " + num(b.width()) + " " + num(b.height()));
		element("title", node.node().label());
		shape(Shapes.node(style.getShape(), b));
		xml.writeAttribute("fill", Palette.hex(style.getBackgroundColor(), "#ffffff"));
		stroke(style.getBorderSize() > 0 ? Palette.hex(style.getBorderColor(), "#404040") : null, style.getBorderSize(), null);
		java.awt.Shape fold = Shapes.noteFold(style.getShape(), b);
		if (fold != null) {
			shape(fold);
			xml.writeAttribute("fill", "none");
			stroke(Palette.hex(style.getBorderColor(), "#404040"), Math.max(1, style.getBorderSize()), null);
		}
		Bounds box = node.labelBox();
		LabelFont font = node.label().font();
		double y = box.y() + font.ascent();
		for (String line : node.label().lines()) {
			text(line, box.x() + box.width() / 2, y, font, Palette.hex(style.getForegroundColor(), "#000000"));
			y += font.lineHeight();
		}
		for (SceneNode child : node.children()) {
			node(child);
		}
		xml.writeEndElement();
	}

	private void edge(SceneEdge edge) throws XMLStreamException {
		EdgeStyle style = edge.edge().style();
		String color = Palette.hex(style.getColor(), "#404040");
		xml.writeStartElement("g");
		xml.writeAttribute("class", "edge");
		xml.writeAttribute("data-mapping", edge.edge().mapping().getName());
		xml.writeAttribute("data-key", edge.edge().key());
		if (edge.objectId() != null) {
			xml.writeAttribute("data-object", edge.objectId());
		}
		if (edge.edge().sourceNode().target() != null) {
			xml.writeAttribute("data-source", String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getID(edge.edge().sourceNode().target())));
			xml.writeAttribute("data-target", String.valueOf(org.eclipse.emf.ecore.util.EcoreUtil.getID(edge.edge().targetNode().target())));
		}
		xml.writeEmptyElement("polyline");
		StringBuilder points = new StringBuilder();
		for (Point p : edge.points()) {
			points.append(points.isEmpty() ? "" : " ").append(num(p.x())).append(',').append(num(p.y()));
		}
		xml.writeAttribute("points", points.toString());
		xml.writeAttribute("fill", "none");
		stroke(color, edge.edge().width(), Palette.dashes(style.getLineStyle(), edge.edge().width()));
		decorator(style.getSourceDecorator(), edge, true, color);
		decorator(style.getTargetDecorator(), edge, false, color);
		xml.writeEndElement();
	}

	private void decorator(EdgeDecorator decorator, SceneEdge edge, boolean atStart, String color) throws XMLStreamException {
		Shape shape = Shapes.decorator(decorator, edge.points(), atStart, edge.edge().width());
		if (shape == null) {
			return;
		}
		shape(shape);
		xml.writeAttribute("class", "decorator");
		xml.writeAttribute("fill", Shapes.open(decorator) ? "none" : Shapes.filled(decorator) ? color : "#ffffff");
		stroke(color, Math.max(1, Math.min(edge.edge().width(), 3)), null);
	}

	private void edgeLabel(SceneEdge edge) throws XMLStreamException {
		if (edge.labelAt() == null) {
			return;
		}
		LabelFont font = edge.labelFont();
		Point at = edge.labelAt();
		xml.writeStartElement("g");
		xml.writeAttribute("class", "edge-label");
		xml.writeAttribute("data-key", edge.edge().key());
		xml.writeAttribute("transform", "translate(" + num(at.x()) + "," + num(at.y()) + ") rotate(" + num(edge.labelAngle()) + ")");
		xml.writeEmptyElement("rect");
		xml.writeAttribute("x", num(-edge.labelWidth() / 2 - 2));
		xml.writeAttribute("y", num(-font.lineHeight() / 2));
		xml.writeAttribute("width", num(edge.labelWidth() + 4));
		xml.writeAttribute("height", num(font.lineHeight()));
		xml.writeAttribute("fill", "#ffffff");
		xml.writeAttribute("fill-opacity", "0.8");
		text(edge.edge().label(), 0, -font.lineHeight() / 2 + font.ascent(), font, Palette.hex(edge.edge().style().getColor(), "#404040"));
		xml.writeEndElement();
	}

	private void text(String text, double centerX, double baseline, LabelFont font, String color) throws XMLStreamException {
		xml.writeStartElement("text");
		xml.writeAttribute("x", num(centerX));
		xml.writeAttribute("y", num(baseline));
		xml.writeAttribute("text-anchor", "middle");
		xml.writeAttribute("font-family", FONT);
		xml.writeAttribute("font-size", num(font.pixelSize()));
		if (font.bold()) {
			xml.writeAttribute("font-weight", "bold");
		}
		if (font.italic()) {
			xml.writeAttribute("font-style", "italic");
		}
		xml.writeAttribute("fill", color);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private void element(String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

	private void stroke(String color, double width, float[] dashes) throws XMLStreamException {
		if (color == null || width <= 0) {
			xml.writeAttribute("stroke", "none");
			return;
		}
		xml.writeAttribute("stroke", color);
		xml.writeAttribute("stroke-width", num(width));
		if (dashes != null) {
			StringBuilder pattern = new StringBuilder();
			for (float dash : dashes) {
				pattern.append(pattern.isEmpty() ? "" : " ").append(num(dash));
			}
			xml.writeAttribute("stroke-dasharray", pattern.toString());
		}
	}

	/** Starts an empty element for the shape; the caller adds fill and stroke. */
	private void shape(Shape shape) throws XMLStreamException {
		if (shape instanceof RoundRectangle2D r) {
			xml.writeEmptyElement("rect");
			rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
			xml.writeAttribute("rx", num(r.getArcWidth() / 2));
		} else if (shape instanceof Rectangle2D r) {
			xml.writeEmptyElement("rect");
			rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
		} else if (shape instanceof Ellipse2D e) {
			xml.writeEmptyElement("ellipse");
			xml.writeAttribute("cx", num(e.getCenterX()));
			xml.writeAttribute("cy", num(e.getCenterY()));
			xml.writeAttribute("rx", num(e.getWidth() / 2));
			xml.writeAttribute("ry", num(e.getHeight() / 2));
		} else {
			xml.writeEmptyElement("path");
			xml.writeAttribute("d", pathData(shape));
		}
	}

	private void rect(double x, double y, double width, double height) throws XMLStreamException {
		xml.writeAttribute("x", num(x));
		xml.writeAttribute("y", num(y));
		xml.writeAttribute("width", num(width));
		xml.writeAttribute("height", num(height));
	}

	private static String pathData(Shape shape) {
		StringBuilder d = new StringBuilder();
		double[] c = new double[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			int type = it.currentSegment(c);
			if (!d.isEmpty()) {
				d.append(' ');
			}
			switch (type) {
				case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ').append(num(c[2])).append(' ').append(num(c[3]));
				case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ').append(num(c[2])).append(' ')
						.append(num(c[3])).append(' ').append(num(c[4])).append(' ').append(num(c[5]));
				default -> d.append('Z');
			}
		}
		return d.toString();
	}

	static String num(double value) {
		double rounded = Math.round(value * 100) / 100.0;
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long)rounded);
		}
		return String.format(Locale.ROOT, "%.2f", rounded).replaceAll("0+$", "");
	}
}
