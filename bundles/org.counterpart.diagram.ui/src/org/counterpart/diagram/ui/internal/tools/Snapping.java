package org.counterpart.diagram.ui.internal.tools;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.layout.Arrangement.Bounds;

/**
 * Where a node being dragged snaps: its left edge, centre or right edge to the nearest left edge, centre or right edge
 * of another node within a tolerance, and likewise its top, middle and bottom; each axis on its own. The guides are the
 * lines it aligned on, drawn while dragging from the moved node to the node it aligned with. Plain geometry in diagram
 * units, so that it can be checked without a screen.
 */
final class Snapping {
	/** How near, in screen pixels, an edge or centre must come to another's to snap to it. */
	static final int TOLERANCE = 6;

	/** A line the dragged node aligned on: vertical at {@code at} from {@code from} to {@code to} (or horizontal). */
	record Guide(boolean vertical, double at, double from, double to) {
	}

	/** The distance to move by after snapping, and the guides it aligned on (none when nothing was near). */
	record Result(double dx, double dy, List<Guide> guides) {
	}

	private Snapping() {
	}

	/**
	 * Snaps a move of {@code moving} by ({@code dx}, {@code dy}) to the edges and centres of {@code others}.
	 *
	 * @param tolerance how near counts, in diagram units
	 */
	static Result snap(Bounds moving, double dx, double dy, List<Bounds> others, double tolerance) {
		Bounds moved = moving.translated(dx, dy);
		double[] xs = { moved.x(), moved.x() + moved.width() / 2, moved.right() };
		double[] ys = { moved.y(), moved.y() + moved.height() / 2, moved.bottom() };
		double bestX = Double.NaN;
		double bestY = Double.NaN;
		double nearestX = tolerance;
		double nearestY = tolerance;
		for (Bounds other : others) {
			double[] oxs = { other.x(), other.x() + other.width() / 2, other.right() };
			double[] oys = { other.y(), other.y() + other.height() / 2, other.bottom() };
			for (double x : xs) {
				for (double ox : oxs) {
					if (Math.abs(ox - x) <= nearestX) {
						nearestX = Math.abs(ox - x);
						bestX = ox - x;
					}
				}
			}
			for (double y : ys) {
				for (double oy : oys) {
					if (Math.abs(oy - y) <= nearestY) {
						nearestY = Math.abs(oy - y);
						bestY = oy - y;
					}
				}
			}
		}
		double snappedDx = Double.isNaN(bestX) ? dx : dx + bestX;
		double snappedDy = Double.isNaN(bestY) ? dy : dy + bestY;
		Bounds snapped = moving.translated(snappedDx, snappedDy);
		List<Guide> guides = new ArrayList<>();
		if (!Double.isNaN(bestX)) {
			guides.addAll(guides(true, snapped, others));
		}
		if (!Double.isNaN(bestY)) {
			guides.addAll(guides(false, snapped, others));
		}
		return new Result(snappedDx, snappedDy, guides);
	}

	/** The lines on which {@code snapped} now lines up with others, each spanning both nodes. */
	private static List<Guide> guides(boolean vertical, Bounds snapped, List<Bounds> others) {
		double[] lines = vertical ? new double[] { snapped.x(), snapped.x() + snapped.width() / 2, snapped.right() }
				: new double[] { snapped.y(), snapped.y() + snapped.height() / 2, snapped.bottom() };
		List<Guide> guides = new ArrayList<>();
		for (double line : lines) {
			double from = Double.NaN;
			double to = Double.NaN;
			for (Bounds other : others) {
				double[] theirs = vertical ? new double[] { other.x(), other.x() + other.width() / 2, other.right() }
						: new double[] { other.y(), other.y() + other.height() / 2, other.bottom() };
				for (double their : theirs) {
					if (Math.abs(their - line) < 0.01) {
						// one line per alignment, long enough to reach every node on it
						double start = vertical ? Math.min(snapped.y(), other.y()) : Math.min(snapped.x(), other.x());
						double end = vertical ? Math.max(snapped.bottom(), other.bottom()) : Math.max(snapped.right(), other.right());
						from = Double.isNaN(from) ? start : Math.min(from, start);
						to = Double.isNaN(to) ? end : Math.max(to, end);
					}
				}
			}
			if (!Double.isNaN(from)) {
				guides.add(new Guide(vertical, line, from, to));
			}
		}
		return guides;
	}
}
