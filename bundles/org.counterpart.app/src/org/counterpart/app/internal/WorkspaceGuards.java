package org.counterpart.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.counterpart.ui.WorkspaceGuard;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * The {@link WorkspaceGuard}s contributed to the workbench, called together. A guard that cannot be created is
 * logged and left out.
 * <p>
 * One caller per process runs them ({@link #claim()}): Counterpart's own application, before its workbench opens, or,
 * when Counterpart is installed into a workbench another application runs, {@link WorkbenchStartup} once that
 * workbench is up.
 */
final class WorkspaceGuards {

	private static final AtomicBoolean CLAIMED = new AtomicBoolean();

	private final List<WorkspaceGuard> guards;

	private WorkspaceGuards(List<WorkspaceGuard> guards) {
		this.guards = guards;
	}

	/**
	 * The contributed guards for the first caller in this process, empty for every later one: the workspace is
	 * unlocked, watched and closed by one caller only.
	 */
	static Optional<WorkspaceGuards> claim() {
		return CLAIMED.compareAndSet(false, true) ? Optional.of(contributed()) : Optional.empty();
	}

	private static WorkspaceGuards contributed() {
		List<WorkspaceGuard> guards = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(WorkspaceGuard.EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof WorkspaceGuard guard) { //$NON-NLS-1$
					guards.add(guard);
				}
			} catch (CoreException e) {
				Platform.getLog(WorkspaceGuards.class).log(e.getStatus());
			}
		}
		return new WorkspaceGuards(List.copyOf(guards));
	}

	boolean unlock(Display display) {
		for (WorkspaceGuard guard : guards) {
			if (!guard.unlock(display)) {
				return false;
			}
		}
		return true;
	}

	void workbenchStarted(IWorkbench workbench) {
		guards.forEach(guard -> guard.workbenchStarted(workbench));
	}

	boolean workbenchClosing(IWorkbench workbench) {
		for (WorkspaceGuard guard : guards) {
			if (!guard.workbenchClosing(workbench)) {
				return false;
			}
		}
		return true;
	}

	void workbenchClosed() {
		guards.forEach(WorkspaceGuard::workbenchClosed);
	}
}
