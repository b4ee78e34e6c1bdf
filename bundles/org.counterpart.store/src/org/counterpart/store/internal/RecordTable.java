package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Records that tools keep beside the workspace ({@code cp_record}): by kind, key and an encoded value the tool
 * chooses, such as headquarters' inbox and package records. They are not part of the workspace: never journaled, never
 * sent. Statements run in the caller's transaction.
 */
final class RecordTable {

	static final int MAX_KIND = 64;
	static final int MAX_KEY = 512;

	private RecordTable() {
	}

	static SortedMap<String, byte[]> read(Connection c, String kind) throws SQLException {
		SortedMap<String, byte[]> records = new TreeMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT record_key, data FROM cp_record WHERE kind = ?")) {
			ps.setString(1, kind);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					records.put(rs.getString(1), rs.getBytes(2));
				}
			}
		}
		return records;
	}

	/** Writes {@code records}, replacing those under the same keys; a {@code null} value removes its record. */
	static void write(Connection c, String kind, Map<String, byte[]> records) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM cp_record WHERE kind = ? AND record_key = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_record (kind, record_key, data) VALUES (?, ?, ?)")) {
			for (Map.Entry<String, byte[]> e : records.entrySet()) {
				delete.setString(1, kind);
				delete.setString(2, e.getKey());
				delete.addBatch();
				if (e.getValue() != null) {
					insert.setString(1, kind);
					insert.setString(2, e.getKey());
					insert.setBytes(3, e.getValue());
					insert.addBatch();
				}
			}
			delete.executeBatch();
			insert.executeBatch();
		}
	}
}
