package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.counterpart.store.journal.Operation;

/**
 * Per device, what the journal holds of it ({@code cp_journal_range}): how many operations, the lowest and highest
 * sequence number and the newest clock value, written with the journal in the same transaction. Reading the heads
 * for a package's gap check, or the clock check's newest clocks, then reads one row per device instead of counting
 * the journal (about 5 s at headquarters' scale). Stores of schema version 2 get the table filled from their journal
 * on first open ({@link #fill}).
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class JournalRanges {

	/** The schema version whose stores keep this table; older ones are filled on open. */
	static final int SINCE_SCHEMA = 3;

	private JournalRanges() {
	}

	/** Makes the table say what the journal holds, whatever it said before. */
	static void fill(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.executeUpdate("DELETE FROM cp_journal_range");
			st.executeUpdate("INSERT INTO cp_journal_range (device_id, op_count, min_seq, max_seq, max_hlc) "
					+ "SELECT device_id, COUNT(*), MIN(device_seq), MAX(device_seq), MAX(hlc) FROM cp_journal GROUP BY device_id");
		}
	}

	/** Counts operations just appended to the journal (none of them journaled before). */
	static void add(Connection c, List<Operation> appended) throws SQLException {
		if (appended.isEmpty()) {
			return;
		}
		Map<String, JournalTable.DeviceRange> added = new TreeMap<>();
		Map<String, Long> newest = new TreeMap<>();
		for (Operation op : appended) {
			added.merge(op.deviceId(), new JournalTable.DeviceRange(op.deviceId(), 1, op.sequence(), op.sequence()),
					JournalRanges::combine);
			newest.merge(op.deviceId(), op.timestamp(), Math::max);
		}
		try (PreparedStatement select = c.prepareStatement(
				"SELECT op_count, min_seq, max_seq, max_hlc FROM cp_journal_range WHERE device_id = ?");
				PreparedStatement update = c.prepareStatement(
						"UPDATE cp_journal_range SET op_count = ?, min_seq = ?, max_seq = ?, max_hlc = ? WHERE device_id = ?");
				PreparedStatement insert = c.prepareStatement(
						"INSERT INTO cp_journal_range (op_count, min_seq, max_seq, max_hlc, device_id) VALUES (?, ?, ?, ?, ?)")) {
			for (JournalTable.DeviceRange range : added.values()) {
				select.setString(1, range.device());
				JournalTable.DeviceRange total = range;
				long hlc = newest.get(range.device());
				PreparedStatement write = insert;
				try (ResultSet rs = select.executeQuery()) {
					if (rs.next()) {
						total = combine(range, new JournalTable.DeviceRange(range.device(), rs.getLong(1), rs.getLong(2), rs.getLong(3)));
						hlc = Math.max(hlc, rs.getLong(4));
						write = update;
					}
				}
				write.setLong(1, total.count());
				write.setLong(2, total.min());
				write.setLong(3, total.max());
				write.setLong(4, hlc);
				write.setString(5, range.device());
				write.executeUpdate();
			}
		}
	}

	private static JournalTable.DeviceRange combine(JournalTable.DeviceRange a, JournalTable.DeviceRange b) {
		return new JournalTable.DeviceRange(a.device(), a.count() + b.count(), Math.min(a.min(), b.min()),
				Math.max(a.max(), b.max()));
	}

	/** Per device: how many operations, and the lowest and highest sequence number. */
	static List<JournalTable.DeviceRange> read(Connection c) throws SQLException {
		List<JournalTable.DeviceRange> ranges = new ArrayList<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT device_id, op_count, min_seq, max_seq FROM cp_journal_range")) {
			while (rs.next()) {
				ranges.add(new JournalTable.DeviceRange(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
			}
		}
		return ranges;
	}

	/** How many operations the journal holds, and its newest clock value (0 when empty). */
	static JournalTable.Size size(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT COALESCE(SUM(op_count), 0), COALESCE(MAX(max_hlc), 0) FROM cp_journal_range")) {
			rs.next();
			return new JournalTable.Size(rs.getLong(1), rs.getLong(2));
		}
	}
}
