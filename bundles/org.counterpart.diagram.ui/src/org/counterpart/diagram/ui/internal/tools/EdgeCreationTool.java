package org.counterpart.diagram.ui.internal.tools;

import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.ViewerTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * The palette's edge tool while it is chosen: press on a source node, drag to a target and release. While dragging,
 * a node the edge may end at is outlined in green, one it may not in red with the forbidden cursor. Releasing on a
 * valid target creates the edge; elsewhere nothing is created. Then the viewer goes back to selecting.
 */
final class EdgeCreationTool implements ViewerTool {
	private final CreateEdgeTool tool;
	private final DiagramTools tools;
	private final Runnable finished;
	private NodeFigure source;
	private NodeFigure hovered;
	private int pointerX;
	private int pointerY;

	EdgeCreationTool(CreateEdgeTool tool, DiagramTools tools, Runnable finished) {
		this.tool = tool;
		this.tools = tools;
		this.finished = finished;
	}

	CreateEdgeTool tool() {
		return tool;
	}

	@Override
	public void activated(DiagramViewer viewer) {
		cursor(viewer, SWT.CURSOR_CROSS);
	}

	@Override
	public void deactivated(DiagramViewer viewer) {
		source = null;
		hovered = null;
		viewer.getControl().setCursor(null);
		finished.run();
	}

	@Override
	public void mouseDown(DiagramViewer viewer, Event event) {
		if (event.button != 1) {
			return;
		}
		NodeFigure hit = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
		if (hit == null || !tools.canConnect(tool, hit, null)) {
			cursor(viewer, SWT.CURSOR_NO);
			return;
		}
		source = hit;
		pointerX = event.x;
		pointerY = event.y;
		viewer.getControl().redraw();
	}

	@Override
	public void mouseMove(DiagramViewer viewer, Event event) {
		pointerX = event.x;
		pointerY = event.y;
		NodeFigure hit = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
		if (source == null) {
			cursor(viewer, hit == null || tools.canConnect(tool, hit, null) ? SWT.CURSOR_CROSS : SWT.CURSOR_NO);
			return;
		}
		hovered = hit == source ? null : hit;
		cursor(viewer, hovered == null ? SWT.CURSOR_CROSS : tools.canConnect(tool, source, hovered) ? SWT.CURSOR_HAND : SWT.CURSOR_NO);
		viewer.getControl().redraw();
	}

	@Override
	public void mouseUp(DiagramViewer viewer, Event event) {
		if (source == null || event.button != 1) {
			return;
		}
		NodeFigure from = source;
		NodeFigure to = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
		source = null;
		hovered = null;
		viewer.getControl().redraw();
		if (to == null || to == from) {
			return; // released on nothing: the tool stays chosen for another try
		}
		if (tools.canConnect(tool, from, to)) {
			viewer.setTool(null);
			tools.createEdge(tool, from, to);
		} else {
			tools.createEdge(tool, from, to); // refused, and says so; the tool stays chosen
			cursor(viewer, SWT.CURSOR_CROSS);
		}
	}

	/** The node the edge would end at now, while dragging (for tests). */
	NodeFigure hovered() {
		return hovered;
	}

	NodeFigure source() {
		return source;
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, GC gc) {
		if (source == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		Rectangle from = ScenePainter.screenBounds(source.bounds(), viewer.getViewport());
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(from.x + from.width / 2, from.y + from.height / 2, pointerX, pointerY);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (hovered != null) {
			boolean valid = tools.canConnect(tool, source, hovered);
			Rectangle to = ScenePainter.screenBounds(hovered.bounds(), viewer.getViewport());
			gc.setForeground(gc.getDevice().getSystemColor(valid ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			gc.setLineWidth(3);
			gc.drawRectangle(to.x - 4, to.y - 4, to.width + 8, to.height + 8);
		}
	}

	private static void cursor(DiagramViewer viewer, int kind) {
		Cursor cursor = viewer.getControl().getDisplay().getSystemCursor(kind);
		if (viewer.getControl().getCursor() != cursor) {
			viewer.getControl().setCursor(cursor);
		}
	}
}
