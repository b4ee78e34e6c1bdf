package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by the version before (schema 2, without the journal's ranges per device) opens in this version,
 * upgraded in place: the same state, journal and heads, and the ranges then kept by every write. The local store is
 * one committed under {@code data/schema-2} (see {@link OlderStoreWriter}); a shared server store is one of this
 * version taken back to schema 2, opened by two processes at once. A kill during the upgrade is
 * {@link CrashRoundsTest}'s.
 */
class SchemaUpgradeTest {

	private static final String OLDER = "/data/schema-2/";

	@TempDir
	Path tempDir;

	@Test
	void aLocalStoreOfSchemaTwoOpensUpgradedWithItsStateJournalAndHeads() throws Exception {
		Path dir = copyOlderStore();
		Properties expected = properties("expected.properties");
		assertEquals(2, schemaVersion(dir), "the committed store is one of schema 2");
		long journalSize = Long.parseLong(expected.getProperty("journalSize"));
		TestModel.PACKAGE.getName();
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(heads(expected), store.journalHeads());
			assertEquals(journalSize, store.stats().journalSize());
			assertEquals(journalSize, store.journal().size());
			assertEquals(expected.getProperty("stateHash"), store.stateHash());
			assertEquals(expected.getProperty("stateHash"), CanonicalStateHash.of(store.load()));

			// field-b's hole filled: its head moves over what it had beyond the hole
			assertEquals(2, store.importOperations(operations("field-b-4-5.ops"), Map.of()));
			assertEquals(7L, store.journalHeads().get("field-b"));
			assertEquals(7, store.journal("field-b", 0).size());
		}
		assertEquals(3, schemaVersion(dir));
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(dir, StoreFixture.passphrase())) {
			Map<String, Long> heads = heads(expected);
			heads.put("field-b", 7L);
			assertEquals(heads, store.journalHeads());
			assertEquals(journalSize + 2, store.stats().journalSize());
			store.dropLoadImage();
			assertEquals(store.stateHash(), CanonicalStateHash.of(store.load()), "the objects' rows, read without the image");
		}
	}

	@Test
	void aSharedStoreOfSchemaTwoIsUpgradedOnceByTwoProcessesOpeningItAtOnce() throws Exception {
		TestDatabase.requirePostgres("The shared store's upgrade");
		StoreFixture.Postgres fixture = new StoreFixture.Postgres();
		Map<String, Long> heads;
		String hash;
		long journalSize;
		TestModel.PACKAGE.getName();
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			EObject root = TestModel.sample("older");
			r.getContents().add(root);
			store.save();
			for (int n = 0; n < 5; n++) {
				CrashSaveLoop.saveNext(store, root, n);
			}
			long time = store.stats().lastTimestamp() + 1000;
			store.importOperations(List.of(OlderStoreWriter.fieldB(1, time), OlderStoreWriter.fieldB(2, time),
					OlderStoreWriter.fieldB(5, time)), Map.of());
			heads = store.journalHeads();
			hash = store.stateHash();
			journalSize = store.stats().journalSize();
		}
		assertEquals(2L, heads.get("field-b"));
		try (Connection c = fixture.connect()) {
			takeBackToSchemaTwo(c);
		}

		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<WorkspaceStore>> opening = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				opening.add(two.submit((Callable<WorkspaceStore>) fixture::reopen));
			}
			for (Future<WorkspaceStore> f : opening) {
				try (WorkspaceStore store = f.get()) {
					assertEquals(heads, store.journalHeads());
					assertEquals(journalSize, store.stats().journalSize());
					assertEquals(hash, store.stateHash());
				}
			}
		} finally {
			two.shutdownNow();
		}
		try (Connection c = fixture.connect(); Statement st = c.createStatement()) {
			assertEquals("3", single(st, "SELECT meta_value FROM cp_meta WHERE meta_key = 'schema_version'"));
			assertEquals(rows(st, "SELECT device_id, COUNT(*), MIN(device_seq), MAX(device_seq), MAX(hlc) FROM cp_journal "
					+ "GROUP BY device_id ORDER BY device_id"),
					rows(st, "SELECT device_id, op_count, min_seq, max_seq, max_hlc FROM cp_journal_range ORDER BY device_id"),
					"one row per device, as the journal says");
		}
	}

	/**
	 * The committed store of schema 2, copied to a new folder: its store folder. Its database file is committed
	 * under another name, so that it does not look like a database left behind by a build.
	 */
	private Path copyOlderStore() throws IOException {
		Path dir = Files.createDirectories(tempDir.resolve("older"));
		try (InputStream in = resource("store/counterpart-store.properties")) {
			Files.copy(in, dir.resolve("counterpart-store.properties"));
		}
		try (InputStream in = resource("store/store-1.database")) {
			Files.copy(in, dir.resolve("store-1.mv.db"));
		}
		return dir;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = SchemaUpgradeTest.class.getResourceAsStream(OLDER + name);
		if (in == null) {
			throw new IOException("missing test data " + OLDER + name);
		}
		return in;
	}

	private static Properties properties(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = resource(name)) {
			p.load(in);
		}
		return p;
	}

	private static Map<String, Long> heads(Properties expected) {
		Map<String, Long> heads = new TreeMap<>();
		for (String key : expected.stringPropertyNames()) {
			if (key.startsWith("head.")) {
				heads.put(key.substring(5), Long.parseLong(expected.getProperty(key)));
			}
		}
		return heads;
	}

	private static List<Operation> operations(String name) throws IOException {
		try (DataInputStream in = new DataInputStream(resource(name))) {
			List<Operation> ops = new ArrayList<>();
			for (int n = in.readInt(); n > 0; n--) {
				ops.add(OperationCodec.read(in));
			}
			return ops;
		}
	}

	/** Makes the store of this version on {@code c} one of schema 2, as the version before wrote it: no journal ranges. */
	static void takeBackToSchemaTwo(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("DROP TABLE cp_journal_range");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '2' WHERE meta_key = 'schema_version'");
		}
		c.commit();
	}

	/** The schema version a local store's database records, read without opening it as a store. */
	static int schemaVersion(Path dir) throws Exception {
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase());
				Statement st = c.createStatement()) {
			return Integer.parseInt(single(st, "SELECT meta_value FROM cp_meta WHERE meta_key = 'schema_version'"));
		}
	}

	private static String single(Statement st, String sql) throws SQLException {
		try (ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static List<String> rows(Statement st, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = st.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append(rs.getString(i)).append('|');
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}
}
