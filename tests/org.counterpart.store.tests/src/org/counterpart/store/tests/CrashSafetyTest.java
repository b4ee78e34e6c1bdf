package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
		String classPath = ChildJvm.classPath(CrashSaveLoop.class, WorkspaceStore.class, EObject.class,
				org.eclipse.emf.common.util.URI.class, org.h2.Driver.class, org.bouncycastle.crypto.generators.SCrypt.class);
		Random random = new Random(20260101);
		int lastReported = -1;
		for (int kill = 0; kill < KILLS; kill++) {
			Process child = ChildJvm.java(classPath, CrashSaveLoop.class, dir.toString())
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			List<String> lines = new CopyOnWriteArrayList<>();
			CountDownLatch ready = new CountDownLatch(1);
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line; (line = in.readLine()) != null;) {
						lines.add(line);
						ready.countDown();
					}
				} catch (IOException e) {
					// the child was killed
				}
			});
			reader.start();
			try (OutputStream stdin = child.getOutputStream()) {
				stdin.write((StoreFixture.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
			}
			assertTrue(ready.await(60, TimeUnit.SECONDS), "child did not start: " + lines);
			Thread.sleep(random.nextInt(1500));
			child.destroyForcibly(); // SIGKILL on Linux
			child.waitFor(30, TimeUnit.SECONDS);
			reader.join(10_000);
			for (String line : lines) {
				if (line.startsWith("saved ")) {
					lastReported = Math.max(lastReported, Integer.parseInt(line.substring(6)));
				}
			}
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

	private static void verify(Path dir, int lastReported) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
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
