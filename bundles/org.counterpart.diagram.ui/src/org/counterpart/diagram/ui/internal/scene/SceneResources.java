package org.counterpart.diagram.ui.internal.scene;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * The colours and fonts a scene is painted with, made once and kept until {@link #dispose()}, and where node icons
 * come from. Fonts are made per point size (the zoomed size, rounded to a half point) so that text at any zoom is
 * drawn by the font engine at its size rather than scaled.
 */
public final class SceneResources {
	private final Display display;
	private final String fontName;
	private final Function<EObject, Image> icons;
	private final Map<RGB, Color> colors = new HashMap<>();
	private final Map<Long, Font> fonts = new HashMap<>();

	/** @param icons the icon of a domain object, or null; the images belong to the caller */
	public SceneResources(Display display, Function<EObject, Image> icons) {
		this.display = display;
		this.icons = icons;
		FontData[] system = display.getSystemFont().getFontData();
		fontName = system.length == 0 ? "Sans" : system[0].getName(); //$NON-NLS-1$
	}

	public Display display() {
		return display;
	}

	/** The colour written {@code #rrggbb}, or {@code fallback} when there is none or it does not read. */
	public Color color(String hex, RGB fallback) {
		RGB rgb = parse(hex);
		return color(rgb == null ? fallback : rgb);
	}

	public Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, key -> new Color(display, key));
	}

	/** The font of the given size in points (at least 1), bold and italic as asked. */
	public Font font(double points, boolean bold, boolean italic) {
		int halfPoints = Math.max(2, (int) Math.round(points * 2));
		int style = (bold ? SWT.BOLD : SWT.NORMAL) | (italic ? SWT.ITALIC : SWT.NORMAL);
		long key = ((long) halfPoints << 2) | style;
		return fonts.computeIfAbsent(key, k -> {
			FontData data = new FontData(fontName, Math.max(1, halfPoints / 2), style);
			data.height = halfPoints / 2f;
			return new Font(display, data);
		});
	}

	/** The icon for {@code object}, or null. */
	public Image icon(EObject object) {
		return icons == null ? null : icons.apply(object);
	}

	public void dispose() {
		colors.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
		colors.clear();
		fonts.clear();
	}

	static RGB parse(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return null;
		}
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}
}
