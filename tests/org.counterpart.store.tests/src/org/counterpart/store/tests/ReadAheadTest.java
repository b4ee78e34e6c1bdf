package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.JournalKeys;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An opened local store reads ahead, on a thread and a connection of its own, the journal's rows and the objects' rows
 * that an import names, while the import runs: what it reads is the committed store, it changes nothing an import
 * does, and it ends with the store.
 */
class ReadAheadTest {

	private static final String READ_AHEAD_THREAD = "Counterpart store read-ahead";

	@TempDir
	Path tempDir;

	@Test
	void anImportReadsAheadWhatItNamesAndEndsAsAnImportWithoutReadingAhead() throws Exception {
		Path opened = tempDir.resolve("opened");
		Path created = tempDir.resolve("created");
		TestModel.PACKAGE.getName();
		try (WorkspaceStore store = JdbcWorkspaceStore.create(opened, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			withSample(store);
		}
		List<Operation> received = fromTheField(System.currentTimeMillis());
		Set<String> named = Set.of("ra", "ra-a", "ra-b", "ra-c", "ra-d");
		try (JdbcWorkspaceStore withReadAhead = JdbcWorkspaceStore.open(opened, StoreFixture.passphrase());
				JdbcWorkspaceStore without = JdbcWorkspaceStore.create(created, StoreFixture.passphrase(),
						StoreFixture.FAST_KDF)) {
			withReadAhead.load();
			withSample(without);
			assertEquals(without.stateHash(), withReadAhead.stateHash());
			assertEquals(-1, withReadAhead.awaitReadAhead(), "nothing read ahead before an import");
			assertEquals(-1, without.awaitReadAhead(), "a store just created does not read ahead");

			long before = rowsToRead(opened, named);
			assertEquals(received.size(), withReadAhead.importOperations(received, Map.of()));
			long read = withReadAhead.awaitReadAhead();
			long after = rowsToRead(opened, named);
			// the reading runs beside the import: it may see the store before the import's commit, or after it
			assertTrue(before > 0 && read >= before && read <= after,
					"rows read ahead " + read + ", committed before the import " + before + ", after it " + after);

			assertEquals(received.size(), without.importOperations(received, Map.of()));
			assertEquals(without.stateHash(), withReadAhead.stateHash(), "the same state with and without reading ahead");
			assertEquals(without.journal("field-r", 0), withReadAhead.journal("field-r", 0));
		}
		assertFalse(readAheadRunning(), "the reading ahead ends with the store");
		try (WorkspaceStore store = WorkspaceStore.open(opened, StoreFixture.passphrase())) {
			assertEquals(received, store.journal("field-r", 0), "what the import wrote is kept");
		}
	}

	@Test
	void closingAStoreRightAfterAnImportStopsItsReadingAheadAndKeepsTheImport() throws Exception {
		Path dir = storeWithSample();
		List<Operation> received = fromTheField(System.currentTimeMillis());
		String hash;
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			store.load();
			store.importOperations(received, Map.of());
			hash = store.stateHash();
		} // closed at once, the reading ahead perhaps still on the objects' rows
		assertFalse(readAheadRunning(), "no reading ahead outlives its store");
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
			assertEquals(hash, store.stateHash());
			assertEquals(received, store.journal("field-r", 0));
		}
	}

	@Test
	void afterAPassphraseChangeImportsGoOnWithoutReadingAheadUntilTheNextOpen() throws Exception {
		Path dir = storeWithSample();
		List<Operation> received = fromTheField(System.currentTimeMillis());
		char[] changed = "a changed passphrase for the read-ahead".toCharArray();
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(dir, StoreFixture.passphrase())) {
			store.load();
			store.importOperations(received.subList(0, 2), Map.of());
			assertTrue(store.awaitReadAhead() > 0);
			store.changePassphrase(StoreFixture.passphrase(), changed.clone());
			assertEquals(received.size() - 2, store.importOperations(received.subList(2, received.size()), Map.of()));
			assertEquals(-1, store.awaitReadAhead(), "its connection had the old key: no reading ahead");
			assertFalse(readAheadRunning());
		}
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(dir, changed.clone())) {
			assertEquals(received, store.journal("field-r", 0));
			store.load();
			store.importOperations(List.of(Operation.builder(Kind.SET, "ra-a").feature("name").value("again")
					.deviceId("field-r").sequence(received.size() + 1).timestamp(received.getLast().timestamp() + 1).build()),
					Map.of());
			assertTrue(store.awaitReadAhead() > 0, "opened again, it reads ahead again");
		}
	}

	/** A closed store holding the sample, written by this device. */
	private Path storeWithSample() throws Exception {
		Path dir = tempDir.resolve("store");
		TestModel.PACKAGE.getName();
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			withSample(store);
		}
		return dir;
	}

	private static void withSample(WorkspaceStore store) throws Exception {
		Resource r = store.load();
		r.getContents().add(TestModel.sample("ra"));
		store.save();
	}

	/** A field device's edits of the sample: three names, a new item and its name. */
	private static List<Operation> fromTheField(long now) {
		long t = HybridLogicalClock.pack(now - 60_000, 0);
		return List.of(
				Operation.builder(Kind.SET, "ra-a").feature("name").value("a from the field").deviceId("field-r").sequence(1)
						.timestamp(t + 1).build(),
				Operation.builder(Kind.SET, "ra-b").feature("name").value("b from the field").deviceId("field-r").sequence(2)
						.timestamp(t + 2).build(),
				Operation.builder(Kind.SET, "ra-c").feature("name").value("c from the field").deviceId("field-r").sequence(3)
						.timestamp(t + 3).build(),
				Operation.builder(Kind.CREATE, "ra-d").eClass(TestModel.NS_URI + "#Item").container("ra", "items")
						.position(1L << 40).deviceId("field-r").sequence(4).timestamp(t + 4).build(),
				Operation.builder(Kind.SET, "ra-d").feature("name").value("Delta").deviceId("field-r").sequence(5)
						.timestamp(t + 5).build());
	}

	/**
	 * The rows a reading ahead for {@code named} finds in the committed store: the journal's rows in each id's bucket,
	 * the rows under {@code ra-d} (the item created), and the objects' rows.
	 */
	private static long rowsToRead(Path dir, Set<String> named) throws Exception {
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase())) {
			long rows = 0;
			for (String id : named) {
				long bucket = JournalKeys.bucket(id);
				rows += count(c, "SELECT COUNT(*) FROM cp_journal WHERE entry >= " + JournalKeys.first(bucket)
						+ " AND entry < " + JournalKeys.first(bucket + 1), null);
			}
			rows += count(c, "SELECT COUNT(*) FROM cp_journal WHERE target_id = ?", "ra-d");
			for (String id : named) {
				rows += count(c, "SELECT COUNT(*) FROM cp_object WHERE id = ?", id);
			}
			return rows;
		}
	}

	private static long count(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			if (parameter != null) {
				ps.setString(1, parameter);
			}
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static boolean readAheadRunning() {
		return Thread.getAllStackTraces().keySet().stream()
				.anyMatch(t -> t.isAlive() && READ_AHEAD_THREAD.equals(t.getName()));
	}
}
