package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The ids of the objects that have a tombstone, read all at once when a merge first asks and kept from one import to
 * the next. A merge asks about the objects each batch names and, when nesting objects move, about all of them and
 * their containers: queried each time, those were thousands of ids per package at headquarters. Like
 * {@link StoredPlacements} it moves on with each write and is forgotten after a rollback or when another process wrote
 * the store. Tombstones are never removed, so between those points the set only grows.
 */
final class StoredTombstones {

	/** null: not read since the store opened or since it was last forgotten */
	private Set<String> known;

	/** Those of {@code ids} that have a tombstone, reading them all in the caller's transaction the first time. */
	Set<String> dead(Connection c, Collection<String> ids) throws SQLException {
		if (known == null) {
			known = TombstoneTable.all(c);
		}
		Set<String> dead = new HashSet<>();
		for (String id : ids) {
			if (known.contains(id)) {
				dead.add(id);
			}
		}
		return dead;
	}

	/** Takes in the tombstones just written. */
	void advance(Collection<String> written) {
		if (known != null) {
			known.addAll(written);
		}
	}

	/** Forgets them all: after a rollback, or when another process wrote, they are read again. */
	void forget() {
		known = null;
	}
}
