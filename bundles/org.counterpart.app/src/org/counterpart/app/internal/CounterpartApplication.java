package org.counterpart.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the Counterpart workbench.
 */
public class CounterpartApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display.setAppName(Messages.CounterpartApplication_name);
		Display display = PlatformUI.createDisplay();
		try {
			// The workspace is unlocked before the workbench exists, so no view ever sees it locked at start.
			WorkspaceGuards guards = WorkspaceGuards.claim().orElseThrow();
			if (!guards.unlock(display)) {
				return IApplication.EXIT_OK;
			}
			int returnCode = PlatformUI.createAndRunWorkbench(display, new CounterpartWorkbenchAdvisor(guards));
			return returnCode == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
