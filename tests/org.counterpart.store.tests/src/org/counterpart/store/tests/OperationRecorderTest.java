package org.counterpart.store.tests;

import static org.counterpart.store.tests.TestModel.item;
import static org.counterpart.store.tests.TestModel.list;
import static org.counterpart.store.tests.TestModel.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.store.journal.OperationApplier;
import org.counterpart.store.journal.OperationRecorder;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperationRecorderTest {

	private final AtomicLong time = new AtomicLong(1_700_000_000_000L);
	private Resource resource;
	private OperationRecorder recorder;
	private EObject root;

	@BeforeEach
	void setUp() {
		resource = new ResourceImpl(URI.createURI("test:/r"));
		root = TestModel.sample("r");
		resource.getContents().add(root);
		recorder = new OperationRecorder(resource, new HybridLogicalClock(time::get, 0), "dev-1", 10);
		recorder.attach();
	}

	private List<Operation> drain() {
		recorder.flush();
		List<Operation> ops = new ArrayList<>(recorder.operations());
		recorder.clear();
		return ops;
	}

	private static List<String> describe(List<Operation> ops) {
		List<String> out = new ArrayList<>();
		for (Operation op : ops) {
			out.add(op.kind() + " " + op.objectId() + (op.feature() != null ? "." + op.feature() : "")
					+ (op.value() != null ? "=" + op.value() : "")
					+ (op.containerId() != null ? " in " + op.containerId() + "." + op.containmentFeature() : "")
					+ (op.index() != Operation.NO_INDEX ? " @" + op.index() : ""));
		}
		return out;
	}

	private EObject byId(String id) {
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (id.equals(EcoreUtil.getID(o))) {
				return o;
			}
		}
		throw new AssertionError(id);
	}

	@Test
	void recordsAttributeChanges() {
		EObject a = byId("r-a");
		set(a, "name", "Alpha 2");
		set(a, "count", 4);
		a.eUnset(TestModel.feature(a, "count")); // EMF notifies a SET to the default for a feature that is not unsettable
		EObject b = byId("r-b");
		b.eUnset(TestModel.feature(b, "note"));
		list(a, "tags").add(1, "new");
		list(a, "tags").remove("x");
		list(a, "tags").move(0, 2);
		set(a, "scratch", "transient: not recorded");
		assertEquals(List.of("SET r-a.name=Alpha 2", "SET r-a.count=4", "SET r-a.count=0", "UNSET r-b.note",
				"ADD r-a.tags=new @1", "REMOVE r-a.tags=x @0", "MOVE r-a.tags=x2 @0"), describe(drain()));
	}

	@Test
	void stampsWithClockDeviceAndSequence() {
		set(byId("r-a"), "name", "1");
		time.set(1_600_000_000_000L); // the wall clock goes back
		set(byId("r-a"), "name", "2");
		List<Operation> ops = drain();
		assertEquals(11, ops.get(0).sequence());
		assertEquals(12, ops.get(1).sequence());
		assertEquals("dev-1", ops.get(1).deviceId());
		assertTrue(ops.get(1).timestamp() > ops.get(0).timestamp());
	}

	@Test
	void recordsReferencesAsIds() {
		EObject a = byId("r-a");
		EObject b = byId("r-b");
		set(b, "friend", byId("r-c"));
		list(a, "refs").remove(0);
		list(a, "refs").clear();
		assertEquals(List.of("SET r-b.friend=r-c", "REMOVE r-a.refs=r-c @0", "REMOVE r-a.refs=r-a1 @0"), describe(drain()));
	}

	@Test
	void recordsANewSubtreeAsCreatesThenState() {
		EObject n = item("n", "New");
		EObject n1 = item("n1", "New child");
		list(n, "children").add(n1);
		list(n, "refs").add(n1);
		set(n1, "friend", byId("r-a"));
		list(root, "items").add(1, n);
		assertEquals(List.of("CREATE n in r.items @1", "CREATE n1 in n.children @0", "SET n.name=New", "ADD n.refs=n1 @0",
				"SET n1.name=New child", "SET n1.friend=r-a"), describe(drain()));
		assertTrue(recorder.dirtyObjects().isEmpty());
	}

	@Test
	void givesNewObjectsWithoutIdAnId() {
		EObject n = EcoreUtil.create(TestModel.ITEM);
		list(root, "items").add(n);
		List<Operation> ops = drain();
		assertEquals(Kind.CREATE, ops.get(0).kind());
		assertEquals(EcoreUtil.getID(n), ops.get(0).objectId());
		assertEquals(36, ops.get(0).objectId().length());
	}

	@Test
	void aMoveBetweenContainersIsAMoveNotADelete() {
		EObject a1 = byId("r-a1");
		list(byId("r-c"), "children").add(a1);
		list(root, "items").move(0, 2);
		assertEquals(List.of("MOVE r-a1 in r-c.children @0", "MOVE r-c in r.items @0"), describe(drain()));
	}

	@Test
	void aRemovalThatStaysRemovedIsADelete() {
		EObject a = byId("r-a");
		EcoreUtil.delete(a, true); // also removes references to it
		List<String> ops = describe(drain());
		assertEquals("DELETE r-a=r-a1", ops.get(ops.size() - 1), "the delete names what went with the object");
		assertTrue(ops.contains("SET r-b.friend"), ops.toString());
		assertTrue(recorder.removedObjects().isEmpty()); // cleared by drain
	}

	@Test
	void removedObjectsIncludeContents() {
		EObject a = byId("r-a");
		list(root, "items").remove(a);
		recorder.flush();
		assertTrue(recorder.removedObjects().contains(a));
		assertTrue(recorder.removedObjects().contains(byIdIn(a, "r-a1")));
		assertEquals(1, recorder.operations().stream().filter(o -> o.kind() == Kind.DELETE).count());
	}

	private static EObject byIdIn(EObject o, String id) {
		for (var it = o.eAllContents(); it.hasNext();) {
			EObject c = it.next();
			if (id.equals(EcoreUtil.getID(c))) {
				return c;
			}
		}
		throw new AssertionError(id);
	}

	@Test
	void cutAndPasteOfAChildOfARemovedObjectIsAMove() {
		EObject a = byId("r-a");
		EObject a1 = byIdIn(a, "r-a1");
		list(root, "items").remove(a);
		list(byId("r-b"), "children").add(a1);
		assertEquals(List.of("MOVE r-a1 in r-b.children @0", "DELETE r-a"), describe(drain()));
	}

	@Test
	void runWithoutRecordingTracksDirtinessOnly() {
		recorder.runWithoutRecording(() -> set(byId("r-a"), "name", "quiet"));
		recorder.flush();
		assertTrue(recorder.operations().isEmpty());
		assertTrue(recorder.dirtyObjects().contains(byId("r-a")));
	}

	/** Recorded operations, replayed on a copy of the starting state, give the same state. */
	@Test
	void replayOfRecordedOperationsReproducesTheState() {
		Resource before = new ResourceImpl(URI.createURI("test:/copy"));
		before.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
		EObject a = byId("r-a");
		EObject n = item("n", "New");
		list(n, "tags").addAll(List.of("p", "q"));
		list(root, "items").add(0, n);
		list(n, "linked").add(a);
		list(byId("r-c"), "children").add(byId("r-a1"));
		set(byId("r-b"), "note", "a note");
		list(a, "tags").move(2, 0);
		list(root, "items").move(3, 0);
		EcoreUtil.delete(byId("r-b"), true);
		set(root, "settings", TestModel.create(TestModel.SETTINGS, "s2"));
		list(a, "refs").add(0, n);
		List<Operation> ops = drain();
		new OperationApplier(before, EPackage.Registry.INSTANCE).applyAll(ops);
		assertEquals(CanonicalStateHash.of(resource), CanonicalStateHash.of(before));
	}

	@Test
	void applierRefusesOperationsThatDoNotFit() {
		OperationApplier applier = new OperationApplier(resource, EPackage.Registry.INSTANCE);
		String hash = CanonicalStateHash.of(resource);
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.SET, "nope").feature("name").value("x").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.SET, "r-a").feature("nope").value("x").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.SET, "r-a").feature("friend").value("missing").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.CREATE, "r-a").eClass(TestModel.NS_URI + "#Item").container("r", "items").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.CREATE, "z").eClass(TestModel.NS_URI + "#Nope").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.MOVE, "r-a").container("r-a1", "children").build()));
		assertThrows(IllegalArgumentException.class, () -> applier.apply(Operation.builder(Kind.ADD, "r-a").feature("name").value("x").build()));
		assertEquals(hash, CanonicalStateHash.of(resource));
	}

	@Test
	void hashIgnoresHistoryButSeesEveryDifference() {
		EObject x = TestModel.sample("r");
		EObject y = TestModel.sample("r");
		// same final state reached differently
		set(TestModel.list(y, "items").get(0) instanceof EObject e ? e : null, "name", "temp");
		set((EObject) TestModel.list(y, "items").get(0), "name", "Alpha");
		assertEquals(hashOf(x), hashOf(y));
		set((EObject) TestModel.list(y, "items").get(1), "note", "n");
		assertTrue(!hashOf(x).equals(hashOf(y)));
		set((EObject) TestModel.list(y, "items").get(1), "note", null);
		assertEquals(hashOf(x), hashOf(y));
		TestModel.list(y, "items").move(0, 1);
		assertTrue(!hashOf(x).equals(hashOf(y)));
	}

	private static String hashOf(EObject root) {
		Resource r = new ResourceImpl(URI.createURI("test:/h"));
		r.getContents().add(root);
		return CanonicalStateHash.of(r);
	}
}
