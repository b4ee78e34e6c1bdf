package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL, at random moments) a process that edits and keeps its unsaved edits in the recovery area, saving
 * now and then, and checks after each kill that the store opens, that the saved state holds every save that returned,
 * and that the saved state plus the recovered edits hold every edit whose copy was kept: nothing reported is lost, and
 * what is recovered applies cleanly.
 */
class RecoveryCrashTest {

	private static final int KILLS = 8;

	@TempDir
	Path tempDir;

	@Test
	void everyKeptEditSurvivesAKillOfTheProcess() throws Exception {
		Path dir = tempDir.resolve("store");
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			store.load().getContents().add(TestModel.create(TestModel.ROOT, "root"));
			store.save();
		}
		Random random = new Random(20261205);
		int recoveredRounds = 0;
		int lastKept = -1;
		for (int kill = 0; kill < KILLS; kill++) {
			List<String> lines = ChildJvm.runUntilKilled(RecoveryKeepLoop.class, List.of(dir.toString()),
					StoreFixture.PASSPHRASE + "\n", 200 + random.nextInt(1200));
			int saved = ChildJvm.lastReported(lines, "saved ", -1);
			int kept = ChildJvm.lastReported(lines, "kept ", -1);
			lastKept = Math.max(lastKept, kept);
			try (WorkspaceStore store = WorkspaceStore.open(dir, StoreFixture.passphrase())) {
				Optional<RecoveredEdits> recovered = store.recoveredEdits();
				Resource r = store.load();
				EObject root = r.getContents().get(0);
				int stored = edits(root);
				assertTrue(stored >= saved, "save " + saved + " returned, but the store holds edits up to " + stored);
				if (recovered.isPresent()) {
					recoveredRounds++;
					recovered.get().applyTo(r);
				}
				int total = edits(root);
				assertTrue(total >= Math.max(saved, kept), "kept " + kept + " and saved " + saved
						+ " were reported, but saved and recovered hold edits up to " + total);
				assertEquals(total < 0 ? null : "edit " + total, TestModel.get(root, "name"), "the items and the name agree");
				// the officer restores and saves: the next round goes on from there
				store.save();
				assertTrue(store.recoveredEdits().isEmpty());
			}
		}
		assertTrue(lastKept > KILLS, "too few edits were kept to test anything: " + lastKept);
		assertTrue(recoveredRounds > 0, "no kill left edits to recover");
	}

	/** The number of the last edit in the model: its items are numbered from 0 without gaps. */
	private static int edits(EObject root) {
		List<Object> items = TestModel.list(root, "items");
		for (int i = 0; i < items.size(); i++) {
			assertEquals("item-" + i, TestModel.get((EObject) items.get(i), "id"), "items in order, none missing");
		}
		return items.size() - 1;
	}

}
