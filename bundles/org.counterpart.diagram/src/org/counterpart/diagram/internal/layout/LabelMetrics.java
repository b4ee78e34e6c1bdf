package org.counterpart.diagram.internal.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures and wraps labels with a real font (AWT, headless), so that the sizes a layout gives nodes and the text a
 * renderer draws in them agree. Sizes are in diagram pixels; a spec's label size is in points (1 pt = 4/3 px).
 */
public final class LabelMetrics {
	/** The font family measured and drawn: present on the machines Counterpart runs on, and named in SVG output. */
	public static final String FAMILY = "DejaVu Sans";
	/** What an SVG viewer falls back to when it lacks {@link #FAMILY}. */
	public static final String FAMILY_FALLBACK = "Verdana, Arial, Helvetica, sans-serif";

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
	private static final Map<String, LabelFont> FONTS = new ConcurrentHashMap<>();

	static {
		System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
	}

	/** A font as a label uses it, with its metrics. */
	public record LabelFont(Font font, double pixelSize, boolean bold, boolean italic, double ascent, double descent, double[] advances) {
		public double lineHeight() {
			return ascent + descent;
		}

		/** The advance of one character, measured once. */
		double advance(char c) {
			if (c >= advances.length) {
				return font.getStringBounds(String.valueOf(c), CONTEXT).getWidth();
			}
			double advance = advances[c];
			if (advance < 0) {
				advance = font.getStringBounds(String.valueOf(c), CONTEXT).getWidth();
				advances[c] = advance;
			}
			return advance;
		}
	}

	/** Wrapped lines and the box they take. */
	public record Text(LabelFont font, List<String> lines, double width, double height) {
	}

	private LabelMetrics() {
	}

	/** The font of a label of {@code points} size. */
	public static LabelFont font(int points, boolean bold, boolean italic) {
		double pixels = Math.max(1, points) * 4.0 / 3.0;
		int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
		return FONTS.computeIfAbsent(pixels + "/" + style, key -> {
			Font font = new Font(FAMILY, style, 1).deriveFont((float)pixels);
			var metrics = font.getLineMetrics("Hg", CONTEXT);
			double[] advances = new double[0x3000];
			java.util.Arrays.fill(advances, -1);
			return new LabelFont(font, pixels, bold, italic, metrics.getAscent(), metrics.getDescent(), advances);
		});
	}

	/**
	 * The advance width of {@code text}: the sum of its characters' advances, which is what AWT draws (no kerning or
	 * ligatures are asked for) and cheap enough for thousands of labels.
	 */
	public static double width(LabelFont font, String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += font.advance(text.charAt(i));
		}
		return width;
	}

	/**
	 * Breaks {@code label} into lines no wider than {@code maxWidth} (at spaces; a single word longer than that is
	 * broken where it must), keeping explicit line breaks.
	 */
	public static Text wrap(LabelFont font, String label, double maxWidth) {
		List<String> lines = new ArrayList<>();
		String text = label == null ? "" : label.strip();
		for (String paragraph : text.split("\\R", -1)) {
			wrapParagraph(font, paragraph.strip(), maxWidth, lines);
		}
		if (lines.isEmpty()) {
			lines.add("");
		}
		double width = 0;
		for (String line : lines) {
			width = Math.max(width, width(font, line));
		}
		return new Text(font, List.copyOf(lines), width, lines.size() * font.lineHeight());
	}

	private static void wrapParagraph(LabelFont font, String paragraph, double maxWidth, List<String> lines) {
		if (paragraph.isEmpty()) {
			lines.add("");
			return;
		}
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(font, candidate) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			// A word wider than a line: cut it where it must be cut.
			String rest = word;
			while (width(font, rest) > maxWidth && rest.length() > 1) {
				int cut = rest.length() - 1;
				while (cut > 1 && width(font, rest.substring(0, cut)) > maxWidth) {
					cut--;
				}
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
	}
}
