package org.counterpart.exercise.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Enrol a Class...: issues a whole class its exercise identities (see {@link EnrolClassDialog}). */
public class EnrolClassHandler extends AbstractHandler {

	private static EnrolClassDialog open;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		EnrolClassDialog dialog = new EnrolClassDialog(window.getShell());
		open = dialog;
		int answer;
		try {
			answer = dialog.open();
		} finally {
			open = null;
		}
		if (answer == Window.OK) {
				MessageDialog.openInformation(window.getShell(), Messages.Enrol_shellTitle,
						Messages.bind(Messages.Enrol_done, dialog.result().enrolled().size(),
								String.join(", ", dialog.result().enrolled()))); //$NON-NLS-1$
		}
		return null;
	}

	/** The dialog while it is open, else null. */
	static EnrolClassDialog openDialog() {
		return open;
	}
}
