package org.counterpart.diagram.internal.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement.Bounds;

/**
 * The rectangles already placed at one level of a diagram, and where a new one fits without touching them: the free
 * spot nearest to where it should go, found on growing rings around that place. A grid of buckets keeps the checks
 * local, so placing a few nodes among thousands stays cheap.
 */
public final class FreeSpace {
	private static final double CELL = 200;

	private final double spacing;
	private final Map<Long, List<Bounds>> cells = new HashMap<>();
	private final List<Bounds> all = new ArrayList<>();

	public FreeSpace(double spacing, Collection<Bounds> placed) {
		this.spacing = spacing;
		placed.forEach(this::add);
	}

	public void add(Bounds bounds) {
		all.add(bounds);
		forCells(bounds, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(bounds));
	}

	public boolean isEmpty() {
		return all.isEmpty();
	}

	/** The bounding box of everything placed, or null. */
	public Bounds extent() {
		if (all.isEmpty()) {
			return null;
		}
		double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Bounds b : all) {
			x0 = Math.min(x0, b.x());
			y0 = Math.min(y0, b.y());
			x1 = Math.max(x1, b.right());
			y1 = Math.max(y1, b.bottom());
		}
		return new Bounds(x0, y0, x1 - x0, y1 - y0);
	}

	/** Whether a rectangle there would come closer than the spacing to a placed one. */
	public boolean collides(Bounds candidate) {
		Bounds grown = new Bounds(candidate.x() - spacing, candidate.y() - spacing, candidate.width() + 2 * spacing, candidate.height() + 2 * spacing);
		boolean[] hit = { false };
		forCells(grown, key -> {
			if (!hit[0]) {
				for (Bounds b : cells.getOrDefault(key, List.of())) {
					if (b.intersects(grown)) {
						hit[0] = true;
						return;
					}
				}
			}
		});
		return hit[0];
	}

	/**
	 * The free place for a {@code width} x {@code height} rectangle nearest to having its centre at ({@code cx}, {@code cy}),
	 * not above or left of {@code minX}/{@code minY}; it is not added.
	 */
	public Bounds nearestFree(double cx, double cy, double width, double height, double minX, double minY) {
		double step = Math.max(10, spacing);
		for (int ring = 0; ring < 10_000; ring++) {
			double best = Double.MAX_VALUE;
			Bounds found = null;
			int side = ring * 2;
			for (int i = 0; i <= Math.max(0, side * 4 - 1); i++) {
				int dx;
				int dy;
				if (ring == 0) {
					dx = 0;
					dy = 0;
				} else if (i < side) {
					dx = -ring + i;
					dy = -ring;
				} else if (i < 2 * side) {
					dx = ring;
					dy = -ring + (i - side);
				} else if (i < 3 * side) {
					dx = ring - (i - 2 * side);
					dy = ring;
				} else {
					dx = -ring;
					dy = ring - (i - 3 * side);
				}
				double x = Math.max(minX, cx - width / 2 + dx * step);
				double y = Math.max(minY, cy - height / 2 + dy * step);
				Bounds candidate = new Bounds(x, y, width, height);
				if (!collides(candidate)) {
					double distance = Math.hypot(x + width / 2 - cx, y + height / 2 - cy);
					if (distance < best) {
						best = distance;
						found = candidate;
					}
				}
			}
			if (found != null) {
				return found;
			}
		}
		Bounds extent = extent();
		return new Bounds(extent.right() + spacing, extent.y(), width, height);
	}

	private void forCells(Bounds b, java.util.function.LongConsumer action) {
		long x0 = (long)Math.floor(b.x() / CELL), x1 = (long)Math.floor(b.right() / CELL);
		long y0 = (long)Math.floor(b.y() / CELL), y1 = (long)Math.floor(b.bottom() / CELL);
		for (long x = x0; x <= x1; x++) {
			for (long y = y0; y <= y1; y++) {
				action.accept((x << 32) ^ (y & 0xffffffffL));
			}
		}
	}

	/**
	 * Moves overlapping rectangles apart (pushing each pair along the axis where they overlap least), keeping those
	 * marked fixed where they are; what still overlaps after that goes to the nearest free spot.
	 */
	public static Bounds[] removeOverlaps(Bounds[] rects, boolean[] fixed, double spacing) {
		Bounds[] result = rects.clone();
		int n = result.length;
		Integer[] order = new Integer[n];
		for (int round = 0; round < 60; round++) {
			boolean moved = false;
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			final Bounds[] current = result;
			java.util.Arrays.sort(order, (a, b) -> Double.compare(current[a].x(), current[b].x()));
			for (int a = 0; a < n; a++) {
				int i = order[a];
				for (int b = a + 1; b < n; b++) {
					int j = order[b];
					if (result[j].x() >= result[i].right() + spacing) {
						break;
					}
					Bounds p = result[i];
					Bounds q = result[j];
					double ox = Math.min(p.right(), q.right()) - Math.max(p.x(), q.x()) + spacing;
					double oy = Math.min(p.bottom(), q.bottom()) - Math.max(p.y(), q.y()) + spacing;
					if (ox <= 0 || oy <= 0 || (fixed[i] && fixed[j])) {
						continue;
					}
					double share = fixed[i] || fixed[j] ? 1 : 0.5;
					if (ox < oy) {
						double d = ox * share + 0.5;
						double dir = p.x() + p.width() / 2 <= q.x() + q.width() / 2 ? 1 : -1;
						if (!fixed[i]) {
							result[i] = p.translated(-dir * d, 0);
						}
						if (!fixed[j]) {
							result[j] = q.translated(dir * d, 0);
						}
					} else {
						double d = oy * share + 0.5;
						double dir = p.y() + p.height() / 2 <= q.y() + q.height() / 2 ? 1 : -1;
						if (!fixed[i]) {
							result[i] = p.translated(0, -dir * d);
						}
						if (!fixed[j]) {
							result[j] = q.translated(0, dir * d);
						}
					}
					moved = true;
				}
			}
			if (!moved) {
				return result;
			}
		}
		// Whatever the pushing did not settle: keep the first of each clash, move the other to a free spot.
		FreeSpace space = new FreeSpace(spacing / 2, List.of());
		List<Integer> later = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (fixed[i]) {
				space.add(result[i]);
			}
		}
		for (int i = 0; i < n; i++) {
			if (!fixed[i]) {
				if (space.collides(result[i])) {
					later.add(i);
				} else {
					space.add(result[i]);
				}
			}
		}
		for (int i : later) {
			Bounds b = result[i];
			result[i] = space.nearestFree(b.x() + b.width() / 2, b.y() + b.height() / 2, b.width(), b.height(), -Double.MAX_VALUE, -Double.MAX_VALUE);
			space.add(result[i]);
		}
		return result;
	}
}
