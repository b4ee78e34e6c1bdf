package org.counterpart.app.internal;

import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Workbench-wide behaviour: the Field perspective first, the window layout kept between runs, and the workspace
 * guards told when the workbench has started and when it closes.
 */
public class CounterpartWorkbenchAdvisor extends WorkbenchAdvisor {

	private final WorkspaceGuards guards;

	CounterpartWorkbenchAdvisor(WorkspaceGuards guards) {
		this.guards = guards;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		super.postStartup();
		guards.workbenchStarted(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public boolean preShutdown() {
		return super.preShutdown() && guards.workbenchClosing(getWorkbenchConfigurer().getWorkbench());
	}

	@Override
	public void postShutdown() {
		guards.workbenchClosed();
		super.postShutdown();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return CounterpartPerspectives.FIELD;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new CounterpartWorkbenchWindowAdvisor(configurer);
	}
}
