package org.counterpart.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.counterpart.diagram.internal.render.PngPainter;
import org.counterpart.diagram.internal.render.Scene;
import org.counterpart.diagram.internal.render.SvgWriter;
import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.model.marking.MarkingSummary;

/**
 * Draws an arranged diagram as SVG or PNG, without widgets: nodes in their shapes and colours with their labels
 * wrapped inside them, edges with their line style, width, decorators and labels along them, and the classification
 * banner of everything shown at the top and the bottom of the picture.
 */
public final class DiagramRenderer {
	/** The picture formats, by file extension. */
	public enum Format {
		SVG, PNG;

		/** The format a file name asks for by its extension, or null. */
		public static Format ofFileName(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".svg")) {
				return SVG;
			}
			if (lower.endsWith(".png")) {
				return PNG;
			}
			return null;
		}
	}

	/** Pixels per diagram unit in a PNG: twice the screen's, so that a picture stays sharp on a slide. */
	public static final double DEFAULT_PNG_SCALE = 2;

	private DiagramRenderer() {
	}

	/** The marking of what a picture of {@code diagram} arranged so shows: the banner it carries. */
	public static MarkingSummary marking(Diagram diagram, Arrangement arrangement) {
		return Scene.of(diagram, arrangement).marking();
	}

	/**
	 * Writes the SVG picture of {@code diagram}.
	 *
	 * @param arrangement where every visible node is (e.g. from {@link org.counterpart.diagram.layout.DiagramLayout})
	 * @throws IllegalArgumentException if the arrangement does not place a visible node
	 */
	public static void writeSvg(Diagram diagram, Arrangement arrangement, OutputStream out) throws IOException {
		try {
			SvgWriter.write(Scene.of(diagram, arrangement), diagram.spec().spec().getLabel(), out);
		} catch (XMLStreamException e) {
			throw new IOException("Cannot write the SVG: " + e.getMessage(), e);
		}
	}

	/** Writes the PNG picture of {@code diagram} at {@code scale} pixels per unit (less for a very large picture). */
	public static void writePng(Diagram diagram, Arrangement arrangement, double scale, OutputStream out) throws IOException {
		PngPainter.write(Scene.of(diagram, arrangement), scale, out);
	}

	/** Writes the picture in {@code format} (PNG at {@link #DEFAULT_PNG_SCALE}). */
	public static void write(Diagram diagram, Arrangement arrangement, Format format, OutputStream out) throws IOException {
		if (format == Format.PNG) {
			writePng(diagram, arrangement, DEFAULT_PNG_SCALE, out);
		} else {
			writeSvg(diagram, arrangement, out);
		}
	}
}
