package org.counterpart.ui.internal.banner;

import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * Puts the classification banner on a picture that leaves the screen (an exported or printed image): a strip in
 * the banner's colours above and below the picture, each with the banner line centred.
 */
public final class BannerImages {

	private BannerImages() {
	}

	/** The height of each strip {@link #withBanner} adds for the display's default font. */
	public static int stripHeight(Display display) {
		Image probe = new Image(display, 1, 1);
		GC gc = new GC(probe);
		Font font = boldFont(display);
		try {
			gc.setFont(font);
			return gc.getFontMetrics().getHeight() + 8;
		} finally {
			gc.dispose();
			font.dispose();
			probe.dispose();
		}
	}

	/** {@code picture} with the banner of {@code summary} above and below it, as a new image data. */
	public static ImageData withBanner(Display display, ImageData picture, MarkingSummary summary) {
		int strip = stripHeight(display);
		Image content = new Image(display, picture);
		Image framed = new Image(display, picture.width, picture.height + 2 * strip);
		GC gc = new GC(framed);
		Font font = boldFont(display);
		Color background = new Color(BannerColors.of(summary).background());
		Color foreground = new Color(BannerColors.of(summary).foreground());
		try {
			gc.drawImage(content, 0, strip);
			gc.setBackground(background);
			gc.setForeground(foreground);
			gc.setFont(font);
			String text = summary.banner();
			Point extent = gc.textExtent(text);
			int x = Math.max(0, (picture.width - extent.x) / 2);
			for (int y : new int[] { 0, strip + picture.height }) {
				gc.fillRectangle(0, y, picture.width, strip);
				gc.drawText(text, x, y + (strip - extent.y) / 2, true);
			}
			return framed.getImageData();
		} finally {
			gc.dispose();
			font.dispose();
			framed.dispose();
			content.dispose();
		}
	}

	private static Font boldFont(Display display) {
		FontData[] data = display.getSystemFont().getFontData();
		for (FontData one : data) {
			one.setStyle(SWT.BOLD);
		}
		return new Font(display, data);
	}
}
