package org.counterpart.diagram.ui.tests;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.DiagramEditorInput;
import org.counterpart.diagram.ui.internal.DiagramSpecs;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.model.Theater;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;

/**
 * The workbench as the diagram editor's tests find it: the Field perspective with the demo workspace in the explorer,
 * and the shipped diagrams opened on the Theater at 100 % with their top-left corner in view.
 */
final class DiagramTestWorkbench {

	final Display display;
	final IWorkbenchPage page;
	final WorkspaceEditingSession session;
	final Theater theater;

	private DiagramTestWorkbench(Display display, IWorkbenchPage page, WorkspaceEditingSession session) {
		this.display = display;
		this.page = page;
		this.session = session;
		this.theater = session.getTheater();
	}

	/** Shows the Field perspective with no editor open, once the explorer shows the workspace. */
	static DiagramTestWorkbench open() throws WorkbenchException {
		Display display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		page.closeAllEditors(false);
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		EventLoop.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
		page.getWorkbenchWindow().getShell().forceActive();
		return new DiagramTestWorkbench(display, page, WorkspaceEditingSession.getDefault());
	}

	CommandStack stack() {
		return session.getEditingDomain().getCommandStack();
	}

	/** Opens {@code representation} on the Theater, maximized, at 100 %, with the diagram's top-left corner in view. */
	DiagramEditor openDiagram(String representation) throws Exception {
		var spec = DiagramSpecs.registry().all().stream()
				.filter(candidate -> candidate.spec().getLabel().equals(representation)).findFirst().orElseThrow();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new DiagramEditorInput(spec, theater), DiagramEditor.ID);
		EventLoop.spinUntil(display, () -> editor.getViewer().getPaints() > 0, "the diagram paints");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		DiagramViewer viewer = editor.getViewer();
		viewer.setZoom(1, 0, 0);
		Bounds extent = viewer.getScene().extent();
		viewer.setOrigin(extent.x() - 20, extent.y() - 20);
		EventLoop.flush(display);
		return editor;
	}

	/** Closes what a test left open: its dialogs (a failed test may leave one) and every editor, unsaved. */
	void closeDialogsAndEditors() {
		for (Shell shell : display.getShells()) {
			if (shell != page.getWorkbenchWindow().getShell() && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		page.closeAllEditors(false);
	}
}
