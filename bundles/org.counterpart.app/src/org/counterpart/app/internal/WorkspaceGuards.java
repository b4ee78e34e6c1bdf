package org.counterpart.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.WorkspaceGuard;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * The {@link WorkspaceGuard}s contributed to the workbench, called together. A guard that cannot be created is
 * logged and left out.
 */
final class WorkspaceGuards {

	private final List<WorkspaceGuard> guards;

	private WorkspaceGuards(List<WorkspaceGuard> guards) {
		this.guards = guards;
	}

	static WorkspaceGuards contributed() {
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
