package org.counterpart.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.Conflict;
import org.counterpart.store.ResolvedConflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;

/**
 * Conflicts a merge recorded ({@code cp_conflict}: kind, register, the winning and the losing operation) and the
 * keys of those an analyst resolved ({@code cp_resolved}, with the operation that resolved each). A conflict is open while its key is not resolved.
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
				conflicts.add(conflict(rs));
			}
		} catch (IOException | IllegalArgumentException e) {
			throw StoreErrors.corrupt("conflicts");
		}
		return conflicts;
	}

	/** The resolved conflicts whose conflict a merge recorded here, by key, each with the operation that resolved it if known. */
	static List<ResolvedConflict> resolved(Connection c) throws SQLException, StoreException {
		List<ResolvedConflict> conflicts = new ArrayList<>();
		try (Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT kind, object_id, register, winner, loser, resolution FROM cp_resolved "
						+ "WHERE winner IS NOT NULL ORDER BY conflict_key")) {
			while (rs.next()) {
				byte[] resolution = rs.getBytes(6);
				conflicts.add(new ResolvedConflict(conflict(rs), resolution == null ? null : OperationCodec.decode(resolution)));
			}
		} catch (IOException | IllegalArgumentException e) {
			throw StoreErrors.corrupt("conflicts");
		}
		return conflicts;
	}

	private static Conflict conflict(ResultSet rs) throws SQLException, IOException {
		String register = rs.getString(3);
		return new Conflict(Conflict.Kind.valueOf(rs.getString(1)), rs.getString(2), register.isEmpty() ? null : register,
				OperationCodec.decode(rs.getBytes(4)), OperationCodec.decode(rs.getBytes(5)));
	}

	/** A merge's verdict on one register: the conflicts of one kind that it has now. */
	record Replacement(Conflict.Kind kind, String objectId, String register, List<Conflict> conflicts) {
	}

	/** Replaces the conflicts of each register and kind by those the merge found (none: the register is settled). */
	static void replace(Connection c, List<Replacement> replacements) throws SQLException {
		if (replacements.isEmpty()) {
			return;
		}
		// most registers a merge decides have no conflict: only the objects that have one are deleted from
		Set<String> withConflicts = objectsWithConflicts(c, replacements);
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM cp_conflict WHERE object_id = ? AND register = ? AND kind = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_conflict (conflict_key, kind, "
						+ "object_id, register, winner, loser) VALUES (?, ?, ?, ?, ?, ?)")) {
			for (Replacement r : replacements) {
				if (withConflicts.contains(r.objectId())) {
					delete.setString(1, r.objectId());
					delete.setString(2, r.register());
					delete.setString(3, r.kind().name());
					delete.executeUpdate();
				}
				Set<String> keys = new HashSet<>();
				for (Conflict conflict : r.conflicts()) {
					if (!keys.add(conflict.key())) {
						continue;
					}
					withConflicts.add(conflict.objectId());
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

	/** Those of the replacements' objects that have a conflict recorded. */
	private static Set<String> objectsWithConflicts(Connection c, List<Replacement> replacements) throws SQLException {
		List<String> ids = new ArrayList<>(new LinkedHashSet<>(replacements.stream().map(Replacement::objectId).toList()));
		Set<String> found = new HashSet<>();
		JournalTable.selectIn(c, "SELECT DISTINCT object_id FROM cp_conflict WHERE object_id", ids,
				rs -> found.add(rs.getString(1)));
		return found;
	}

	/**
	 * Keeps, with each resolution, the conflict it resolved as the merge recorded it: a conflict whose register a
	 * later write settles leaves {@code cp_conflict}, while the resolved list still shows it. Call after
	 * {@link #resolve} and again after {@link #replace} (a conflict and its resolution may arrive together).
	 */
	static void keepResolvedConflicts(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.executeUpdate("UPDATE cp_resolved SET kind = (SELECT k.kind FROM cp_conflict k WHERE k.conflict_key = "
					+ "cp_resolved.conflict_key), object_id = (SELECT k.object_id FROM cp_conflict k WHERE k.conflict_key = "
					+ "cp_resolved.conflict_key), register = (SELECT k.register FROM cp_conflict k WHERE k.conflict_key = "
					+ "cp_resolved.conflict_key), winner = (SELECT k.winner FROM cp_conflict k WHERE k.conflict_key = "
					+ "cp_resolved.conflict_key), loser = (SELECT k.loser FROM cp_conflict k WHERE k.conflict_key = "
					+ "cp_resolved.conflict_key) WHERE winner IS NULL AND conflict_key IN (SELECT conflict_key FROM cp_conflict)");
		}
	}

	/**
	 * Records conflicts as resolved, each key with the RESOLVE operation that closed it ({@code null} if not known);
	 * a key resolved before stays as it was recorded first.
	 */
	static void resolve(Connection c, Map<String, Operation> resolutions) throws SQLException {
		if (resolutions.isEmpty()) {
			return;
		}
		try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM cp_resolved WHERE conflict_key = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_resolved (conflict_key, resolution) VALUES (?, ?)")) {
			for (Map.Entry<String, Operation> resolution : resolutions.entrySet()) {
				known.setString(1, resolution.getKey());
				try (ResultSet rs = known.executeQuery()) {
					if (rs.next()) {
						continue;
					}
				}
				insert.setString(1, resolution.getKey());
				insert.setBytes(2, resolution.getValue() == null ? null : OperationCodec.encode(resolution.getValue()));
				insert.executeUpdate();
			}
		}
	}
}
