package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An import is all or nothing whatever goes wrong in it, not only the failures a store expects: an unchecked
 * exception or an error thrown by the integrator in the second of three batches (after the first was written in the
 * import's transaction) leaves the stored state, journal, heads, sync marks and attachments as they were, and the
 * loaded model equal to the stored state; the same import then succeeds. On H2 and (when configured) PostgreSQL.
 */
class ImportAtomicityTest {

	@TempDir
	static Path tempDir;

	/** Another device's journal, three batches of {@link #batch} when staged. */
	private static List<Operation> journal;
	private static int batch;

	@BeforeAll
	static void writeAnotherDevicesJournal() throws Exception {
		try (WorkspaceStore source = new StoreFixture.H2(tempDir.resolve("source")).create()) {
			EObject root = TestModel.sample("elsewhere");
			source.load().getContents().add(root);
			source.save();
			for (int i = 0; i < 12; i++) {
				EObject item = TestModel.item("elsewhere-item-" + i, "Item " + i);
				TestModel.list(item, "tags").add("tag " + i);
				TestModel.list(root, "items").add(item);
				source.save();
			}
			journal = source.journal();
		}
		batch = (journal.size() + 2) / 3;
	}

	static Stream<Arguments> failures() {
		List<Supplier<Throwable>> failures = List.of(() -> new IllegalStateException("the merge lost its way"),
				() -> new NullPointerException("no such object"), () -> new AssertionError("an error, not an exception"));
		List<Arguments> cases = new ArrayList<>();
		for (Supplier<Throwable> failure : failures) {
			for (StoreFixture fixture : StoreFixture.all(tempDir)) { // a store of its own for each case
				cases.add(Arguments.of(fixture, failure.get().getClass().getSimpleName(), failure));
			}
		}
		return cases.stream();
	}

	/** What an import must leave as it was when it fails. */
	private record Snapshot(String stateHash, List<Operation> journal, Map<String, Long> heads, Map<String, Long> marks,
			SortedMap<String, Long> attachments) {
		static Snapshot of(WorkspaceStore store) throws Exception {
			return new Snapshot(store.stateHash(), store.journal(), store.journalHeads(), store.syncMarks(""),
					store.attachments());
		}
	}

	/** Integrates as a strict replay, and throws {@code failure} once it has applied half of batch {@code failing}. */
	private static OperationIntegrator failingIn(int failing, Supplier<Throwable> failure) {
		int[] batches = { 0 };
		return (operations, target) -> {
			batches[0]++;
			if (batches[0] == failing) {
				CrashRoundChild.replay().integrate(operations.subList(0, operations.size() / 2), target);
				Throwable t = failure.get();
				if (t instanceof RuntimeException e) {
					throw e;
				}
				throw (Error) t;
			}
			CrashRoundChild.replay().integrate(operations, target);
		};
	}

	private static WorkspaceStore storeWithHistory(StoreFixture fixture, byte[] attachment) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			store.load().getContents().add(TestModel.sample("here"));
			store.save();
			store.raiseSyncMarks(Map.of("received/elsewhere", 3L));
			store.addAttachment(CrashRoundChild.sha256(attachment), new ByteArrayInputStream(attachment));
		}
		WorkspaceStore store = fixture.reopen();
		((JdbcWorkspaceStore) store).setImportBatch(batch);
		store.load();
		return store;
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("failures")
	void anUncheckedFailureInALaterBatchOfAStagedImportRollsAllBack(StoreFixture fixture, String name,
			Supplier<Throwable> failure) throws Exception {
		byte[] own = CrashRoundChild.attachment(1);
		byte[] staged = CrashRoundChild.attachment(2);
		int ownOperations;
		try (WorkspaceStore store = storeWithHistory(fixture, own)) {
			Snapshot before = Snapshot.of(store);
			ownOperations = before.journal().size();
			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(CrashRoundChild.sha256(staged), new ByteArrayInputStream(staged));
				for (Operation op : journal) {
					stage.addOperation(op);
				}
				Throwable thrown = assertThrows(Throwable.class,
						() -> store.importStaged(stage, Map.of("received/elsewhere", 4L), failingIn(2, failure)));
				assertSame(failure.get().getClass(), thrown.getClass(), "the failure is passed on as it was");
			}
			assertUnchanged(before, store);
			assertFalse(store.hasAttachment(CrashRoundChild.sha256(staged)));

			try (ImportStage stage = store.stageImport()) {
				stage.addAttachment(CrashRoundChild.sha256(staged), new ByteArrayInputStream(staged));
				for (Operation op : journal) {
					stage.addOperation(op);
				}
				assertEquals(journal.size(), store.importStaged(stage, Map.of("received/elsewhere", 4L), CrashRoundChild.replay()));
			}
			assertImportedOnce(before, store);
			assertTrue(store.hasAttachment(CrashRoundChild.sha256(staged)));
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(store.stateHash(), CanonicalStateHash.of(store.load()));
			assertEquals(ownOperations + journal.size(), store.journal().size());
		}
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("failures")
	void anUncheckedFailureInAnImportOfOperationsRollsAllBack(StoreFixture fixture, String name,
			Supplier<Throwable> failure) throws Exception {
		try (WorkspaceStore store = storeWithHistory(fixture, CrashRoundChild.attachment(1))) {
			Snapshot before = Snapshot.of(store);
			Throwable thrown = assertThrows(Throwable.class,
					() -> store.importOperations(journal, Map.of("received/elsewhere", 4L), failingIn(1, failure)));
			assertSame(failure.get().getClass(), thrown.getClass(), "the failure is passed on as it was");
			assertUnchanged(before, store);

			assertEquals(journal.size(), store.importOperations(journal, Map.of("received/elsewhere", 4L), CrashRoundChild.replay()));
			assertImportedOnce(before, store);
		}
	}

	private static void assertUnchanged(Snapshot before, WorkspaceStore store) throws Exception {
		assertEquals(before, Snapshot.of(store), "state hash, journal, heads, sync marks and attachments as before");
		assertEquals(before.stateHash(), CanonicalStateHash.of(store.resource()), "the loaded model is the stored state");
		assertFalse(store.isDirty());
		assertEquals(1, store.resource().getContents().size());
	}

	private static void assertImportedOnce(Snapshot before, WorkspaceStore store) throws Exception {
		assertEquals(before.journal().size() + journal.size(), store.journal().size());
		assertEquals(4L, store.syncMarks("received/").get("received/elsewhere"));
		assertEquals((long) journal.size(), store.journalHeads().get(journal.get(0).deviceId()));
		assertEquals(2, store.resource().getContents().size());
		assertEquals(store.stateHash(), CanonicalStateHash.of(store.resource()));
	}
}
