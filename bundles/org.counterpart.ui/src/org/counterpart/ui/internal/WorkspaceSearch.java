package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.counterpart.model.Theater;
import org.counterpart.model.search.TextIndex;
import org.counterpart.model.search.TextIndexUpdater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;

/**
 * The full-text index of the open workspace, in memory only: built in a background job when the workspace is
 * unlocked (in parts, so edits need not wait), kept current from the model's notifications, and dropped when the
 * workspace is locked. Nothing of it is written anywhere.
 */
public final class WorkspaceSearch extends WorkspaceFollower {

	/** Family of the indexing job, to wait for in tests. */
	public static final Object FAMILY = new Object();

	private static final int PART = 2000;

	private static final Map<WorkspaceEditingSession, WorkspaceSearch> INSTANCES = new HashMap<>();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private volatile Theater theater;
	private volatile TextIndex index;

	private WorkspaceSearch(WorkspaceEditingSession session) {
		super(session);
	}

	/** The search of {@code session}'s workspace, indexed from the first call on. */
	public static synchronized WorkspaceSearch of(WorkspaceEditingSession session) {
		WorkspaceSearch follower = INSTANCES.get(session);
		if (follower == null) {
			follower = new WorkspaceSearch(session);
			INSTANCES.put(session, follower);
			follower.begin();
		}
		return follower;
	}

	/** The index, or null while it is being built or the workspace is locked. */
	public TextIndex index() {
		return index;
	}

	/** Calls {@code listener} (in any thread) when the index has become ready or has been dropped. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	@Override
	protected void start(Theater opened) {
		theater = opened;
		new IndexJob(opened).schedule();
	}

	@Override
	protected void stop() {
		theater = null;
		index = null;
		listeners.forEach(Runnable::run);
	}

	private final class IndexJob extends Job {
		private final Theater target;

		IndexJob(Theater target) {
			super(Messages.Search_indexJob);
			this.target = target;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			TextIndex building = new TextIndex();
			TextIndexUpdater updater = new TextIndexUpdater(building);
			List<EObject> objects = new ArrayList<>();
			// From here on, edits reach the index; objects not indexed yet are indexed when their part comes.
			session.runExclusive(() -> {
				target.eAdapters().add(updater);
				objects.add(target);
				target.eAllContents().forEachRemaining(objects::add);
			});
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Search_indexJob, objects.size() / PART + 1);
			for (int from = 0; from < objects.size(); from += PART) {
				if (progress.isCanceled() || theater != target) {
					session.runExclusive(() -> target.eAdapters().remove(updater));
					return Status.CANCEL_STATUS;
				}
				List<EObject> part = objects.subList(from, Math.min(objects.size(), from + PART));
				session.runExclusive(() -> part.forEach(object -> {
					if (object.eResource() != null) {
						building.update(object);
					}
				}));
				progress.worked(1);
			}
			if (theater == target) {
				index = building;
				listeners.forEach(Runnable::run);
			}
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
