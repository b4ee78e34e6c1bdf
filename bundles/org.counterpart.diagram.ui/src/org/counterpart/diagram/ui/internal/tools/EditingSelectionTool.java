package org.counterpart.diagram.ui.internal.tools;

import java.util.List;

import org.counterpart.diagram.spec.ReconnectEnd;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.SelectionTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * Selecting, with the editing gestures of the spec's tools on top: Delete deletes the selection, F2 or a slow second
 * click on a selected node edits its label in place, a double click opens the object's form, and dragging an end
 * handle of a selected edge to another node reconnects it (green outline where it may go, red and the forbidden
 * cursor where not).
 */
final class EditingSelectionTool extends SelectionTool {
	/** How near the end of a selected edge a press must be to grab it, in screen pixels. */
	static final int HANDLE = 6;

	private final DiagramTools tools;
	private final LabelEditor labels;
	private EdgeFigure reconnecting;
	private ReconnectEnd reconnectEnd;
	private NodeFigure hovered;
	private int pointerX;
	private int pointerY;
	/** The node a slow second click is on: its label opens for editing unless a double click follows. */
	private NodeFigure slowClick;
	private int pressX;
	private int pressY;

	EditingSelectionTool(DiagramTools tools, LabelEditor labels) {
		this.tools = tools;
		this.labels = labels;
	}

	@Override
	public void deactivated(DiagramViewer viewer) {
		super.deactivated(viewer);
		reconnecting = null;
		slowClick = null;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, Event event) {
		slowClick = null;
		if (event.button == 1 && event.stateMask == 0 && startReconnect(viewer, event)) {
			return;
		}
		List<Figure> before = viewer.getSelectedFigures();
		Figure hit = event.button == 1 ? viewer.figureAt(event.x, event.y) : null;
		if (hit instanceof NodeFigure node && event.stateMask == 0 && event.count == 1 && before.size() == 1 && before.get(0) == node
				&& tools.directEditTool(node).isPresent()) {
			slowClick = node;
			pressX = event.x;
			pressY = event.y;
		}
		super.mouseDown(viewer, event);
	}

	private boolean startReconnect(DiagramViewer viewer, Event event) {
		List<Figure> selected = viewer.getSelectedFigures();
		if (selected.size() != 1 || !(selected.get(0) instanceof EdgeFigure edge)) {
			return false;
		}
		double[] points = edge.points();
		Viewport viewport = viewer.getViewport();
		int sourceX = viewport.toScreenX(points[0]);
		int sourceY = viewport.toScreenY(points[1]);
		int targetX = viewport.toScreenX(points[points.length - 2]);
		int targetY = viewport.toScreenY(points[points.length - 1]);
		ReconnectEnd end = null;
		if (Math.abs(event.x - targetX) <= HANDLE && Math.abs(event.y - targetY) <= HANDLE) {
			end = ReconnectEnd.TARGET;
		} else if (Math.abs(event.x - sourceX) <= HANDLE && Math.abs(event.y - sourceY) <= HANDLE) {
			end = ReconnectEnd.SOURCE;
		}
		if (end == null || tools.reconnectTool(edge, end).isEmpty()) {
			return false;
		}
		reconnecting = edge;
		reconnectEnd = end;
		pointerX = event.x;
		pointerY = event.y;
		return true;
	}

	@Override
	public void mouseMove(DiagramViewer viewer, Event event) {
		if (reconnecting == null) {
			if (slowClick != null && (Math.abs(event.x - pressX) > 3 || Math.abs(event.y - pressY) > 3)) {
				slowClick = null; // a drag, not a click
			}
			super.mouseMove(viewer, event);
			return;
		}
		pointerX = event.x;
		pointerY = event.y;
		NodeFigure hit = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
		hovered = hit;
		viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(
				hit == null ? SWT.CURSOR_CROSS : tools.canReconnect(reconnecting, reconnectEnd, hit) ? SWT.CURSOR_HAND : SWT.CURSOR_NO));
		viewer.getControl().redraw();
	}

	@Override
	public void mouseUp(DiagramViewer viewer, Event event) {
		if (reconnecting != null) {
			EdgeFigure edge = reconnecting;
			reconnecting = null;
			hovered = null;
			viewer.getControl().setCursor(null);
			viewer.getControl().redraw();
			NodeFigure to = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
			NodeFigure current = reconnectEnd == ReconnectEnd.SOURCE ? edge.source() : edge.target();
			if (to != null && to != current) {
				tools.reconnect(edge, reconnectEnd, to);
			}
			return;
		}
		super.mouseUp(viewer, event);
		NodeFigure candidate = slowClick;
		if (candidate != null) {
			// wait out a double click, which opens the form instead
			viewer.getControl().getDisplay().timerExec(viewer.getControl().getDisplay().getDoubleClickTime(), () -> {
				// not when the field opened meanwhile (F2), which would be replaced under the user's typing
				if (slowClick == candidate && !viewer.getControl().isDisposed() && labels.field() == null) {
					slowClick = null;
					labels.edit(candidate);
				}
			});
		}
	}

	@Override
	public void mouseDoubleClick(DiagramViewer viewer, Event event) {
		slowClick = null;
		if (event.button == 1 && viewer.figureAt(event.x, event.y) instanceof Figure figure) {
			tools.open(figure);
		}
	}

	@Override
	public boolean keyDown(DiagramViewer viewer, Event event) {
		if (event.keyCode == SWT.DEL || event.character == SWT.DEL) {
			tools.deleteSelection();
			return true;
		}
		if (event.keyCode == SWT.F2) {
			if (viewer.getFocusFigure() instanceof NodeFigure node) {
				labels.edit(node);
			}
			return true;
		}
		return false;
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, GC gc) {
		super.paintFeedback(viewer, gc);
		if (reconnecting == null) {
			return;
		}
		NodeFigure fixed = reconnectEnd == ReconnectEnd.SOURCE ? reconnecting.target() : reconnecting.source();
		Rectangle from = ScenePainter.screenBounds(fixed.bounds(), viewer.getViewport());
		gc.setAntialias(SWT.ON);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(from.x + from.width / 2, from.y + from.height / 2, pointerX, pointerY);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (hovered != null && hovered != fixed) {
			boolean valid = tools.canReconnect(reconnecting, reconnectEnd, hovered);
			Rectangle to = ScenePainter.screenBounds(hovered.bounds(), viewer.getViewport());
			gc.setForeground(gc.getDevice().getSystemColor(valid ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			gc.setLineWidth(3);
			gc.drawRectangle(to.x - 4, to.y - 4, to.width + 8, to.height + 8);
		}
	}
}
