package org.counterpart.hq.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.counterpart.hq.WeeklyCounts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar chart of counts per week drawn on a plain canvas: one group of bars per week, one bar per series, a legend of
 * the series and the scale on the left.
 */
final class WeeklyChart {

	private static final RGB[] PALETTE = { new RGB(40, 90, 160), new RGB(210, 120, 40), new RGB(60, 140, 70),
			new RGB(170, 50, 60), new RGB(120, 80, 160), new RGB(40, 150, 160), new RGB(150, 130, 40),
			new RGB(100, 100, 100) };
	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT); //$NON-NLS-1$

	private final Canvas canvas;
	private final String title;
	private WeeklyCounts counts;

	WeeklyChart(Composite parent, String title) {
		this.title = title;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.addPaintListener(event -> paint(event.gc));
	}

	Canvas canvas() {
		return canvas;
	}

	void show(WeeklyCounts shown) {
		counts = shown;
		canvas.redraw();
	}

	WeeklyCounts shown() {
		return counts;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		int line = gc.getFontMetrics().getHeight();
		gc.drawText(title, 8, 4, true);
		if (counts == null || counts.series().isEmpty()) {
			gc.drawText(Messages.Dashboard_noData, 8, 8 + line, true);
			return;
		}
		List<String> names = new ArrayList<>(counts.series().keySet());
		int legendX = 8;
		int legendY = 8 + line;
		for (int s = 0; s < names.size(); s++) {
			Point extent = gc.textExtent(names.get(s));
			if (legendX + extent.x + 24 > area.width && legendX > 8) {
				legendX = 8;
				legendY += line + 2;
			}
			gc.setBackground(color(s));
			gc.fillRectangle(legendX, legendY + 3, 10, line - 6);
			gc.drawText(names.get(s), legendX + 14, legendY, true);
			legendX += extent.x + 28;
		}
		int max = Math.max(1, counts.max());
		String top = Integer.toString(max);
		int left = gc.textExtent(top).x + 14;
		int chartTop = legendY + line + 10;
		int bottom = area.height - line - 8;
		int right = area.width - 8;
		if (bottom - chartTop < 20 || right - left < 40) {
			return;
		}
		gc.drawLine(left, chartTop, left, bottom);
		gc.drawLine(left, bottom, right, bottom);
		gc.drawText(top, 6, chartTop - line / 2, true);
		gc.drawText("0", 6, bottom - line / 2, true); //$NON-NLS-1$
		int weeks = counts.weeks().size();
		double group = (right - left) / (double) weeks;
		double bar = Math.max(1, (group - 6) / names.size());
		int labelEvery = Math.max(1, (int) Math.ceil(gc.textExtent("00-00 ").x / group)); //$NON-NLS-1$
		for (int w = 0; w < weeks; w++) {
			int x = left + (int) (w * group) + 3;
			for (int s = 0; s < names.size(); s++) {
				int value = counts.series().get(names.get(s)).get(w);
				int height = (int) Math.round((bottom - chartTop) * value / (double) max);
				gc.setBackground(color(s));
				gc.fillRectangle(x + (int) (s * bar), bottom - height, Math.max(1, (int) bar - 1), height);
			}
			if (w % labelEvery == 0) {
				gc.drawText(WEEK.format(counts.weeks().get(w)), x, bottom + 4, true);
			}
		}
	}

	private Color color(int series) {
		return new Color(canvas.getDisplay(), PALETTE[series % PALETTE.length]);
	}

	/** The series' names in legend order, for tests. */
	List<String> legend() {
		return counts == null ? List.of() : List.copyOf(counts.series().keySet());
	}

	Map<String, List<Integer>> series() {
		return counts == null ? Map.of() : counts.series();
	}
}
