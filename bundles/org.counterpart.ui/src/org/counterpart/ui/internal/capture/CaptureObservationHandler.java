package org.counterpart.ui.internal.capture;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens {@link CaptureObservationDialog} over the active window (key binding Ctrl+Shift+O, File menu, tool bar).
 */
public class CaptureObservationHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (session.getTheater() == null) {
			MessageDialog.openInformation(shell, Messages.Capture_notOpenTitle, Messages.Capture_noWorkspace);
			return null;
		}
		new CaptureObservationDialog(shell, session).open();
		return null;
	}
}
