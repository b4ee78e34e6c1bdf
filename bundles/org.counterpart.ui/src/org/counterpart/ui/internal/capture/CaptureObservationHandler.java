package org.counterpart.ui.internal.capture;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens {@link CaptureObservationDialog} over the active window (key binding Ctrl+Shift+O, File menu, tool bar).
 * <p>
 * Capture has to be quick to call up, and building its many widgets is most of the time it takes to appear. So once
 * a capture is over, the next dialog is built, hidden and empty, a moment later while the officer is not waiting;
 * the key then only has to show it. The first capture after start builds its dialog on the key.
 */
public class CaptureObservationHandler extends AbstractHandler {

	/** Time after a capture before the next dialog is built: the closing dialog's window is gone by then. */
	private static final int PREPARE_DELAY_MILLIS = 300;

	private CaptureObservationDialog prepared;
	/** Locking drops the workspace from memory: the dialog built in advance must not keep it reachable. */
	private final Runnable lockListener = () -> {
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(this::discardPrepared);
		}
	};
	private WorkspaceEditingSession listenedTo;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (session.getTheater() == null) {
			discardPrepared();
			MessageDialog.openInformation(shell, Messages.Capture_notOpenTitle, Messages.Capture_noWorkspace);
			return null;
		}
		CaptureObservationDialog dialog = takePrepared(shell, session);
		if (dialog == null) {
			dialog = new CaptureObservationDialog(shell, session);
		}
		dialog.open();
		prepareNext(shell, session);
		return null;
	}

	/** The dialog built in advance, if it was built for this window and this workspace (not one locked since). */
	private CaptureObservationDialog takePrepared(Shell shell, WorkspaceEditingSession session) {
		CaptureObservationDialog dialog = prepared;
		prepared = null;
		if (dialog != null && dialog.isPreparedFor(shell, session.getTheater())) {
			return dialog;
		}
		if (dialog != null) {
			dialog.close();
		}
		return null;
	}

	private void prepareNext(Shell shell, WorkspaceEditingSession session) {
		shell.getDisplay().timerExec(PREPARE_DELAY_MILLIS, () -> {
			if (prepared == null && !shell.isDisposed() && session.getTheater() != null) {
				CaptureObservationDialog next = new CaptureObservationDialog(shell, session);
				next.create();
				prepared = next;
				if (listenedTo == null) {
					listenedTo = session;
					session.addLockListener(lockListener);
				}
			}
		});
	}

	private void discardPrepared() {
		if (prepared != null) {
			prepared.close();
			prepared = null;
		}
	}

	@Override
	public void dispose() {
		if (listenedTo != null) {
			listenedTo.removeLockListener(lockListener);
		}
		discardPrepared();
		super.dispose();
	}
}
