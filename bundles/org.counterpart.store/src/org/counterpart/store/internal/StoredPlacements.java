package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.journal.Operation;

/**
 * The journaled placements (CREATE and containment MOVE) of the objects a merge has asked about, each list in clock
 * order, kept from one import to the next. Deciding the places of objects that nest in their own kind replays the
 * placements of all of them for every batch that moves one; read from the journal each time, that was the largest
 * part of a merge at headquarters' scale. Like {@link JournalHeads} it moves on with each write and is forgotten
 * after a rollback or when another process wrote the store.
 */
final class StoredPlacements {

	/** by object id: its placements as journaled, in {@link JournalTable#ORDER}; an empty list for none */
	private final Map<String, List<Operation>> known = new HashMap<>();

	/**
	 * The placements of each of {@code objectIds} (objects without any are left out), reading those not known yet
	 * in the caller's transaction. The lists are not to be changed.
	 */
	Map<String, List<Operation>> of(Connection c, Collection<String> objectIds) throws SQLException, IOException {
		// after the first package at headquarters nearly every id is known: no copy of the ids just to find none missing
		Set<String> missing = new LinkedHashSet<>();
		for (String id : objectIds) {
			if (!known.containsKey(id)) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, List<Operation>> read = JournalTable.byObject(c, missing, null, Operation.Kind.CREATE,
					Operation.Kind.MOVE);
			for (String id : missing) {
				List<Operation> placements = new ArrayList<>(read.getOrDefault(id, List.of()));
				placements.removeIf(op -> !op.isPlacement());
				placements.sort(JournalTable.ORDER);
				known.put(id, List.copyOf(placements));
			}
		}
		Map<String, List<Operation>> result = new HashMap<>(Math.max(16, objectIds.size() * 4 / 3 + 1));
		for (String id : objectIds) {
			List<Operation> placements = known.get(id);
			if (!placements.isEmpty()) {
				result.put(id, placements);
			}
		}
		return result;
	}

	/** Takes in the placements of operations just journaled, of objects already known here. */
	void advance(List<Operation> written) {
		Map<String, List<Operation>> added = new HashMap<>();
		for (Operation op : written) {
			if (op.isPlacement() && known.containsKey(op.objectId())) {
				added.computeIfAbsent(op.objectId(), id -> new ArrayList<>(known.get(id))).add(op);
			}
		}
		for (Map.Entry<String, List<Operation>> e : added.entrySet()) {
			List<Operation> placements = e.getValue();
			placements.sort(JournalTable.ORDER);
			known.put(e.getKey(), List.copyOf(placements));
		}
	}

	/** Forgets everything: after a rollback, or when another process wrote, the journal is read again. */
	void forget() {
		known.clear();
	}
}
