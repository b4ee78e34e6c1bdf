package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * The store's side of an integration: journal lookups for the integrator, and what it decides (tombstones,
 * positions, conflicts, resolutions) kept until the next write puts it in the same transaction as the state.
 */
final class MergeSession implements MergeTarget {

	private final WorkspaceState state;
	private final Supplier<Connection> db;
	private final StoredPlacements storedPlacements;
	private final StoredTombstones storedTombstones;

	final Map<EObject, Long> positions = new IdentityHashMap<>();
	final Map<String, Operation> tombstones = new LinkedHashMap<>();
	private final List<ConflictTable.Replacement> replacements = new ArrayList<>();
	/** Resolved conflicts' keys, each with the RESOLVE operation that closed it ({@code null} if not known). */
	final Map<String, Operation> resolved = new LinkedHashMap<>();
	/** Per journal bucket whose rows this integration read, the highest key it holds (see {@link JournalTable#byObject}). */
	final Map<Long, Long> lastKeys = new HashMap<>();

	MergeSession(WorkspaceState state, Supplier<Connection> db, StoredPlacements storedPlacements,
			StoredTombstones storedTombstones) {
		this.state = state;
		this.db = db;
		this.storedPlacements = storedPlacements;
		this.storedTombstones = storedTombstones;
	}

	void clear() {
		positions.clear();
		tombstones.clear();
		replacements.clear();
		resolved.clear();
		lastKeys.clear();
	}

	@Override
	public Resource resource() {
		return state.resource;
	}

	@Override
	public EObject find(String id) {
		EObject o = ((ResourceImpl) state.resource).getIntrinsicIDToEObjectMap().get(id);
		return o != null && o.eResource() == state.resource ? o : null;
	}

	@Override
	public EClass resolveClass(String classUri) {
		return ObjectIds.resolveClass(state.registry, classUri);
	}

	@Override
	public Map<String, List<Operation>> history(Collection<String> objectIds) throws StoreException {
		return sorted(objectIds);
	}

	@Override
	public Map<String, List<Operation>> placementHistory(Collection<String> objectIds) throws StoreException {
		try {
			return storedPlacements.of(db.get(), objectIds);
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
	}

	private Map<String, List<Operation>> sorted(Collection<String> objectIds) throws StoreException {
		Map<String, List<Operation>> history;
		try {
			history = JournalTable.byObject(db.get(), objectIds, lastKeys);
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
		for (List<Operation> ops : history.values()) {
			ops.sort(JournalTable.ORDER);
		}
		return history;
	}

	@Override
	public List<Operation> placementsInto(String containerId) throws StoreException {
		List<Operation> placements;
		try {
			placements = JournalTable.placementsInto(db.get(), containerId);
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
		placements.sort(JournalTable.ORDER);
		return placements;
	}

	@Override
	public Set<String> tombstones(Collection<String> ids) throws StoreException {
		Set<String> dead = new HashSet<>();
		if (!tombstones.isEmpty()) {
			for (String id : ids) {
				if (tombstones.containsKey(id)) {
					dead.add(id);
				}
			}
		}
		try {
			dead.addAll(storedTombstones.dead(db.get(), ids));
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		}
		return dead;
	}

	@Override
	public Operation deletion(String id) throws StoreException {
		Operation pending = tombstones.get(id);
		if (pending != null) {
			return pending;
		}
		TombstoneTable.Deletion stored;
		try {
			stored = TombstoneTable.deletion(db.get(), id);
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		}
		return stored == null ? null : operation(stored.device(), stored.sequence());
	}

	@Override
	public void addTombstone(String id, Operation delete) {
		tombstones.putIfAbsent(id, delete);
	}

	@Override
	public Operation operation(String device, long sequence) throws StoreException {
		try {
			return JournalTable.operation(db.get(), device, sequence);
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		} catch (IOException e) {
			throw StoreErrors.corrupt("journal");
		}
	}

	@Override
	public long position(EObject child) {
		Long merged = positions.get(child);
		if (merged != null) {
			return merged;
		}
		Slot slot = state.slots.get(child);
		return slot == null ? Operation.NO_POSITION : slot.position();
	}

	@Override
	public void setPosition(EObject child, long position) {
		positions.put(child, position);
	}

	@Override
	public void replaceConflicts(String objectId, String feature, Conflict.Kind kind, List<Conflict> conflicts) {
		replacements.add(new ConflictTable.Replacement(kind, objectId, feature == null ? "" : feature, List.copyOf(conflicts)));
	}

	@Override
	public void resolveConflict(String key) {
		resolved.putIfAbsent(key, null);
	}

	@Override
	public void resolveConflict(Operation resolve) {
		if (resolved.get(resolve.value()) == null) {
			resolved.put(resolve.value(), resolve);
		}
	}

	/** After a write of the pending tombstones: they are stored now. */
	void tombstonesWritten() {
		storedTombstones.advance(tombstones.keySet());
	}

	/** The journal's highest keys read so far are not to be trusted: another process may write before this one's next write. */
	void forgetJournalKeys() {
		lastKeys.clear();
	}

	/** After a rollback: the stored tombstones are read again when asked. */
	void forgetStoredTombstones() {
		storedTombstones.forget();
	}

	/** Writes tombstones, conflicts and resolutions inside the caller's transaction. */
	void writePending() throws SQLException {
		TombstoneTable.addMissing(db.get(), tombstones);
		ConflictTable.resolve(db.get(), resolved);
		if (!resolved.isEmpty()) {
			ConflictTable.keepResolvedConflicts(db.get());
		}
		ConflictTable.replace(db.get(), replacements);
		if (!resolved.isEmpty()) {
			ConflictTable.keepResolvedConflicts(db.get());
		}
	}
}
