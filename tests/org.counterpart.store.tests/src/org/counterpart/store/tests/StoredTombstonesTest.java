package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store keeps the ids of deleted objects in memory between imports; what a merge is told is always what is
 * committed: a tombstone written by an import is known to the next, one of an import rolled back is not, and one that
 * another process wrote to a shared store is known after it.
 */
class StoredTombstonesTest {

	private static final String ITEM = "tomb-item-1";

	@TempDir
	Path tempDir;

	@Test
	void anImportsTombstonesAreKnownToTheNextAndARolledBackOnesAreNot() throws Exception {
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.create(tempDir.resolve("store"), StoreFixture.passphrase(),
				StoreFixture.FAST_KDF)) {
			withItems(store);
			assertEquals(Set.of(), askAbout(store, ITEM, 1, 1), "nothing deleted yet (and now read into memory)");

			// a staged import of three batches: the first writes a tombstone, the second fails; all is rolled back
			store.setImportBatch(2);
			int[] batches = { 0 };
			try (ImportStage stage = store.stageImport()) {
				for (int sequence = 2; sequence <= 7; sequence++) {
					stage.addOperation(set(sequence));
				}
				RuntimeException failure = new IllegalStateException("the merge fails in the second batch");
				assertThrows(IllegalStateException.class, () -> store.importStaged(stage, Map.of(), (operations, target) -> {
					if (++batches[0] == 2) {
						throw failure;
					}
					target.tombstones(List.of(ITEM));
					target.addTombstone(ITEM, operations.get(0));
				}));
			}
			assertEquals(2, batches[0]);
			assertEquals(Set.of(), askAbout(store, ITEM, 2, 2), "the rolled-back tombstone is not known");

			assertEquals(1, store.importOperations(List.of(set(3)), Map.of(), (operations, target) -> {
				target.tombstones(List.of(ITEM));
				target.addTombstone(ITEM, operations.get(0));
			}));
			assertEquals(Set.of(ITEM), askAbout(store, ITEM, 4, 4), "the committed tombstone is known to the next import");
		}
	}

	@Test
	void aTombstoneAnotherProcessWroteToASharedStoreIsKnownAfterIt() throws Exception {
		TestDatabase.requirePostgres("The shared store's tombstones");
		StoreFixture.Postgres server = new StoreFixture.Postgres();
		List<WorkspaceStore> opened = new ArrayList<>();
		try {
			WorkspaceStore first = server.reopen();
			opened.add(first);
			withItems(first);
			WorkspaceStore second = server.reopen();
			opened.add(second);
			second.load();
			assertEquals(Set.of(), askAbout(first, ITEM, 1, 1), "nothing deleted yet (and now read into memory)");
			assertEquals(1, second.importOperations(List.of(set(2)), Map.of(), (operations, target) -> {
				target.addTombstone(ITEM, operations.get(0));
			}));
			assertEquals(Set.of(ITEM), askAbout(first, ITEM, 3, 3), "the other process's tombstone");
		} finally {
			for (WorkspaceStore store : opened) {
				store.close();
			}
		}
	}

	private static void withItems(WorkspaceStore store) throws StoreException {
		EObject root = TestModel.sample("tombstones");
		for (int i = 0; i < 3; i++) {
			TestModel.list(root, "items").add(TestModel.item("tomb-item-" + i, "Item " + i));
		}
		store.load().getContents().add(root);
		store.save();
	}

	/** What a merge importing one operation (sequences {@code from} to {@code to}) is told of {@code id}. */
	private static Set<String> askAbout(WorkspaceStore store, String id, int from, int to) throws StoreException {
		List<Set<String>> told = new ArrayList<>();
		List<Operation> operations = new ArrayList<>();
		for (int sequence = from; sequence <= to; sequence++) {
			operations.add(set(sequence));
		}
		OperationIntegrator asking = (ops, target) -> told.add(target.tombstones(List.of(id)));
		store.importOperations(operations, Map.of(), asking);
		assertEquals(1, told.size());
		return told.get(0);
	}

	/** A received edit of another item, from a device elsewhere. */
	private static Operation set(int sequence) {
		return Operation.builder(Operation.Kind.SET, "tomb-item-2").feature("name").value("edit " + sequence)
				.deviceId("tombstones/elsewhere").sequence(sequence).timestamp(1_000_000L + sequence).build();
	}
}
