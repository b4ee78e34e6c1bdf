package org.counterpart.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;

/**
 * The recovery area ({@code cp_recovery}): one row holding a copy of the unsaved changes, as the operations that make
 * them in the journal's own encoding. It lives inside the store's database, so a local store keeps it encrypted like
 * everything else; no other file is written.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class RecoveryTable {

	/** Leading the row's data, so that a later version can tell what it reads. */
	private static final int FORMAT = 1;
	private static final int SLOT = 1;

	private RecoveryTable() {
	}

	/** Replaces what the area holds with {@code operations} kept at {@code keptAt}. */
	static void write(Connection c, Instant keptAt, List<Operation> operations) throws SQLException {
		clear(c);
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO cp_recovery (slot, kept_at, data) VALUES (?, ?, ?)")) {
			ps.setInt(1, SLOT);
			ps.setLong(2, keptAt.toEpochMilli());
			ps.setBytes(3, encode(operations));
			ps.executeUpdate();
		}
	}

	static void clear(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.executeUpdate("DELETE FROM cp_recovery");
		}
	}

	/**
	 * What the area holds, or empty.
	 *
	 * @throws IOException if the row cannot be decoded
	 */
	static Optional<RecoveredEdits> read(Connection c) throws SQLException, IOException {
		try (PreparedStatement ps = c.prepareStatement("SELECT kept_at, data FROM cp_recovery WHERE slot = ?")) {
			ps.setInt(1, SLOT);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return Optional.empty();
				}
				return Optional.of(new RecoveredEdits(Instant.ofEpochMilli(rs.getLong(1)), decode(rs.getBytes(2))));
			}
		}
	}

	private static byte[] encode(List<Operation> operations) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(FORMAT);
			out.writeInt(operations.size());
			for (Operation op : operations) {
				OperationCodec.write(out, op);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory: does not happen
		}
		return bytes.toByteArray();
	}

	private static List<Operation> decode(byte[] data) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
		int format = in.readInt();
		if (format != FORMAT) {
			throw new IOException("Recovery area format " + format + " is not known to this version of Counterpart");
		}
		int count = in.readInt();
		if (count < 0) {
			throw new IOException("Malformed recovery area: " + count + " operations");
		}
		List<Operation> operations = new ArrayList<>(Math.min(count, 10_000));
		for (int i = 0; i < count; i++) {
			operations.add(OperationCodec.read(in));
		}
		if (in.available() > 0) {
			throw new IOException("Malformed recovery area: " + in.available() + " trailing bytes");
		}
		return operations;
	}
}
