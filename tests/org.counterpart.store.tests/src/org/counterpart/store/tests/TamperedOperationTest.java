package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.TamperedOperationException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationApplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A device's sequence number names one operation for good: the same operation sent again is a replay and changes
 * nothing, a different one under a known (device, sequence) is tampering, and refuses the whole import. On H2 and
 * (when configured) PostgreSQL.
 */
class TamperedOperationTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	private static Operation remote(long sequence, String name, long time) {
		return Operation.builder(Kind.SET, "w-a").feature("name").value(name).deviceId("field-7").sequence(sequence)
				.timestamp(time).build();
	}

	/** Everything an import could change: state, journal, heads and marks. */
	private record Snapshot(String state, List<Operation> journal, Map<String, Long> heads, Map<String, Long> marks) {
		static Snapshot of(WorkspaceStore store) throws StoreException {
			return new Snapshot(store.stateHash(), store.journal(), store.journalHeads(), store.syncMarks(""));
		}
	}

	/** A store holding the sample and operations 1 and 2 of device field-7; returns the clock of the first. */
	private static long received(WorkspaceStore store) throws StoreException {
		store.load().getContents().add(TestModel.sample("w"));
		store.save();
		long time = store.stats().lastTimestamp() + 1000;
		assertEquals(2, store.importOperations(List.of(remote(1, "first", time), remote(2, "second", time + 1)),
				Map.of("received/field-7", 1L)));
		return time;
	}

	private static void assertTamperingWith(long sequence, TamperedOperationException e) {
		assertEquals(StoreException.Reason.TAMPERED, e.reason());
		assertEquals("field-7", e.deviceId());
		assertEquals(sequence, e.sequence());
		assertTrue(e.getMessage().contains("field-7") && e.getMessage().contains("#" + sequence), e.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aDifferentOperationUnderAKnownSequenceIsRefusedAndChangesNothing(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			long time = received(store);
			Snapshot before = Snapshot.of(store);
			// operation 3 is new, operation 2 comes back with another value
			List<Operation> altered = List.of(remote(3, "third", time + 2), remote(2, "rewritten", time + 1));
			TamperedOperationException e = assertThrows(TamperedOperationException.class,
					() -> store.importOperations(altered, Map.of("received/field-7", 2L)));
			assertTamperingWith(2, e);
			assertEquals(before, Snapshot.of(store));
			assertEquals("second", TestModel.get(store.resource().getEObject("w-a"), "name"));
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(2, store.journal("field-7", 0).size());
			assertEquals(2L, store.journalHeads().get("field-7"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void theSameOperationSentAgainChangesNothing(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			long time = received(store);
			Snapshot before = Snapshot.of(store);
			assertEquals(0, store.importOperations(List.of(remote(2, "second", time + 1), remote(1, "first", time))));
			assertEquals(before, Snapshot.of(store));
			// a replay alongside new operations: only the new one is applied
			assertEquals(1, store.importOperations(List.of(remote(2, "second", time + 1), remote(3, "third", time + 2))));
			assertEquals("third", TestModel.get(store.resource().getEObject("w-a"), "name"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void twoDifferentOperationsUnderOneSequenceInOneImportAreRefused(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			long time = received(store);
			Snapshot before = Snapshot.of(store);
			TamperedOperationException e = assertThrows(TamperedOperationException.class,
					() -> store.importOperations(List.of(remote(5, "one", time + 5), remote(5, "other", time + 5))));
			assertTamperingWith(5, e);
			assertEquals(before, Snapshot.of(store));
			// the same operation twice in one import is applied once
			assertEquals(1, store.importOperations(List.of(remote(5, "one", time + 5), remote(5, "one", time + 5))));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void aTamperedOperationInALaterStagedBatchRollsTheWholeImportBack(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			long time = received(store);
			((JdbcWorkspaceStore) store).setImportBatch(2);
			Snapshot before = Snapshot.of(store);
			List<Operation> staged = new ArrayList<>();
			for (long seq = 3; seq <= 8; seq++) {
				staged.add(remote(seq, "name " + seq, time + seq));
			}
			staged.add(remote(1, "rewritten", time)); // the last batch
			OperationIntegrator replay = (operations, target) -> new OperationApplier(target.resource(),
					target.resource().getResourceSet().getPackageRegistry()).applyAll(operations);
			try (ImportStage stage = store.stageImport()) {
				for (Operation op : staged) {
					stage.addOperation(op);
				}
				TamperedOperationException e = assertThrows(TamperedOperationException.class,
						() -> store.importStaged(stage, Map.of("received/field-7", 2L), replay));
				assertTamperingWith(1, e);
			}
			assertEquals(before, Snapshot.of(store));
			assertEquals("second", TestModel.get(store.resource().getEObject("w-a"), "name"));
		}
	}
}
