package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How processes that share one server store take turns: every write holds a PostgreSQL advisory lock (a session
 * lock, so that a process that dies releases it with its connection), and the head of the journal (its highest
 * {@code arrival}) tells a process whether someone else wrote since it last read the store. Under the lock a writer reads
 * what the others did: the head, this device's last sequence number as committed, and the objects their operations
 * touched.
 * <p>
 * Statements run in the caller's transaction on the caller's connection, and are committed by the lock's own
 * statements only where said.
 * </p>
 */
final class SharedWrites {

	/** One lock for every Counterpart store in the database: "CntrPrt1" as a number. */
	private static final long LOCK_KEY = 0x436e747250727431L;

	/** The journal head this process's model reflects: it read or wrote the store up to it. */
	private volatile long seenHead;
	/** Nested writes (an import saves first) take the lock once. */
	private int depth;

	/** Takes the lock (waiting for another writer to finish), and commits so that the wait holds no transaction. */
	void lock(Connection c) throws SQLException {
		if (depth++ > 0) {
			return;
		}
		try (Statement st = c.createStatement()) {
			st.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
		} catch (SQLException e) {
			depth--;
			throw e;
		}
		c.commit();
	}

	/** Takes the lock until the caller's transaction ends, waiting for a writer to finish (for work at opening). */
	static void lockTransaction(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
		}
	}

	/** Whether this process holds the lock now. */
	boolean locked() {
		return depth > 0;
	}

	/** Releases the lock after the outermost write, committing or rolling back first is the caller's. */
	void unlock(Connection c) throws SQLException {
		if (depth == 0 || --depth > 0) {
			return;
		}
		StoreErrors.rollbackQuietly(c); // a write that failed may have left its transaction open
		try (Statement st = c.createStatement()) {
			st.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
		}
		c.commit();
	}

	/** The journal's highest place in its order (0 when it is empty): it moves on with every committed write. */
	static long head(Connection c) throws SQLException {
		return JournalBlocks.lastArrival(c);
	}

	long seenHead() {
		return seenHead;
	}

	void seen(long head) {
		seenHead = head;
	}

	/** The last sequence number the journal holds of {@code device}, 0 if none. */
	static long lastSequence(Connection c, String device) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT max_seq FROM cp_journal_range WHERE device_id = ?")) {
			ps.setString(1, device);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getLong(1) : 0;
			}
		}
	}

	/** Which of {@code ids} the operations journaled after place {@code after} in the journal's order touched, as object or as container. */
	static Set<String> touchedSince(Connection c, long after, Collection<String> ids) throws SQLException {
		Set<String> wanted = new HashSet<>(ids);
		Set<String> touched = new HashSet<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT object_id, target_id FROM cp_journal WHERE arrival > ?")) {
			ps.setLong(1, after);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					for (String id : new String[] { rs.getString(1), rs.getString(2) }) {
						if (id != null && wanted.contains(id)) {
							touched.add(id);
						}
					}
				}
			}
		}
		return touched;
	}
}
