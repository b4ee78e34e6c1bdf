package org.counterpart.diagram.ui.internal;

import java.util.List;

import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Alt+arrow keys move the selected nodes of a diagram by {@value #STEP} units, one command "Move" a press. They are
 * key bindings of the diagram editor's context rather than keys the canvas reads, because the workbench binds
 * Alt+Left and Alt+Right to its navigation history before a widget sees them.
 */
final class NudgeHandlers {
	/** How far one press moves, in diagram units. */
	static final double STEP = 10;
	static final String PREFIX = "org.counterpart.diagram.ui.nudge"; //$NON-NLS-1$

	private final DiagramEditor editor;

	NudgeHandlers(DiagramEditor editor) {
		this.editor = editor;
	}

	/** Activates the handlers while the editor is the active part (the site's service scopes them). */
	void activate(IWorkbenchPartSite site) {
		IHandlerService handlers = site.getService(IHandlerService.class);
		if (handlers == null) {
			return;
		}
		handlers.activateHandler(PREFIX + "Left", handler(-STEP, 0)); //$NON-NLS-1$
		handlers.activateHandler(PREFIX + "Right", handler(STEP, 0)); //$NON-NLS-1$
		handlers.activateHandler(PREFIX + "Up", handler(0, -STEP)); //$NON-NLS-1$
		handlers.activateHandler(PREFIX + "Down", handler(0, STEP)); //$NON-NLS-1$
	}

	private AbstractHandler handler(double dx, double dy) {
		return new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				List<NodeFigure> nodes = editor.getViewer().getSelectedFigures().stream().filter(NodeFigure.class::isInstance)
						.map(NodeFigure.class::cast).toList();
				editor.moveNodes(nodes, dx, dy);
				return null;
			}
		};
	}
}
