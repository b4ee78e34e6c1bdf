package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Import Package or Baseline: asks to save unsaved changes first, chooses the file in the
 * {@link ImportPackageWizard}, unlocks the device key, and runs an {@link ImportPackageJob}; when it is done, shows
 * the {@link ImportSummaryDialog}, or the reason the package was refused in the command line's words.
 */
public class ImportPackageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = parentShell(event);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (session.getTheater() == null || !saveFirst(shell, session, Messages.Import_saveQuestion)) {
			return null;
		}
		DeviceIdentityFolder identity = ExchangeIdentity.folder(session);
		try {
			TrustVerifier trust = ExchangeIdentity.trust(identity);
			ImportPackageWizard wizard = new ImportPackageWizard();
			if (new WizardDialog(shell, wizard).open() != WizardDialog.OK) {
				return null;
			}
			UnlockedDevice recipient = DeviceUnlock.unlockCertified(shell, identity);
			if (recipient == null) {
				return null;
			}
			Display display = PlatformUI.getWorkbench().getDisplay();
			new ImportPackageJob(session, wizard.chosen(), recipient, trust, identity,
					outcome -> display.asyncExec(() -> show(display, outcome, session))).schedule();
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Import_shellTitle, e.getMessage());
		}
		return null;
	}

	private static void show(Display display, ImportPackageJob.Outcome outcome, WorkspaceEditingSession session) {
		Shell parent = display.getActiveShell();
		if (outcome.result() == null) {
			MessageDialog.openError(parent, Messages.Import_refusedTitle,
					NLS.bind(Messages.Import_refused, outcome.file().getFileName(), outcome.refusal()));
		} else {
			new ImportSummaryDialog(parent, outcome, session).open();
		}
	}

	/**
	 * With unsaved changes, asks to save them first and saves (with progress) if the user agrees.
	 *
	 * @return whether to go on: nothing was unsaved, or it is saved now
	 */
	public static boolean saveFirst(Shell shell, WorkspaceEditingSession session, String question) {
		if (!session.isDirty()) {
			return true;
		}
		MessageDialog ask = new MessageDialog(shell, Messages.Import_saveTitle, null, question,
				MessageDialog.QUESTION, 0, question == Messages.Import_saveQuestion ? Messages.Import_saveButton : Messages.Export_saveButton, IDialogConstants.CANCEL_LABEL);
		if (ask.open() != 0) {
			return false;
		}
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					session.save(monitor);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Import_saveTitle,
					NLS.bind(Messages.Import_saveFailed, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** The window's shell: the active shell may be a dialog that is closing. */
	static Shell parentShell(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window != null ? window.getShell() : HandlerUtil.getActiveShell(event);
	}
}
