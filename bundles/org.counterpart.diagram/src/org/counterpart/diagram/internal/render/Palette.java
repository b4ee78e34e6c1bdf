package org.counterpart.diagram.internal.render;

import java.awt.Color;
import java.util.Map;

import org.counterpart.diagram.spec.LineStyle;
import org.counterpart.model.marking.MarkingSummary;

/**
 * Colours and dash patterns as both renderers draw them, and the conventional colours of classification banners
 * (UNCLASSIFIED green, CUI purple, CONFIDENTIAL blue, SECRET red, TOP SECRET orange, unmarked grey), as the
 * workbench's banner shows them.
 */
public final class Palette {
	/** Background and text colour of a banner, as {@code #rrggbb}. */
	public record BannerColors(String background, String foreground) {
	}

	private static final Map<String, BannerColors> BANNERS = Map.of(
			"UNCLASSIFIED", new BannerColors("#007a33", "#ffffff"),
			"CUI", new BannerColors("#502b85", "#ffffff"),
			"CONFIDENTIAL", new BannerColors("#0033a0", "#ffffff"),
			"SECRET", new BannerColors("#c8102e", "#ffffff"),
			"TOP SECRET", new BannerColors("#ff8c00", "#000000"));
	private static final BannerColors UNMARKED = new BannerColors("#606060", "#ffffff");

	private Palette() {
	}

	public static BannerColors banner(MarkingSummary summary) {
		if (summary == null || summary.classification() == null) {
			return UNMARKED;
		}
		return BANNERS.getOrDefault(summary.classification().getLiteral(), UNMARKED);
	}

	/** A spec colour as {@code #rrggbb}; anything else (checked when the spec loads) as black. */
	public static String hex(String color, String fallback) {
		if (color != null && color.matches("#[0-9a-fA-F]{6}")) {
			return color.toLowerCase(java.util.Locale.ROOT);
		}
		if (color != null && color.matches("#[0-9a-fA-F]{3}")) {
			return ("#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3) + color.charAt(3)).toLowerCase(java.util.Locale.ROOT);
		}
		return fallback;
	}

	public static Color awt(String hex) {
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	/** The dash pattern of a line style at a line width, or null for a solid line. */
	public static float[] dashes(LineStyle style, double width) {
		float w = (float)Math.max(1, width);
		return switch (style) {
			case DASH -> new float[] { 8 * w, 4 * w };
			case DOT -> new float[] { w, 3 * w };
			case DASH_DOT -> new float[] { 8 * w, 3 * w, w, 3 * w };
			default -> null;
		};
	}
}
