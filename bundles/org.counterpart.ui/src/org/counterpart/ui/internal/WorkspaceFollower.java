package org.counterpart.ui.internal;

import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;

/**
 * Something kept beside an open workspace (its problems, its search index): made when the workspace has been loaded
 * (unlocked), dropped when it is closed, and made again at the next load or when File > Revert reads the workspace
 * again (a new Theater: what followed the old one would follow nothing).
 */
abstract class WorkspaceFollower {

	protected final WorkspaceEditingSession session;

	WorkspaceFollower(WorkspaceEditingSession session) {
		this.session = session;
	}

	/** Starts following the workspace; called once, after construction (start may run at once). */
	protected final void begin() {
		session.addLockListener(() -> {
			stop();
			follow();
		});
		session.addRevertListener(() -> {
			stop();
			Theater theater = session.getTheater();
			if (theater != null) {
				start(theater);
			}
		});
		follow();
	}

	private void follow() {
		session.whenLoaded(status -> {
			Theater theater = session.getTheater();
			if (status.isOK() && theater != null) {
				start(theater);
			}
		});
	}

	/** The workspace {@code theater} is open; called in any thread, so keep it short and schedule the work. */
	protected abstract void start(Theater theater);

	/** The workspace was closed (dropped from memory) or reverted; called in the closing or reverting thread. */
	protected abstract void stop();
}
