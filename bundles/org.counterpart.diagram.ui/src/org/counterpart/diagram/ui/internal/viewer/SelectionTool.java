package org.counterpart.diagram.ui.internal.viewer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * The viewer's default tool: a click selects (Ctrl toggles, Shift adds), a drag from empty space draws a rubber band
 * that selects the nodes wholly inside it.
 */
public class SelectionTool implements ViewerTool {
	private Rectangle rubberBand;

	@Override
	public void deactivated(DiagramViewer viewer) {
		rubberBand = null;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, Event event) {
		if (event.button != 1) {
			return;
		}
		Figure hit = viewer.figureAt(event.x, event.y);
		boolean toggle = (event.stateMask & SWT.MOD1) != 0;
		boolean add = (event.stateMask & SWT.SHIFT) != 0;
		if (hit == null) {
			rubberBand = new Rectangle(event.x, event.y, 0, 0);
			return;
		}
		Set<Figure> selected = new LinkedHashSet<>(viewer.getSelectedFigures());
		Figure focus = hit;
		if (toggle && selected.contains(hit)) {
			selected.remove(hit);
			focus = selected.isEmpty() ? null : selected.iterator().next();
		} else if (toggle || add) {
			selected.add(hit);
		} else {
			selected.clear();
			selected.add(hit);
		}
		viewer.select(List.copyOf(selected), focus);
	}

	@Override
	public void mouseMove(DiagramViewer viewer, Event event) {
		if (rubberBand != null) {
			rubberBand.width = event.x - rubberBand.x;
			rubberBand.height = event.y - rubberBand.y;
			viewer.getControl().redraw();
		}
	}

	@Override
	public void mouseUp(DiagramViewer viewer, Event event) {
		if (rubberBand == null) {
			return;
		}
		Rectangle band = normalized(rubberBand);
		rubberBand = null;
		boolean keep = (event.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		Bounds area = viewer.getViewport().toDiagram(band.x, band.y, band.width, band.height);
		List<Figure> inside = new ArrayList<>();
		for (Figure figure : viewer.getScene().figuresIn(area)) {
			if (figure instanceof NodeFigure node && area.contains(node.bounds())) {
				inside.add(node);
			}
		}
		Set<Figure> selected = new LinkedHashSet<>(keep ? viewer.getSelectedFigures() : List.of());
		selected.addAll(inside);
		Figure focus = inside.isEmpty() ? (selected.isEmpty() ? null : viewer.getFocusFigure()) : inside.get(0);
		viewer.select(List.copyOf(selected), focus);
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, GC gc) {
		if (rubberBand != null) {
			Rectangle band = normalized(rubberBand);
			gc.setAlpha(40);
			gc.fillRectangle(band);
			gc.setAlpha(255);
			gc.setLineWidth(1);
			gc.drawRectangle(band);
		}
	}

	/** Whether a gesture of this tool is under way (the viewer repaints rather than scrolls then). */
	public boolean isDragging() {
		return rubberBand != null;
	}

	static Rectangle normalized(Rectangle r) {
		return new Rectangle(Math.min(r.x, r.x + r.width), Math.min(r.y, r.y + r.height), Math.abs(r.width), Math.abs(r.height));
	}
}
