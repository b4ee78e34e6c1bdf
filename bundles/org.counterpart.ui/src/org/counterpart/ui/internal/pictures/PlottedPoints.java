package org.counterpart.ui.internal.pictures;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;

/**
 * The model objects behind the points of a chart's series, to find the object under the pointer.
 */
public final class PlottedPoints {

	private record Plotted(String seriesId, List<? extends EObject> objects) {
	}

	private final Chart chart;
	private final List<Plotted> plotted = new ArrayList<>();

	public PlottedPoints(Chart chart) {
		this.chart = chart;
	}

	/** Forgets every series. */
	public void clear() {
		plotted.clear();
	}

	/** Records that point i of series {@code seriesId} stands for {@code objects.get(i)}. */
	public void add(String seriesId, List<? extends EObject> objects) {
		plotted.add(new Plotted(seriesId, List.copyOf(objects)));
	}

	/** The object whose point is nearest to ({@code x}, {@code y}) in the plot area, within {@code radius} pixels. */
	public EObject at(int x, int y, int radius) {
		EObject nearest = null;
		long best = (long) radius * radius;
		for (Plotted one : plotted) {
			ISeries<?> series = chart.getSeriesSet().getSeries(one.seriesId());
			if (series == null || !series.isVisible()) {
				continue;
			}
			double[] xs = series.getXSeries();
			double[] ys = series.getYSeries();
			var xAxis = chart.getAxisSet().getXAxis(series.getXAxisId());
			var yAxis = chart.getAxisSet().getYAxis(series.getYAxisId());
			for (int i = 0; i < Math.min(xs.length, one.objects().size()); i++) {
				long dx = xAxis.getPixelCoordinate(xs[i]) - x;
				long dy = yAxis.getPixelCoordinate(ys[i]) - y;
				long distance = dx * dx + dy * dy;
				if (distance <= best) {
					best = distance;
					nearest = one.objects().get(i);
				}
			}
		}
		return nearest;
	}

	/** Where the point of {@code object} is drawn in the plot area, or null if it is not plotted. */
	public org.eclipse.swt.graphics.Point pointOf(EObject object) {
		for (Plotted one : plotted) {
			int index = one.objects().indexOf(object);
			ISeries<?> series = chart.getSeriesSet().getSeries(one.seriesId());
			if (index >= 0 && series != null) {
				var xAxis = chart.getAxisSet().getXAxis(series.getXAxisId());
				var yAxis = chart.getAxisSet().getYAxis(series.getYAxisId());
				return new org.eclipse.swt.graphics.Point(xAxis.getPixelCoordinate(series.getXSeries()[index]),
						yAxis.getPixelCoordinate(series.getYSeries()[index]));
			}
		}
		return null;
	}
}
