package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;

/** HQ's store database on PostgreSQL: reached through its JDBC URL and credentials, its schema made if missing. */
final class ServerDatabase {

	private ServerDatabase() {
	}

	/**
	 * A connection to the server database with the store's schema in place, not auto-committing. Wipes nothing: the
	 * caller wipes the password.
	 */
	static Connection connect(String jdbcUrl, String user, char[] password) throws StoreException, SQLException {
		Properties props = new Properties();
		props.setProperty("user", user);
		props.setProperty("password", new String(password));
		Connection c;
		try {
			// a driver instance rather than DriverManager, which does not see other bundles in OSGi
			Driver driver = (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
			c = driver.connect(jdbcUrl, props);
			if (c == null) {
				throw new SQLException("not a PostgreSQL URL", "08001");
			}
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new StoreException(Reason.IO, Messages.format(Messages.SERVER_FAILED, "PostgreSQL driver missing"));
		}
		try {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement()) {
				for (String ddl : SqlDialect.POSTGRESQL.createSchema()) {
					st.execute(ddl);
				}
			}
			c.commit();
			return c;
		} catch (SQLException e) {
			StoreErrors.closeQuietly(c);
			throw e;
		}
	}
}
