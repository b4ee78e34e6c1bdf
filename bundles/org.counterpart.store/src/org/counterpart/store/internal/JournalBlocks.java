package org.counterpart.store.internal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.store.journal.Operation;

/**
 * The journal's index by device and sequence number ({@code cp_journal_block}, schema 6): per device, the sequence
 * numbers the journal holds in runs of consecutive ones, a row per run with the journal keys ({@link JournalKeys}) of
 * its operations in sequence order. A write adds a row per device it journals (a package's operations are one run),
 * instead of an entry per operation in an index by device and sequence number and another by arrival: at
 * headquarters those two entries were most of what appending an operation cost, and each was visited again by the
 * commit. A run holds at most {@link #MAX_RUN} operations, so the run that holds a sequence number starts at most that
 * many before it: every look-up reads a bounded range of rows. Runs never overlap, since a sequence number is
 * journaled once.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class JournalBlocks {

	/** The schema version whose stores keep this table (and the placements' table); older ones are filled on open. */
	static final int SINCE_SCHEMA = 6;

	/** Operations per run at most. */
	static final int MAX_RUN = 4096;

	/** A run shorter than this is extended by the device's next operations (see {@link #add}). */
	static final int EXTEND_BELOW = 512;

	/** Rows per batch while filling. */
	private static final int BATCH = 5000;

	private JournalBlocks() {
	}

	/** A run of {@code device}'s sequence numbers from {@code first} to {@code last}, with the key of each. */
	record Block(long first, long last, long[] entries) {

		/** The journal key of {@code sequence}, which this run holds. */
		long entry(long sequence) {
			return entries[(int) (sequence - first)];
		}

		boolean holds(long sequence) {
			return sequence >= first && sequence <= last;
		}
	}

	/**
	 * Indexes operations just journaled (none of them journaled before): {@code ops} under {@code keys}, the write's
	 * last place in the journal's order being {@code lastArrival}. A device's operations that go on from a short run
	 * already stored extend it (see {@link #EXTEND_BELOW}): a device that saves a few operations at a time keeps few
	 * runs, so that a look-up reads few rows, and no write rewrites more than a short run.
	 */
	static void add(Connection c, List<Operation> ops, long[] keys, long lastArrival) throws SQLException {
		Columns byDevice = new Columns(2);
		for (int i = 0; i < ops.size(); i++) {
			byDevice.add(ops.get(i).deviceId(), ops.get(i).sequence(), keys[i]);
		}
		try (PreparedStatement insert = prepareInsert(c)) {
			for (String device : byDevice.devices()) {
				long[][] sorted = byDevice.inSequenceOrder(device);
				long[] sequences = sorted[0];
				long[] entries = sorted[1];
				int n = sequences.length;
				int extended = 0;
				Block previous = extensible(c, device, sequences[0] - 1);
				if (previous != null) {
					int room = MAX_RUN - previous.entries().length;
					while (extended < Math.min(room, n) && sequences[extended] == sequences[0] + extended) {
						extended++;
					}
					if (extended > 0) {
						long[] joined = Arrays.copyOf(previous.entries(), previous.entries().length + extended);
						System.arraycopy(entries, 0, joined, previous.entries().length, extended);
						try (PreparedStatement extend = c.prepareStatement("UPDATE cp_journal_block SET last_seq = ?, "
								+ "last_arrival = ?, entries = ? WHERE device_id = ? AND first_seq = ?")) {
							extend.setLong(1, sequences[extended - 1]);
							extend.setLong(2, lastArrival);
							extend.setBytes(3, bytes(joined, 0, joined.length));
							extend.setString(4, device);
							extend.setLong(5, previous.first());
							extend.executeUpdate();
						}
					}
				}
				addRuns(insert, device, Arrays.copyOfRange(sequences, extended, n), Arrays.copyOfRange(entries, extended, n),
						null, lastArrival);
			}
			insert.executeBatch();
		}
	}

	/**
	 * The run of {@code device} that ends at {@code sequence} if it holds fewer than {@link #EXTEND_BELOW} operations,
	 * else null: a short run is read and written again whole to extend it, a long one is left as it is.
	 */
	private static Block extensible(Connection c, String device, long sequence) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, entries FROM cp_journal_block "
				+ "WHERE device_id = ? AND first_seq BETWEEN ? AND ? AND last_seq = ?")) {
			ps.setString(1, device);
			ps.setLong(2, sequence - EXTEND_BELOW + 2);
			ps.setLong(3, sequence);
			ps.setLong(4, sequence);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? block(rs.getLong(1), sequence, rs.getBytes(2)) : null;
			}
		}
	}

	private static byte[] bytes(long[] entries, int from, int to) {
		ByteBuffer keys = ByteBuffer.allocate((to - from) * Long.BYTES);
		for (int j = from; j < to; j++) {
			keys.putLong(entries[j]);
		}
		return keys.array();
	}

	private static PreparedStatement prepareInsert(Connection c) throws SQLException {
		return c.prepareStatement(
				"INSERT INTO cp_journal_block (device_id, first_seq, last_seq, last_arrival, entries) VALUES (?, ?, ?, ?, ?)");
	}

	/**
	 * Adds to {@code insert}'s batch the runs of {@code sequences} (ascending, with their {@code entries}): each
	 * under the highest of its {@code arrivals}, or under {@code lastArrival} if there are none.
	 */
	private static void addRuns(PreparedStatement insert, String device, long[] sequences, long[] entries, long[] arrivals,
			long lastArrival) throws SQLException {
		int start = 0;
		for (int i = 1; i <= sequences.length && sequences.length > 0; i++) {
			if (i == sequences.length || sequences[i] != sequences[i - 1] + 1 || i - start == MAX_RUN) {
				long arrival = lastArrival;
				for (int j = start; arrivals != null && j < i; j++) {
					arrival = Math.max(arrival, arrivals[j]);
				}
				insert.setString(1, device);
				insert.setLong(2, sequences[start]);
				insert.setLong(3, sequences[i - 1]);
				insert.setLong(4, arrival);
				insert.setBytes(5, bytes(entries, start, i));
				insert.addBatch();
				start = i;
			}
		}
	}

	/** The runs of {@code device} that hold any of the sequence numbers from {@code first} to {@code last}, in order. */
	static List<Block> covering(Connection c, String device, long first, long last) throws SQLException {
		List<Block> blocks = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, last_seq, entries FROM cp_journal_block "
				+ "WHERE device_id = ? AND first_seq BETWEEN ? AND ? ORDER BY first_seq")) {
			ps.setString(1, device);
			ps.setLong(2, first - MAX_RUN + 1);
			ps.setLong(3, last);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (rs.getLong(2) >= first) {
						blocks.add(block(rs.getLong(1), rs.getLong(2), rs.getBytes(3)));
					}
				}
			}
		}
		return blocks;
	}

	private static Block block(long first, long last, byte[] bytes) throws SQLException {
		long[] entries = new long[bytes.length / Long.BYTES];
		if (entries.length != last - first + 1 || bytes.length % Long.BYTES != 0) {
			throw new SQLException("a run of the journal's index does not match its sequence numbers");
		}
		ByteBuffer.wrap(bytes).asLongBuffer().get(entries);
		return new Block(first, last, entries);
	}

	/** Which of the sequence numbers from {@code first} to {@code last} of {@code device} the journal holds. */
	static Set<Long> sequences(Connection c, String device, long first, long last) throws SQLException {
		Set<Long> journaled = new HashSet<>();
		for (Block block : covering(c, device, first, last)) {
			for (long s = Math.max(first, block.first()); s <= Math.min(last, block.last()); s++) {
				journaled.add(s);
			}
		}
		return journaled;
	}

	/** The journal keys of {@code device}'s operations under {@code sequences} that the journal holds. */
	static Map<Long, Long> entries(Connection c, String device, long[] sequences) throws SQLException {
		Map<Long, Long> entries = new HashMap<>();
		if (sequences.length == 0) {
			return entries;
		}
		long[] sorted = sequences.clone();
		Arrays.sort(sorted);
		List<Block> blocks = covering(c, device, sorted[0], sorted[sorted.length - 1]);
		int b = 0;
		for (long s : sorted) {
			while (b < blocks.size() && blocks.get(b).last() < s) {
				b++;
			}
			if (b < blocks.size() && blocks.get(b).holds(s)) {
				entries.put(s, blocks.get(b).entry(s));
			}
		}
		return entries;
	}

	/** The head of {@code device}'s gap-free run of sequence numbers that goes on from {@code head}. */
	static long headBeyond(Connection c, String device, long head) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT first_seq, last_seq FROM cp_journal_block "
				+ "WHERE device_id = ? AND first_seq > ? ORDER BY first_seq")) {
			ps.setString(1, device);
			ps.setLong(2, head - MAX_RUN);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next() && rs.getLong(1) <= head + 1) {
					head = Math.max(head, rs.getLong(2));
				}
			}
		}
		return head;
	}

	/** The highest place in the journal's order (0 when it is empty). */
	static long lastArrival(Connection c) throws SQLException {
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT MAX(last_arrival) FROM cp_journal_block")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Makes this table and the placements' table ({@link JournalTable#placementsInto}) say what the journal holds,
	 * whatever they said before, and drops the indexes they replace. A store of an earlier schema gets them so on
	 * open; stopped at any point, it is done again from the start at the next. On H2 commits as it goes; on
	 * PostgreSQL leaves the transaction to the caller.
	 */
	static void fill(SqlDialect dialect, Connection c) throws SQLException {
		boolean local = dialect == SqlDialect.H2;
		Columns byDevice = new Columns(3);
		try (Statement st = c.createStatement()) {
			st.executeUpdate("DELETE FROM cp_journal_block");
			st.executeUpdate("DELETE FROM cp_journal_placement");
		}
		try (PreparedStatement scan = c.prepareStatement("SELECT entry, device_id, device_seq, arrival, target_id FROM cp_journal");
				PreparedStatement target = JournalTable.prepareTargetInsert(c)) {
			scan.setFetchSize(1000);
			int pending = 0;
			try (ResultSet rs = scan.executeQuery()) {
				while (rs.next()) {
					byDevice.add(rs.getString(2), rs.getLong(3), rs.getLong(1), rs.getLong(4));
					String targetId = rs.getString(5);
					if (targetId != null) {
						JournalTable.addTarget(target, targetId, rs.getLong(4), rs.getLong(1));
						if (++pending % BATCH == 0) {
							target.executeBatch();
						}
					}
				}
			}
			target.executeBatch();
		}
		try (PreparedStatement insert = prepareInsert(c)) {
			for (String device : byDevice.devices()) {
				long[][] sorted = byDevice.inSequenceOrder(device);
				addRuns(insert, device, sorted[0], sorted[1], sorted[2], 0);
				insert.executeBatch();
			}
		}
		if (local) {
			c.commit();
		}
		try (Statement st = c.createStatement()) {
			for (String ddl : dialect.journalIndexesBefore()) {
				st.execute(ddl);
			}
		}
		if (local) {
			c.commit();
		}
	}

	/** Per device, columns of numbers (a sequence number first), filled row by row and read in sequence order. */
	private static final class Columns {

		private final int width;
		private final Map<String, long[][]> columns = new TreeMap<>();
		private final Map<String, Integer> rows = new HashMap<>();

		Columns(int width) {
			this.width = width;
		}

		/** Adds a row of {@code device}: its sequence number and the other columns' values. */
		void add(String device, long sequence, long... values) {
			int n = rows.merge(device, 1, Integer::sum) - 1;
			long[][] of = columns.computeIfAbsent(device, d -> new long[width][16]);
			if (n == of[0].length) {
				for (int k = 0; k < width; k++) {
					of[k] = Arrays.copyOf(of[k], n * 2);
				}
			}
			of[0][n] = sequence;
			for (int k = 1; k < width; k++) {
				of[k][n] = values[k - 1];
			}
		}

		Set<String> devices() {
			return columns.keySet();
		}

		/** {@code device}'s columns, each as long as its rows, reordered by sequence number. */
		long[][] inSequenceOrder(String device) {
			int n = rows.get(device);
			long[][] of = columns.get(device);
			Integer[] order = new Integer[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Long.compare(of[0][a], of[0][b]));
			long[][] sorted = new long[width][n];
			for (int i = 0; i < n; i++) {
				for (int k = 0; k < width; k++) {
					sorted[k][i] = of[k][order[i]];
				}
			}
			return sorted;
		}
	}
}
