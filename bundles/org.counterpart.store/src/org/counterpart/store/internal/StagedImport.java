package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.counterpart.store.ImportStage;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.Operation;

/**
 * An import stage of the store. Staged attachment content is written and committed attachment by attachment as it
 * arrives, as pieces without an attachment row; staged operations are kept in memory up to a batch (by count and by
 * bytes) and then
 * appended to the staged operations table, a batch per commit. {@link OperationImport#importStaged} reads them back
 * in batches and, in its transaction, adds the attachment rows and clears the table. (Holding one transaction open
 * from the first staged item to the import would not work here: reading a store commits, and the import itself
 * reads the store before it writes.)
 */
final class StagedImport implements ImportStage {

	private final Supplier<Connection> db;
	private final AttachmentStore content;
	private final IntSupplier importBatch;
	private final LongSupplier importBatchBytes;
	/** until closed or imported */
	private boolean active = true;

	private final Map<String, Long> attachments = new LinkedHashMap<>();
	/** operations not written to the table yet, at most a batch */
	private final List<Operation> pending = new ArrayList<>();
	/** about how many bytes the pending operations take (see StagedOperationTable.size) */
	private long pendingBytes;
	/** operations in the table: arrival numbers 0 to written - 1 */
	private long written;
	/** while importing: the arrival number of the next operation to read from the table */
	private long nextArrival;
	private boolean pendingRead;

	StagedImport(Supplier<Connection> db, AttachmentStore content, IntSupplier importBatch,
			LongSupplier importBatchBytes) {
		this.db = db;
		this.content = content;
		this.importBatch = importBatch;
		this.importBatchBytes = importBatchBytes;
	}

	boolean isActive() {
		return active;
	}

	@Override
	public void addOperation(Operation operation) throws StoreException {
		requireActive();
		pending.add(Objects.requireNonNull(operation, "operation"));
		pendingBytes += StagedOperationTable.size(operation);
		int batchSize = importBatch.getAsInt();
		boolean tooLarge = pendingBytes > importBatchBytes.getAsLong();
		if (pending.size() > batchSize || tooLarge) {
			// a batch goes to the table only once there is more than one: an import of one batch stays in memory;
			// large values go at once, so that memory holds at most the byte bound and one operation
			List<Operation> batch = pending.subList(0, tooLarge ? pending.size() : batchSize);
			try {
				StagedOperationTable.append(db.get(), written, batch);
				db.get().commit();
			} catch (SQLException e) {
				StoreErrors.rollbackQuietly(db.get());
				throw StoreErrors.databaseFailed(e);
			}
			written += batch.size();
			batch.clear();
			pendingBytes = 0;
			for (Operation left : pending) {
				pendingBytes += StagedOperationTable.size(left);
			}
		}
	}

	@Override
	public long operationCount() {
		return written + pending.size();
	}

	@Override
	public long addAttachment(String sha256, InputStream stream) throws StoreException, IOException {
		requireActive();
		long size = content.store(sha256, stream, false);
		attachments.put(sha256, size);
		return size;
	}

	@Override
	public Map<String, Long> attachments() {
		return Collections.unmodifiableMap(attachments);
	}

	private void requireActive() throws StoreException {
		StoreErrors.requireOpen(db.get());
		if (!active) {
			throw new IllegalStateException("the import stage is closed or imported");
		}
	}

	/** Starts reading the staged operations from the first. */
	void rewind() {
		nextArrival = 0;
		pendingRead = false;
	}

	/** The next batch of staged operations, in the order they were staged; empty once all were read. */
	List<Operation> nextBatch() throws SQLException, IOException {
		if (nextArrival < written) {
			List<Operation> batch = StagedOperationTable.read(db.get(), nextArrival,
					importBatch.getAsInt(), importBatchBytes.getAsLong());
			if (batch.isEmpty()) {
				throw new IOException("staged operations are missing");
			}
			nextArrival += batch.size();
			return batch;
		}
		pendingRead = true;
		return pending;
	}

	boolean hasNextBatch() {
		return nextArrival < written || !pendingRead && !pending.isEmpty();
	}

	/** Inside the import's transaction: the staged attachments become attachments. */
	void writeImported() throws SQLException {
		for (Map.Entry<String, Long> attachment : attachments.entrySet()) {
			AttachmentTable.insertRow(db.get(), attachment.getKey(), attachment.getValue());
			AttachmentTable.unmarkStaged(db.get(), attachment.getKey());
		}
	}

	/** After the import's commit: the stage is spent, and its operations go. Should that fail, the next stage removes them. */
	void imported() {
		active = false;
		if (written == 0) {
			return;
		}
		try {
			StagedOperationTable.clear(db.get());
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
		}
	}

	@Override
	public void close() throws StoreException {
		if (!active) {
			return;
		}
		active = false;
		pending.clear();
		pendingBytes = 0;
		Connection connection = db.get();
		if (attachments.isEmpty() && written == 0 || connection == null) {
			return; // a store closed meanwhile drops what was staged when it is opened again
		}
		try {
			for (String sha256 : attachments.keySet()) {
				AttachmentTable.dropStaged(connection, sha256);
			}
			connection.commit();
			if (written > 0) {
				StagedOperationTable.clear(connection);
			}
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(connection);
			throw StoreErrors.databaseFailed(e);
		}
	}
}
