package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.store.journal.Operation;

/**
 * Reads ahead, on a thread and a connection of its own, the pages of a local store that an import is about to need:
 * the journal's rows of the objects its operations name (the history the merge folds), the journal's index entries
 * under the objects it creates (the merge looks there for objects waiting for them) and the named objects' rows
 * (which the write replaces). At headquarters a package names objects all over a large store, so nearly every such
 * page is read from the file and decrypted when first needed, one after the other on the importing thread; read on a
 * second core meanwhile, most of them are in H2's page cache when the importing thread gets to them.
 * <p>
 * Only committed rows are read and nothing is kept but H2's cache: a read ahead that fails, is cancelled or comes late
 * changes how fast an import runs, never what it does. Its failures are not reported (there is nothing the user could
 * do about them, and the next import starts afresh).
 * </p>
 */
final class ReadAhead implements AutoCloseable {

	/** the connection the thread reads on; only that thread uses it while it runs */
	private final Connection connection;
	private Thread thread;
	/** the reading in progress, if any */
	private volatile Reading current;
	/** how many rows the last reading that ran to its end read, for tests */
	private volatile long lastRows = -1;

	/** A read-ahead on {@code connection}, a connection of its own to the store's database, which it closes. */
	ReadAhead(Connection connection) throws SQLException {
		this.connection = connection;
		connection.setAutoCommit(true); // no snapshot held between reads
	}

	/**
	 * Starts reading what an import of {@code operations} will need; a reading still running for an earlier batch is
	 * cancelled first, and this one waits for it to stop.
	 */
	synchronized void start(Collection<Operation> operations) {
		if (operations.isEmpty()) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		List<String> created = new ArrayList<>();
		for (Operation op : operations) {
			if (op.kind() == Operation.Kind.CREATE) {
				created.add(op.objectId());
			}
			ids.add(op.objectId());
			ids.addAll(op.deletedContents());
			if (op.isPlacement() && op.containerId() != null) {
				ids.add(op.containerId());
			}
		}
		stopReading();
		Reading reading = new Reading(new ArrayList<>(ids), created);
		current = reading;
		thread = Thread.ofPlatform().daemon().name("Counterpart store read-ahead").start(reading);
	}

	/** How many rows the last reading that ran to its end read; -1 if none has. */
	long lastRows() {
		return lastRows;
	}

	/** Waits for the reading in progress, if any, to end; for tests. */
	synchronized void awaitReading() {
		if (thread != null) {
			Threads.joinUninterruptibly(thread);
		}
	}

	/** Cancels the reading in progress and waits for its thread to end. */
	private void stopReading() {
		Reading reading = current;
		if (reading != null) {
			reading.cancelled = true;
		}
		if (thread != null) {
			Threads.joinUninterruptibly(thread);
			thread = null;
		}
		current = null;
	}

	/** Stops reading and closes the connection; before the store's own connection closes. */
	@Override
	public synchronized void close() {
		stopReading();
		StoreErrors.closeQuietly(connection);
	}

	/** One import batch's reading: the journal's buckets of its objects, what waits for those it creates, their rows. */
	private final class Reading implements Runnable {

		private final List<String> ids;
		private final List<String> created;
		private volatile boolean cancelled;

		Reading(List<String> ids, List<String> created) {
			this.ids = ids;
			this.created = created;
		}

		@Override
		public void run() {
			long rows = 0;
			try (PreparedStatement journal = connection
					.prepareStatement("SELECT object_id FROM cp_journal WHERE entry >= ? AND entry < ?");
					PreparedStatement into = connection.prepareStatement(
						"SELECT j.object_id FROM cp_journal_placement t JOIN cp_journal j ON j.entry = t.entry WHERE t.target_id = ?");
					PreparedStatement object = connection.prepareStatement("SELECT pos FROM cp_object WHERE id = ?")) {
				// The merge reads histories in about this order from the first object on: this meets it from the
				// other end, so that the two threads share the reading rather than race for the same pages.
				for (int i = ids.size() - 1; i >= 0 && !cancelled; i--) {
					long bucket = JournalKeys.bucket(ids.get(i));
					journal.setLong(1, JournalKeys.first(bucket));
					journal.setLong(2, JournalKeys.end(bucket));
					rows += count(journal);
				}
				for (int i = 0; i < created.size() && !cancelled; i++) {
					into.setString(1, created.get(i));
					rows += count(into);
				}
				// the objects' rows are written only after the merge: time enough to have them all in
				for (int i = 0; i < ids.size() && !cancelled; i++) {
					object.setString(1, ids.get(i));
					rows += count(object);
				}
				if (!cancelled) {
					lastRows = rows;
				}
			} catch (SQLException | RuntimeException e) {
				// only the speed of this import is lost
			}
		}

		private static long count(PreparedStatement query) throws SQLException {
			long rows = 0;
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					rows++;
				}
			}
			return rows;
		}
	}
}
