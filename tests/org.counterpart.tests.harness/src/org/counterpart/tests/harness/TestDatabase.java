package org.counterpart.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database for the server store's test cases: {@code COUNTERPART_TEST_PG_URL},
 * {@code _USER} and {@code _PASSWORD} (system property or environment variable). Without it the PostgreSQL
 * cases are reported as skipped, with the reason, so that a build without PostgreSQL says so; where
 * {@code COUNTERPART_REQUIRE_PG=1} (as {@code .ci/run} sets it) or {@code CI=true}, they fail instead, so
 * that they cannot vanish from CI unnoticed.
 */
public final class TestDatabase {

	/** Set to 1 (or true) where the PostgreSQL cases must run. */
	public static final String REQUIRE = "COUNTERPART_REQUIRE_PG"; //$NON-NLS-1$

	/**
	 * The resource lock of the test database: test classes that may run in parallel and share the database
	 * hold it with {@code @ResourceLock(TestDatabase.POSTGRESQL)}.
	 */
	public static final String POSTGRESQL = "counterpart.test.postgresql"; //$NON-NLS-1$

	private TestDatabase() {
	}

	/** {@code COUNTERPART_TEST_PG_<suffix>} from the system properties or else the environment, or null. */
	public static String setting(String suffix) {
		String key = "COUNTERPART_TEST_PG_" + suffix; //$NON-NLS-1$
		String value = System.getProperty(key);
		return value != null ? value : System.getenv(key);
	}

	/** Whether the test database is named. */
	public static boolean configured() {
		String url = setting("URL"); //$NON-NLS-1$
		return url != null && !url.isBlank();
	}

	/** Whether the PostgreSQL cases must run here. */
	public static boolean required() {
		return isTrue(System.getProperty(REQUIRE, System.getenv(REQUIRE))) || isTrue(System.getenv("CI")); //$NON-NLS-1$
	}

	/**
	 * Ends the current test case for want of PostgreSQL: reported as skipped with the reason, or failed
	 * where PostgreSQL is {@link #required()}. Returns normally only if the database is configured.
	 */
	public static void requirePostgres(String what) {
		if (configured()) {
			return;
		}
		String reason = what + " needs PostgreSQL and COUNTERPART_TEST_PG_URL is not set"; //$NON-NLS-1$
		if (required()) {
			fail(reason + ", but PostgreSQL cases must run here (" + REQUIRE + "=1 or CI=true): start PostgreSQL " //$NON-NLS-1$ //$NON-NLS-2$
					+ "(releng/ci/start-postgresql.sh) and set COUNTERPART_TEST_PG_URL, _USER and _PASSWORD."); //$NON-NLS-1$
		}
		Assumptions.abort(reason + " (set it, with _USER and _PASSWORD, to run them)."); //$NON-NLS-1$
	}

	/**
	 * Makes a new, empty schema in the test database for one test's store, and returns the database's URL using it
	 * ({@code currentSchema}), so that tests sharing the database never see each other's tables.
	 */
	public static String newSchemaUrl() {
		String schema = "cp_test_" + UUID.randomUUID().toString().replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String base = setting("URL"); //$NON-NLS-1$
		Properties properties = new Properties();
		properties.setProperty("user", setting("USER")); //$NON-NLS-1$ //$NON-NLS-2$
		properties.setProperty("password", setting("PASSWORD")); //$NON-NLS-1$ //$NON-NLS-2$
		try (Connection c = new org.postgresql.Driver().connect(base, properties); Statement st = c.createStatement()) {
			st.execute("CREATE SCHEMA " + schema); //$NON-NLS-1$
		} catch (SQLException e) {
			throw new IllegalStateException("COUNTERPART_TEST_PG_URL is set but PostgreSQL cannot be used", e); //$NON-NLS-1$
		}
		return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static boolean isTrue(String value) {
		return value != null && (value.trim().equals("1") || value.trim().equalsIgnoreCase("true")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
