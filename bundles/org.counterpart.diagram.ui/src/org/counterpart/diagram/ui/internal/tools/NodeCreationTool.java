package org.counterpart.diagram.ui.internal.tools;

import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.ViewerTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The palette's node tool while it is chosen: a click creates the tool's object where it was made (into the node
 * clicked, or the diagram), then the viewer goes back to selecting.
 */
final class NodeCreationTool implements ViewerTool {
	private final CreateNodeTool tool;
	private final DiagramTools tools;
	private final Runnable finished;

	NodeCreationTool(CreateNodeTool tool, DiagramTools tools, Runnable finished) {
		this.tool = tool;
		this.tools = tools;
		this.finished = finished;
	}

	CreateNodeTool tool() {
		return tool;
	}

	@Override
	public void activated(DiagramViewer viewer) {
		viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
	}

	@Override
	public void deactivated(DiagramViewer viewer) {
		viewer.getControl().setCursor(null);
		finished.run();
	}

	@Override
	public void mouseMove(DiagramViewer viewer, Event event) {
		viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
	}

	@Override
	public void mouseDown(DiagramViewer viewer, Event event) {
		if (event.button != 1) {
			return;
		}
		Figure hit = viewer.figureAt(event.x, event.y);
		Viewport viewport = viewer.getViewport();
		double x = viewport.toDiagramX(event.x);
		double y = viewport.toDiagramY(event.y);
		viewer.setTool(null);
		tools.createNode(tool, hit instanceof NodeFigure node ? node : null, x, y);
	}
}
