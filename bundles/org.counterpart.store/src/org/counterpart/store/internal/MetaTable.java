package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The store's own facts ({@code cp_meta}, key and value): the schema version, this device's id, its last sequence
 * number and clock value, and the mark that says the load image holds the stored state.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class MetaTable {

	static final String SCHEMA_VERSION = "schema_version";
	static final String DEVICE_ID = "device_id";
	static final String LAST_SEQUENCE = "last_sequence";
	static final String LAST_HLC = "last_hlc";
	/** The key present while the load image holds the stored state. */
	static final String LOAD_IMAGE_MARK = "load_image";

	private MetaTable() {
	}

	/**
	 * Every fact, checking that the schema is not newer than this version knows.
	 *
	 * @throws StoreErrors.NewerSchemaException if it is
	 */
	static Map<String, String> read(Connection c) throws SQLException {
		Map<String, String> meta = new HashMap<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM cp_meta")) {
			while (rs.next()) {
				meta.put(rs.getString(1), rs.getString(2));
			}
		}
		String version = meta.get(SCHEMA_VERSION);
		if (version != null && Integer.parseInt(version) > SqlDialect.SCHEMA_VERSION) {
			throw new StoreErrors.NewerSchemaException(version);
		}
		return meta;
	}

	/** The facts of a store just made: a new device id, nothing written yet. Commits. */
	static void initialize(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO cp_meta (meta_key, meta_value) VALUES (?, ?)")) {
			for (String[] kv : new String[][] { { SCHEMA_VERSION, Integer.toString(SqlDialect.SCHEMA_VERSION) },
					{ DEVICE_ID, UUID.randomUUID().toString() }, { LAST_SEQUENCE, "0" }, { LAST_HLC, "0" } }) {
				ps.setString(1, kv[0]);
				ps.setString(2, kv[1]);
				ps.addBatch();
			}
			ps.executeBatch();
		}
		c.commit();
	}

	/** Records that the schema is this version's, after its upgrades ran. */
	static void writeSchemaVersion(Connection c) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("UPDATE cp_meta SET meta_value = ? WHERE meta_key = ?")) {
			ps.setString(1, Integer.toString(SqlDialect.SCHEMA_VERSION));
			ps.setString(2, SCHEMA_VERSION);
			ps.executeUpdate();
		}
	}

	/** Records this device's last sequence number and the newest clock value the store holds. */
	static void writeProgress(Connection c, long lastSequence, long lastHlc) throws SQLException {
		try (PreparedStatement meta = c.prepareStatement("UPDATE cp_meta SET meta_value = ? WHERE meta_key = ?")) {
			meta.setString(1, Long.toString(lastSequence));
			meta.setString(2, LAST_SEQUENCE);
			meta.addBatch();
			meta.setString(1, Long.toString(lastHlc));
			meta.setString(2, LAST_HLC);
			meta.addBatch();
			meta.executeBatch();
		}
	}

	static void markImage(Connection c) throws SQLException {
		try (PreparedStatement mark = c.prepareStatement("INSERT INTO cp_meta (meta_key, meta_value) VALUES (?, ?)")) {
			mark.setString(1, LOAD_IMAGE_MARK);
			mark.setString(2, "1");
			mark.executeUpdate();
		}
	}

	static void dropImageMark(Connection c) throws SQLException {
		try (PreparedStatement drop = c.prepareStatement("DELETE FROM cp_meta WHERE meta_key = ?")) {
			drop.setString(1, LOAD_IMAGE_MARK);
			drop.executeUpdate();
		}
	}
}
