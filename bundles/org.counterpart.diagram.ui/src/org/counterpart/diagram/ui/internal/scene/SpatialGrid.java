package org.counterpart.diagram.ui.internal.scene;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement.Bounds;

/**
 * A uniform grid over the diagram plane: each cell lists the figures whose extent touches it, so that the figures in
 * a rectangle (what is visible, what a rubber band covers) or under a point are found without looking at all of them.
 * Figures come back in painting order.
 */
public final class SpatialGrid {
	private final double cellSize;
	private final List<Figure> figures;
	private final Map<Long, List<Integer>> cells = new HashMap<>();

	/** Indexes {@code figures}, which must be in painting order with {@link Figure#order()} their position. */
	public SpatialGrid(List<Figure> figures, double cellSize) {
		this.cellSize = cellSize;
		this.figures = List.copyOf(figures);
		for (int i = 0; i < this.figures.size(); i++) {
			Bounds extent = this.figures.get(i).extent();
			int x0 = cell(extent.x());
			int x1 = cell(extent.right());
			int y0 = cell(extent.y());
			int y1 = cell(extent.bottom());
			for (int cx = x0; cx <= x1; cx++) {
				for (int cy = y0; cy <= y1; cy++) {
					cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(i);
				}
			}
		}
	}

	/** The figures whose extent intersects {@code area}, in painting order. */
	public List<Figure> query(Bounds area) {
		BitSet found = new BitSet(figures.size());
		int x0 = cell(area.x());
		int x1 = cell(area.right());
		int y0 = cell(area.y());
		int y1 = cell(area.bottom());
		if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) {
			// A rectangle wider than the occupied cells: visiting the cells that exist is cheaper.
			for (Map.Entry<Long, List<Integer>> entry : cells.entrySet()) {
				int cx = (int) (entry.getKey() >> 32);
				int cy = (int) (long) entry.getKey();
				if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
					entry.getValue().forEach(found::set);
				}
			}
		} else {
			for (int cx = x0; cx <= x1; cx++) {
				for (int cy = y0; cy <= y1; cy++) {
					List<Integer> cell = cells.get(key(cx, cy));
					if (cell != null) {
						cell.forEach(found::set);
					}
				}
			}
		}
		List<Figure> result = new ArrayList<>(found.cardinality());
		for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
			Figure figure = figures.get(i);
			if (figure.extent().intersects(area) || touches(figure.extent(), area)) {
				result.add(figure);
			}
		}
		return result;
	}

	/** The topmost figure under the point, or null. */
	public Figure at(double x, double y, double tolerance) {
		List<Integer> cell = cells.get(key(cell(x), cell(y)));
		if (cell == null) {
			return null;
		}
		for (int i = cell.size() - 1; i >= 0; i--) {
			Figure figure = figures.get(cell.get(i));
			if (figure.hits(x, y, tolerance)) {
				return figure;
			}
		}
		return null;
	}

	private static boolean touches(Bounds a, Bounds b) {
		// A zero-width extent (a vertical edge) or a point query still counts when it lies on the area.
		return a.x() <= b.right() && b.x() <= a.right() && a.y() <= b.bottom() && b.y() <= a.bottom();
	}

	private int cell(double coordinate) {
		return (int) Math.floor(coordinate / cellSize);
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) | (cy & 0xffffffffL);
	}
}
