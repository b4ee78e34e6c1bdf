package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Shows in the window title whether the workspace has unsaved changes: "*Counterpart" until File &gt; Save.
 */
public final class DirtyTitle {

	private static final String MARK = "*"; //$NON-NLS-1$

	private final IWorkbench workbench;
	private final WorkspaceEditingSession session;
	private final Runnable listener = this::updateLater;

	private DirtyTitle(IWorkbench workbench, WorkspaceEditingSession session) {
		this.workbench = workbench;
		this.session = session;
	}

	/** Keeps the titles of the workbench's windows up to date from now on. */
	public static DirtyTitle install(IWorkbench workbench, WorkspaceEditingSession session) {
		DirtyTitle title = new DirtyTitle(workbench, session);
		session.addDirtyListener(title.listener);
		title.update();
		return title;
	}

	public void uninstall() {
		session.removeDirtyListener(listener);
	}

	/** The title a window shows for {@code base} (its title without the mark). */
	public static String title(String base, boolean dirty) {
		String clean = base.startsWith(MARK) ? base.substring(MARK.length()) : base;
		return dirty ? MARK + clean : clean;
	}

	private void updateLater() {
		Display display = workbench.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(this::update);
		}
	}

	private void update() {
		if (workbench.isClosing()) {
			return;
		}
		boolean dirty = session.isDirty();
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed()) {
				String wanted = title(shell.getText(), dirty);
				if (!wanted.equals(shell.getText())) {
					shell.setText(wanted);
				}
			}
		}
	}
}
