package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks, in a store's database, that the journal's tables of runs ({@code cp_journal_block}) and of placements by
 * target container ({@code cp_journal_placement}) say exactly what the journal holds.
 */
final class JournalIndexCheck {

	private JournalIndexCheck() {
	}

	/**
	 * Asserts that every operation of the journal is in exactly one run of its device, under its own key; that runs
	 * hold consecutive sequence numbers, one key each, and do not overlap; that a run's place in the journal's order is
	 * at least that of each of its operations; and that the placements' table lists each placement with a target, and
	 * nothing else.
	 *
	 * @return how many operations the journal holds
	 */
	static int assertIndexesSayWhatTheJournalHolds(Connection c) throws SQLException {
		record Run(long first, long last, long lastArrival, long[] entries) {
		}
		Map<String, TreeMap<Long, Run>> runs = new HashMap<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT device_id, first_seq, last_seq, last_arrival, entries FROM cp_journal_block")) {
			while (rs.next()) {
				byte[] bytes = rs.getBytes(5);
				long first = rs.getLong(2);
				long last = rs.getLong(3);
				assertEquals((last - first + 1) * Long.BYTES, bytes.length, "one key per sequence number of a run");
				long[] entries = new long[bytes.length / Long.BYTES];
				ByteBuffer.wrap(bytes).asLongBuffer().get(entries);
				runs.computeIfAbsent(rs.getString(1), d -> new TreeMap<>()).put(first, new Run(first, last, rs.getLong(4), entries));
			}
		}
		for (Map.Entry<String, TreeMap<Long, Run>> device : runs.entrySet()) {
			long end = Long.MIN_VALUE;
			for (Run run : device.getValue().values()) {
				assertTrue(run.first() > end, "runs of " + device.getKey() + " overlap at " + run.first());
				end = run.last();
			}
		}
		Set<String> placements = new HashSet<>();
		int rows = 0;
		Set<String> indexed = new HashSet<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT entry, device_id, device_seq, arrival, target_id FROM cp_journal")) {
			while (rs.next()) {
				rows++;
				String device = rs.getString(2);
				long sequence = rs.getLong(3);
				Map.Entry<Long, Run> holding = runs.getOrDefault(device, new TreeMap<>()).floorEntry(sequence);
				assertTrue(holding != null && holding.getValue().last() >= sequence, "no run holds " + device + " " + sequence);
				Run run = holding.getValue();
				assertEquals(rs.getLong(1), run.entries()[(int) (sequence - run.first())], "the key of " + device + " " + sequence);
				assertTrue(run.lastArrival() >= rs.getLong(4), "a run's place in the order is that of its last operation or later");
				indexed.add(device + ' ' + sequence);
				if (rs.getString(5) != null) {
					placements.add(rs.getString(5) + '|' + rs.getLong(4) + '|' + rs.getLong(1));
				}
			}
		}
		long held = runs.values().stream().flatMap(r -> r.values().stream()).mapToLong(r -> r.last() - r.first() + 1).sum();
		assertEquals(rows, held, "the runs hold the journal's operations and no others");
		assertEquals(rows, indexed.size());
		Set<String> listed = new HashSet<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT target_id, arrival, entry FROM cp_journal_placement")) {
			while (rs.next()) {
				listed.add(rs.getString(1) + '|' + rs.getLong(2) + '|' + rs.getLong(3));
			}
		}
		assertEquals(placements, listed, "the placements' table lists the journal's placements with a target");
		return rows;
	}
}
