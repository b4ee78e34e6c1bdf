package org.counterpart.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.counterpart.store.internal.JdbcWorkspaceStore;

/**
 * Connects to an H2 database file as a workspace store connects to its own (its file encryption and URL settings),
 * so that a plain H2 measurement is comparable with the store.
 */
final class H2Settings {

	private H2Settings() {
	}

	/**
	 * @param database the database file without {@code .mv.db}
	 * @param filePassword the file password (wiped here)
	 */
	static Connection connect(Path database, char[] filePassword, boolean mustExist) throws SQLException {
		try {
			Connection c = JdbcWorkspaceStore.connectDatabaseFile(database, filePassword, mustExist);
			c.setAutoCommit(false);
			return c;
		} finally {
			Arrays.fill(filePassword, '\0');
		}
	}
}
