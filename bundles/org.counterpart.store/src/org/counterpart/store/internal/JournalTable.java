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
 * with its device and sequence number, clock value, kind, object and (for placements) target container. Rows are kept
 * by object ({@link JournalKeys}); {@code arrival} is the order in which they were journaled. An operation is found by
 * device and sequence number through {@link JournalBlocks}, a placement by its target container through
 * {@code cp_journal_placement}.
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

	/** A statement that indexes placements by their target container: {@link #addTarget} fills it. */
	static PreparedStatement prepareTargetInsert(Connection c) throws SQLException {
		return c.prepareStatement("INSERT INTO cp_journal_placement (target_id, arrival, entry) VALUES (?, ?, ?)");
	}

	/** Adds to the batch that the operation under {@code key}, at {@code arrival}, places an object in {@code target}. */
	static void addTarget(PreparedStatement insert, String target, long arrival, long key) throws SQLException {
		insert.setString(1, target);
		insert.setLong(2, arrival);
		insert.setLong(3, key);
		insert.addBatch();
	}

	/** The sequence numbers from {@code first} to {@code last} of {@code device} that the journal holds. */
	static Set<Long> sequences(Connection c, String device, long first, long last) throws SQLException {
		return JournalBlocks.sequences(c, device, first, last);
	}

	/**
	 * The operations of {@code device} under {@code sequences} that the journal holds, by sequence number.
	 *
	 * @throws IOException if a stored operation does not decode
	 */
	static Map<Long, Operation> operations(Connection c, String device, Collection<Long> sequences)
			throws SQLException, IOException {
		Map<Long, Long> entries = JournalBlocks.entries(c, device,
				sequences.stream().mapToLong(Long::longValue).distinct().toArray());
		Map<Long, byte[]> data = dataByEntry(c, entries.values());
		Map<Long, Operation> stored = new HashMap<>();
		for (Map.Entry<Long, Long> e : entries.entrySet()) {
			byte[] bytes = data.get(e.getValue());
			if (bytes == null) {
				throw new IOException("the journal's index names an operation it does not hold");
			}
			stored.put(e.getKey(), OperationCodec.decode(bytes));
		}
		return stored;
	}

	/** The encoded operations under {@code entries} that the journal holds, by key. */
	private static Map<Long, byte[]> dataByEntry(Connection c, Collection<Long> entries) throws SQLException {
		Map<Long, byte[]> data = new HashMap<>();
		selectIn(c, "SELECT entry, data FROM cp_journal WHERE entry", new ArrayList<>(entries),
				rs -> data.put(rs.getLong(1), rs.getBytes(2)));
		return data;
	}

	/** Reads one row of a result (see {@link #selectIn}). */
	interface RowReader {
		void read(ResultSet rs) throws SQLException;
	}

	/**
	 * Runs {@code select}, which ends with the column to match, as {@code select IN (?, ...)} for {@code values}, a
	 * bounded number of them at a time, and hands every row to {@code row}.
	 */
	static void selectIn(Connection c, String select, List<?> values, RowReader row) throws SQLException {
		for (int from = 0; from < values.size(); from += IN_LIST) {
			List<?> chunk = values.subList(from, Math.min(values.size(), from + IN_LIST));
			try (PreparedStatement ps = c.prepareStatement(select + " IN (" + placeholders(chunk.size()) + ")")) {
				for (int i = 0; i < chunk.size(); i++) {
					ps.setObject(i + 1, chunk.get(i));
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						row.read(rs);
					}
				}
			}
		}
	}

	/** Hands {@code device}'s operations after {@code afterSequence} to {@code sink}, in sequence order. */
	static void read(Connection c, String device, long afterSequence, OperationSink sink)
			throws SQLException, StoreException, IOException {
		for (JournalBlocks.Block block : JournalBlocks.covering(c, device, afterSequence + 1, Long.MAX_VALUE)) {
			for (long from = Math.max(block.first(), afterSequence + 1); from <= block.last(); from += IN_LIST) {
				long to = Math.min(block.last(), from + IN_LIST - 1);
				List<Long> keys = new ArrayList<>();
				for (long s = from; s <= to; s++) {
					keys.add(block.entry(s));
				}
				Map<Long, byte[]> data = dataByEntry(c, keys);
				for (Long key : keys) {
					byte[] bytes = data.get(key);
					Operation op;
					try {
						if (bytes == null) {
							throw new IOException("the journal's runs name an operation it does not hold");
						}
						op = OperationCodec.decode(bytes);
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
		List<Operation> ops = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT data FROM cp_journal ORDER BY arrival")) {
			while (rs.next()) {
				ops.add(OperationCodec.decode(rs.getBytes(1)));
			}
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
		return ops;
	}

	/** {@code device}'s operations after {@code afterSequence}, in sequence order. */
	static List<Operation> after(Connection c, String device, long afterSequence) throws SQLException, StoreException {
		List<Operation> ops = new ArrayList<>();
		try {
			read(c, device, afterSequence, ops::add);
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
		return ops;
	}

	/** The operation {@code sequence} of {@code device}, or null if the journal does not hold it. */
	static Operation operation(Connection c, String device, long sequence) throws SQLException, IOException {
		return operations(c, device, List.of(sequence)).get(sequence);
	}

	/**
	 * The operations on each of {@code objectIds}, unsorted, optionally only those of the given kinds: for each, the
	 * rows of its bucket ({@link JournalKeys}) that are its own. Into {@code lastKeys}, if given, goes each bucket's
	 * highest key ({@link JournalKeys#first} less one if none), which a write in the same transaction then goes on from
	 * without reading the bucket again ({@link JournalKeys.Allocator}).
	 */
	static Map<String, List<Operation>> byObject(Connection c, Collection<String> objectIds, Map<Long, Long> lastKeys,
			Operation.Kind... kinds) throws SQLException, IOException {
		Set<Integer> codes = new HashSet<>();
		for (Operation.Kind kind : kinds) {
			codes.add(kind.code());
		}
		Map<String, List<Operation>> history = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT entry, object_id, kind, data FROM cp_journal WHERE entry >= ? AND entry < ?")) {
			for (String id : new LinkedHashSet<>(objectIds)) {
				long bucket = JournalKeys.bucket(id);
				ps.setLong(1, JournalKeys.first(bucket));
				ps.setLong(2, JournalKeys.end(bucket));
				long last = JournalKeys.first(bucket) - 1;
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						last = Math.max(last, rs.getLong(1));
						// objects rarely share a bucket: the others' rows are only counted
						if (id.equals(rs.getString(2)) && (codes.isEmpty() || codes.contains(rs.getInt(3)))) {
							history.computeIfAbsent(id, k -> new ArrayList<>()).add(OperationCodec.decode(rs.getBytes(4)));
						}
					}
				}
				if (lastKeys != null) {
					lastKeys.put(bucket, last);
				}
			}
		}
		return history;
	}

	/** The placements (creates and moves) into {@code containerId}, unsorted. */
	static List<Operation> placementsInto(Connection c, String containerId) throws SQLException, IOException {
		List<Operation> placements = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT j.data FROM cp_journal_placement t JOIN cp_journal j ON j.entry = t.entry WHERE t.target_id = ?")) {
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
		return JournalBlocks.headBeyond(c, device, head);
	}

	/** How many operations the journal holds, and its newest clock value (0 when empty). */
	record Size(long operations, long lastHlc) {
	}

	static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}
}
