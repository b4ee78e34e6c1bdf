package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.counterpart.store.StoreException;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationRecorder;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Writes what changed in the loaded model, with the operations that say so, in one transaction: the changed
 * objects' rows (with the positions they now have among their siblings), the journal, this device's progress,
 * sync marks, and what a merge decided.
 */
final class WorkspaceSaver {

	/** Gap between positions of appended children, leaving room to insert between them without renumbering. */
	static final long POSITION_GAP = 1L << 20;

	/** Rows and journal entries per JDBC batch (and per commit while filling a new store). */
	private static final int BATCH = 5000;

	private final WorkspaceState state;
	private final Supplier<Connection> db;
	private final WorkspaceLoader loader;
	private final MergeSession merge;
	private final JournalHeads heads;
	private final StoredPlacements placements;

	WorkspaceSaver(WorkspaceState state, Supplier<Connection> db, WorkspaceLoader loader, MergeSession merge,
			JournalHeads heads, StoredPlacements placements) {
		this.state = state;
		this.db = db;
		this.loader = loader;
		this.merge = merge;
		this.heads = heads;
		this.placements = placements;
	}

	/** Forgets the journal's highest keys that reads in this process saw (see {@link MergeSession#forgetJournalKeys}). */
	void forgetJournalKeys() {
		merge.forgetJournalKeys();
	}

	/** Writes the recorded changes and commits; returns how many operations were written. */
	int save() throws StoreException {
		return write(List.of(), Map.of(), null, true);
	}

	/**
	 * Writes the recorded changes plus {@code foreign} operations (already applied), and makes what is staged in
	 * {@code imported} (if any) part of the store, in one transaction. Without {@code commit}, the transaction is
	 * left open for more (see {@link OperationImport#importStaged}); the in-memory state moves on as if it were
	 * committed, and whoever rolls back must put it back (see {@link OperationImport}).
	 */
	int write(List<Operation> foreign, Map<String, Long> syncMarks, StagedImport imported, boolean commit)
			throws StoreException {
		OperationRecorder recorder = state.recorder;
		Map<EObject, Slot> slots = state.slots;
		Connection connection = db.get();
		recorder.flush();
		Set<EObject> relocated = recorder.placedObjects();
		Set<EObject> dirty = new LinkedHashSet<>(recorder.dirtyObjects());
		Map<EObject, Slot> newSlots = new IdentityHashMap<>();
		Map<OperationRecorder.ContainmentList, List<EObject>> changedMembers = new HashMap<>();
		for (EObject o : dirty) {
			if (o.eResource() == state.resource) {
				changedMembers.computeIfAbsent(new OperationRecorder.ContainmentList(o.eContainer(),
						o.eContainer() == null ? null : o.eContainmentFeature()), k -> new ArrayList<>()).add(o);
			}
		}
		for (OperationRecorder.ContainmentList list : recorder.changedLists()) {
			if (list.owner() == null || list.owner().eResource() == state.resource) {
				List<EObject> members = changedMembers.getOrDefault(list, List.of());
				if (!state.strictReplay && keepsOrder(list, members, relocated)) {
					// nothing in the list needs a new position: no walk over a list that may be very long
					for (EObject member : members) {
						Long merged = merge.positions.get(member);
						if (merged != null) {
							newSlots.put(member, new Slot(list.owner(), list.reference(), merged));
						}
					}
				} else {
					allocatePositions(list.owner(), list.reference(), newSlots, relocated);
				}
			}
		}
		dirty.addAll(newSlots.keySet());
		dirty.removeIf(o -> o.eResource() != state.resource);
		for (EObject o : dirty) {
			if (!slots.containsKey(o) && !newSlots.containsKey(o)) {
				allocatePositions(o.eContainer(), o.eContainmentFeature(), newSlots, relocated);
			}
		}
		List<Operation> ops = completeLocalOperations(recorder.operations(), newSlots);
		ops.addAll(foreign);
		long maxHlc = state.clock.current();
		try (ObjectTable.Writer rows = new ObjectTable.Writer(connection);
				PreparedStatement journal = JournalTable.prepareAppend(connection)) {
			if (state.imageValid) {
				// first, so that no commit of this write, however partial, leaves the image looking current
				loader.dropImageMark();
			}
			for (EObject o : recorder.removedObjects()) {
				if (slots.containsKey(o)) {
					rows.delete(o);
				}
			}
			rows.flushDeletes();
			for (EObject o : inIdOrder(dirty)) {
				rows.put(o, newSlots.containsKey(o) ? newSlots.get(o) : slots.get(o), slots.containsKey(o));
				if (rows.pendingPuts() % BATCH == 0) {
					rows.flushPuts();
					commitIfBulk();
				}
			}
			rows.flushPuts();
			appendToJournal(connection, journal, ops);
			long lastSeq = state.lastSequence;
			for (Operation op : ops) {
				if (op.kind() == Operation.Kind.RESOLVE && state.deviceId.equals(op.deviceId())) {
					merge.resolveConflict(op);
				} else if (op.kind() == Operation.Kind.DELETE) {
					// deletes made here (or replayed) are tombstones too: a later move of the object must not revive it
					merge.addTombstone(op.objectId(), op);
					for (String content : op.deletedContents()) {
						merge.addTombstone(content, op);
					}
				}
				maxHlc = Math.max(maxHlc, op.timestamp());
				if (state.deviceId.equals(op.deviceId())) {
					lastSeq = Math.max(lastSeq, op.sequence());
				}
			}
			JournalRanges.add(connection, ops);
			lastSeq = Math.max(lastSeq, recorder.lastSequence());
			MetaTable.writeProgress(connection, lastSeq, maxHlc);
			SyncMarkTable.raise(connection, syncMarks);
			merge.writePending();
			if (imported != null) {
				imported.writeImported();
			}
			if (state.recoveryOwned) {
				RecoveryTable.clear(connection); // saved now: the copy of the unsaved changes has done its work
			}
			if (commit) {
				connection.commit();
			}
			state.lastSequence = lastSeq;
			heads.advance(ops);
			placements.advance(ops);
			merge.tombstonesWritten();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(connection);
			merge.clear();
			throw StoreErrors.databaseFailed(e);
		} catch (RuntimeException | Error e) {
			StoreErrors.rollbackQuietly(connection); // nothing of a write that failed in any way may stay for a later commit
			merge.clear();
			throw e;
		}
		merge.clear();
		Map<String, EObject> idMap = ((ResourceImpl) state.resource).getIntrinsicIDToEObjectMap();
		for (EObject o : recorder.removedObjects()) {
			idMap.remove(ObjectIds.id(o));
		}
		for (EObject o : dirty) {
			idMap.put(ObjectIds.id(o), o); // ids given after the object was attached are not in the map yet
		}
		for (EObject o : recorder.removedObjects()) {
			slots.remove(o);
		}
		for (EObject o : dirty) {
			slots.put(o, newSlots.containsKey(o) ? newSlots.get(o) : slots.get(o));
		}
		for (Map.Entry<EObject, Slot> e : newSlots.entrySet()) {
			if (e.getKey().eResource() == state.resource) {
				slots.put(e.getKey(), e.getValue());
			}
		}
		recorder.clear();
		return ops.size();
	}

	/**
	 * Journals {@code ops} in their order ({@code arrival}), each under its key by object ({@link JournalKeys}), and
	 * indexes them by device and sequence number ({@link JournalBlocks}) and, for placements, by target container; the
	 * rows go in in key order, so that a bulk import into a new store fills the table from one end.
	 */
	private void appendToJournal(Connection connection, PreparedStatement journal, List<Operation> ops) throws SQLException {
		if (ops.isEmpty()) {
			return;
		}
		long arrival = JournalKeys.nextArrival(connection);
		long[] keys = new long[ops.size()];
		try (JournalKeys.Allocator allocator = new JournalKeys.Allocator(connection, arrival == 1, merge.lastKeys)) {
			for (int i = 0; i < keys.length; i++) {
				keys[i] = allocator.next(ops.get(i).objectId());
			}
		}
		Integer[] inKeyOrder = new Integer[keys.length];
		for (int i = 0; i < inKeyOrder.length; i++) {
			inKeyOrder[i] = i;
		}
		Arrays.sort(inKeyOrder, Comparator.comparingLong(i -> keys[i]));
		for (int n = 0; n < inKeyOrder.length; n++) {
			int i = inKeyOrder[n];
			JournalTable.addAppend(journal, ops.get(i), keys[i], arrival + i);
			if (n % BATCH == BATCH - 1) {
				journal.executeBatch();
				commitIfBulk();
			}
		}
		journal.executeBatch();
		if (ops.stream().anyMatch(op -> op.isPlacement() && op.containerId() != null)) {
			try (PreparedStatement targets = JournalTable.prepareTargetInsert(connection)) {
				for (int i = 0; i < keys.length; i++) {
					Operation op = ops.get(i);
					if (op.isPlacement() && op.containerId() != null) {
						JournalTable.addTarget(targets, op.containerId(), arrival + i, keys[i]);
					}
				}
				targets.executeBatch();
			}
		}
		JournalBlocks.add(connection, ops, keys, arrival + keys.length - 1);
	}

	/**
	 * Gives this device's new operations what a merge elsewhere needs: the basis (the latest clock value this
	 * device knew on the same register) and, for placements, the position the object now has among its
	 * siblings.
	 */
	private List<Operation> completeLocalOperations(List<Operation> local, Map<EObject, Slot> newSlots) throws StoreException {
		List<Operation> completed = new ArrayList<>(local.size());
		if (local.isEmpty()) {
			return completed;
		}
		Map<String, EObject> placedById = new HashMap<>();
		for (EObject o : state.recorder.placedObjects()) {
			placedById.put(ObjectIds.id(o), o);
		}
		Set<String> created = new HashSet<>();
		Set<String> known = new LinkedHashSet<>();
		for (Operation op : local) {
			if (op.kind() == Operation.Kind.CREATE) {
				created.add(op.objectId());
			} else if (!created.contains(op.objectId())) {
				known.add(op.objectId());
				known.addAll(op.deletedContents());
			}
		}
		Map<String, Long> registerStamps = new HashMap<>();
		Map<String, Long> objectStamps = new HashMap<>();
		if (!state.bulkImport && !known.isEmpty()) {
			for (List<Operation> history : merge.history(known).values()) {
				for (Operation op : history) {
					registerStamps.merge(registerKey(op), op.timestamp(), Math::max);
					objectStamps.merge(op.objectId(), op.timestamp(), Math::max);
				}
			}
		}
		for (Operation op : local) {
			Operation.Builder b = op.toBuilder();
			String key = registerKey(op);
			long basis = registerStamps.getOrDefault(key, 0L);
			if (op.kind() == Operation.Kind.DELETE) {
				basis = objectStamps.getOrDefault(op.objectId(), 0L);
				for (String content : op.deletedContents()) {
					basis = Math.max(basis, objectStamps.getOrDefault(content, 0L));
				}
			}
			if (op.kind() != Operation.Kind.CREATE && op.kind() != Operation.Kind.RESOLVE) {
				b.basis(basis);
			}
			if (op.isPlacement()) {
				EObject o = placedById.get(op.objectId());
				Slot slot = o == null || o.eResource() != state.resource ? null
						: newSlots.containsKey(o) ? newSlots.get(o) : state.slots.get(o);
				if (slot != null) {
					b.position(slot.position());
				}
			}
			if (op.kind() != Operation.Kind.RESOLVE) {
				registerStamps.put(key, op.timestamp());
				objectStamps.merge(op.objectId(), op.timestamp(), Math::max);
			}
			completed.add(b.build());
		}
		return completed;
	}

	/**
	 * The register an operation writes: a feature of its object, or the object's place (placements and
	 * deletes share it).
	 */
	static String registerKey(Operation op) {
		boolean place = op.isPlacement() || op.kind() == Operation.Kind.DELETE;
		return op.objectId() + '\u0000' + (place || op.feature() == null ? "" : op.feature());
	}

	/** During an import into a new store (see create), each batch is committed: no giant transaction. */
	private void commitIfBulk() throws SQLException {
		if (state.bulkImport) {
			db.get().commit();
		}
	}

	/**
	 * The objects sorted by id, so that rows reach the id index in key order: new rows with random ids
	 * would otherwise touch (and make the database rewrite) a different index page each.
	 */
	private static List<EObject> inIdOrder(Collection<EObject> objects) {
		record Keyed(String id, EObject object) {
		}
		List<Keyed> keyed = new ArrayList<>(objects.size());
		for (EObject o : objects) {
			keyed.add(new Keyed(ObjectIds.id(o), o));
		}
		keyed.sort(Comparator.comparing(Keyed::id, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<EObject> sorted = new ArrayList<>(keyed.size());
		for (Keyed k : keyed) {
			sorted.add(k.object());
		}
		return sorted;
	}

	/**
	 * Whether the changed members of a list all have their place already: a position a merge gave them, or
	 * their stored slot in this very list when nothing here moved them.
	 */
	private boolean keepsOrder(OperationRecorder.ContainmentList list, List<EObject> members, Set<EObject> relocated) {
		for (EObject member : members) {
			if (merge.positions.containsKey(member)) {
				continue;
			}
			Slot slot = state.slots.get(member);
			if (slot == null || slot.owner() != list.owner() || slot.reference() != list.reference()
					|| relocated.contains(member)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Gives the children of one containment list increasing positions, keeping every stored position that
	 * is still in order and placing the others between their neighbours (or a gap after the last), so that
	 * an append or an insert rewrites one row and a removal none.
	 */
	private void allocatePositions(EObject owner, EReference reference, Map<EObject, Slot> newSlots, Set<EObject> relocated) {
		List<EObject> children;
		if (owner == null) {
			children = state.resource.getContents();
		} else if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) owner.eGet(reference);
			children = list;
		} else {
			EObject child = (EObject) owner.eGet(reference);
			children = child == null ? List.of() : List.of(child);
		}
		int n = children.size();
		long[] stored = new long[n];
		boolean[] valid = new boolean[n];
		boolean[] fixed = new boolean[n];
		for (int i = 0; i < n; i++) {
			EObject child = children.get(i);
			Long merged = merge.positions.get(child);
			if (merged != null) {
				// placed by a merge at the position its operation carries, the same on every device
				fixed[i] = valid[i] = true;
				stored[i] = merged;
				continue;
			}
			Slot s = state.slots.get(child);
			valid[i] = s != null && s.owner() == owner && s.reference() == reference && !relocated.contains(child);
			stored[i] = valid[i] ? s.position() : 0;
		}
		int[] nextValid = new int[n + 1];
		nextValid[n] = -1;
		for (int i = n - 1; i >= 0; i--) {
			nextValid[i] = valid[i] ? i : nextValid[i + 1];
		}
		boolean first = true;
		long prev = 0;
		for (int i = 0; i < n; i++) {
			if (fixed[i]) {
				newSlots.put(children.get(i), new Slot(owner, reference, stored[i]));
			}
			// equal positions are kept: siblings with equal positions are ordered by id, the same everywhere, and
			// renumbering one here would move it on this device only
			if (fixed[i] || (valid[i] && (first || stored[i] >= prev))) {
				prev = stored[i];
				first = false;
				continue;
			}
			int j = nextValid[i + 1];
			long pos;
			if (j >= 0 && (first || stored[j] > prev + 1)) {
				long upper = stored[j];
				pos = first ? upper - POSITION_GAP : prev + (upper - prev) / 2;
			} else if (j >= 0 && stored[j] >= prev) {
				pos = stored[j]; // no room left between the neighbours: equal positions, ordered by id
			} else {
				pos = first ? 0 : prev + POSITION_GAP;
			}
			prev = pos;
			first = false;
			newSlots.put(children.get(i), new Slot(owner, reference, pos));
		}
	}
}
