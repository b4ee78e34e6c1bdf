package org.counterpart.ui;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * Guards the workspace for the lifetime of the workbench: it is unlocked before the workbench opens, watched while it
 * runs, and saved and closed when the workbench closes. Contributed through the extension point
 * {@value #EXTENSION_POINT}; the application calls every contributed guard, in the order the registry lists them.
 */
public interface WorkspaceGuard {

	/** The extension point that contributes guards (element {@code guard}, attribute {@code class}). */
	String EXTENSION_POINT = "org.counterpart.app.workspaceGuards"; //$NON-NLS-1$

	/**
	 * Unlocks the workspace before the workbench is created, on the user interface thread (e.g. asks for a passphrase),
	 * or starts unlocking it in the background when the secret is already known, so that the work runs while the
	 * workbench opens (a refusal is then dealt with once the workbench has started).
	 *
	 * @return false if the user chose not to go on: the application then quits without opening the workbench
	 */
	boolean unlock(Display display);

	/** The workbench window is open (the workbench advisor's {@code postStartup}). */
	void workbenchStarted(IWorkbench workbench);

	/**
	 * The workbench is about to close ({@code preShutdown}): nothing may be lost from here on.
	 *
	 * @return false to keep the workbench open (e.g. saving failed and the user chose to stay)
	 */
	boolean workbenchClosing(IWorkbench workbench);

	/** The workbench has closed ({@code postShutdown}): release what {@link #unlock(Display)} opened. */
	void workbenchClosed();
}
