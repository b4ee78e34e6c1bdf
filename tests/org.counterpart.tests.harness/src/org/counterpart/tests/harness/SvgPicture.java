package org.counterpart.tests.harness;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A rendered diagram's SVG read back with a real XML parser (which fails on anything not well-formed), and the
 * checks a briefing picture must pass: node groups, their bounds, their labels measured with the font the SVG names,
 * and the classification banners.
 */
public final class SvgPicture {
	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	/** A node group of the picture. */
	public record NodeElement(Element element, String id, String key, String shape, double x, double y, double width, double height, boolean border) {
		public boolean intersects(NodeElement other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}

		public boolean contains(double px, double py, double tolerance) {
			return px >= x - tolerance && px <= x + width + tolerance && py >= y - tolerance && py <= y + height + tolerance;
		}

		/** Whether the point lies inside the node's outline (ellipse and diamond included). */
		public boolean outlineContains(double px, double py, double tolerance) {
			double cx = x + width / 2;
			double cy = y + height / 2;
			double dx = Math.abs(px - cx);
			double dy = Math.abs(py - cy);
			double hw = width / 2 + tolerance;
			double hh = height / 2 + tolerance;
			return switch (shape) {
				case "ellipse" -> (dx / hw) * (dx / hw) + (dy / hh) * (dy / hh) <= 1.0001;
				case "diamond" -> dx / hw + dy / hh <= 1.0001;
				default -> dx <= hw && dy <= hh;
			};
		}
	}

	/** A line of text: its content and the box it takes, measured with the font the SVG names. */
	public record TextBox(String text, double x, double y, double width, double height) {
	}

	private final Document document;

	private SvgPicture(Document document) {
		this.document = document;
	}

	public static SvgPicture read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			return new SvgPicture(builder.parse(in));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
		}
	}

	public Element root() {
		return document.getDocumentElement();
	}

	/** The texts of the banner groups, top first. */
	public List<String> banners() {
		List<String> banners = new ArrayList<>();
		for (Element group : elements(root(), "g")) {
			if ("banner".equals(group.getAttribute("class"))) {
				banners.add(group.getAttribute("data-position") + ":" + text(group));
			}
		}
		return banners;
	}

	/** The node groups at the top of the picture. */
	public List<NodeElement> topNodes() {
		for (Element group : elements(root(), "g")) {
			if ("nodes".equals(group.getAttribute("class"))) {
				return childNodes(group);
			}
		}
		return List.of();
	}

	/** Every node group, at any depth. */
	public List<NodeElement> allNodes() {
		List<NodeElement> all = new ArrayList<>();
		collect(topNodes(), all);
		return all;
	}

	private void collect(List<NodeElement> nodes, List<NodeElement> all) {
		for (NodeElement node : nodes) {
			all.add(node);
			collect(childNodes(node.element()), all);
		}
	}

	/** The node groups directly inside {@code parent}. */
	public static List<NodeElement> childNodes(Element parent) {
		List<NodeElement> nodes = new ArrayList<>();
		for (Element group : children(parent, "g")) {
			String type = group.getAttribute("class");
			if (type.equals("node") || type.equals("node border-node")) {
				String[] b = group.getAttribute("data-bounds").split(" ");
				nodes.add(new NodeElement(group, group.hasAttribute("id") ? group.getAttribute("id") : null, group.getAttribute("data-key"),
						group.getAttribute("data-shape"), Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
						Double.parseDouble(b[3]), type.contains("border")));
			}
		}
		return nodes;
	}

	/** The label lines of a node (its own {@code text} children), each measured with the font its attributes name. */
	public static List<TextBox> labelLines(NodeElement node) {
		List<TextBox> boxes = new ArrayList<>();
		for (Element text : children(node.element(), "text")) {
			boxes.add(measure(text));
		}
		return boxes;
	}

	/** The box of a {@code text} element (anchored in the middle) in the font it names, at its size and weight. */
	public static TextBox measure(Element text) {
		String content = text.getTextContent();
		double size = Double.parseDouble(text.getAttribute("font-size"));
		int style = ("bold".equals(text.getAttribute("font-weight")) ? Font.BOLD : 0) | ("italic".equals(text.getAttribute("font-style")) ? Font.ITALIC : 0);
		String family = text.getAttribute("font-family").split(",")[0].replace("'", "").strip();
		Font font = new Font(family, style, 1).deriveFont((float)size);
		double width = content.isEmpty() ? 0 : font.getStringBounds(content, CONTEXT).getWidth();
		LineMetrics metrics = font.getLineMetrics("Hg", CONTEXT);
		double x = Double.parseDouble(text.getAttribute("x"));
		double y = Double.parseDouble(text.getAttribute("y"));
		if (!"middle".equals(text.getAttribute("text-anchor"))) {
			throw new IllegalStateException("Expected labels anchored in the middle: " + content);
		}
		return new TextBox(content, x - width / 2, y - metrics.getAscent(), width, metrics.getAscent() + metrics.getDescent());
	}

	private static String text(Element group) {
		StringBuilder text = new StringBuilder();
		for (Element t : elements(group, "text")) {
			text.append(t.getTextContent());
		}
		return text.toString();
	}

	/** The elements named {@code name} at any depth below {@code parent}. */
	public static List<Element> elements(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		var list = parent.getElementsByTagNameNS(SVG, name);
		for (int i = 0; i < list.getLength(); i++) {
			found.add((Element)list.item(i));
		}
		return found;
	}

	/** The elements named {@code name} directly inside {@code parent}. */
	public static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && SVG.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}
}
