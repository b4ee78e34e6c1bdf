package org.counterpart.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.counterpart.model.Theater;
import org.counterpart.model.validation.LiveValidation;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The problems of the open workspace, kept current by a background job: a full pass when the workspace opens (in
 * parts, so that edits need not wait for it), then, a moment after each change of the command stack, the objects
 * the change reaches (see {@link LiveValidation}). Listeners hear when the problems have changed.
 */
public final class WorkspaceProblems extends WorkspaceFollower {

	/** Family of the validation job, to wait for in tests. */
	public static final Object FAMILY = new Object();

	/** How long after an edit validation starts: typing a word is one pause, not a validation per key. */
	static final long DELAY_MILLIS = 250;

	/** Objects validated per hold of the model lock; a few milliseconds of work. */
	private static final int PART = 500;

	private static final Map<WorkspaceEditingSession, WorkspaceProblems> INSTANCES = new HashMap<>();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener commandStackListener = event -> scheduleSoon();
	private final ValidationJob job = new ValidationJob();
	private volatile LiveValidation live;
	/**
	 * The validation whose tracker is on its Theater. Kept per validation, not as a flag: a run for a workspace
	 * replaced meanwhile (an import reads it again) must not mark the new one's tracker as attached.
	 */
	private volatile LiveValidation attached;
	private volatile boolean validating;

	private WorkspaceProblems(WorkspaceEditingSession session) {
		super(session);
		session.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
	}

	/** The problems of {@code session}'s workspace, validated from the first call on. */
	public static synchronized WorkspaceProblems of(WorkspaceEditingSession session) {
		WorkspaceProblems follower = INSTANCES.get(session);
		if (follower == null) {
			follower = new WorkspaceProblems(session);
			INSTANCES.put(session, follower);
			follower.begin();
		}
		return follower;
	}

	@Override
	protected void start(Theater theater) {
		live = new LiveValidation(theater);
		job.schedule();
	}

	@Override
	protected void stop() {
		live = null;
		job.cancel();
		fireChanged();
	}

	/** The problems found so far; empty while none are known. */
	public List<Diagnostic> problems() {
		LiveValidation current = live;
		return current == null ? List.of() : current.problems();
	}

	/** Whether the open workspace has not been validated yet, or changes wait to be. */
	public boolean isValidating() {
		LiveValidation current = live;
		return validating || current == null || attached != current || current.hasWork();
	}

	/** Calls {@code listener} (in the job's thread) each time the problems may have changed. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void scheduleSoon() {
		if (live != null) {
			job.schedule(DELAY_MILLIS);
		}
	}

	private void fireChanged() {
		listeners.forEach(Runnable::run);
	}

	private final class ValidationJob extends Job {

		ValidationJob() {
			super(Messages.Problems_job);
			setSystem(true);
			setPriority(DECORATE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			LiveValidation current = live;
			if (current == null) {
				return Status.OK_STATUS;
			}
			validating = true;
			try {
				if (attached != current) {
					session.runExclusive(() -> current.getTheater().eAdapters().add(current.tracker()));
					attached = current;
				}
				Object[] work = new Object[1];
				session.runExclusive(() -> work[0] = current.takeWork());
				@SuppressWarnings("unchecked")
				List<EObject> objects = (List<EObject>) work[0];
				SubMonitor progress = SubMonitor.convert(monitor, Messages.Problems_job, objects.size() / PART + 1);
				for (int from = 0; from < objects.size(); from += PART) {
					if (progress.isCanceled() || live != current) {
						current.requeue(objects.subList(from, objects.size()));
						return Status.CANCEL_STATUS;
					}
					List<EObject> part = objects.subList(from, Math.min(objects.size(), from + PART));
					session.runExclusive(() -> current.validate(part));
					progress.worked(1);
				}
			} finally {
				validating = false;
			}
			if (live == current) {
				fireChanged();
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
