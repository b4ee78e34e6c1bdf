package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.JournalKeys;
import org.counterpart.store.internal.SqlDialect;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores written by earlier versions open in this version, upgraded in place: schema 2 (without the journal's ranges
 * per device) and schema 3 (the journal's rows in arrival order, with an index by object) keep the same state,
 * journal, order and heads, and then the ranges and the journal by object are kept by every write. The local stores
 * are committed under {@code data/schema-2} and {@code data/schema-3} (see {@link OlderStoreWriter}); a shared server
 * store is one of this version taken back to schema 2, opened by two processes at once. A kill during the upgrade is
 * {@link CrashRoundsTest}'s.
 */
class SchemaUpgradeTest {

	private static final String SCHEMA_2 = "/data/schema-2/";
	private static final String SCHEMA_3 = "/data/schema-3/";
	/** The rebuild's rows per pass (see {@code JournalRebuild}). */
	private static final String JOURNAL_REBUILD_ROWS = "counterpart.store.journalRebuildRows";

	@TempDir
	Path tempDir;

	@Test
	void aLocalStoreOfSchemaTwoOpensUpgradedWithItsStateJournalAndHeads() throws Exception {
		opensUpgraded(SCHEMA_2, 2);
	}

	@Test
	void aLocalStoreOfSchemaThreeOpensWithItsJournalKeptByObjectAndTheSameStateJournalAndHeads() throws Exception {
		keptByObject(opensUpgraded(SCHEMA_3, 3));
	}

	@Test
	void aJournalRebuiltARangeOfBucketsAtATimeIsTheSame() throws Exception {
		// 90 operations, at most 7 a pass: some thirteen passes, each over its own range of buckets
		System.setProperty(JOURNAL_REBUILD_ROWS, "7");
		try {
			keptByObject(opensUpgraded(SCHEMA_3, 3));
		} finally {
			System.clearProperty(JOURNAL_REBUILD_ROWS);
		}
	}

	@Test
	void aRebuildKilledBetweenItsRenamesIsCompletedWithNothingLost() throws Exception {
		Path dir = opensUpgraded(SCHEMA_3, 3);
		List<Operation> journal;
		Map<String, Long> heads;
		String hash;
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			journal = store.journal();
			heads = store.journalHeads();
			hash = store.stateHash();
		}
		// as a kill leaves it between the renames: the old journal renamed away, the rebuilt one not yet in its place
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase());
				Statement st = c.createStatement()) {
			st.execute("ALTER TABLE cp_journal RENAME TO cp_journal_next");
			st.execute("CREATE TABLE cp_journal_old AS SELECT * FROM cp_journal_next");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '3' WHERE meta_key = 'schema_version'");
			c.commit();
		}
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(journal, store.journal());
			assertEquals(heads, store.journalHeads());
			assertEquals(hash, store.stateHash());
		}
		assertEquals(SqlDialect.SCHEMA_VERSION, schemaVersion(dir));
		keptByObject(dir);
	}

	@Test
	void aStoreOfSchemaFourGetsTheJournalsRunsAndPlacementsTablesWithTheSameStateAndJournal() throws Exception {
		aStoreOfAnEarlierSchemaGetsTheJournalsRunsAndPlacementsTables(4);
	}

	@Test
	void aStoreOfSchemaFiveGetsTheJournalsRunsAndPlacementsTablesWithTheSameStateAndJournal() throws Exception {
		aStoreOfAnEarlierSchemaGetsTheJournalsRunsAndPlacementsTables(5);
	}

	/**
	 * A store of this version taken back to schema {@code version} (4 or 5) opens with the same state, journal and
	 * heads, without the journal's old indexes and uniqueness, its runs and placements tables saying what the journal
	 * holds; and it goes on: operations imported afterwards are found by device and sequence number.
	 */
	private void aStoreOfAnEarlierSchemaGetsTheJournalsRunsAndPlacementsTables(int version) throws Exception {
		Path dir = tempDir.resolve("schema-" + version);
		TestModel.PACKAGE.getName();
		List<Operation> journal;
		Map<String, Long> heads;
		String hash;
		String item;
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			EObject root = CrashSaveLoop.sampleAndSaves(store, "older", 6);
			item = ObjectIds.id((EObject) TestModel.list(root, "items").get(0));
			journal = store.journal();
			heads = store.journalHeads();
			hash = store.stateHash();
		}
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase())) {
			if (version == 4) {
				takeBackToSchemaFour(c);
				assertEquals(Map.of("CP_JOURNAL_ARRIVAL", List.of("ARRIVAL"), "CP_JOURNAL_INTO", List.of("TARGET_ID")),
						journalIndexes(c), "the store is one of schema 4");
			} else {
				takeBackToSchemaFive(c);
				assertEquals(Map.of("CP_JOURNAL_ARRIVAL", List.of("ARRIVAL"), "CP_JOURNAL_BY_TARGET", List.of("TARGET_ID", "ARRIVAL")),
						journalIndexes(c), "the store is one of schema 5");
			}
		}
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(journal, store.journal());
			assertEquals(heads, store.journalHeads());
			assertEquals(hash, store.stateHash());
		}
		assertEquals(SqlDialect.SCHEMA_VERSION, schemaVersion(dir));
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase());
				Statement st = c.createStatement()) {
			assertEquals(CURRENT_INDEXES, journalIndexes(c));
			assertEquals(List.of(), rows(st, "SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
					+ "WHERE TABLE_NAME = 'CP_JOURNAL' AND CONSTRAINT_TYPE = 'UNIQUE'"), "no uniqueness kept up per operation");
			JournalIndexCheck.assertIndexesSayWhatTheJournalHolds(c);
			String container = single(st, "SELECT target_id FROM cp_journal WHERE object_id = '" + item
					+ "' AND target_id IS NOT NULL");
			String plan = single(st, "EXPLAIN SELECT j.data FROM cp_journal_placement t JOIN cp_journal j ON j.entry = t.entry "
					+ "WHERE t.target_id = '" + container + "'");
			assertTrue(Pattern.compile("CP_JOURNAL_PLACEMENT\"? \"?T\"?\\s+/\\* PUBLIC\\.PRIMARY_KEY_\\w+: TARGET_ID = ")
					.matcher(plan.toUpperCase(Locale.ROOT)).find(), "placements into a container are found through their table's key: " + plan);
		}
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			EObject root = store.load().getContents().getFirst();
			Operation first = journal.getFirst();
			assertEquals(0, store.importOperations(List.of(first), Map.of()), "an operation journaled is found again");
			TestModel.list(root, "items").add(TestModel.item("after-upgrade", "after"));
			store.save();
		}
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase())) {
			JournalIndexCheck.assertIndexesSayWhatTheJournalHolds(c);
		}
	}

	@Test
	void aStoreMadeFromAModelHasItsJournalIndexedByRunsOfSequenceNumbers() throws Exception {
		Path dir = tempDir.resolve("from-model");
		TestModel.PACKAGE.getName();
		Resource source = new ResourceImpl();
		source.getContents().add(TestModel.sample("bulk"));
		List<Operation> journal;
		// a store made from a model in one go (the demo import's way)
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(dir, StoreFixture.passphrase(), source)) {
			journal = store.journal();
			assertTrue(journal.size() > 10);
		}
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase())) {
			assertEquals(CURRENT_INDEXES, journalIndexes(c));
			assertEquals(journal.size(), JournalIndexCheck.assertIndexesSayWhatTheJournalHolds(c));
		}
	}

	/** A local store's journal indexes besides its key, in this version: none. */
	private static final Map<String, List<String>> CURRENT_INDEXES = Map.of();

	/**
	 * The journal's indexes that allow equal keys (all but its primary key and its uniqueness by device and sequence
	 * number), by name, each with its columns in order; names in upper case on either database.
	 */
	static Map<String, List<String>> journalIndexes(Connection c) throws SQLException {
		DatabaseMetaData meta = c.getMetaData();
		String table = meta.storesUpperCaseIdentifiers() ? "CP_JOURNAL" : "cp_journal";
		Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
		try (ResultSet rs = meta.getIndexInfo(null, c.getSchema(), table, false, false)) {
			while (rs.next()) {
				if (rs.getBoolean("NON_UNIQUE") && rs.getString("INDEX_NAME") != null) {
					columns.computeIfAbsent(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT), k -> new TreeMap<>())
							.put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
				}
			}
		}
		Map<String, List<String>> indexes = new TreeMap<>();
		columns.forEach((name, byPosition) -> indexes.put(name, List.copyOf(byPosition.values())));
		return indexes;
	}

	/**
	 * Checks the journal's layout of schema 4 in the store in {@code dir}: every row under a key of its object's bucket,
	 * each bucket's rows counted from its first key in the order they were journaled, one place in that order per row,
	 * the indexes of this version, and nothing of a rebuild left behind.
	 */
	private static void keptByObject(Path dir) throws Exception {
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase());
				Statement st = c.createStatement()) {
			assertEquals(CURRENT_INDEXES, journalIndexes(c));
			JournalIndexCheck.assertIndexesSayWhatTheJournalHolds(c);
			assertEquals(List.of("0|"), rows(st, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN "
					+ "('CP_JOURNAL_NEXT', 'CP_JOURNAL_OLD')"), "nothing of the rebuild left behind");
			Map<Long, Long> counted = new TreeMap<>();
			Set<Long> arrivals = new HashSet<>();
			int rows = 0;
			try (ResultSet rs = st.executeQuery("SELECT entry, arrival, object_id FROM cp_journal ORDER BY arrival")) {
				while (rs.next()) {
					long bucket = JournalKeys.bucket(rs.getString(3));
					long n = counted.merge(bucket, 1L, Long::sum) - 1;
					assertEquals(JournalKeys.first(bucket) + n, rs.getLong(1), "the key of " + rs.getString(3));
					assertTrue(arrivals.add(rs.getLong(2)), "one place in the order per operation");
					rows++;
				}
			}
			assertTrue(rows > 90, "the journal holds the committed store's operations and the two that filled the hole");
		}
	}

	/**
	 * Opens a copy of the committed store under {@code older} (of schema {@code version}) and checks that it holds
	 * what it held, upgraded, and goes on: a hole in the journal filled moves its device's head.
	 */
	private Path opensUpgraded(String older, int version) throws Exception {
		Path dir = copyOlderStore(older);
		Properties expected = properties(older, "expected.properties");
		assertEquals(version, schemaVersion(dir), "the committed store is one of schema " + version);
		long journalSize = Long.parseLong(expected.getProperty("journalSize"));
		TestModel.PACKAGE.getName();
		List<Operation> journal;
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(heads(expected), store.journalHeads());
			assertEquals(journalSize, store.stats().journalSize());
			journal = store.journal();
			assertEquals(journalSize, journal.size());
			assertEquals(expected.getProperty("stateHash"), store.stateHash());
			assertEquals(expected.getProperty("stateHash"), CanonicalStateHash.of(store.load()));

			// field-b's hole filled: its head moves over what it had beyond the hole
			assertEquals(2, store.importOperations(operations(older, "field-b-4-5.ops"), Map.of()));
			assertEquals(7L, store.journalHeads().get("field-b"));
			assertEquals(7, store.journal("field-b", 0).size());
		}
		assertEquals(SqlDialect.SCHEMA_VERSION, schemaVersion(dir));
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(dir, StoreFixture.passphrase())) {
			Map<String, Long> heads = heads(expected);
			heads.put("field-b", 7L);
			assertEquals(heads, store.journalHeads());
			assertEquals(journalSize + 2, store.stats().journalSize());
			assertEquals(journal, store.journal().subList(0, journal.size()), "the journal's order as it was");
			store.dropLoadImage();
			assertEquals(store.stateHash(), CanonicalStateHash.of(store.load()), "the objects' rows, read without the image");
		}
		return dir;
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
			CrashSaveLoop.sampleAndSaves(store, "older", 5);
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
			assertEquals(Integer.toString(SqlDialect.SCHEMA_VERSION),
					single(st, "SELECT meta_value FROM cp_meta WHERE meta_key = 'schema_version'"));
			assertEquals(Map.of("CP_JOURNAL_ARRIVAL", List.of("ARRIVAL")), journalIndexes(c),
					"a shared store keeps its index by arrival: the processes find what the others wrote through it");
			JournalIndexCheck.assertIndexesSayWhatTheJournalHolds(c);
			assertEquals(rows(st, "SELECT device_id, COUNT(*), MIN(device_seq), MAX(device_seq), MAX(hlc) FROM cp_journal "
					+ "GROUP BY device_id ORDER BY device_id"),
					rows(st, "SELECT device_id, op_count, min_seq, max_seq, max_hlc FROM cp_journal_range ORDER BY device_id"),
					"one row per device, as the journal says");
		}
	}

	/**
	 * A committed store of an earlier schema, copied to a new folder: its store folder. Its database file is committed
	 * under another name, so that it does not look like a database left behind by a build.
	 */
	private Path copyOlderStore(String older) throws IOException {
		Path dir = Files.createDirectories(tempDir.resolve("older"));
		try (InputStream in = resource(older, "store/counterpart-store.properties")) {
			Files.copy(in, dir.resolve("counterpart-store.properties"));
		}
		try (InputStream in = resource(older, "store/store-1.database")) {
			Files.copy(in, dir.resolve("store-1.mv.db"));
		}
		return dir;
	}

	private static InputStream resource(String older, String name) throws IOException {
		InputStream in = SchemaUpgradeTest.class.getResourceAsStream(older + name);
		if (in == null) {
			throw new IOException("missing test data " + older + name);
		}
		return in;
	}

	private static Properties properties(String older, String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = resource(older, name)) {
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

	private static List<Operation> operations(String older, String name) throws IOException {
		try (DataInputStream in = new DataInputStream(resource(older, name))) {
			List<Operation> ops = new ArrayList<>();
			for (int n = in.readInt(); n > 0; n--) {
				ops.add(OperationCodec.read(in));
			}
			return ops;
		}
	}

	/** Makes the store of this version on {@code c} one of schema 2, as the version before wrote it: no journal ranges. */
	static void takeBackToSchemaTwo(Connection c) throws SQLException {
		takeBackToSchemaThree(c);
		try (Statement st = c.createStatement()) {
			st.execute("DROP TABLE cp_journal_range");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '2' WHERE meta_key = 'schema_version'");
		}
		c.commit();
	}

	/**
	 * Makes the store of this version on {@code c} one of schema 3: its journal's rows in the order they were
	 * journaled, numbered so, with indexes by object and by target container.
	 */
	static void takeBackToSchemaThree(Connection c) throws SQLException {
		String binary = c.getMetaData().getDatabaseProductName().contains("H2") ? "VARBINARY(1000000000)" : "BYTEA";
		try (Statement st = c.createStatement()) {
			st.execute("CREATE TABLE cp_journal_before (entry BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
					+ "device_id VARCHAR(255) NOT NULL, device_seq BIGINT NOT NULL, hlc BIGINT NOT NULL, kind SMALLINT NOT NULL, "
					+ "object_id VARCHAR(255) NOT NULL, data " + binary + " NOT NULL, target_id VARCHAR(255), "
					+ "CONSTRAINT cp_journal_op UNIQUE (device_id, device_seq))");
			st.executeUpdate("INSERT INTO cp_journal_before (entry, device_id, device_seq, hlc, kind, object_id, data, target_id) "
					+ "SELECT arrival, device_id, device_seq, hlc, kind, object_id, data, target_id FROM cp_journal ORDER BY arrival");
			st.execute("DROP TABLE cp_journal");
			st.execute("ALTER TABLE cp_journal_before RENAME TO cp_journal");
			st.execute("CREATE INDEX cp_journal_object ON cp_journal (object_id)");
			st.execute("CREATE INDEX cp_journal_target ON cp_journal (target_id)");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '3' WHERE meta_key = 'schema_version'");
		}
		c.commit();
	}

	/**
	 * Makes the store of this version on {@code c} one of schema 5: the journal unique by device and sequence number,
	 * indexed by arrival and by target container and arrival, without the tables of runs and placements.
	 */
	static void takeBackToSchemaFive(Connection c) throws SQLException {
		try (Statement st = c.createStatement()) {
			st.execute("DROP TABLE cp_journal_block");
			st.execute("DROP TABLE cp_journal_placement");
			st.execute("ALTER TABLE cp_journal ADD CONSTRAINT cp_journal_seq UNIQUE (device_id, device_seq)");
			st.execute("CREATE INDEX cp_journal_arrival ON cp_journal (arrival)");
			st.execute("CREATE INDEX cp_journal_by_target ON cp_journal (target_id, arrival)");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '5' WHERE meta_key = 'schema_version'");
		}
		c.commit();
	}

	/**
	 * Makes the store of this version on {@code c} one of schema 4: as of schema 5, but its journal indexed by target
	 * container alone, under that schema's name.
	 */
	static void takeBackToSchemaFour(Connection c) throws SQLException {
		takeBackToSchemaFive(c);
		try (Statement st = c.createStatement()) {
			st.execute("DROP INDEX cp_journal_by_target");
			st.execute("CREATE INDEX cp_journal_into ON cp_journal (target_id)");
			st.executeUpdate("UPDATE cp_meta SET meta_value = '4' WHERE meta_key = 'schema_version'");
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
