package org.counterpart.ui.internal.pictures;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Zoom and pan along the time axis of a chart: the mouse wheel zooms around the pointer, dragging pans, and on the
 * keyboard the arrow keys pan, + and - zoom and Home shows everything.
 */
public final class ChartNavigation {

	/** A drag shorter than this many pixels is a click. */
	static final int CLICK_SLOP = 4;
	private static final double PAN_FRACTION = 0.1;

	private final Chart chart;
	private final Runnable showAll;
	private int dragStartX;
	private Range dragStartRange;
	private boolean dragging;
	private boolean dragged;
	private boolean zoomed;

	private ChartNavigation(Chart chart, Runnable showAll) {
		this.chart = chart;
		this.showAll = showAll;
	}

	/** Adds zoom and pan to {@code chart}; {@code showAll} sets the axes' ranges to show all the data. */
	public static ChartNavigation attach(Chart chart, Runnable showAll) {
		ChartNavigation navigation = new ChartNavigation(chart, showAll);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseVerticalWheel, navigation::wheel);
		plot.addListener(SWT.MouseDown, navigation::mouseDown);
		plot.addListener(SWT.MouseMove, navigation::mouseMove);
		plot.addListener(SWT.MouseUp, event -> navigation.dragging = false);
		plot.addKeyListener(new KeyAdapter() {
			@Override
			public void keyPressed(KeyEvent event) {
				navigation.key(event);
			}
		});
		return navigation;
	}

	/** Whether the last mouse press turned into a drag (and so is no click). */
	public boolean wasDragged() {
		return dragged;
	}

	/** Whether the user zoomed or panned since everything was last shown. */
	public boolean isZoomed() {
		return zoomed;
	}

	public void zoomIn() {
		IAxis axis = timeAxis();
		Range range = axis.getRange();
		axis.zoomIn((range.lower + range.upper) / 2);
		changed();
	}

	public void zoomOut() {
		IAxis axis = timeAxis();
		Range range = axis.getRange();
		axis.zoomOut((range.lower + range.upper) / 2);
		changed();
	}

	/** Pans by {@code fraction} of the visible range (negative: back in time). */
	public void pan(double fraction) {
		IAxis axis = timeAxis();
		Range range = axis.getRange();
		double shift = (range.upper - range.lower) * fraction;
		axis.setRange(new Range(range.lower + shift, range.upper + shift));
		changed();
	}

	/** Shows all the data. */
	public void fit() {
		showAll.run();
		zoomed = false;
		TimeAxes.updateFormat(timeAxis());
		chart.redraw();
	}

	private IAxis timeAxis() {
		return chart.getAxisSet().getXAxis(0);
	}

	private void changed() {
		zoomed = true;
		TimeAxes.updateFormat(timeAxis());
		chart.redraw();
	}

	private void wheel(Event event) {
		IAxis axis = timeAxis();
		double at = axis.getDataCoordinate(event.x);
		if (event.count > 0) {
			axis.zoomIn(at);
		} else if (event.count < 0) {
			axis.zoomOut(at);
		}
		changed();
	}

	private void mouseDown(Event event) {
		chart.getPlotArea().getControl().setFocus();
		dragged = false;
		if (event.button == 1) {
			dragging = true;
			dragStartX = event.x;
			dragStartRange = new Range(timeAxis().getRange());
		}
	}

	private void mouseMove(Event event) {
		if (!dragging || (event.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		int dx = event.x - dragStartX;
		if (!dragged && Math.abs(dx) < CLICK_SLOP) {
			return;
		}
		dragged = true;
		IAxis axis = timeAxis();
		int width = Math.max(1, chart.getPlotArea().getSize().x);
		double shift = -dx * (dragStartRange.upper - dragStartRange.lower) / width;
		axis.setRange(new Range(dragStartRange.lower + shift, dragStartRange.upper + shift));
		changed();
	}

	private void key(KeyEvent event) {
		switch (event.keyCode) {
		case SWT.ARROW_LEFT -> pan(-PAN_FRACTION);
		case SWT.ARROW_RIGHT -> pan(PAN_FRACTION);
		case SWT.HOME -> fit();
		case SWT.KEYPAD_ADD -> zoomIn();
		case SWT.KEYPAD_SUBTRACT -> zoomOut();
		default -> {
			if (event.character == '+' || event.character == '=') {
				zoomIn();
			} else if (event.character == '-') {
				zoomOut();
			}
		}
		}
	}
}
