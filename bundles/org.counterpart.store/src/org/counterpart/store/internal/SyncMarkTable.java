package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sync marks ({@code cp_sync_mark}): named counters that only rise, such as the last package number received from
 * a device or sent to one.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class SyncMarkTable {

	private SyncMarkTable() {
	}

	/** The marks whose key starts with {@code prefix}. */
	static Map<String, Long> read(Connection c, String prefix) throws SQLException {
		Map<String, Long> marks = new TreeMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT mark_key, mark_value FROM cp_sync_mark");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				if (rs.getString(1).startsWith(prefix)) {
					marks.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return marks;
	}

	/** Raises each mark to its given value; a mark already higher stays. */
	static void raise(Connection c, Map<String, Long> syncMarks) throws SQLException {
		if (syncMarks.isEmpty()) {
			return;
		}
		try (PreparedStatement select = c.prepareStatement("SELECT mark_value FROM cp_sync_mark WHERE mark_key = ?");
				PreparedStatement update = c.prepareStatement("UPDATE cp_sync_mark SET mark_value = ? WHERE mark_key = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_sync_mark (mark_key, mark_value) VALUES (?, ?)")) {
			for (Map.Entry<String, Long> mark : new TreeMap<>(syncMarks).entrySet()) {
				select.setString(1, mark.getKey());
				try (ResultSet rs = select.executeQuery()) {
					if (!rs.next()) {
						insert.setString(1, mark.getKey());
						insert.setLong(2, mark.getValue());
						insert.executeUpdate();
					} else if (rs.getLong(1) < mark.getValue()) {
						update.setLong(1, mark.getValue());
						update.setString(2, mark.getKey());
						update.executeUpdate();
					}
				}
			}
		}
	}
}
