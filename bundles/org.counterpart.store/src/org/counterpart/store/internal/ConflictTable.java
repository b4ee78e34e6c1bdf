package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.store.Conflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.OperationCodec;

/**
 * Conflicts a merge recorded ({@code cp_conflict}: kind, register, the winning and the losing operation) and the
 * keys of those an analyst resolved ({@code cp_resolved}). A conflict is open while its key is not resolved.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class ConflictTable {

	private ConflictTable() {
	}

	/** The open conflicts, by key. */
	static List<Conflict> open(Connection c) throws SQLException, StoreException {
		List<Conflict> conflicts = new ArrayList<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT kind, object_id, register, winner, loser FROM cp_conflict WHERE "
						+ "conflict_key NOT IN (SELECT conflict_key FROM cp_resolved) ORDER BY conflict_key")) {
			while (rs.next()) {
				String register = rs.getString(3);
				conflicts.add(new Conflict(Conflict.Kind.valueOf(rs.getString(1)), rs.getString(2),
						register.isEmpty() ? null : register, OperationCodec.decode(rs.getBytes(4)),
						OperationCodec.decode(rs.getBytes(5))));
			}
		} catch (IOException | IllegalArgumentException e) {
			throw StoreErrors.corrupt("conflicts");
		}
		return conflicts;
	}

	/** A merge's verdict on one register: the conflicts of one kind that it has now. */
	record Replacement(Conflict.Kind kind, String objectId, String register, List<Conflict> conflicts) {
	}

	/** Replaces the conflicts of each register and kind by those the merge found (none: the register is settled). */
	static void replace(Connection c, List<Replacement> replacements) throws SQLException {
		if (replacements.isEmpty()) {
			return;
		}
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM cp_conflict WHERE object_id = ? AND register = ? AND kind = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_conflict (conflict_key, kind, "
						+ "object_id, register, winner, loser) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (Replacement r : replacements) {
				delete.setString(1, r.objectId());
				delete.setString(2, r.register());
				delete.setString(3, r.kind().name());
				delete.executeUpdate();
				Set<String> keys = new HashSet<>();
				for (Conflict conflict : r.conflicts()) {
					if (!keys.add(conflict.key())) {
						continue;
					}
					insert.setString(1, conflict.key());
					insert.setString(2, conflict.kind().name());
					insert.setString(3, conflict.objectId());
					insert.setString(4, conflict.register());
					insert.setBytes(5, OperationCodec.encode(conflict.winner()));
					insert.setBytes(6, OperationCodec.encode(conflict.loser()));
					insert.executeUpdate();
				}
			}
		}
	}

	/** Records conflicts as resolved; a key resolved before stays so. */
	static void resolve(Connection c, Collection<String> keys) throws SQLException {
		if (keys.isEmpty()) {
			return;
		}
		try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM cp_resolved WHERE conflict_key = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_resolved (conflict_key) VALUES (?)")) {
			for (String key : keys) {
				known.setString(1, key);
				try (ResultSet rs = known.executeQuery()) {
					if (rs.next()) {
						continue;
					}
				}
				insert.setString(1, key);
				insert.executeUpdate();
			}
		}
	}
}
