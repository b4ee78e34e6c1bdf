package org.counterpart.app.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Counterpart's start-up work in a workbench that another application runs, such as an Eclipse that Counterpart was
 * installed into: once that workbench is up, the workspace guards unlock the workspace (the passphrase) and watch it,
 * and they save and close it when the workbench closes. In the Counterpart product the application has claimed the
 * guards before its workbench opened, and this does nothing.
 */
public class WorkbenchStartup implements IStartup {

	@Override
	public void earlyStartup() {
		WorkspaceGuards.claim().ifPresent(guards -> {
			IWorkbench workbench = PlatformUI.getWorkbench();
			workbench.getDisplay().asyncExec(() -> guard(workbench, guards));
		});
	}

	/** Unlocks the workspace in the running {@code workbench}, then hands it to the guards until the workbench closes. */
	static void guard(IWorkbench workbench, WorkspaceGuards guards) {
		Display display = workbench.getDisplay();
		if (workbench.isClosing() || display.isDisposed()) {
			return;
		}
		// Declining the passphrase here leaves the other application running; Counterpart's views show the workspace
		// as locked.
		if (!guards.unlock(display)) {
			return;
		}
		guards.workbenchStarted(workbench);
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return guards.workbenchClosing(closing) || forced;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				guards.workbenchClosed();
			}
		});
	}
}
