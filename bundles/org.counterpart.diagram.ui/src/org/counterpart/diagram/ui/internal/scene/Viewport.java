package org.counterpart.diagram.ui.internal.scene;

import org.counterpart.diagram.layout.Arrangement.Bounds;

/**
 * Which part of the diagram plane a canvas shows: the diagram point at the canvas's top-left corner and the zoom
 * (1 is 100 %: a diagram unit is a point of the screen).
 */
public record Viewport(double originX, double originY, double zoom) {

	public Viewport {
		if (!(zoom > 0) || !Double.isFinite(originX) || !Double.isFinite(originY)) {
			throw new IllegalArgumentException("Not a viewport: " + originX + "," + originY + " at " + zoom);
		}
	}

	public int toScreenX(double x) {
		return (int) Math.round((x - originX) * zoom);
	}

	public int toScreenY(double y) {
		return (int) Math.round((y - originY) * zoom);
	}

	public double toDiagramX(double screenX) {
		return originX + screenX / zoom;
	}

	public double toDiagramY(double screenY) {
		return originY + screenY / zoom;
	}

	/** The diagram area a screen rectangle shows. */
	public Bounds toDiagram(int x, int y, int width, int height) {
		return new Bounds(toDiagramX(x), toDiagramY(y), Math.max(0, width) / zoom, Math.max(0, height) / zoom);
	}

	/** The screen rectangle of a diagram area, as x, y, width, height. */
	public int[] toScreen(Bounds bounds) {
		int x = toScreenX(bounds.x());
		int y = toScreenY(bounds.y());
		return new int[] { x, y, toScreenX(bounds.right()) - x, toScreenY(bounds.bottom()) - y };
	}
}
