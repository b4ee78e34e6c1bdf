package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Device names ({@code cp_device}): the name a person reads for each device id.
 * <p>
 * Statements run in the caller's transaction; the caller commits or rolls back.
 * </p>
 */
final class DeviceNameTable {

	private DeviceNameTable() {
	}

	static Map<String, String> read(Connection c) throws SQLException {
		Map<String, String> names = new TreeMap<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT device_id, name FROM cp_device")) {
			while (rs.next()) {
				names.put(rs.getString(1), rs.getString(2));
			}
		}
		return names;
	}

	/** Names each device, replacing a name it had. */
	static void write(Connection c, Map<String, String> names) throws SQLException {
		try (PreparedStatement update = c.prepareStatement("UPDATE cp_device SET name = ? WHERE device_id = ?");
				PreparedStatement insert = c.prepareStatement("INSERT INTO cp_device (device_id, name) VALUES (?, ?)")) {
			for (Map.Entry<String, String> name : new TreeMap<>(names).entrySet()) {
				update.setString(1, name.getValue());
				update.setString(2, name.getKey());
				if (update.executeUpdate() == 0) {
					insert.setString(1, name.getKey());
					insert.setString(2, name.getValue());
					insert.executeUpdate();
				}
			}
		}
	}
}
