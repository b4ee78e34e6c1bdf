package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.WorkspaceStore.Watch;
import org.counterpart.store.journal.Operation;

/**
 * A store's side of sharing one server store with other processes: every write runs in this process's turn
 * ({@link SharedWrites}), after taking in what the others wrote since this process last read the store, and a
 * second, auto-committing connection lets any thread ask whether the journal moved on. On a local store the work
 * simply runs.
 */
final class SharedStoreTurns {

	/** Work that writes the store. */
	interface Work<T> {
		T run() throws StoreException, SQLException;
	}

	/** how processes sharing a server store take turns; null for a local store */
	private final SharedWrites shared;
	private final Supplier<Connection> connection;
	private final WorkspaceState state;
	private final JournalHeads heads;
	private final StoredPlacements placements;
	private final StoredTombstones tombstones;
	private final WorkspaceLoader loader;
	private final WorkspaceSaver saver;
	/** a server store's second connection, auto-committing, for {@link #changedElsewhere()} from any thread */
	private Connection watchConnection;
	private final List<ChangeWatch> watches = new CopyOnWriteArrayList<>();

	SharedStoreTurns(boolean server, Supplier<Connection> connection, WorkspaceState state, JournalHeads heads,
			StoredPlacements placements, StoredTombstones tombstones, WorkspaceLoader loader, WorkspaceSaver saver) {
		this.shared = server ? new SharedWrites() : null;
		this.connection = connection;
		this.state = state;
		this.heads = heads;
		this.placements = placements;
		this.tombstones = tombstones;
		this.loader = loader;
		this.saver = saver;
	}

	boolean isShared() {
		return shared != null;
	}

	/** The connection on which {@link #changedElsewhere()} reads the journal's head (a server store's only). */
	void watchOn(Connection watch) {
		watchConnection = watch;
	}

	boolean changedElsewhere() throws StoreException {
		return shared != null && currentHead() != shared.seenHead();
	}

	/** Takes in what the others wrote, unless this process has unsaved edits (refused if the others wrote too). */
	void refresh() throws StoreException {
		if (shared == null) {
			return;
		}
		if (isDirty()) {
			if (changedElsewhere()) {
				throw new StoreException(Reason.IN_USE, Messages.SHARED_UNSAVED);
			}
			return;
		}
		inTurn(() -> null, false); // taking its turn, a store with nothing unsaved reads what the others wrote
	}

	Watch watchChanges(Duration interval, Runnable onChange) {
		if (shared == null) {
			return () -> {
			};
		}
		ChangeWatch watch = new ChangeWatch(interval, onChange);
		watches.add(watch);
		return watch;
	}

	/**
	 * Runs {@code work} in this process's turn on a shared store (directly on a local one). Before it, what other
	 * processes wrote since this one last read the store is taken in: a model without unsaved changes is read again;
	 * one with unsaved changes keeps them if no other process touched the objects they touch (else the work is
	 * refused), numbered after this device's last sequence number as committed, and with {@code needsCurrentModel}
	 * (an import, a resolution: work that reads the model) they are saved and the model is read again first.
	 */
	<T> T inTurn(Work<T> work, boolean needsCurrentModel) throws StoreException {
		Connection c = connection.get();
		if (shared == null) {
			return runLocally(c, work);
		}
		StoreErrors.requireOpen(c);
		boolean outermost = !shared.locked();
		lock(c);
		try {
			boolean current = !outermost || catchUp(c, needsCurrentModel);
			T result = work.run();
			if (outermost && current) {
				shared.seen(SharedWrites.head(c));
				c.commit();
			}
			return result;
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(c);
			throw StoreErrors.databaseFailed(e);
		} finally {
			unlock(c);
		}
	}

	/**
	 * Runs {@code work} holding the turn without taking in the others' writes (for work that does not read the
	 * model), so that two processes writing one key do not clash.
	 */
	<T> T holdingTurn(Work<T> work) throws StoreException {
		Connection c = connection.get();
		if (shared == null) {
			return runLocally(c, work);
		}
		lock(c);
		try {
			return work.run();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(c);
			throw StoreErrors.databaseFailed(e);
		} finally {
			unlock(c);
		}
	}

	/**
	 * Writes the load image at closing: a local store's always, a shared store's only when the model holds what the
	 * shared store holds.
	 */
	void writeImageAtClose() throws StoreException {
		Connection c = connection.get();
		if (shared == null) {
			loader.writeImage();
			return;
		}
		if (c == null || state.recorder == null || state.recorder.hasChanges()) {
			return;
		}
		try {
			shared.lock(c);
			try {
				long head = SharedWrites.head(c);
				c.commit();
				if (head == shared.seenHead()) {
					loader.writeImage();
				}
			} finally {
				shared.unlock(c);
			}
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(c); // no image then: the next open reads the objects
		}
	}

	/** Stops the watches and closes the watch connection. */
	void closeWatches() {
		for (ChangeWatch watch : watches) {
			watch.close();
		}
		if (watchConnection != null) {
			StoreErrors.closeQuietly(watchConnection);
			watchConnection = null;
		}
	}

	/** A local store's work: no turns to take, a failed database statement rolls the transaction back. */
	private static <T> T runLocally(Connection c, Work<T> work) throws StoreException {
		try {
			return work.run();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(c);
			throw StoreErrors.databaseFailed(e);
		}
	}

	private void lock(Connection c) throws StoreException {
		if (!shared.locked()) {
			saver.forgetJournalKeys(); // read outside this turn: another process may have written since
		}
		try {
			shared.lock(c);
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(c);
			throw StoreErrors.databaseFailed(e);
		}
	}

	private void unlock(Connection c) {
		try {
			shared.unlock(c);
		} catch (SQLException e) {
			// the lock goes with the connection at the latest
		}
	}

	private boolean isDirty() {
		return state.recorder != null && state.recorder.hasChanges();
	}

	/** The journal's head as committed now, read on the watch connection so that any thread may ask. */
	private long currentHead() throws StoreException {
		Connection watch = watchConnection;
		if (watch == null) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.CLOSED);
		}
		synchronized (watch) {
			try {
				return SharedWrites.head(watch);
			} catch (SQLException e) {
				throw StoreErrors.databaseFailed(e);
			}
		}
	}

	/**
	 * Takes in what other processes wrote since this one last read the shared store (see {@link #inTurn}).
	 *
	 * @return whether the model now holds everything the store holds
	 */
	private boolean catchUp(Connection c, boolean needsCurrentModel) throws StoreException, SQLException {
		long head = SharedWrites.head(c);
		c.commit();
		if (head == shared.seenHead()) {
			return true;
		}
		if (!isDirty()) {
			refreshFromStore(c);
			return true;
		}
		// the objects whose rows this save writes; a list that both sides add to is no clash (rows point to their
		// container), a change to the same object is
		Set<String> mine = new HashSet<>();
		for (Operation op : state.recorder.pendingOperations()) {
			mine.add(op.objectId());
		}
		Set<String> touched = SharedWrites.touchedSince(c, shared.seenHead(), mine);
		long committed = committedSequence(c);
		c.commit();
		if (!touched.isEmpty()) {
			throw new StoreException(Reason.IN_USE, Messages.format(Messages.SHARED_OVERLAP, touched.size()));
		}
		state.recorder.renumberAfter(committed);
		state.lastSequence = Math.max(state.lastSequence, committed);
		if (!needsCurrentModel) {
			return false; // saved on the model as it is; the others' changes come in at the next turn
		}
		saver.save();
		refreshFromStore(c);
		return true;
	}

	/** This device's last sequence number as committed, by whichever process wrote for it. */
	private long committedSequence(Connection c) throws SQLException {
		Map<String, String> meta = MetaTable.read(c);
		return Math.max(Long.parseLong(meta.get(MetaTable.LAST_SEQUENCE)),
				SharedWrites.lastSequence(c, state.deviceId));
	}

	/** Reads the store's progress again, and the model if one is loaded: it then holds what the store holds. */
	private void refreshFromStore(Connection c) throws StoreException, SQLException {
		heads.forget();
		placements.forget();
		tombstones.forget();
		Map<String, String> meta = MetaTable.read(c);
		long committed = committedSequence(c);
		long head = SharedWrites.head(c);
		c.commit();
		state.lastSequence = committed;
		state.clock.advanceTo(Long.parseLong(meta.get(MetaTable.LAST_HLC)));
		state.imageValid = meta.containsKey(MetaTable.LOAD_IMAGE_MARK);
		if (state.resource != null) {
			loader.reload();
		}
		shared.seen(head);
	}

	/** Tells {@code onChange} each time another process has moved the shared store's journal on. */
	private final class ChangeWatch implements Watch {

		private final ScheduledExecutorService timer;
		private long notified = -1;

		ChangeWatch(Duration interval, Runnable onChange) {
			timer = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "Counterpart shared store watch"); //$NON-NLS-1$
				t.setDaemon(true);
				return t;
			});
			long millis = Math.max(1, interval.toMillis());
			timer.scheduleWithFixedDelay(() -> poll(onChange), millis, millis, TimeUnit.MILLISECONDS);
		}

		private void poll(Runnable onChange) {
			try {
				long head = currentHead();
				if (head != shared.seenHead() && head != notified) {
					notified = head;
					onChange.run();
				}
			} catch (StoreException | RuntimeException e) {
				// closed, or the server out of reach for now: the next poll asks again
			}
		}

		@Override
		public void close() {
			timer.shutdownNow();
			watches.remove(this);
		}
	}
}
