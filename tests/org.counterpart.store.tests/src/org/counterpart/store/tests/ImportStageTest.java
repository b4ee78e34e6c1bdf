package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreStats;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports staged beyond memory: operations staged in the store a batch at a time, applied batch by batch in one
 * transaction, on H2 and (when configured) PostgreSQL. Another device's journal of 60 items (a few hundred
 * operations) is staged in batches of 16.
 */
class ImportStageTest {

	private static final int BATCH = 16;

	@TempDir
	static Path tempDir;

	/** The other device's journal, in the order it wrote it. */
	private static List<Operation> journal;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	@BeforeAll
	static void writeAnotherDevicesJournal() throws Exception {
		try (WorkspaceStore source = new StoreFixture.H2(tempDir.resolve("source")).create()) {
			EObject root = TestModel.sample("elsewhere");
			source.load().getContents().add(root);
			source.save();
			for (int i = 0; i < 60; i++) {
				EObject item = TestModel.item(null, "Item " + i);
				TestModel.list(item, "tags").add("tag " + i);
				TestModel.list(root, "items").add(item);
				if (i % 10 == 9) {
					source.save();
				}
			}
			TestModel.set(root, "name", "Renamed elsewhere");
			source.save();
			journal = source.journal();
		}
		assertTrue(journal.size() > 10 * BATCH, "several batches: " + journal.size());
	}

	/** A strict replay that notes the size of every batch it is given. */
	private static OperationIntegrator replay(List<Integer> batches) {
		return (operations, target) -> {
			batches.add(operations.size());
			new OperationApplier(target.resource(), target.resource().getResourceSet().getPackageRegistry())
					.applyAll(operations);
		};
	}

	private static WorkspaceStore withBatch(WorkspaceStore store) {
		((JdbcWorkspaceStore) store).setImportBatch(BATCH);
		return store;
	}

	private static void stage(ImportStage stage, List<Operation> operations) throws StoreException {
		for (Operation op : operations) {
			stage.addOperation(op);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void stagedOperationsApplyInBatchesToTheStateOfOneImport(StoreFixture fixture) throws Exception {
		String whole;
		try (WorkspaceStore reference = new StoreFixture.H2(tempDir.resolve("whole-" + fixture)).create()) {
			reference.load();
			reference.importOperations(journal, Map.of(), replay(new ArrayList<>()));
			whole = reference.stateHash();
		}
		List<Integer> batches = new ArrayList<>();
		try (WorkspaceStore store = withBatch(fixture.create())) {
			store.load();
			try (ImportStage stage = store.stageImport()) {
				stage(stage, journal);
				assertEquals(journal.size(), stage.operationCount());
				assertEquals(journal.size(), store.importStaged(stage, Map.of("received/elsewhere", 7L), replay(batches)));
			}
			assertEquals(whole, store.stateHash());
			assertEquals(journal.size(), store.stats().journalSize());
			assertEquals(7L, store.syncMarks("received/").get("received/elsewhere"));
			String device = journal.get(0).deviceId();
			assertEquals(journal.size(), store.journalHeads().get(device));
		}
		List<Integer> expected = new ArrayList<>();
		for (int left = journal.size(); left > 0; left -= BATCH) {
			expected.add(Math.min(BATCH, left));
		}
		assertEquals(expected, batches, "batches of at most " + BATCH + ", in the order staged");
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(whole, store.stateHash());
			store.load();
			assertEquals(whole, store.stateHash());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aBatchThatFailsLeavesTheStoreAndTheModelAsTheyWere(StoreFixture fixture) throws Exception {
		byte[] photo = AttachmentStoreTest.random(300_000, 21);
		String photoHash = AttachmentStoreTest.sha256(photo);
		try (WorkspaceStore store = fixture.create()) {
			store.load().getContents().add(TestModel.sample("here"));
			store.save();
			store.raiseSyncMarks(Map.of("received/elsewhere", 3L));
		}
		try (WorkspaceStore store = withBatch(fixture.reopen())) {
			Resource model = store.load();
			assertEquals(1, model.getContents().size());
			String state = store.stateHash();
			StoreStats before = store.stats();
			Map<String, Long> heads = store.journalHeads();
			List<Integer> batches = new ArrayList<>();
			OperationIntegrator failsThird = (operations, target) -> {
				replay(batches).integrate(operations, target);
				if (batches.size() == 3) {
					throw new IllegalArgumentException("the third batch does not apply");
				}
			};
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(photoHash, new ByteArrayInputStream(photo));
				stage(stage, journal);
				StoreException refused = assertThrows(StoreException.class,
						() -> store.importStaged(stage, Map.of("received/elsewhere", 4L), failsThird));
				assertEquals(StoreException.Reason.INVALID_INPUT, refused.reason());
				assertTrue(refused.getMessage().contains("the third batch does not apply"), refused.getMessage());
			}
			assertEquals(3, batches.size(), "two batches were written before the third failed");
			assertEquals(state, store.stateHash());
			assertEquals(before.journalSize(), store.stats().journalSize());
			assertEquals(before.objectCount(), store.stats().objectCount());
			assertEquals(heads, store.journalHeads());
			assertEquals(3L, store.syncMarks("received/").get("received/elsewhere"));
			assertFalse(store.hasAttachment(photoHash));
			// the model was put back too: nothing of the first batches is in it, and nothing is unsaved
			assertFalse(store.isDirty());
			EObject root = store.resource().getContents().get(0);
			assertEquals(3, TestModel.list(root, "items").size());
			assertEquals(1, store.resource().getContents().size());

			// the store goes on: a local edit takes the next sequence number, and the same operations import
			TestModel.set(root, "name", "edited here");
			assertEquals(1, store.save());
			assertEquals(before.lastSequence() + 1, store.stats().lastSequence());
			List<Operation> own = store.journal(store.deviceId(), before.lastSequence());
			assertEquals(List.of(before.lastSequence() + 1), own.stream().map(Operation::sequence).toList());
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(photoHash, new ByteArrayInputStream(photo));
				stage(stage, journal);
				assertEquals(journal.size(), store.importStaged(stage, Map.of("received/elsewhere", 4L), replay(new ArrayList<>())));
			}
			assertEquals(before.journalSize() + 1 + journal.size(), store.stats().journalSize());
			assertEquals(2, store.resource().getContents().size());
			assertTrue(store.hasAttachment(photoHash));
			assertEquals(4L, store.syncMarks("received/").get("received/elsewhere"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void stagedOperationsAreGoneAfterAStageIsClosedOrTheStoreIsReopened(StoreFixture fixture) throws Exception {
		List<Operation> firstHalf = journal.subList(0, journal.size() / 2);
		try (WorkspaceStore store = withBatch(fixture.create())) {
			store.load();
			try (ImportStage stage = store.stageImport()) {
				stage(stage, journal); // several batches in the store, refused (closed without importing)
			}
			ImportStage left = store.stageImport();
			stage(left, journal.subList(journal.size() / 2, journal.size()));
			// closed without closing the stage, as a crash would leave it
		}
		try (WorkspaceStore store = withBatch(fixture.reopen())) {
			store.load();
			try (ImportStage stage = store.stageImport()) {
				stage(stage, firstHalf);
				assertEquals(firstHalf.size(), store.importStaged(stage, Map.of(), replay(new ArrayList<>())));
			}
			assertEquals(firstHalf, store.journal(), "only what this stage held");
		}
	}
}
