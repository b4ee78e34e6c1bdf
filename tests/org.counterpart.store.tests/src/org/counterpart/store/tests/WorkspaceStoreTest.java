package org.counterpart.store.tests;

import static org.counterpart.store.tests.TestModel.item;
import static org.counterpart.store.tests.TestModel.list;
import static org.counterpart.store.tests.TestModel.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreStats;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract, on H2 and (when configured) PostgreSQL. */
class WorkspaceStoreTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		return StoreFixture.all(tempDir);
	}

	private static EObject byId(Resource r, String id) {
		for (var it = r.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (id.equals(EcoreUtil.getID(o))) {
				return o;
			}
		}
		throw new AssertionError("no object " + id);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void savedStateLoadsBackExactly(StoreFixture fixture) throws Exception {
		String hash;
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			assertTrue(r.getContents().isEmpty());
			r.getContents().add(TestModel.sample("w"));
			assertTrue(store.isDirty());
			assertTrue(store.save() > 0);
			assertFalse(store.isDirty());
			hash = CanonicalStateHash.of(r);
			assertEquals(hash, store.stateHash());
		}
		try (WorkspaceStore store = fixture.reopen()) {
			Resource r = store.load();
			assertEquals(hash, CanonicalStateHash.of(r));
			EObject a = byId(r, "w-a");
			assertEquals(List.of(byId(r, "w-b"), byId(r, "w-c")), list(a, "linked"));
			assertEquals(List.of(a), list(byId(r, "w-c"), "linkedBy"));
			assertEquals(List.of(a, byId(r, "w-c")), list(byId(r, "w-b"), "linkedBy"));
			assertTrue(byId(r, "w-b").eIsSet(TestModel.feature(a, "note")));
			assertEquals(3, TestModel.get(a, "count"));
			assertEquals(List.of("x", "y", "x2"), list(a, "tags"));
			assertEquals(6, store.stats().objectCount());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void saveWritesChangesOnlyAndTheJournalGrowsByTheirOperations(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			EObject root = TestModel.sample("w");
			r.getContents().add(root);
			for (int i = 0; i < 500; i++) {
				list(root, "items").add(item("i" + i, "item " + i));
			}
			store.save();
			long journal = store.stats().journalSize();
			assertEquals(0, store.save()); // nothing changed
			set(byId(r, "i250"), "name", "renamed");
			assertEquals(1, store.save());
			assertEquals(journal + 1, store.stats().journalSize());
			assertEquals(CanonicalStateHash.of(r), store.stateHash());
			set(byId(r, "i1"), "name", "unsaved");
			assertNotEquals(CanonicalStateHash.of(r), store.stateHash()); // unsaved changes are not stored
			StoreStats stats = store.stats();
			assertEquals(506, stats.objectCount());
			assertEquals(store.deviceId(), stats.deviceId());
			assertEquals(journal + 1, stats.lastSequence());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void orderSurvivesInsertsMovesAndRemovals(StoreFixture fixture) throws Exception {
		String hash;
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			EObject root = TestModel.sample("w");
			r.getContents().add(root);
			store.save();
			// 40 inserts at the same place exhaust the gap between two positions
			for (int i = 0; i < 40; i++) {
				list(root, "items").add(1, item("ins" + i, "inserted " + i));
				if (i % 3 == 0) {
					store.save();
				}
			}
			store.save();
			list(root, "items").move(0, 10);
			list(root, "items").remove(5);
			list(root, "items").add(0, item("first", "first"));
			EObject moved = byId(r, "w-a1");
			list(byId(r, "ins7"), "children").add(moved);
			r.getContents().add(0, TestModel.create(TestModel.ROOT, "second-root"));
			set(root, "settings", TestModel.create(TestModel.SETTINGS, "s2"));
			store.save();
			hash = CanonicalStateHash.of(r);
			assertEquals(hash, store.stateHash());
		}
		try (WorkspaceStore store = fixture.reopen()) {
			Resource r = store.load();
			assertEquals(hash, CanonicalStateHash.of(r));
			assertEquals("second-root", EcoreUtil.getID(r.getContents().get(0)));
			assertEquals("first", EcoreUtil.getID((EObject) list(r.getContents().get(1), "items").get(0)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void deletedObjectsAndTheirContentsLeaveTheStore(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			EcoreUtil.delete(byId(r, "w-a"), true);
			store.save();
			assertEquals(4, store.stats().objectCount()); // w-a and w-a1 gone
			assertEquals(CanonicalStateHash.of(r), store.stateHash());
			Operation last = store.journal().get(store.journal().size() - 1);
			assertEquals(Kind.DELETE, last.kind());
			assertEquals("w-a", last.objectId());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void replayingTheJournalOnAnEmptyStoreReproducesTheState(StoreFixture fixture) throws Exception {
		List<Operation> journal;
		String hash;
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			EObject root = TestModel.sample("w");
			r.getContents().add(root);
			store.save();
			for (int round = 0; round < 5; round++) {
				EObject n = item("n" + round, "new " + round);
				list(n, "tags").addAll(List.of("t" + round, "u"));
				list(root, "items").add(round % 2, n);
				list(n, "refs").add(byId(r, "w-c"));
				list(byId(r, "w-a"), "linked").add(n);
				set(byId(r, "w-b"), "count", round);
				list(root, "items").move(0, list(root, "items").size() - 1);
				store.save();
			}
			EcoreUtil.delete(byId(r, "n1"), true);
			list(byId(r, "n3"), "children").add(byId(r, "w-a1"));
			store.save();
			journal = store.journal();
			hash = store.stateHash();
		}
		StoreFixture other = StoreFixture.all(tempDir).get(fixture.isLocal() ? 0 : 1);
		try (WorkspaceStore replica = other.create()) {
			replica.load();
			assertEquals(journal.size(), replica.importOperations(journal));
			assertEquals(hash, replica.stateHash());
			assertEquals(hash, CanonicalStateHash.of(replica.resource()));
			assertEquals(journal, replica.journal());
			// importing again changes nothing
			assertEquals(0, replica.importOperations(journal));
			assertEquals(journal.size(), replica.stats().journalSize());
			assertEquals(hash, replica.stateHash());
		}
		try (WorkspaceStore replica = other.reopen()) {
			assertEquals(hash, CanonicalStateHash.of(replica.load()));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void operationsThatDoNotApplyChangeNothing(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			String hash = store.stateHash();
			long journal = store.stats().journalSize();
			List<Operation> bad = new ArrayList<>();
			bad.add(Operation.builder(Kind.SET, "w-a").feature("name").value("half applied").deviceId("other").sequence(1).build());
			bad.add(Operation.builder(Kind.SET, "no-such-object").feature("name").value("x").deviceId("other").sequence(2).build());
			StoreException e = assertThrows(StoreException.class, () -> store.importOperations(bad));
			assertEquals(StoreException.Reason.INVALID_INPUT, e.reason());
			assertEquals(hash, store.stateHash());
			assertEquals(journal, store.stats().journalSize());
			assertEquals(hash, CanonicalStateHash.of(store.resource())); // the model was put back too
			assertEquals("Alpha", TestModel.get(byId(store.resource(), "w-a"), "name"));
			// and the store still records and saves normally
			set(byId(store.resource(), "w-a"), "name", "after");
			assertEquals(1, store.save());
			Operation unsigned = Operation.builder(Kind.SET, "w-a").feature("name").value("x").build();
			assertThrows(StoreException.class, () -> store.importOperations(List.of(unsigned)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void operationsFromAnotherDeviceAreApplied(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = fixture.create()) {
			Resource r = store.load();
			r.getContents().add(TestModel.sample("w"));
			store.save();
			long remoteTime = store.stats().lastTimestamp() + (1L << 30);
			Operation remote = Operation.builder(Kind.SET, "w-a").feature("name").value("from HQ").deviceId("hq")
					.sequence(1).timestamp(remoteTime).build();
			assertEquals(1, store.importOperations(List.of(remote)));
			assertEquals("from HQ", TestModel.get(byId(r, "w-a"), "name"));
			assertEquals(List.of(remote), store.journal("hq", 0));
			// the local clock has moved past the remote one
			set(byId(r, "w-b"), "name", "local");
			store.save();
			List<Operation> mine = store.journal(store.deviceId(), 0);
			assertTrue(mine.get(mine.size() - 1).timestamp() > remoteTime);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void importsAndExportsAWholeModel(StoreFixture fixture) throws Exception {
		Resource source = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
				org.eclipse.emf.common.util.URI.createFileURI(tempDir.resolve("in.xmi").toString()));
		source.getContents().add(TestModel.sample("x"));
		String hash = CanonicalStateHash.of(source);
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(fixture.create(), source)) {
			assertEquals(hash, store.stateHash());
			Resource target = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
					org.eclipse.emf.common.util.URI.createFileURI(tempDir.resolve("out.xmi").toString()));
			store.exportTo(target);
			assertEquals(hash, CanonicalStateHash.of(target));
		}
		StoreFixture empty = StoreFixture.all(tempDir).get(fixture.isLocal() ? 0 : 1);
		try (WorkspaceStore replica = empty.create()) {
			replica.load();
			replica.importOperations(journalOf(fixture));
			assertEquals(hash, replica.stateHash());
		}
	}

	private static List<Operation> journalOf(StoreFixture fixture) throws StoreException {
		try (WorkspaceStore store = fixture.reopen()) {
			return store.journal();
		}
	}
}
