package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.eclipse.emf.ecore.EObject;

/**
 * The stored state ({@code cp_object}): a row per object with its class, its place (container, containment
 * feature, position) and its other feature values encoded ({@link ObjectState}). Reading it for a load is
 * {@link ObjectRowScan}'s work.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class ObjectTable {

	private ObjectTable() {
	}

	/** Batched writes of rows: deletes, and inserts or updates of objects with their slot. */
	static final class Writer implements AutoCloseable {
		private final PreparedStatement delete;
		private final PreparedStatement update;
		private final PreparedStatement insert;
		private int deletes;
		private int updates;
		private int inserts;

		Writer(Connection c) throws SQLException {
			delete = c.prepareStatement("DELETE FROM cp_object WHERE id = ?");
			update = c.prepareStatement(
					"UPDATE cp_object SET eclass = ?, container_id = ?, container_feature = ?, pos = ?, state = ? WHERE id = ?");
			insert = c.prepareStatement(
					"INSERT INTO cp_object (eclass, container_id, container_feature, pos, state, id) VALUES (?, ?, ?, ?, ?, ?)");
		}

		void delete(EObject o) throws SQLException {
			delete.setString(1, ObjectIds.id(o));
			delete.addBatch();
			deletes++;
		}

		/** Writes the row of {@code o}: an update if it is {@code stored}, an insert otherwise. */
		void put(EObject o, Slot slot, boolean stored) throws SQLException {
			PreparedStatement ps = stored ? update : insert;
			ps.setString(1, ObjectIds.classUri(o.eClass()));
			ps.setString(2, o.eContainer() == null ? null : ObjectIds.id(o.eContainer()));
			ps.setString(3, o.eContainer() == null ? null : o.eContainmentFeature().getName());
			ps.setLong(4, slot.position());
			ps.setBytes(5, ObjectState.encodeFeatures(FeatureValueCodec.stateOf(o)));
			ps.setString(6, ObjectIds.id(o));
			ps.addBatch();
			if (stored) {
				updates++;
			} else {
				inserts++;
			}
		}

		/** How many inserts and updates wait in the batches. */
		int pendingPuts() {
			return updates + inserts;
		}

		void flushDeletes() throws SQLException {
			if (deletes > 0) {
				delete.executeBatch();
				deletes = 0;
			}
		}

		void flushPuts() throws SQLException {
			if (updates > 0) {
				update.executeBatch();
			}
			if (inserts > 0) {
				insert.executeBatch();
			}
			updates = inserts = 0;
		}

		@Override
		public void close() throws SQLException {
			try (delete; update; insert) {
				// closes all three
			}
		}
	}

	static long count(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM cp_object")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The canonical hash of the stored state ({@link ObjectState#hash}), from the rows alone. */
	static String stateHash(Connection c) throws SQLException, StoreException {
		Map<String, ObjectState> states = new HashMap<>();
		record Child(String container, String feature, long position, String id) {
		}
		List<Child> placed = new ArrayList<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT id, eclass, container_id, container_feature, pos, state FROM cp_object")) {
			while (rs.next()) {
				String id = rs.getString(1);
				try {
					states.put(id, new ObjectState(id, rs.getString(2), ObjectState.decodeFeatures(rs.getBytes(6))));
				} catch (IOException e) {
					throw StoreErrors.corrupt(id);
				}
				placed.add(new Child(rs.getString(3), rs.getString(4), rs.getLong(5), id));
			}
		}
		placed.sort(Comparator.comparingLong(Child::position).thenComparing(Child::id));
		List<String> roots = new ArrayList<>();
		for (Child child : placed) {
			if (child.container() == null) {
				roots.add(child.id());
			} else {
				ObjectState owner = states.get(child.container());
				if (owner == null) {
					throw StoreErrors.corrupt(child.id());
				}
				owner.features().computeIfAbsent(child.feature(), k -> new ArrayList<>()).add(child.id());
			}
		}
		return ObjectState.hash(new ArrayList<>(states.values()), roots);
	}
}
