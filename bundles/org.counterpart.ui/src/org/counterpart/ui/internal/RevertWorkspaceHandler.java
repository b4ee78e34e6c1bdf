package org.counterpart.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * File &gt; Revert: after a confirmation, drops every unsaved change of the workspace (and the undo history) and reads
 * it again from the store.
 */
public class RevertWorkspaceHandler extends AbstractHandler {

	private final Runnable dirtyListener = this::updateLater;
	private WorkspaceEditingSession session;

	public RevertWorkspaceHandler() {
		try {
			session = WorkspaceEditingSession.getDefault();
			session.addDirtyListener(dirtyListener);
		} catch (IllegalStateException e) {
			session = null;
		}
		setBaseEnabled(session != null && session.isDirty());
	}

	@Override
	public boolean isEnabled() {
		return session != null && session.isDirty();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window == null ? null : window.getShell();
		if (session == null || !session.isDirty()) {
			return null;
		}
		MessageDialog confirm = new MessageDialog(shell, Messages.Revert_title, null, Messages.Revert_question,
				MessageDialog.WARNING, 1, Messages.Revert_button, IDialogConstants.CANCEL_LABEL);
		if (confirm.open() != 0) {
			return null;
		}
		try {
			if (window != null) {
				window.run(true, false, monitor -> {
					try {
						session.revert(monitor);
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
				});
			} else {
				session.revert(null);
			}
		} catch (InvocationTargetException | IOException | RuntimeException e) {
			Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
			StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.counterpart.ui", //$NON-NLS-1$
					Messages.bind(Messages.Revert_failed, cause.getMessage()), cause), StatusManager.SHOW | StatusManager.LOG);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	private void updateLater() {
		Display.getDefault().asyncExec(() -> setBaseEnabled(session.isDirty()));
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeDirtyListener(dirtyListener);
		}
		super.dispose();
	}
}
