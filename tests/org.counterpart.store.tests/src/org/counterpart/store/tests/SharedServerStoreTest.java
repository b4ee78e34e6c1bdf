package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes on one server store, as headquarters' workstations share one PostgreSQL database: each store
 * object here stands for one process with its own connections. They see each other's writes, take them in without
 * losing unsaved work, never overwrite what the other wrote, never take one sequence number twice, and never disturb
 * each other's import staging, nor does a process that dies while staging.
 */
class SharedServerStoreTest {

	@TempDir
	Path tempDir;

	private StoreFixture.Postgres server;
	private final List<WorkspaceStore> opened = new ArrayList<>();

	@BeforeEach
	void needsPostgres() {
		TestDatabase.requirePostgres("The shared store test");
		server = new StoreFixture.Postgres();
	}

	@AfterEach
	void closeAll() throws StoreException {
		for (WorkspaceStore store : opened) {
			store.close();
		}
	}

	private WorkspaceStore open() throws StoreException {
		WorkspaceStore store = server.reopen();
		opened.add(store);
		return store;
	}

	/** Two workstations on a store holding a sample root with three more items. */
	private WorkspaceStore[] twoWorkstations() throws StoreException {
		WorkspaceStore first = open();
		EObject root = TestModel.sample("theater");
		for (int i = 0; i < 3; i++) {
			TestModel.list(root, "items").add(TestModel.item("item-" + i, "Item " + i));
		}
		first.load().getContents().add(root);
		first.save();
		WorkspaceStore second = open();
		second.load();
		return new WorkspaceStore[] { first, second };
	}

	private static EObject root(WorkspaceStore store) {
		return store.resource().getContents().get(0);
	}

	private static EObject item(WorkspaceStore store, int i) {
		return store.resource().getEObject("item-" + i);
	}

	@Test
	void aWorkstationSeesAnothersSaveAndTakesItIn() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		assertTrue(ws[0].isShared());
		assertEquals(6, TestModel.list(root(ws[1]), "items").size(), "the second reads what the first saved");
		assertFalse(ws[1].changedElsewhere());

		TestModel.set(root(ws[0]), "name", "Renamed at the first workstation");
		ws[0].save();
		assertFalse(ws[0].changedElsewhere(), "its own save is no news to the first");
		assertTrue(ws[1].changedElsewhere());
		ws[1].refresh();
		assertEquals("Renamed at the first workstation", TestModel.get(root(ws[1]), "name"));
		assertFalse(ws[1].changedElsewhere());
		assertEquals(ws[0].stateHash(), ws[1].stateHash());
	}

	@Test
	void aWatchHearsOfAnothersImportWithinFiveSeconds() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		CountDownLatch heard = new CountDownLatch(1);
		try (WorkspaceStore.Watch watch = ws[1].watchChanges(Duration.ofMillis(250), heard::countDown)) {
			assertFalse(heard.await(600, TimeUnit.MILLISECONDS), "nothing changed yet");
			List<Operation> elsewhere = anotherDevicesJournal("watched", 5);
			ws[0].importOperations(elsewhere, Map.of(), replay());
			assertTrue(heard.await(5, TimeUnit.SECONDS), "the second workstation hears of the import");
		}
		ws[1].refresh();
		assertEquals(ws[0].stateHash(), ws[1].stateHash());
	}

	@Test
	void unsavedWorkIsKeptAndSavedBesideAnothersChanges() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		TestModel.set(item(ws[0], 1), "name", "Edited at the first, not saved yet");
		TestModel.set(root(ws[1]), "name", "Renamed at the second");
		ws[1].save();

		StoreException refused = assertThrows(StoreException.class, ws[0]::refresh);
		assertEquals(StoreException.Reason.IN_USE, refused.reason());
		assertTrue(refused.getMessage().contains("Save or discard"), refused.getMessage());
		assertEquals("Edited at the first, not saved yet", TestModel.get(item(ws[0], 1), "name"), "nothing lost");

		ws[0].save(); // other objects than the second changed: saved beside its change
		ws[0].refresh();
		assertEquals("Renamed at the second", TestModel.get(root(ws[0]), "name"));
		assertEquals("Edited at the first, not saved yet", TestModel.get(item(ws[0], 1), "name"));
		try (WorkspaceStore third = server.reopen()) {
			third.load();
			assertEquals("Renamed at the second", TestModel.get(root(third), "name"));
			assertEquals("Edited at the first, not saved yet", TestModel.get(item(third, 1), "name"));
			assertEquals(ws[0].stateHash(), third.stateHash());
		}
	}

	@Test
	void aSaveThatWouldOverwriteAnothersChangeIsRefused() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		TestModel.set(item(ws[0], 2), "name", "First's name");
		TestModel.set(item(ws[1], 2), "name", "Second's name");
		ws[1].save();
		long before = ws[1].stats().journalSize();

		StoreException refused = assertThrows(StoreException.class, ws[0]::save);
		assertEquals(StoreException.Reason.IN_USE, refused.reason());
		assertTrue(refused.getMessage().contains("changed 1 of the objects you changed"), refused.getMessage());
		assertEquals(before, ws[1].stats().journalSize(), "nothing written");
		try (WorkspaceStore third = server.reopen()) {
			third.load();
			assertEquals("Second's name", TestModel.get(item(third, 2), "name"));
		}
	}

	@Test
	void sequenceNumbersAreTakenInTheWritingTransaction() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		assertEquals(ws[0].deviceId(), ws[1].deviceId(), "both write for the server's device");
		// both record changes numbered after the same last sequence number
		TestModel.list(root(ws[0]), "items").add(TestModel.item("item-a", "Added at the first"));
		TestModel.list(root(ws[1]), "items").add(TestModel.item("item-b", "Added at the second"));
		ws[1].save();
		ws[0].save();

		List<Operation> mine = ws[0].journal(ws[0].deviceId(), 0);
		for (int i = 0; i < mine.size(); i++) {
			assertEquals(i + 1, mine.get(i).sequence(), "one number each, none twice, none left out");
		}
		ws[0].refresh();
		ws[1].refresh();
		assertEquals(8, TestModel.list(root(ws[0]), "items").size());
		assertEquals(ws[0].stateHash(), ws[1].stateHash());
		assertEquals(mine.size(), ws[1].stats().lastSequence());
	}

	@Test
	void importersStageApartAndADeadOnesStagingDisturbsNoOne() throws Exception {
		WorkspaceStore[] ws = twoWorkstations();
		List<Operation> fromA = anotherDevicesJournal("device-a", 40);
		List<Operation> fromB = anotherDevicesJournal("device-b", 40);
		WorkspaceStore dying = open();
		dying.load();
		((JdbcWorkspaceStore) ws[0]).setImportBatch(8);
		((JdbcWorkspaceStore) ws[1]).setImportBatch(8);
		((JdbcWorkspaceStore) dying).setImportBatch(8);

		ImportStage first = ws[0].stageImport();
		stage(first, fromA);
		ImportStage lost = dying.stageImport();
		stage(lost, fromB); // staged, never imported: its process ends
		opened.remove(dying);
		dying.close();
		WorkspaceStore late = open(); // opening clears what this process would have left, nothing of the others'
		late.load();
		try (ImportStage second = ws[1].stageImport()) {
			stage(second, fromB);
			assertEquals(fromB.size(), ws[1].importStaged(second, Map.of(), replay()));
		}
		assertEquals(fromA.size(), ws[0].importStaged(first, Map.of(), replay()), "the first's staging is whole");
		first.close();

		late.refresh();
		ws[1].refresh();
		assertEquals(late.stateHash(), ws[0].stateHash());
		assertEquals(late.stateHash(), ws[1].stateHash());
		Map<String, Long> heads = late.journalHeads();
		assertEquals((long) fromA.size(), heads.get(fromA.get(0).deviceId()));
		assertEquals((long) fromB.size(), heads.get(fromB.get(0).deviceId()));
	}

	private static void stage(ImportStage stage, List<Operation> operations) throws StoreException {
		for (Operation op : operations) {
			stage.addOperation(op);
		}
	}

	private static OperationIntegrator replay() {
		return (operations, target) -> new OperationApplier(target.resource(),
				target.resource().getResourceSet().getPackageRegistry()).applyAll(operations);
	}

	/** A journal of another device that adds {@code count} items to a root of its own. */
	private List<Operation> anotherDevicesJournal(String name, int count) throws StoreException {
		try (WorkspaceStore source = new StoreFixture.H2(tempDir.resolve(name)).create()) {
			EObject root = TestModel.sample(name);
			source.load().getContents().add(root);
			source.save();
			for (int i = 0; i < count; i++) {
				TestModel.list(root, "items").add(TestModel.item(name + "-item-" + i, "Item " + i));
				if (i % 10 == 9) {
					source.save();
				}
			}
			source.save();
			return source.journal();
		}
	}
}
