package org.counterpart.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.tests.harness.TestDatabase;

/**
 * Where a test's store lives: an encrypted H2 folder (always), or a fresh schema in the PostgreSQL
 * database named by {@code COUNTERPART_TEST_PG_URL} (system property or environment variable, with
 * {@code _USER} and {@code _PASSWORD}); when that is set, the PostgreSQL cases run and fail if the server
 * cannot be used. When it is not, they are reported as skipped with the reason, or fail where PostgreSQL is
 * required (see {@link TestDatabase}).
 */
public abstract class StoreFixture {

	/** Cheap scrypt parameters: key stretching is not under test in most tests, and tests open stores often. */
	public static final KeyDerivation.Parameters FAST_KDF = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);
	public static final String PASSPHRASE = "correct horse battery staple";

	public abstract WorkspaceStore create() throws StoreException;

	public abstract WorkspaceStore reopen() throws StoreException;

	public abstract boolean isLocal();

	/** The fixtures to run a store test on. */
	public static List<StoreFixture> all(Path tempDir) {
		List<StoreFixture> fixtures = new ArrayList<>();
		fixtures.add(new H2(tempDir.resolve("store-" + UUID.randomUUID())));
		fixtures.add(TestDatabase.configured() ? new Postgres() : new PostgresMissing());
		return fixtures;
	}

	public static String setting(String suffix) {
		return TestDatabase.setting(suffix);
	}

	public static char[] passphrase() {
		return PASSPHRASE.toCharArray();
	}

	public static final class H2 extends StoreFixture {
		public final Path dir;

		public H2(Path dir) {
			this.dir = dir;
		}

		@Override
		public WorkspaceStore create() throws StoreException {
			return JdbcWorkspaceStore.create(dir, passphrase(), FAST_KDF);
		}

		@Override
		public WorkspaceStore reopen() throws StoreException {
			return WorkspaceStore.open(dir, passphrase());
		}

		@Override
		public boolean isLocal() {
			return true;
		}

		@Override
		public String toString() {
			return "H2";
		}
	}

	public static final class Postgres extends StoreFixture {
		private final String url;

		public Postgres() {
			this.url = TestDatabase.newSchemaUrl();
		}

		@Override
		public WorkspaceStore create() throws StoreException {
			return reopen();
		}

		@Override
		public WorkspaceStore reopen() throws StoreException {
			return WorkspaceStore.openServer(url, setting("USER"), setting("PASSWORD").toCharArray());
		}

		@Override
		public boolean isLocal() {
			return false;
		}

		/** A plain connection to the store's schema, not auto-committing: for what a test does behind the store. */
		public Connection connect() throws SQLException {
			Properties p = new Properties();
			p.setProperty("user", setting("USER"));
			p.setProperty("password", setting("PASSWORD"));
			Connection c = new org.postgresql.Driver().connect(url, p);
			c.setAutoCommit(false);
			return c;
		}

		@Override
		public String toString() {
			return "PostgreSQL";
		}
	}

	/** The PostgreSQL case where no database is configured: skipped with the reason, or failed where required. */
	public static final class PostgresMissing extends StoreFixture {

		@Override
		public WorkspaceStore create() {
			TestDatabase.requirePostgres("This PostgreSQL case");
			throw new IllegalStateException("PostgreSQL is configured, but this fixture was chosen without it");
		}

		@Override
		public WorkspaceStore reopen() {
			return create();
		}

		@Override
		public boolean isLocal() {
			return false;
		}

		@Override
		public String toString() {
			return "PostgreSQL";
		}
	}
}
