package org.counterpart.ui.internal.exchange;

import org.counterpart.security.DeviceIdentityFolder;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** File &gt; Device &gt; Enrolment: the enrolment wizard for the identity folder of the workbench's store. */
public class EnrolmentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		DeviceIdentityFolder folder = DeviceIdentityFolders.current();
		if (folder == null) {
			MessageDialog.openError(shell, DeviceMessages.Enrol_windowTitle, DeviceMessages.Trust_noWorkspace);
			return null;
		}
		EnrolmentWizard.open(shell, folder, DeviceIdentityFolders.deviceId());
		return null;
	}
}
