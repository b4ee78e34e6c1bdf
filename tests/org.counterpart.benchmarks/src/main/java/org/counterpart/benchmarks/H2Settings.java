package org.counterpart.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import org.counterpart.store.internal.JdbcWorkspaceStore;

/**
 * Connects to an H2 database file with the settings of a workspace store's database (see
 * {@code StoreFiles.connectH2} (store bundle): AES file encryption, no trace file, commits written before
 * {@code commit()} returns, lazy query execution), so that a plain H2 measurement is comparable with the store.
 */
final class H2Settings {

	/** The store's H2 user; its password is the second half of the password H2 is given. */
	private static final String USER = "COUNTERPART";

	private H2Settings() {
	}

	/**
	 * @param database the database file without {@code .mv.db}
	 * @param password file password, a space, user password (wiped here)
	 */
	static Connection connect(Path database, char[] password, boolean mustExist) throws SQLException {
		String url = "jdbc:h2:file:" + database.toAbsolutePath() + JdbcWorkspaceStore.H2_SETTINGS
				+ (mustExist ? ";IFEXISTS=TRUE" : "");
		Properties props = new Properties();
		props.setProperty("user", USER);
		props.put("password", password);
		try {
			Connection c = new org.h2.Driver().connect(url, props);
			if (c == null) {
				throw new SQLException("H2 refused the URL");
			}
			c.setAutoCommit(false);
			return c;
		} finally {
			Arrays.fill(password, '\0');
		}
	}
}
