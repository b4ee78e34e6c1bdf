package org.counterpart.ui.internal.banner;

import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A full-width bar in the banner's colour with its line centred in bold: one at the top and one at the bottom of
 * every window.
 */
public class BannerStrip extends Canvas {

	private MarkingSummary summary = MarkingSummary.EMPTY;
	private final Font font;

	public BannerStrip(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		FontData[] data = getFont().getFontData();
		for (FontData one : data) {
			one.setStyle(SWT.BOLD);
		}
		font = new Font(getDisplay(), data);
		addDisposeListener(event -> font.dispose());
		addPaintListener(event -> paint(event.gc));
		show(MarkingSummary.EMPTY);
	}

	/** Shows the banner of {@code newSummary}. */
	public void show(MarkingSummary newSummary) {
		summary = newSummary;
		BannerColors.Scheme scheme = BannerColors.of(summary);
		setBackground(new Color(scheme.background()));
		setForeground(new Color(scheme.foreground()));
		setToolTipText(summary.banner());
		getAccessible().sendEvent(org.eclipse.swt.accessibility.ACC.EVENT_NAME_CHANGED, null);
		redraw();
	}

	/** The banner line shown. */
	public String getText() {
		return summary.banner();
	}

	/** The summary shown. */
	public MarkingSummary getSummary() {
		return summary;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		GC gc = new GC(this);
		try {
			gc.setFont(font);
			int height = gc.getFontMetrics().getHeight() + 4;
			// as wide as the window, so that the trim gives the banner a line of its own
			int width = wHint != SWT.DEFAULT ? wHint : Math.max(getShell().getClientArea().width, 1);
			return new Point(width, hHint != SWT.DEFAULT ? hHint : height);
		} finally {
			gc.dispose();
		}
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setFont(font);
		String text = summary.banner();
		Point extent = gc.textExtent(text);
		gc.drawText(text, Math.max(0, (area.width - extent.x) / 2), Math.max(0, (area.height - extent.y) / 2), true);
	}
}
