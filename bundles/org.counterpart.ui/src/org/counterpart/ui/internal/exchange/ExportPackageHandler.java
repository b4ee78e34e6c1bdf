package org.counterpart.ui.internal.exchange;

import java.io.IOException;

import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Export Package: saves unsaved changes first if the user agrees (a package carries what is saved), unlocks
 * the device key (in {@code device.p12} or on its PKCS#11 token, see {@link DeviceUnlock}) and opens the {@link ExportPackageWizard}.
 */
public class ExportPackageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = ImportPackageHandler.parentShell(event);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (session.getTheater() == null || !ImportPackageHandler.saveFirst(shell, session, Messages.Export_saveQuestion)) {
			return null;
		}
		DeviceIdentityFolder identity = ExchangeIdentity.folder(session);
		try {
			TrustVerifier trust = ExchangeIdentity.trust(identity);
			UnlockedDevice sender = DeviceUnlock.unlockCertified(shell, identity);
			if (sender == null) {
				return null;
			}
			// closing the unlocked key wipes what it keeps and logs out of its token once the wizard is done
			try (sender) {
				new WizardDialog(shell, new ExportPackageWizard(session, identity, trust, sender.identity())).open();
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Export_shellTitle, e.getMessage());
		}
		return null;
	}
}
