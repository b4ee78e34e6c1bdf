package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving (SIGKILL, at random moments), or crashes the database in this process right after
 * a reopen, and checks after each crash that the store opens, that every save that returned is there, and that no
 * save is half there.
 */
class CrashSafetyTest {

	private static final int KILLS = 20;

	@TempDir
	Path tempDir;

	@Test
	void everyReturnedSaveSurvivesAKillAndNoSaveIsHalfThere() throws Exception {
		Path dir = createStoreWithRoot();
		Random random = new Random(20260101);
		int lastReported = -1;
		for (int kill = 0; kill < KILLS; kill++) {
			List<String> lines = ChildJvm.runUntilKilled(CrashSaveLoop.class, List.of(dir.toString()),
					StoreFixture.PASSPHRASE + "\n", random.nextInt(1500));
			lastReported = ChildJvm.lastReported(lines, "saved ", lastReported);
			verify(dir, lastReported);
		}
		assertTrue(lastReported > KILLS, "too few saves happened to test anything: " + lastReported);
	}

	/**
	 * Crashes (H2: SHUTDOWN IMMEDIATELY, which writes nothing more) after a few saves following a clean reopen, in
	 * many rounds. The first commits after a clean close rewrite the file header; a header that did not lead to them
	 * lost them all in a crash (H2 2.5.250 to 2.5.252). No retention time, so that freed space is reused at once and
	 * the placement of new data varies as in a long session.
	 */
	@Test
	void savesRightAfterACleanReopenSurviveACrash() throws Exception {
		Path dir = createStoreWithRoot();
		execute(dir, "SET RETENTION_TIME 0");
		Random random = new Random(20261123);
		int saved = 0;
		for (int round = 0; round < 40; round++) {
			WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase());
			try {
				EObject root = store.load().getContents().get(0);
				for (int saves = 1 + random.nextInt(4); saves > 0; saves--) {
					CrashSaveLoop.saveNext(store, root, saved++);
				}
				execute(dir, "SHUTDOWN IMMEDIATELY");
			} finally {
				closeAfterCrash(store);
			}
			verify(dir, saved - 1);
		}
	}

	/** A store holding the root that {@link CrashSaveLoop#saveNext} adds to. */
	private Path createStoreWithRoot() throws StoreException {
		Path dir = tempDir.resolve("store");
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			store.load().getContents().add(TestModel.create(TestModel.ROOT, "root"));
			store.save();
		}
		return dir;
	}

	private static void execute(Path dir, String sql) throws Exception {
		try (Connection c = JdbcWorkspaceStore.connectDatabase(dir, StoreFixture.passphrase()); Statement st = c.createStatement()) {
			st.execute(sql);
		}
	}

	/** Closes a store whose database is gone: only what it holds in memory is released. */
	private static void closeAfterCrash(WorkspaceStore store) {
		try {
			store.close();
		} catch (StoreException e) {
			// expected: the database was shut down under it
		}
	}

	static void verify(Path dir, int lastReported) throws Exception {
		verify(dir, StoreFixture.passphrase(), lastReported);
	}

	/**
	 * Opens the store that {@link CrashSaveLoop} saves into and checks that saves 0 to {@code lastReported} are there
	 * (perhaps one more, which committed without being reported), each whole, the journal agreeing with the state.
	 */
	static void verify(Path dir, char[] passphrase, int lastReported) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir, passphrase)) {
			TestModel.PACKAGE.getName();
			Resource r = store.load();
			EObject root = r.getContents().get(0);
			List<Object> items = TestModel.list(root, "items");
			int count = items.size();
			// all returned saves are there (a save may have committed without being reported: count may be higher)
			assertTrue(count >= lastReported + 1, "saves lost: " + count + " items, last reported " + lastReported);
			// each save is whole: item n and "last n" together, and nothing beyond
			assertEquals(count == 0 ? null : "last " + (count - 1), TestModel.get(root, "name"));
			for (int n = 0; n < count; n++) {
				EObject item = r.getEObject("item-" + n);
				assertTrue(item != null && item.eContainer() == root, "item " + n + " missing");
				assertEquals(List.of("t" + n), TestModel.list(item, "tags"));
			}
			List<Operation> journal = store.journal();
			assertEquals(1 + 4L * count, journal.size(), "journal and state disagree");
			assertEquals(CanonicalStateHash.of(r), store.stateHash());
			assertEquals(journal.get(journal.size() - 1).sequence(), store.stats().lastSequence());
			assertTrue(EcoreUtil.getID(root).equals("root"));
		}
	}
}
