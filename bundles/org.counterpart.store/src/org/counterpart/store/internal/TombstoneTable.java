package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.journal.Operation;

/**
 * Tombstones ({@code cp_tombstone}): the ids of deleted objects, each with the delete that removed it first (its
 * device and sequence number), so that no later operation revives them.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class TombstoneTable {

	private TombstoneTable() {
	}

	/** The ids of all objects that have a tombstone. */
	static Set<String> all(Connection c) throws SQLException {
		Set<String> all = new HashSet<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cp_tombstone"); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				all.add(rs.getString(1));
			}
		}
		return all;
	}

	/** The device and sequence number of the delete that left the tombstone of {@code id}, or null. */
	record Deletion(String device, long sequence) {
	}

	static Deletion deletion(Connection c, String id) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT device_id, device_seq FROM cp_tombstone WHERE id = ?")) {
			ps.setString(1, id);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? new Deletion(rs.getString(1), rs.getLong(2)) : null;
			}
		}
	}

	/** Adds the tombstones not there yet; the first delete of an object stays its tombstone. */
	static void addMissing(Connection c, Map<String, Operation> tombstones) throws SQLException {
		if (tombstones.isEmpty()) {
			return;
		}
		try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM cp_tombstone WHERE id = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_tombstone (id, device_id, device_seq) VALUES (?, ?, ?)")) {
			for (Map.Entry<String, Operation> t : tombstones.entrySet()) {
				known.setString(1, t.getKey());
				try (ResultSet rs = known.executeQuery()) {
					if (rs.next()) {
						continue;
					}
				}
				insert.setString(1, t.getKey());
				insert.setString(2, t.getValue().deviceId());
				insert.setLong(3, t.getValue().sequence());
				insert.executeUpdate();
			}
		}
	}
}
