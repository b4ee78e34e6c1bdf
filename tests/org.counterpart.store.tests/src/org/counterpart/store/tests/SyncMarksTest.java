package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bookkeeping packages rely on: sync marks, journal heads and streamed journal reads. */
class SyncMarksTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	private static Operation remote(long sequence, String name, long time) {
		return Operation.builder(Kind.SET, "w-a").feature("name").value(name).deviceId("hq").sequence(sequence)
				.timestamp(time).build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void marksOnlyRiseAndSurviveReopening(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			store.raiseSyncMarks(Map.of("ack/k1/d1", 5L, "ack/k1/d2", 3L, "package/sent", 1L));
			store.raiseSyncMarks(Map.of("ack/k1/d1", 2L, "ack/k1/d2", 4L));
			assertEquals(Map.of("ack/k1/d1", 5L, "ack/k1/d2", 4L), store.syncMarks("ack/k1/"));
		}
		try (WorkspaceStore store = fixture.reopen()) {
			assertEquals(Map.of("package/sent", 1L), store.syncMarks("package/"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void marksAreWrittenWithTheOperationsOrNotAtAll(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			long time = store.stats().lastTimestamp() + 1000;
			List<Operation> bad = List.of(remote(1, "x", time),
					Operation.builder(Kind.SET, "no-such-object").feature("name").value("x").deviceId("hq").sequence(2)
							.timestamp(time).build());
			assertThrows(StoreException.class, () -> store.importOperations(bad, Map.of("package/received/hq", 1L)));
			assertTrue(store.syncMarks("package/").isEmpty());

			assertEquals(1, store.importOperations(List.of(remote(1, "x", time)), Map.of("package/received/hq", 1L)));
			assertEquals(Map.of("package/received/hq", 1L), store.syncMarks("package/"));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void headsStopAtTheFirstGapAndTheJournalStreamsInOrder(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			long own = store.stats().lastSequence();
			long time = store.stats().lastTimestamp() + 1000;
			store.importOperations(List.of(remote(4, "d", time + 4), remote(1, "a", time + 1), remote(2, "b", time + 2)));
			Map<String, Long> heads = store.journalHeads();
			assertEquals(2L, heads.get("hq"));
			assertEquals(own, heads.get(store.deviceId()));

			List<Long> streamed = new ArrayList<>();
			store.readJournal("hq", 1, op -> streamed.add(op.sequence()));
			assertEquals(List.of(2L, 4L), streamed);
		}
	}
}
