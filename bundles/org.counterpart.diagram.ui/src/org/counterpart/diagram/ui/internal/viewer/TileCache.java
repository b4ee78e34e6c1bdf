package org.counterpart.diagram.ui.internal.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * The diagram as painted at the current zoom, kept in square tiles of {@value #TILE} pixels on a grid fixed to the
 * diagram. A paint copies the tiles the canvas shows and paints only the ones it has not got yet, so a pan costs the
 * copies plus the tiles that come into view; between frames {@link #prefetch} paints the ring of tiles around the
 * view, one at a time, so that a pan seldom has to paint any. (The window system repaints the whole canvas on every
 * change: GTK 3 does not scroll a window's pixels, so without this every frame would draw every visible figure.)
 * <p>
 * Only what the scene shows goes in here; the selection and a tool's feedback are drawn over it on each paint, so
 * they change without touching the tiles. Whatever changes the scene must {@link #invalidate()} it; a new zoom drops
 * the tiles by itself.
 */
final class TileCache {
	/** A tile's side in pixels. */
	static final int TILE = 256;

	/** Paints the diagram as {@code viewport} shows it into the screen rectangle {@code area} of {@code gc}. */
	interface TilePainter {
		/** @return how many figures were painted */
		int paint(GC gc, Viewport viewport, Rectangle area);
	}

	private record Tile(long column, long row) {
	}

	private final Display display;
	/** Least recently shown first. */
	private final LinkedHashMap<Tile, Image> tiles = new LinkedHashMap<>(64, 0.75f, true);
	/** How many figures each kept tile holds. */
	private final Map<Tile, Integer> figuresOfTiles = new HashMap<>();
	private int lastShown;
	private double zoom = -1;
	private int capacity = 64;

	TileCache(Display display) {
		this.display = display;
	}

	/** Forgets every tile, so that the next paint draws what it shows again. */
	void invalidate() {
		tiles.values().forEach(Image::dispose);
		tiles.clear();
		figuresOfTiles.clear();
	}

	/**
	 * Copies the part {@code area} of the view {@code viewport} gives on a canvas of {@code width} by {@code height}
	 * onto {@code target}, painting the tiles it lacks.
	 *
	 * @return how many figures had to be painted into new tiles, or -1 if every tile was there
	 */
	int paint(GC target, Rectangle area, Viewport viewport, int width, int height, TilePainter painter) {
		if (width <= 0 || height <= 0 || area.isEmpty()) {
			return -1;
		}
		if (viewport.zoom() != zoom) {
			invalidate();
			zoom = viewport.zoom();
		}
		// the view and a ring of tiles around it, twice over, so that panning back and forth keeps its tiles
		capacity = Math.max(capacity, 2 * (width / TILE + 4) * (height / TILE + 4));
		long left = left(viewport);
		long top = top(viewport);
		int figures = -1;
		int shown = 0;
		for (long row = Math.floorDiv(top + area.y, TILE); row <= Math.floorDiv(top + area.y + area.height - 1, TILE); row++) {
			for (long column = Math.floorDiv(left + area.x, TILE); column <= Math.floorDiv(left + area.x + area.width - 1, TILE); column++) {
				Tile key = new Tile(column, row);
				Image image = tiles.get(key);
				if (image == null) {
					int[] painted = { 0 };
					image = render(key, painter, painted);
					figures = Math.max(0, figures) + painted[0];
				}
				shown += figuresOfTiles.getOrDefault(key, 0);
				target.drawImage(image, (int) (column * TILE - left), (int) (row * TILE - top));
			}
		}
		lastShown = shown;
		evict();
		return figures;
	}

	/**
	 * How many figures the tiles of the last paint hold, whether painted then or kept from before (a figure across
	 * two tiles counts twice).
	 */
	int lastShown() {
		return lastShown;
	}

	/**
	 * Paints one tile of the ring around the view that is not there yet, the nearest to the view's centre first.
	 *
	 * @return whether tiles of the ring are still missing
	 */
	boolean prefetch(Viewport viewport, int width, int height, TilePainter painter) {
		if (width <= 0 || height <= 0 || viewport.zoom() != zoom) {
			return false;
		}
		List<Tile> missing = missingAround(viewport, width, height);
		if (missing.isEmpty()) {
			return false;
		}
		render(missing.get(0), painter, new int[1]);
		evict();
		return missing.size() > 1;
	}

	private List<Tile> missingAround(Viewport viewport, int width, int height) {
		long left = left(viewport);
		long top = top(viewport);
		long firstColumn = Math.floorDiv(left, TILE) - 1;
		long lastColumn = Math.floorDiv(left + width - 1, TILE) + 1;
		long firstRow = Math.floorDiv(top, TILE) - 1;
		long lastRow = Math.floorDiv(top + height - 1, TILE) + 1;
		List<Tile> missing = new ArrayList<>();
		for (long row = firstRow; row <= lastRow; row++) {
			for (long column = firstColumn; column <= lastColumn; column++) {
				Tile key = new Tile(column, row);
				if (!tiles.containsKey(key)) {
					missing.add(key);
				}
			}
		}
		double centreX = left + width / 2.0;
		double centreY = top + height / 2.0;
		missing.sort(Comparator.comparingDouble(
				tile -> Math.hypot((tile.column() + 0.5) * TILE - centreX, (tile.row() + 0.5) * TILE - centreY)));
		return missing;
	}

	private Image render(Tile key, TilePainter painter, int[] figures) {
		Image image = new Image(display, TILE, TILE);
		GC gc = new GC(image);
		try {
			Viewport tileView = new Viewport(key.column() * TILE / zoom, key.row() * TILE / zoom, zoom);
			figures[0] = painter.paint(gc, tileView, new Rectangle(0, 0, TILE, TILE));
		} finally {
			gc.dispose();
		}
		tiles.put(key, image);
		figuresOfTiles.put(key, figures[0]);
		return image;
	}

	private void evict() {
		Iterator<Map.Entry<Tile, Image>> oldest = tiles.entrySet().iterator();
		while (tiles.size() > capacity && oldest.hasNext()) {
			Map.Entry<Tile, Image> entry = oldest.next();
			entry.getValue().dispose();
			figuresOfTiles.remove(entry.getKey());
			oldest.remove();
		}
	}

	/** The view's left edge in pixels of the zoomed diagram, where tile column 0 starts at the diagram's x = 0. */
	private static long left(Viewport viewport) {
		return Math.round(viewport.originX() * viewport.zoom());
	}

	private static long top(Viewport viewport) {
		return Math.round(viewport.originY() * viewport.zoom());
	}

	/** How many tiles are kept (for tests). */
	int tileCount() {
		return tiles.size();
	}

	void dispose() {
		invalidate();
	}
}
