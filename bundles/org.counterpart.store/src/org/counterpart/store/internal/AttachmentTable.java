package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Attachment content in the store, addressed by its SHA-256: a row per attachment ({@code cp_attachment}: hash
 * and size) and its bytes in pieces of {@link #PIECE_BYTES} ({@code cp_attachment_chunk}), so that content of any
 * size is written and read one piece at a time on both databases. (One BLOB or BYTEA column would not do: the
 * PostgreSQL driver reads a BYTEA value whole into memory, and copies a stream of unknown length into a temporary
 * file before sending it.)
 * <p>
 * An attachment exists when its row does. The row is written once all the pieces are there, in the transaction
 * that makes the attachment part of the store. Staged content (pieces written ahead of the import that makes them
 * an attachment) is listed in {@code cp_attachment_staged} until it is imported or dropped; what an interrupted
 * import left there is removed when the store is opened. A store is used by one process at a time (H2 enforces
 * it; on PostgreSQL the journal's sequence numbers already require it), so that removal touches no other import.
 * </p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 */
final class AttachmentTable {

	/** Size of one piece: large enough that a photo is a few rows, small enough to hold one in memory. */
	static final int PIECE_BYTES = 256 * 1024;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");


	/** What was read from a stream: its size and SHA-256. */
	record Content(long size, String sha256) {
	}

	private AttachmentTable() {
	}

	static boolean isHash(String sha256) {
		return sha256 != null && SHA256.matcher(sha256).matches();
	}

	/** The size of the stored attachment, or -1 if there is none. */
	static long size(Connection c, String sha256) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT size FROM cp_attachment WHERE sha256 = ?")) {
			ps.setString(1, sha256);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getLong(1) : -1;
			}
		}
	}

	static SortedMap<String, Long> list(Connection c) throws SQLException {
		SortedMap<String, Long> attachments = new TreeMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT sha256, size FROM cp_attachment");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				attachments.put(rs.getString(1), rs.getLong(2));
			}
		}
		return attachments;
	}

	/**
	 * Writes {@code content} as the pieces of {@code sha256}, replacing pieces a staged attachment left, and
	 * returns what was read: the caller compares its hash and rolls back if it is not {@code sha256}.
	 */
	static Content writePieces(Connection c, String sha256, InputStream content) throws SQLException, IOException {
		deleteUnreferencedPieces(c, sha256);
		MessageDigest digest = sha256();
		byte[] piece = new byte[PIECE_BYTES];
		long size = 0;
		try (PreparedStatement insert = c.prepareStatement(
				"INSERT INTO cp_attachment_chunk (sha256, chunk_no, data) VALUES (?, ?, ?)")) {
			for (int number = 0;; number++) {
				int n = content.readNBytes(piece, 0, piece.length);
				if (n == 0) {
					break;
				}
				digest.update(piece, 0, n);
				size += n;
				insert.setString(1, sha256);
				insert.setInt(2, number);
				insert.setBytes(3, n == piece.length ? piece : Arrays.copyOf(piece, n));
				insert.executeUpdate(); // one piece at a time: a batch would hold them all in memory
				if (n < piece.length) {
					break;
				}
			}
		}
		return new Content(size, HexFormat.of().formatHex(digest.digest()));
	}

	/** Reads {@code content} to its end without storing it: for content that is stored already. */
	static Content read(InputStream content) throws IOException {
		DigestInputStream digesting = new DigestInputStream(content, sha256());
		long size = digesting.transferTo(OutputStream.nullOutputStream());
		return new Content(size, HexFormat.of().formatHex(digesting.getMessageDigest().digest()));
	}

	/** Records written pieces as staged content. */
	static void markStaged(Connection c, String sha256) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO cp_attachment_staged (sha256) SELECT ? WHERE NOT EXISTS "
				+ "(SELECT 1 FROM cp_attachment_staged WHERE sha256 = ?)")) {
			ps.setString(1, sha256);
			ps.setString(2, sha256);
			ps.executeUpdate();
		}
	}

	/** Content is no longer staged: it became an attachment, or it is dropped (see {@link #dropStaged}). */
	static void unmarkStaged(Connection c, String sha256) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("DELETE FROM cp_attachment_staged WHERE sha256 = ?")) {
			ps.setString(1, sha256);
			ps.executeUpdate();
		}
	}

	/** Drops staged content: its pieces, unless they belong to an attachment meanwhile, and its mark. */
	static void dropStaged(Connection c, String sha256) throws SQLException {
		deleteUnreferencedPieces(c, sha256);
		unmarkStaged(c, sha256);
	}

	/** Drops all staged content: what an import that never finished left. */
	static void dropAllStaged(Connection c) throws SQLException {
		List<String> staged = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM cp_attachment_staged");
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				staged.add(rs.getString(1));
			}
		}
		for (String sha256 : staged) {
			dropStaged(c, sha256);
		}
	}

	/** Makes written pieces an attachment, unless it is one already. */
	static void insertRow(Connection c, String sha256, long size) throws SQLException {
		if (size(c, sha256) >= 0) {
			return;
		}
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO cp_attachment (sha256, size) VALUES (?, ?)")) {
			ps.setString(1, sha256);
			ps.setLong(2, size);
			ps.executeUpdate();
		}
	}

	/** Removes the pieces of {@code sha256} if they belong to no attachment (staged content). */
	private static void deleteUnreferencedPieces(Connection c, String sha256) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("DELETE FROM cp_attachment_chunk WHERE sha256 = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM cp_attachment WHERE cp_attachment.sha256 = cp_attachment_chunk.sha256)")) {
			ps.setString(1, sha256);
			ps.executeUpdate();
		}
	}

	/** How many pieces the table holds, those of staged content included. */
	static long pieceCount(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cp_attachment_chunk");
				ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * A stream over a stored attachment that reads one piece per query when it needs it, through whatever
	 * connection the store has then ({@code null} once it is closed). It does not commit: a read leaves at most a
	 * read-only transaction that the store's next commit ends.
	 */
	static InputStream open(Supplier<Connection> connection, String sha256, long size) {
		return new PieceInput(connection, sha256, size);
	}

	private static final class PieceInput extends InputStream {
		private final Supplier<Connection> connection;
		private final String sha256;
		private final long size;
		private long delivered;
		private int nextPiece;
		private byte[] piece = new byte[0];
		private int position;
		private boolean closed;

		PieceInput(Supplier<Connection> connection, String sha256, long size) {
			this.connection = connection;
			this.sha256 = sha256;
			this.size = size;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
			if (closed) {
				throw new IOException(Messages.CLOSED);
			}
			if (length == 0) {
				return 0;
			}
			if (position == piece.length) {
				if (delivered == size) {
					return -1;
				}
				piece = nextPiece();
				position = 0;
			}
			int n = Math.min(length, piece.length - position);
			System.arraycopy(piece, position, buffer, offset, n);
			position += n;
			delivered += n;
			return n;
		}

		@Override
		public int available() {
			return piece.length - position;
		}

		@Override
		public void close() {
			closed = true;
			piece = new byte[0];
			position = 0;
		}

		private byte[] nextPiece() throws IOException {
			Connection c = connection.get();
			if (c == null) {
				throw new IOException(Messages.CLOSED);
			}
			byte[] data;
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT data FROM cp_attachment_chunk WHERE sha256 = ? AND chunk_no = ?")) {
				ps.setString(1, sha256);
				ps.setInt(2, nextPiece);
				try (ResultSet rs = ps.executeQuery()) {
					data = rs.next() ? rs.getBytes(1) : null;
				}
			} catch (SQLException e) {
				try {
					c.rollback(); // PostgreSQL refuses further statements in a failed transaction
				} catch (SQLException ignored) {
					// the connection is broken; the store reports it on its next use
				}
				throw new IOException(Messages.format(Messages.DATABASE_FAILED, StoreErrors.describe(e)));
			}
			if (data == null || data.length == 0 || delivered + data.length > size) {
				throw new IOException(Messages.format(Messages.ATTACHMENT_DAMAGED, sha256));
			}
			nextPiece++;
			return data;
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
