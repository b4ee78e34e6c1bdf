package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.TamperedOperationException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.counterpart.store.journal.OperationCodec;

/**
 * Brings operations of other devices into the store: those the journal does not hold yet are integrated into the
 * loaded model (by the caller's integrator, through the {@link MergeSession}) and written with it. A staged import
 * does so a batch at a time in one transaction; whatever fails, the store is put back as it was.
 */
final class OperationImport {

	private final WorkspaceState state;
	private final Supplier<Connection> db;
	private final WorkspaceLoader loader;
	private final WorkspaceSaver saver;
	private final MergeSession merge;
	private final JournalHeads heads;
	private final StoredPlacements placements;
	private final AttachmentStore attachments;

	/** the open import stage, if any */
	private StagedImport stage;
	/** reads what an import will need on a second core (a local store's), or null */
	private ReadAhead readAhead;
	/** how many operations an import stage holds in memory, and an import integrates at once */
	private int importBatch = WorkspaceStore.IMPORT_BATCH;
	/** how many bytes of operations an import stage holds in memory, and an import integrates at once */
	private long importBatchBytes = WorkspaceStore.IMPORT_BATCH_BYTES;

	OperationImport(WorkspaceState state, Supplier<Connection> db, WorkspaceLoader loader, WorkspaceSaver saver,
			MergeSession merge, JournalHeads heads, StoredPlacements placements, AttachmentStore attachments) {
		this.state = state;
		this.db = db;
		this.loader = loader;
		this.saver = saver;
		this.merge = merge;
		this.heads = heads;
		this.placements = placements;
		this.attachments = attachments;
	}

	/** Reads ahead for imports from now on, on {@code c}: a connection of its own to a local store's database. */
	void readAheadOn(Connection c) throws SQLException {
		stopReadingAhead();
		try {
			readAhead = new ReadAhead(c);
		} catch (SQLException e) {
			StoreErrors.closeQuietly(c);
			throw e;
		}
	}

	/** Stops reading ahead and closes its connection; before the store's own connection closes. */
	void stopReadingAhead() {
		if (readAhead != null) {
			readAhead.close();
			readAhead = null;
		}
	}

	/** Waits for the reading ahead in progress; how many rows the last whole reading read (-1: none, or no reading ahead). */
	long awaitReadAhead() {
		if (readAhead == null) {
			return -1;
		}
		readAhead.awaitReading();
		return readAhead.lastRows();
	}

	/** Operations replayed in the order given, each applied as it was recorded. */
	int replay(Collection<Operation> operations, Map<String, Long> syncMarks) throws StoreException {
		state.strictReplay = true;
		try {
			return importOperations(operations, syncMarks,
					(fresh, target) -> new OperationApplier(target.resource(), state.registry).applyAll(fresh));
		} finally {
			state.strictReplay = false;
		}
	}

	int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		if (state.recorder.hasChanges()) {
			saver.save();
		}
		List<Operation> fresh;
		try {
			fresh = unjournaled(operations);
			db.get().commit();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		} catch (StoreException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw e;
		}
		readAhead(fresh);
		integrate(fresh, integrator);
		try {
			saver.write(fresh, syncMarks, null, true);
		} catch (StoreException e) {
			loader.reload();
			throw e;
		} catch (RuntimeException | Error e) {
			reloadAfter(e);
			throw e;
		}
		return fresh.size();
	}

	ImportStage stageImport() throws StoreException {
		if (stage != null && stage.isActive()) {
			throw new IllegalStateException("an import stage of this store is open already");
		}
		try {
			StagedOperationTable.clear(db.get()); // what an earlier stage could not remove
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		}
		stage = new StagedImport(db, attachments, () -> importBatch, () -> importBatchBytes);
		return stage;
	}

	/**
	 * Sets how many operations an import stage keeps in memory before it writes them to the store, which is also
	 * how many {@link #importStaged} integrates at once.
	 */
	void setImportBatch(int operations) {
		if (operations < 1) {
			throw new IllegalArgumentException("an import batch holds at least one operation");
		}
		importBatch = operations;
	}

	/** Sets how many bytes of operations a batch holds at most (at least one operation, however large). */
	void setImportBatchBytes(long bytes) {
		if (bytes < 1) {
			throw new IllegalArgumentException("an import batch holds at least one byte");
		}
		importBatchBytes = bytes;
	}

	int importStaged(ImportStage staged, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		if (staged != stage || stage == null || !stage.isActive()) {
			throw new IllegalArgumentException("not an open import stage of this store");
		}
		StagedImport imported = stage;
		if (state.recorder.hasChanges()) {
			saver.save();
		}
		// One transaction from the first batch to the commit: each batch is written before the next is read, so the
		// next sees it in the journal, and a failure anywhere rolls all of them back.
		int applied = 0;
		try {
			imported.rewind();
			boolean last;
			do {
				List<Operation> fresh = unjournaled(imported.nextBatch());
				readAhead(fresh);
				last = !imported.hasNextBatch();
				integrateStaged(fresh, integrator);
				applied += fresh.size();
				saver.write(fresh, last ? syncMarks : Map.of(), last ? imported : null, last);
			} while (!last);
			imported.imported();
		} catch (StoreException e) {
			restoreAfterFailure();
			throw e;
		} catch (SQLException e) {
			restoreAfterFailure();
			throw StoreErrors.databaseFailed(e);
		} catch (IOException e) {
			restoreAfterFailure();
			throw StoreErrors.corrupt("staged operations");
		} catch (RuntimeException | Error e) {
			// not only the failures expected here: whatever a merge or a write throws, no batch may stay behind
			try {
				restoreAfterFailure();
			} catch (StoreException | RuntimeException restoring) {
				e.addSuppressed(restoring);
			}
			throw e;
		}
		return applied;
	}

	/**
	 * Those of {@code operations} that the journal does not hold yet (nor an earlier one of them: a second copy is
	 * dropped), in clock order; reads in the current transaction and leaves it open. A (device, sequence number)
	 * names one operation for good: the same operation again is a replay and skipped, a different one is tampering
	 * and refuses the whole import.
	 *
	 * @throws TamperedOperationException if an operation differs from the one journaled, or given before it, under
	 *                                    its device and sequence number
	 */
	private List<Operation> unjournaled(Collection<Operation> operations) throws StoreException, SQLException {
		// one range query per device rather than one per operation
		Map<String, List<Operation>> byDevice = new TreeMap<>();
		for (Operation op : operations) {
			if (op.deviceId() == null || op.sequence() <= 0) {
				throw new StoreException(Reason.INVALID_INPUT,
						Messages.format(Messages.OPERATION_REFUSED, "no device or sequence number"));
			}
			if (!state.clock.accepts(op.timestamp())) {
				// checked before anything is integrated: the clock would refuse it only afterwards
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED,
						"clock value " + op.timestamp() + " of device " + op.deviceId() + " is out of range"));
			}
			byDevice.computeIfAbsent(op.deviceId(), d -> new ArrayList<>()).add(op);
		}
		List<Operation> fresh = new ArrayList<>();
		for (Map.Entry<String, List<Operation>> device : byDevice.entrySet()) {
			long first = Long.MAX_VALUE;
			long last = Long.MIN_VALUE;
			for (Operation op : device.getValue()) {
				first = Math.min(first, op.sequence());
				last = Math.max(last, op.sequence());
			}
			Set<Long> journaled = JournalTable.sequences(db.get(), device.getKey(), first, last);
			Map<Long, Operation> given = new HashMap<>();
			List<Operation> resent = new ArrayList<>();
			for (Operation op : device.getValue()) {
				if (journaled.contains(op.sequence())) {
					resent.add(op);
					continue;
				}
				Operation earlier = given.putIfAbsent(op.sequence(), op);
				if (earlier == null) {
					fresh.add(op);
				} else {
					requireSame(earlier, op);
				}
			}
			if (!resent.isEmpty()) {
				Map<Long, Operation> stored;
				try {
					stored = JournalTable.operations(db.get(), device.getKey(), resent.stream().map(Operation::sequence).toList());
				} catch (IOException e) {
					throw StoreErrors.corrupt("journal");
				}
				for (Operation op : resent) {
					requireSame(stored.get(op.sequence()), op);
				}
			}
		}
		fresh.sort(JournalTable.ORDER);
		return fresh;
	}

	private void readAhead(List<Operation> fresh) {
		if (readAhead != null) {
			readAhead.start(fresh);
		}
	}

	/** Refuses {@code op} unless it is {@code known}, the operation already given under its device and sequence number. */
	private static void requireSame(Operation known, Operation op) throws TamperedOperationException {
		// compared in the encoding this version writes, so that an operation journaled in an older one still matches
		if (known == null || !Arrays.equals(OperationCodec.encode(known), OperationCodec.encode(op))) {
			throw new TamperedOperationException(op.deviceId(), op.sequence(),
					Messages.format(Messages.OPERATION_TAMPERED, op.deviceId(), Long.toString(op.sequence())));
		}
	}

	/**
	 * Integrates {@code fresh} into the loaded model without recording it as local changes, and lets the clock
	 * know of them. If they cannot be integrated, the model is reloaded from the store and the failure thrown.
	 */
	private void integrate(List<Operation> fresh, OperationIntegrator integrator) throws StoreException {
		try {
			integrateStaged(fresh, integrator);
		} catch (StoreException e) {
			loader.reload();
			throw e;
		} catch (RuntimeException | Error e) {
			reloadAfter(e);
			throw e;
		}
	}

	/** Reloads the model after an unchecked failure that is passed on; a failure to reload is added to it. */
	private void reloadAfter(Throwable failure) {
		try {
			loader.reload();
		} catch (StoreException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	/** As {@link #integrate}, leaving the model as the failure left it: the caller puts the store back. */
	private void integrateStaged(List<Operation> fresh, OperationIntegrator integrator) throws StoreException {
		merge.clear();
		StoreException[] failure = { null };
		try {
			state.recorder.runWithoutRecording(() -> {
				try {
					integrator.integrate(Collections.unmodifiableList(fresh), merge);
				} catch (StoreException e) {
					failure[0] = e;
				}
			});
		} catch (IllegalArgumentException e) {
			merge.clear();
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
		} catch (RuntimeException | Error e) {
			merge.clear();
			throw e;
		}
		if (failure[0] != null) {
			merge.clear();
			throw failure[0];
		}
		for (Operation op : fresh) {
			state.clock.receive(op.timestamp());
		}
	}

	/**
	 * Rolls back a transaction that {@link WorkspaceSaver#write} left open, and puts back what it moved on in memory:
	 * the last sequence number and journal heads as committed, whether the load image is current, and the loaded
	 * model.
	 */
	private void restoreAfterFailure() throws StoreException {
		Connection connection = db.get();
		StoreErrors.rollbackQuietly(connection);
		merge.clear();
		heads.forget();
		placements.forget();
		merge.forgetStoredTombstones();
		try {
			Map<String, String> meta = MetaTable.read(connection);
			connection.commit();
			state.lastSequence = Long.parseLong(meta.get(MetaTable.LAST_SEQUENCE));
			state.imageValid = meta.containsKey(MetaTable.LOAD_IMAGE_MARK);
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(connection);
			throw StoreErrors.databaseFailed(e);
		}
		loader.reload();
	}
}
