package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.StoreException;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.store.journal.OperationSink;

/**
 * The journal ({@code cp_journal}): every operation the store holds, local and received, in its binary encoding,
 * under its device and sequence number, with the clock value, kind, object and (for placements) the target
 * container as columns to look it up by. Rows are kept by object ({@link JournalKeys}); {@code arrival} is the
 * order in which they were journaled.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class JournalTable {

	/** Clock order, the device and then the sequence number breaking ties: the same total order everywhere. */
	static final Comparator<Operation> ORDER = Comparator.comparingLong(Operation::timestamp)
			.thenComparing(Operation::deviceId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Operation::sequence);

	/** How many ids one {@code IN} list carries. */
	private static final int IN_LIST = 500;

	private JournalTable() {
	}

	/** A statement that appends operations, a batch at a time: {@link #addAppend} fills it. */
	static PreparedStatement prepareAppend(Connection c) throws SQLException {
		return c.prepareStatement("INSERT INTO cp_journal (device_id, device_seq, hlc, kind, object_id, data, target_id, "
				+ "entry, arrival) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
	}

	/** Adds {@code op} to the batch under its key ({@link JournalKeys}) and its place in the journal's order. */
	static void addAppend(PreparedStatement append, Operation op, long key, long arrival) throws SQLException {
		append.setLong(8, key);
		append.setLong(9, arrival);
		append.setString(1, op.deviceId());
		append.setLong(2, op.sequence());
		append.setLong(3, op.timestamp());
		append.setInt(4, op.kind().code());
		append.setString(5, op.objectId());
		append.setBytes(6, OperationCodec.encode(op));
		append.setString(7, op.isPlacement() ? op.containerId() : null);
		append.addBatch();
	}

	/** The sequence numbers from {@code first} to {@code last} of {@code device} that the journal holds. */
	static Set<Long> sequences(Connection c, String device, long first, long last) throws SQLException {
		Set<Long> journaled = new HashSet<>();
		try (PreparedStatement known = c.prepareStatement(
				"SELECT device_seq FROM cp_journal WHERE device_id = ? AND device_seq BETWEEN ? AND ?")) {
			known.setString(1, device);
			known.setLong(2, first);
			known.setLong(3, last);
			try (ResultSet rs = known.executeQuery()) {
				while (rs.next()) {
					journaled.add(rs.getLong(1));
				}
			}
		}
		return journaled;
	}

	/**
	 * The operations of {@code device} under {@code sequences} that the journal holds, by sequence number.
	 *
	 * @throws IOException if a stored operation does not decode
	 */
	static Map<Long, Operation> operations(Connection c, String device, Collection<Long> sequences)
			throws SQLException, IOException {
		Map<Long, Operation> stored = new HashMap<>();
		List<Long> unique = new ArrayList<>(new LinkedHashSet<>(sequences));
		for (int from = 0; from < unique.size(); from += IN_LIST) {
			List<Long> chunk = unique.subList(from, Math.min(unique.size(), from + IN_LIST));
			try (PreparedStatement ps = c.prepareStatement("SELECT device_seq, data FROM cp_journal WHERE device_id = ? AND device_seq IN ("
					+ placeholders(chunk.size()) + ")")) {
				ps.setString(1, device);
				for (int i = 0; i < chunk.size(); i++) {
					ps.setLong(i + 2, chunk.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						stored.put(rs.getLong(1), OperationCodec.decode(rs.getBytes(2)));
					}
				}
			}
		}
		return stored;
	}

	/** Hands {@code device}'s operations after {@code afterSequence} to {@code sink}, in sequence order. */
	static void read(Connection c, String device, long afterSequence, OperationSink sink)
			throws SQLException, StoreException, IOException {
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT data FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")) {
			ps.setFetchSize(1000);
			ps.setString(1, device);
			ps.setLong(2, afterSequence);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Operation op;
					try {
						op = OperationCodec.decode(rs.getBytes(1));
					} catch (IOException e) {
						throw StoreErrors.corrupt("journal");
					}
					sink.accept(op);
				}
			}
		}
	}

	/** Every operation, in the order they were journaled. */
	static List<Operation> all(Connection c) throws SQLException, StoreException {
		return list(c, "SELECT data FROM cp_journal ORDER BY arrival", null, 0);
	}

	/** {@code device}'s operations after {@code afterSequence}, in sequence order. */
	static List<Operation> after(Connection c, String device, long afterSequence) throws SQLException, StoreException {
		return list(c, "SELECT data FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq", device,
				afterSequence);
	}

	private static List<Operation> list(Connection c, String sql, String device, long after) throws SQLException, StoreException {
		List<Operation> ops = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			if (device != null) {
				ps.setString(1, device);
				ps.setLong(2, after);
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ops.add(OperationCodec.decode(rs.getBytes(1)));
				}
			}
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
		return ops;
	}

	/** The operation {@code sequence} of {@code device}, or null if the journal does not hold it. */
	static Operation operation(Connection c, String device, long sequence) throws SQLException, IOException {
		try (PreparedStatement ps = c.prepareStatement("SELECT data FROM cp_journal WHERE device_id = ? AND device_seq = ?")) {
			ps.setString(1, device);
			ps.setLong(2, sequence);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? OperationCodec.decode(rs.getBytes(1)) : null;
			}
		}
	}

	/**
	 * The operations on each of {@code objectIds}, unsorted, optionally only those of the given kinds: for each, the
	 * rows of its bucket ({@link JournalKeys}) that are its own.
	 */
	static Map<String, List<Operation>> byObject(Connection c, Collection<String> objectIds, Operation.Kind... kinds)
			throws SQLException, IOException {
		String condition = "";
		if (kinds.length > 0) {
			List<String> codes = new ArrayList<>();
			for (Operation.Kind kind : kinds) {
				codes.add(Integer.toString(kind.code()));
			}
			condition = " AND kind IN (" + String.join(", ", codes) + ")";
		}
		Map<String, List<Operation>> history = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT data FROM cp_journal WHERE entry >= ? AND entry < ? AND object_id = ?" + condition)) {
			for (String id : new LinkedHashSet<>(objectIds)) {
				long bucket = JournalKeys.bucket(id);
				ps.setLong(1, JournalKeys.first(bucket));
				ps.setLong(2, JournalKeys.end(bucket));
				ps.setString(3, id);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						Operation op = OperationCodec.decode(rs.getBytes(1));
						history.computeIfAbsent(op.objectId(), k -> new ArrayList<>()).add(op);
					}
				}
			}
		}
		return history;
	}

	/**
	 * Drops a new local store's journal indexes before a bulk import into its empty journal, or makes them again after
	 * it ({@code build}; see {@link SqlDialect#journalIndexesBeforeBulkImport}). Commits.
	 */
	static void indexesForBulkImport(Connection c, boolean build) throws SQLException {
		try (Statement st = c.createStatement()) {
			if (build) {
				st.execute(SqlDialect.H2.journalUniqueness("cp_journal"));
			}
			for (String ddl : build ? SqlDialect.H2.journalIndexes() : SqlDialect.H2.journalIndexesBeforeBulkImport()) {
				st.execute(ddl);
			}
		}
		c.commit();
	}

	/** The placements (creates and moves) into {@code containerId}, unsorted. */
	static List<Operation> placementsInto(Connection c, String containerId) throws SQLException, IOException {
		List<Operation> placements = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT data FROM cp_journal WHERE target_id = ?")) {
			ps.setString(1, containerId);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					placements.add(OperationCodec.decode(rs.getBytes(1)));
				}
			}
		}
		return placements;
	}

	/** Per device: how many operations, and the lowest and highest sequence number. */
	record DeviceRange(String device, long count, long min, long max) {
	}

	/** The head of a device's gap-free run, reading its journaled sequence numbers above {@code head}. */
	static long headBeyond(Connection c, String device, long head) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT device_seq FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")) {
			ps.setString(1, device);
			ps.setLong(2, head);
			try (ResultSet seqs = ps.executeQuery()) {
				while (seqs.next() && seqs.getLong(1) == head + 1) {
					head++;
				}
			}
		}
		return head;
	}

	/** How many operations the journal holds, and its newest clock value (0 when empty). */
	record Size(long operations, long lastHlc) {
	}

	static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}
}
