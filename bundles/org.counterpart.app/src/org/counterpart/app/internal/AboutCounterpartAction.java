package org.counterpart.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Opens the {@link AboutCounterpartDialog}.
 */
public class AboutCounterpartAction extends Action {

	private final IWorkbenchWindow window;

	public AboutCounterpartAction(IWorkbenchWindow window) {
		super(Messages.AboutAction_text);
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
		setActionDefinitionId("org.eclipse.ui.help.aboutAction"); //$NON-NLS-1$
		setToolTipText(Messages.AboutAction_tooltip);
	}

	@Override
	public void run() {
		new AboutCounterpartDialog(window.getShell()).open();
	}
}
