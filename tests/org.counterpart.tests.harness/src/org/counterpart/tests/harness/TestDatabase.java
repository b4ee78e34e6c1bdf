package org.counterpart.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

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

	private static boolean isTrue(String value) {
		return value != null && (value.trim().equals("1") || value.trim().equalsIgnoreCase("true")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
