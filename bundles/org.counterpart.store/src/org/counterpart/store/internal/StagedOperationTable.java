package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;

/**
 * Operations staged for an import ({@code cp_staged_op}): each in its binary encoding under the number of its
 * arrival, so that they are read back in the order they came, a batch at a time. Like staged attachments, rows
 * that an interrupted import left are removed when the store is opened.
 * <p>
 * Statements other than {@link #clear} run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class StagedOperationTable {

	private StagedOperationTable() {
	}

	/** Appends {@code operations}, numbering them from {@code firstArrival}. */
	static void append(Connection c, long firstArrival, List<Operation> operations) throws SQLException {
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO cp_staged_op (arrival, data) VALUES (?, ?)")) {
			long arrival = firstArrival;
			for (Operation op : operations) {
				insert.setLong(1, arrival++);
				insert.setBytes(2, OperationCodec.encode(op));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	/**
	 * Up to {@code limit} operations from arrival number {@code fromArrival} on, in arrival order, and no more once
	 * their encodings add up to {@code maxBytes} (at least one operation, however large): a sender cannot make a
	 * batch of huge values that memory does not hold.
	 *
	 * @throws IOException if a row does not decode
	 */
	static List<Operation> read(Connection c, long fromArrival, int limit, long maxBytes) throws SQLException, IOException {
		List<Operation> operations = new ArrayList<>(Math.min(limit, 1024));
		long bytes = 0;
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT data FROM cp_staged_op WHERE arrival >= ? ORDER BY arrival FETCH FIRST " + limit + " ROWS ONLY")) {
			ps.setLong(1, fromArrival);
			try (ResultSet rs = ps.executeQuery()) {
				while (bytes < maxBytes && rs.next()) {
					byte[] data = rs.getBytes(1);
					bytes += data.length;
					operations.add(OperationCodec.decode(data));
				}
			}
		}
		return operations;
	}

	/**
	 * About how many bytes {@code op} takes encoded (and, as Latin-1 strings, in memory): what a batch is bounded by
	 * while it is gathered, before it is encoded.
	 */
	static long size(Operation op) {
		return 32 + length(op.deviceId()) + length(op.objectId()) + length(op.eClass()) + length(op.feature())
				+ length(op.value()) + length(op.containerId()) + length(op.containmentFeature());
	}

	private static long length(String s) {
		return s == null ? 0 : s.length();
	}

	/**
	 * Removes every staged operation, committing. (TRUNCATE rather than DELETE: H2 collects the rows a DELETE removes
	 * in memory first, and there may be millions.)
	 */
	static void clear(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("TRUNCATE TABLE cp_staged_op");
		}
		c.commit();
	}
}
