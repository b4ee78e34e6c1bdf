package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SortedMap;
import java.util.function.Supplier;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;

/**
 * The store's attachments as its users see them: each call one transaction over {@link AttachmentTable}.
 */
final class AttachmentStore {

	private final Supplier<Connection> db;

	AttachmentStore(Supplier<Connection> db) {
		this.db = db;
	}

	/**
	 * Writes content under its hash in one transaction, as an attachment or (without {@code asAttachment}) as
	 * staged content; nothing if the content does not have that hash or cannot be read.
	 */
	long store(String sha256, InputStream content, boolean asAttachment) throws StoreException, IOException {
		if (!AttachmentTable.isHash(sha256)) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NOT_A_HASH, sha256));
		}
		Connection connection = db.get();
		try {
			boolean stored = AttachmentTable.size(connection, sha256) >= 0;
			AttachmentTable.Content read = stored ? AttachmentTable.read(content)
					: AttachmentTable.writePieces(connection, sha256, content);
			if (!read.sha256().equals(sha256)) {
				StoreErrors.rollbackQuietly(connection);
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.ATTACHMENT_MISMATCH, sha256));
			}
			if (!stored && asAttachment) {
				AttachmentTable.insertRow(connection, sha256, read.size());
			} else if (!stored) {
				AttachmentTable.markStaged(connection, sha256);
			}
			connection.commit();
			return read.size();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(connection);
			throw StoreErrors.databaseFailed(e);
		} catch (IOException | RuntimeException e) {
			StoreErrors.rollbackQuietly(connection);
			throw e;
		}
	}

	InputStream open(String sha256) throws StoreException {
		long size = size(sha256);
		return size < 0 ? null : AttachmentTable.open(db, sha256, size);
	}

	/** The size of the stored attachment, or -1 if there is none. */
	long size(String sha256) throws StoreException {
		if (!AttachmentTable.isHash(sha256)) {
			return -1;
		}
		try {
			long size = AttachmentTable.size(db.get(), sha256);
			db.get().commit();
			return size;
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		}
	}

	SortedMap<String, Long> list() throws StoreException {
		try {
			SortedMap<String, Long> attachments = AttachmentTable.list(db.get());
			db.get().commit();
			return attachments;
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		}
	}

	/** How many pieces of attachment content the database holds, staged content included. */
	long pieces() throws StoreException {
		try {
			long pieces = AttachmentTable.pieceCount(db.get());
			db.get().commit();
			return pieces;
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		}
	}
}
