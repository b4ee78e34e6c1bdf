package org.counterpart.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;

import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Takes in what other workstations write to headquarters' shared store while this workbench runs (their imports,
 * their resolutions): the store's journal head is polled every {@link #INTERVAL}; a workspace without unsaved edits is
 * read again at once, one with unsaved edits first asks whether to save them, since only a saved workspace can take
 * the others' changes in without losing its own. A local store changes only through this workbench, so nothing is
 * followed there.
 */
public final class SharedStoreFollower extends WorkspaceFollower {

	/** How often the shared store's journal head is read. */
	public static final Duration INTERVAL = Duration.ofSeconds(2);

	private final StoreWorkspaceStorage storage;
	private final Display display;
	private volatile WorkspaceStore.Watch watch;
	/** Whether the question or the reading is under way; user interface thread only. */
	private boolean busy;

	private SharedStoreFollower(WorkspaceEditingSession session, StoreWorkspaceStorage storage, Display display) {
		super(session);
		this.storage = storage;
		this.display = display;
	}

	/** Follows {@code session}'s store if it is a shared one; returns null for a local store. */
	public static SharedStoreFollower follow(WorkspaceEditingSession session, Display display) {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage) || !storage.isShared()) {
			return null;
		}
		SharedStoreFollower follower = new SharedStoreFollower(session, storage, display);
		follower.begin();
		return follower;
	}

	@Override
	protected void start(Theater theater) {
		stop();
		watch = storage.watchChanges(INTERVAL, () -> {
			if (!display.isDisposed()) {
				display.asyncExec(this::takeIn);
			}
		});
	}

	@Override
	protected void stop() {
		WorkspaceStore.Watch current = watch;
		watch = null;
		if (current != null) {
			current.close();
		}
	}

	/** Another workstation wrote the store: reads the workspace again, after saving what this one has unsaved. */
	private void takeIn() {
		if (busy || display.isDisposed() || session.getTheater() == null || session.isLocked()) {
			return;
		}
		busy = true; // the progress dialog runs the event loop: a second notice must not start a second reading
		try {
			Shell shell = display.getActiveShell();
			if (session.isDirty()) {
				MessageDialog question = new MessageDialog(shell, Messages.Shared_title, null, Messages.Shared_question,
						MessageDialog.QUESTION, 0, Messages.Shared_saveAndTakeIn, Messages.Shared_later);
				if (question.open() != 0) {
					return; // asked again at the next change
				}
			}
			run(shell, session.isDirty());
		} finally {
			busy = false;
		}
	}

	private void run(Shell shell, boolean saveFirst) {
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					if (saveFirst) {
						session.save(monitor);
					}
					session.revert(monitor);
				} catch (IOException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.counterpart.ui", //$NON-NLS-1$
					NLS.bind(Messages.Shared_failed, cause.getMessage()), cause), StatusManager.SHOW | StatusManager.LOG);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
