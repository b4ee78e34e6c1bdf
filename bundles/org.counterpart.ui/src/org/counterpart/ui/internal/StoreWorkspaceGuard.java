package org.counterpart.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.counterpart.app.WorkspaceGuard;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Keeps the workbench's workspace in its encrypted store: asks for the passphrase before the workbench opens
 * (creating the store, seeded with the demo country, on the first run), locks the workspace after the idle time, and
 * when the workbench closes with unsaved changes asks whether to save them, discard them or stay.
 * <p>
 * For tests and scripted demonstrations, the environment variable {@value #PASSPHRASE_VARIABLE} stands in for the
 * passphrase at start; the lock after idle time always asks.
 */
public final class StoreWorkspaceGuard implements WorkspaceGuard {

	public static final String PASSPHRASE_VARIABLE = "COUNTERPART_PASSPHRASE"; //$NON-NLS-1$

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private WorkspaceEditingSession session;
	private StoreWorkspaceStorage storage;
	private IdleLock idleLock;
	private IWorkbench workbench;
	private DirtyTitle dirtyTitle;
	private WorkspaceUndoActions undoActions;

	/** The answers to the question asked when the workbench closes with unsaved changes, in button order. */
	public enum CloseAnswer {
		SAVE, DISCARD, CANCEL
	}

	@Override
	public boolean unlock(Display display) {
		try {
			session = WorkspaceEditingSession.getDefault();
		} catch (IllegalStateException e) {
			// No instance location: the explorer says so once the workbench is up.
			return true;
		}
		if (!(session.getStorage() instanceof StoreWorkspaceStorage store)) {
			return true;
		}
		storage = store;
		String refusal = null;
		String given = System.getenv(PASSPHRASE_VARIABLE);
		if (given != null && !given.isEmpty()) {
			try {
				if (storage.exists()) {
					storage.open(given.toCharArray(), null);
					// scripted: no dialog may wait for an answer, so the warning goes to the log
					storage.clockCheck().ifPresent(check -> Platform.getLog(StoreWorkspaceGuard.class).warn(clockWarning(check)));
				} else {
					storage.create(given.toCharArray(), WorkspaceEditingSession.DEMO_SEED,
							WorkspaceEditingSession.DEMO_SCALE, null);
				}
				return true;
			} catch (StoreException e) {
				// The store's message never holds the passphrase.
				refusal = NLS.bind(Messages.Guard_environmentRefused, PASSPHRASE_VARIABLE, e.getMessage());
				Platform.getLog(StoreWorkspaceGuard.class).warn(refusal);
			}
		}
		return askForPassphrase(null, refusal);
	}

	/** Opens the passphrase dialog until the store is unlocked (true) or the user cancels (false). */
	private boolean askForPassphrase(Shell parent, String refusal) {
		PassphraseDialog dialog;
		if (storage.exists()) {
			dialog = new PassphraseDialog(parent, PassphraseDialog.Mode.UNLOCK, storage.location(),
					(passphrase, monitor) -> storage.open(passphrase, monitor));
		} else {
			dialog = new PassphraseDialog(parent, PassphraseDialog.Mode.CREATE, storage.location(),
					(passphrase, monitor) -> storage.create(passphrase, WorkspaceEditingSession.DEMO_SEED,
							WorkspaceEditingSession.DEMO_SCALE, monitor));
		}
		if (refusal != null) {
			dialog.create();
			dialog.setErrorMessage(refusal);
		}
		if (dialog.open() != Window.OK) {
			return false;
		}
		storage.clockCheck().ifPresent(check -> {
			Platform.getLog(StoreWorkspaceGuard.class).warn(clockWarning(check));
			MessageDialog.openWarning(parent, Messages.Guard_clockTitle, clockWarning(check));
		});
		return true;
	}

	private static String clockWarning(ClockCheck check) {
		return NLS.bind(check.ahead() ? Messages.Guard_clockAhead : Messages.Guard_clockBehind, new Object[] {
				check.wallClock(), ClockCheck.span(check.skew().toMillis()), check.deviceId(), check.newestReceived() });
	}

	@Override
	public void workbenchStarted(IWorkbench started) {
		workbench = started;
		if (session != null) {
			undoActions = WorkspaceUndoActions.install(started, session);
		}
		if (storage == null) {
			return;
		}
		idleLock = new IdleLock(started.getDisplay(), this::lock);
		idleLock.start();
		dirtyTitle = DirtyTitle.install(started, session);
		// The workspace is unlocked: its explorer, not the getting-started page, is what the officer needs first.
		// Asynchronously, because the windows restore their pages after postStartup has returned.
		started.getDisplay().asyncExec(this::bringExplorerToFront);
	}

	private void bringExplorerToFront() {
		if (workbench == null || workbench.isClosing()) {
			return;
		}
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			IWorkbenchPage page = window.getActivePage();
			if (page != null && page.findViewReference(ExplorerView.ID) != null) {
				try {
					page.showView(ExplorerView.ID);
				} catch (PartInitException e) {
					Platform.getLog(StoreWorkspaceGuard.class).warn(e.getMessage(), e);
				}
			}
		}
	}

	/** Saves, closes the store, hides the workspace and asks for the passphrase again; Cancel quits. */
	void lock() {
		if (session.getTheater() == null && !storage.isOpen()) {
			return;
		}
		Shell shell = activeShell();
		try {
			workbench.getProgressService().run(true, false, monitor -> {
				try {
					session.lock(monitor);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			// Nothing is lost: the workspace stays open, and the next idle period tries again.
			report(NLS.bind(Messages.Guard_lockFailed, e.getCause().getMessage()), e.getCause());
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (askForPassphrase(shell, null)) {
			session.load();
		} else {
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}

	@Override
	public boolean workbenchClosing(IWorkbench closing) {
		if (session == null) {
			stopWatching();
			return true;
		}
		try {
			Job.getJobManager().join(WorkspaceEditingSession.SAVE_FAMILY, null);
			if (!session.isDirty()) {
				stopWatching();
				return true;
			}
			switch (askBeforeClosing(activeShell())) {
				case CANCEL -> {
					return false;
				}
				case DISCARD -> {
					stopWatching();
					return true;
				}
				case SAVE -> {
					// saved below
				}
			}
			closing.getProgressService().run(true, false, monitor -> {
				try {
					session.save(monitor);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			stopWatching();
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			Platform.getLog(StoreWorkspaceGuard.class).error(cause.getMessage(), cause);
			boolean quit = MessageDialog.openQuestion(activeShell(), Messages.Guard_saveFailedTitle,
					NLS.bind(Messages.Guard_saveFailedQuit, cause.getMessage()));
			if (quit) {
				stopWatching();
			}
			return quit;
		} catch (InterruptedException | OperationCanceledException e) {
			return false;
		}
	}

	/**
	 * Asks what to do with the unsaved changes before the workbench closes: Save, Discard or Cancel (stay). Closing the
	 * question counts as Cancel, so nothing is lost by accident.
	 */
	public static CloseAnswer askBeforeClosing(Shell parent) {
		MessageDialog question = new MessageDialog(parent, Messages.Guard_closeTitle, null, Messages.Guard_closeQuestion,
				MessageDialog.QUESTION, 0, Messages.Guard_closeSave, Messages.Guard_closeDiscard, IDialogConstants.CANCEL_LABEL);
		return switch (question.open()) {
			case 0 -> CloseAnswer.SAVE;
			case 1 -> CloseAnswer.DISCARD;
			default -> CloseAnswer.CANCEL;
		};
	}

	private void stopWatching() {
		if (idleLock != null) {
			idleLock.stop();
		}
		if (dirtyTitle != null) {
			dirtyTitle.uninstall();
		}
		if (undoActions != null) {
			undoActions.uninstall(workbench);
		}
	}

	@Override
	public void workbenchClosed() {
		if (storage == null) {
			return;
		}
		try {
			storage.close();
		} catch (IOException e) {
			Platform.getLog(StoreWorkspaceGuard.class).error(e.getMessage(), e);
		}
	}

	private Shell activeShell() {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getShell();
	}

	private static void report(String message, Throwable cause) {
		StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, message, cause),
				StatusManager.SHOW | StatusManager.LOG);
	}
}
