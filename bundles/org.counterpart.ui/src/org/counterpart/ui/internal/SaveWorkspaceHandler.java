package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;

/**
 * File &gt; Save (Ctrl+S): stores the workbench's workspace in a background job when it has unsaved changes. The
 * workspace is one for the whole window, so saving does not depend on which part is active.
 */
public class SaveWorkspaceHandler extends AbstractHandler {

	private final Runnable dirtyListener = this::updateLater;
	private WorkspaceEditingSession session;

	public SaveWorkspaceHandler() {
		try {
			session = WorkspaceEditingSession.getDefault();
			session.addDirtyListener(dirtyListener);
		} catch (IllegalStateException e) {
			session = null; // no instance location: nothing to save
		}
		setBaseEnabled(session != null && session.isDirty());
	}

	/** Asked afresh, so a command executed a moment ago already counts (the menu learns of it through the listener). */
	@Override
	public boolean isEnabled() {
		return session != null && session.isDirty();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (session != null) {
			session.saveInBackground();
		}
		return null;
	}

	private void updateLater() {
		Display display = Display.getDefault();
		display.asyncExec(() -> setBaseEnabled(session.isDirty()));
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeDirtyListener(dirtyListener);
		}
		super.dispose();
	}
}
