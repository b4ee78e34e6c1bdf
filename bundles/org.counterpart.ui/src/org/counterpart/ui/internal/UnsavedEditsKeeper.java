package org.counterpart.ui.internal;

import java.io.IOException;
import java.time.Duration;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.osgi.util.NLS;

/**
 * Keeps a copy of the unsaved edits in the store's recovery area a few seconds after they are made, so that a crash or
 * a kill loses at most those seconds: every change of the command stack (an edit, an undo, a redo) schedules a
 * background job unless one is scheduled already, which writes the changes made since the last save (not the
 * workspace). Edits in quick succession are written once; however long the officer goes on editing, a copy is at most
 * {@link #DELAY} plus one write old. A failed write is logged once, until one succeeds again.
 */
public final class UnsavedEditsKeeper {

	/** Family of the jobs that keep the copy, to wait for. */
	public static final Object FAMILY = new Object();

	/** How long after a change the copy is written. */
	public static final Duration DELAY = Duration.ofSeconds(5);

	private final WorkspaceEditingSession session;
	private final CommandStackListener listener = event -> changed();
	private final Job job;
	private volatile boolean failing;
	private volatile boolean running;

	public UnsavedEditsKeeper(WorkspaceEditingSession session) {
		this.session = session;
		job = new Job(Messages.Keeper_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				keep();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
	}

	/** Starts keeping copies of what changes from now on. */
	public void start() {
		running = true;
		session.getEditingDomain().getCommandStack().addCommandStackListener(listener);
	}

	/** Stops keeping copies, and waits for a write under way. */
	public void stop() {
		running = false;
		session.getEditingDomain().getCommandStack().removeCommandStackListener(listener);
		job.cancel();
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Writes the copy now, in the calling thread. */
	public void keepNow() {
		keep();
	}

	private void changed() {
		// Job.schedule would move a sleeping job back by the whole delay on every keystroke: schedule only when idle.
		if (running && job.getState() != Job.SLEEPING && job.getState() != Job.WAITING) {
			job.schedule(DELAY.toMillis());
		}
	}

	private void keep() {
		try {
			session.keepUnsaved();
			failing = false;
		} catch (IOException | RuntimeException e) {
			if (!failing) {
				failing = true;
				Platform.getLog(UnsavedEditsKeeper.class).warn(NLS.bind(Messages.Keeper_failed, e.getMessage()), e);
			}
		}
	}
}
