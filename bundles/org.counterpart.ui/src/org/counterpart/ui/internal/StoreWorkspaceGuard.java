package org.counterpart.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.counterpart.ui.WorkspaceGuard;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.ServerStoreAddress;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Keeps the workbench's workspace in its encrypted store: asks for the passphrase before the workbench opens
 * (creating the store, seeded with the demo country, on the first run), offers back edits an earlier session left
 * unsaved, keeps a copy of unsaved edits in the store's recovery area while the officer works (see
 * {@link UnsavedEditsKeeper}), locks the workspace after the idle time (see {@link #lock()}), and when the workbench
 * closes with unsaved changes asks whether to save them, discard them or stay.
 * <p>
 * For tests and scripted demonstrations, the environment variable {@value #PASSPHRASE_VARIABLE} stands in for the
 * passphrase at start; the lock after idle time always asks.
 */
public final class StoreWorkspaceGuard implements WorkspaceGuard {

	public static final String PASSPHRASE_VARIABLE = "COUNTERPART_PASSPHRASE"; //$NON-NLS-1$

	private WorkspaceEditingSession session;
	private StoreWorkspaceStorage storage;
	private IdleLock idleLock;
	private IWorkbench workbench;
	private UnsavedEditsKeeper keeper;
	private LockScreen lockScreen;
	private boolean quittingWhileLocked;
	private DirtyTitle dirtyTitle;
	private WorkspaceUndoActions undoActions;
	/** Why the passphrase given at start was refused, until the dialog asks for it again; guarded by this */
	private String refusedAtStart;
	/** Whether the load job unlocks the store given at start, so that the workbench need not start a load */
	private boolean unlockingInTheLoadJob;
	/** Whether the passphrase was typed into the dialog, rather than given by the environment */
	private volatile boolean passphraseTyped;
	/** Counted down once the workbench window is up, for the load that waits for it */
	private final CountDownLatch windowShown = new CountDownLatch(1);
	private static final long WINDOW_WAIT_SECONDS = 30;

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
		} catch (IllegalArgumentException e) {
			// the store named at start cannot be used: nothing was opened or changed
			MessageDialog.openError(null, Messages.Guard_storeTitle, NLS.bind(Messages.Guard_storeRefused, e.getMessage()));
			return false;
		}
		if (!(session.getStorage() instanceof StoreWorkspaceStorage store)) {
			return true;
		}
		storage = store;
		if (storage.isShared()) {
			return connectShared();
		}
		String refusal = null;
		String given = System.getenv(PASSPHRASE_VARIABLE);
		if (given != null && !given.isEmpty()) {
			try {
				if (storage.exists()) {
					unlockWhileTheWorkbenchOpens(given.toCharArray());
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

	/**
	 * Has the session's load job unlock the store (its key derivation and opening take a fraction of a second) and
	 * then read the workspace, while this thread goes on to open the workbench: the two halves of a start run side by
	 * side. If the passphrase turns out wrong, the workbench opens with the workspace locked and the passphrase dialog
	 * asks over it ({@link #askAgainOverTheWorkbench()}).
	 */
	private void unlockWhileTheWorkbenchOpens(char[] passphrase) {
		unlockingInTheLoadJob = true;
		session.load(monitor -> {
			storage.open(passphrase, monitor);
			// Reading a large Theater takes seconds of processor time that the opening window needs too: it waits for
			// the window (at most a while, should the workbench never open one).
			try {
				windowShown.await(WINDOW_WAIT_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, reason -> {
			String refusal = NLS.bind(Messages.Guard_environmentRefused, PASSPHRASE_VARIABLE, reason);
			Platform.getLog(StoreWorkspaceGuard.class).warn(refusal);
			synchronized (this) {
				refusedAtStart = refusal;
			}
			Display display = Display.getDefault();
			display.asyncExec(this::askAgainOverTheWorkbench);
		});
	}

	/**
	 * The passphrase given at start was refused after the workbench began to open: asks for it over the workbench
	 * window, once the workbench has started; quitting there closes the workbench.
	 */
	private void askAgainOverTheWorkbench() {
		String refusal;
		synchronized (this) {
			if (workbench == null || (refusal = refusedAtStart) == null) {
				return; // not started yet: workbenchStarted asks
			}
		}
		if (workbench.isClosing()) {
			return;
		}
		Shell window = activeShell();
		if (window == null || !window.isVisible()) {
			// the window is restored after postStartup: the dialog must come up over it, not behind it
			workbench.getDisplay().timerExec(100, this::askAgainOverTheWorkbench);
			return;
		}
		synchronized (this) {
			refusedAtStart = null;
		}
		if (askForPassphrase(window, refusal)) {
			session.load();
		} else {
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}

	/**
	 * Connects to headquarters' shared store with the database password from {@value ServerStoreAddress#PASSWORD_VARIABLE}
	 * or, failing that, from the user.
	 */
	private boolean connectShared() {
		String refusal = null;
		String given = System.getenv(ServerStoreAddress.PASSWORD_VARIABLE);
		if (given != null && !given.isEmpty()) {
			try {
				storage.open(given.toCharArray(), null);
				return true;
			} catch (StoreException e) {
				refusal = NLS.bind(Messages.Guard_environmentRefused, ServerStoreAddress.PASSWORD_VARIABLE, e.getMessage());
				Platform.getLog(StoreWorkspaceGuard.class).warn(refusal);
			}
		}
		PassphraseDialog dialog = new PassphraseDialog(null, PassphraseDialog.Mode.SHARED, storage.location(),
				(password, monitor) -> storage.open(password, monitor));
		if (refusal != null) {
			dialog.create();
			dialog.setErrorMessage(refusal);
		}
		return dialog.open() == Window.OK;
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
		dialog.create();
		if (refusal != null) {
			dialog.setErrorMessage(refusal);
		}
		// Over the workbench window: when that window comes to front (its start-up raises it), the dialog follows,
		// as a window manager keeps a modal dialog above its window.
		Shell dialogShell = dialog.getShell();
		Listener keepAbove = event -> dialogShell.getDisplay().asyncExec(() -> {
			if (!dialogShell.isDisposed()) {
				dialogShell.forceActive();
			}
		});
		if (parent != null) {
			parent.addListener(SWT.Activate, keepAbove);
		}
		int answer;
		try {
			answer = dialog.open();
		} finally {
			if (parent != null && !parent.isDisposed()) {
				parent.removeListener(SWT.Activate, keepAbove);
			}
		}
		if (answer != Window.OK) {
			return false;
		}
		passphraseTyped = true;
		return true;
	}

	/**
	 * Once the workspace is loaded, compares this computer's clock with the newest one received from other devices,
	 * in the background (seconds in a large store), and warns if one of them is likely wrong: in the log, and in a
	 * dialog when the passphrase was typed (a start given its passphrase by the environment is scripted, and no
	 * dialog may wait for an answer there).
	 */
	private void checkClockWhenLoaded(Display display) {
		session.whenLoaded(status -> {
			if (!status.isOK()) {
				return;
			}
			Job check = Job.create(Messages.Guard_clockJob, monitor -> {
				try {
					storage.checkClock().ifPresent(found -> {
						Platform.getLog(StoreWorkspaceGuard.class).warn(clockWarning(found));
						if (passphraseTyped) {
							display.asyncExec(() -> {
								if (workbench != null && !workbench.isClosing()) {
									MessageDialog.openWarning(activeShell(), Messages.Guard_clockTitle, clockWarning(found));
								}
							});
						}
					});
				} catch (StoreException e) {
					Platform.getLog(StoreWorkspaceGuard.class).warn(e.getMessage(), e);
				}
			});
			check.setSystem(true);
			check.schedule();
		});
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
		keeper = new UnsavedEditsKeeper(session);
		Display display = started.getDisplay();
		session.whenLoaded(status -> display.asyncExec(this::offerRecoveredEditsThenKeep));
		checkClockWhenLoaded(display);
		if (!unlockingInTheLoadJob) {
			session.load();
		}
		dirtyTitle = DirtyTitle.install(started, session);
		SharedStoreFollower.follow(session, display);
		// The workspace is unlocked: its explorer, not the getting-started page, is what the officer needs first.
		// Asynchronously, because the windows restore their pages after postStartup has returned.
		started.getDisplay().asyncExec(this::bringExplorerToFront);
		if (unlockingInTheLoadJob) {
			// after the explorer comes to front, which raises the window: the dialog must stay above it
			display.asyncExec(this::askAgainOverTheWorkbench); // if it was refused before the workbench started
		}
	}

	private void bringExplorerToFront() {
		windowShown.countDown();
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

	/**
	 * Hides everything on screen, keeps a copy of the unsaved edits in the recovery area (in the background) and asks
	 * for the passphrase until it is given; then shows everything again as it was, unsaved edits and undo history
	 * included. Nothing is saved. Quit (the dialog's cancel) ends Counterpart without saving: the edits wait in the
	 * recovery area for the next start.
	 * <p>
	 * Why keep the workspace in memory rather than drop it and read it back at unlock: the idle lock guards the screen
	 * of an unattended laptop, and hidden widgets show nothing; keeping them keeps what the officer was doing (open
	 * editors, selections, expanded trees, undo), and an unlock takes no reload. The copy in the recovery area covers a
	 * crash or a power cut while locked.
	 */
	void lock() {
		if (lockScreen != null || storage == null || !storage.isOpen()) {
			return;
		}
		List<Shell> windows = new ArrayList<>();
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		lockScreen = LockScreen.cover(workbench.getDisplay(), windows);
		Job keep = Job.create(Messages.Keeper_job, monitor -> {
			try {
				session.lock(monitor);
			} catch (IOException e) {
				Platform.getLog(StoreWorkspaceGuard.class).warn(NLS.bind(Messages.Keeper_failed, e.getMessage()), e);
			}
		});
		keep.setSystem(true);
		keep.schedule();
		PassphraseDialog dialog = new PassphraseDialog(lockScreen.window(),
				storage.isShared() ? PassphraseDialog.Mode.SHARED : PassphraseDialog.Mode.UNLOCK, storage.location(),
				storage::checkPassphrase);
		if (dialog.open() == Window.OK) {
			session.unlock();
			lockScreen.uncover();
			lockScreen = null;
		} else {
			quittingWhileLocked = true;
			workbench.getDisplay().asyncExec(workbench::close);
		}
	}

	/** Offers back what an earlier session left unsaved, then keeps copies of the unsaved edits from now on. */
	private void offerRecoveredEditsThenKeep() {
		if (workbench == null || workbench.isClosing()) {
			return;
		}
		if (session.getLoadStatus() != null && session.getLoadStatus().isOK()) {
			RecoveryOffer.offer(activeShell(), session);
		}
		keeper.start();
	}

	@Override
	public boolean workbenchClosing(IWorkbench closing) {
		if (session == null) {
			stopWatching();
			return true;
		}
		if (quittingWhileLocked) {
			// Quit at the lock: nothing is saved behind the officer's back; the recovery area keeps the edits.
			keeper.stop();
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
					// the officer chose to drop them: the next start must not offer them back
					discardRecoveredEdits();
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

	private void discardRecoveredEdits() {
		if (keeper != null) {
			keeper.stop();
		}
		if (storage == null) {
			return;
		}
		try {
			storage.discardRecoveredEdits();
		} catch (IOException e) {
			Platform.getLog(StoreWorkspaceGuard.class).warn(e.getMessage(), e);
		}
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
		if (keeper != null) {
			keeper.stop();
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
}
