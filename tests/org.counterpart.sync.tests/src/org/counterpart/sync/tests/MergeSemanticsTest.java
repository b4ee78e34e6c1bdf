package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.store.Conflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge's rules one by one: two devices start from the same workspace, edit it offline, and two
 * headquarters stores receive their work in opposite orders.
 */
class MergeSemanticsTest {

	@TempDir
	Path dir;

	private final List<WorkspaceStore> opened = new ArrayList<>();
	private WorkspaceStore origin;
	private WorkspaceStore a;
	private WorkspaceStore b;
	private WorkspaceStore hq1;
	private WorkspaceStore hq2;

	@BeforeEach
	void setUp() throws Exception {
		origin = store();
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setPartnerCountry("Testland");
		for (int i = 0; i < 3; i++) {
			Contact contact = CounterpartFactory.eINSTANCE.createContact();
			contact.setGivenName("Contact " + i);
			theater.getContacts().add(contact);
			FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
			observation.setText("Observation " + i);
			observation.getAboutActors().add(contact);
			theater.getObservations().add(observation);
			Objective objective = CounterpartFactory.eINSTANCE.createObjective();
			objective.setTitle("Objective " + i);
			Objective sub = CounterpartFactory.eINSTANCE.createObjective();
			sub.setTitle("Sub-objective " + i);
			objective.getSubObjectives().add(sub);
			theater.getObjectives().add(objective);
		}
		origin.resource().getContents().add(theater);
		origin.save();
		a = store();
		b = store();
		hq1 = store();
		hq2 = store();
		for (WorkspaceStore s : List.of(a, b, hq1, hq2)) {
			send(origin, s);
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		for (WorkspaceStore s : opened) {
			s.close();
		}
	}

	@Test
	void concurrentWritesTheLastWinsAndTheOtherIsAConflictWithBothSides() throws Exception {
		edit(a, t -> t.getContacts().get(0).setGivenName("from a"));
		edit(b, t -> t.getContacts().get(0).setGivenName("from b")); // later clock: wins
		Conflict conflict = mergeBothWays().get(0);
		assertEquals("from b", theater(hq1).getContacts().get(0).getGivenName());
		assertEquals(Conflict.Kind.VALUE, conflict.kind());
		assertEquals("givenName", conflict.feature());
		assertEquals("from b", conflict.winner().value());
		assertEquals(b.deviceId(), conflict.winner().deviceId());
		assertEquals("from a", conflict.loser().value());
		assertEquals(a.deviceId(), conflict.loser().deviceId());
		assertTrue(conflict.loser().timestamp() < conflict.winner().timestamp());
	}

	@Test
	void aResolutionIsAnOperationThatTravelsAndClosesTheConflictEverywhere() throws Exception {
		edit(a, t -> t.getContacts().get(0).setGivenName("from a"));
		edit(b, t -> t.getContacts().get(0).setGivenName("from b"));
		Conflict conflict = mergeBothWays().get(0);
		hq1.resolveConflict(conflict, true); // the analyst prefers a's value
		assertEquals("from a", theater(hq1).getContacts().get(0).getGivenName());
		assertTrue(hq1.conflicts().isEmpty());
		List<Operation> written = hq1.journal(hq1.deviceId(), 0);
		assertEquals(List.of(Operation.Kind.SET, Operation.Kind.RESOLVE), written.stream().map(Operation::kind).toList());

		send(hq1, hq2);
		assertTrue(hq2.conflicts().isEmpty(), "the resolution closed it at the other headquarters too");
		assertEquals(hq1.stateHash(), hq2.stateHash());
		send(hq1, a);
		assertEquals(hq1.stateHash(), a.stateHash());
		assertThrows(StoreException.class, () -> hq1.resolveConflict(conflict, false), "resolved already");
	}

	@Test
	void equalClocksTheDeviceIdBreaksTheTie() throws Exception {
		String contact = theater(hq1).getContacts().get(1).getId();
		long t = Math.max(hq1.stats().lastTimestamp(), hq2.stats().lastTimestamp()) + 1_000_000;
		Operation low = Operation.builder(Operation.Kind.SET, contact).feature("givenName").value("low").timestamp(t)
				.deviceId("device-a").sequence(1).build();
		Operation high = low.toBuilder().value("high").deviceId("device-b").build();
		hq1.importOperations(List.of(low), Map.of(), new ConvergentMerge());
		hq1.importOperations(List.of(high), Map.of(), new ConvergentMerge());
		hq2.importOperations(List.of(high), Map.of(), new ConvergentMerge());
		hq2.importOperations(List.of(low), Map.of(), new ConvergentMerge());
		assertEquals("high", theater(hq1).getContacts().get(1).getGivenName());
		assertEquals(hq1.stateHash(), hq2.stateHash());
	}

	@Test
	void anAdditionTheRemoverHadNotSeenWins() throws Exception {
		String observation = theater(hq1).getObservations().get(0).getId();
		String contact = theater(hq1).getContacts().get(2).getId();
		long t = Math.max(hq1.stats().lastTimestamp(), hq2.stats().lastTimestamp()) + 1_000_000;
		Operation add = Operation.builder(Operation.Kind.ADD, observation).feature("aboutActors").value(contact)
				.timestamp(t).deviceId("device-a").sequence(1).build();
		// removed later, by a device whose last knowledge of the list predates the addition
		Operation remove = Operation.builder(Operation.Kind.REMOVE, observation).feature("aboutActors").value(contact)
				.basis(t - 1).timestamp(t + 5).deviceId("device-b").sequence(1).build();
		hq1.importOperations(List.of(add), Map.of(), new ConvergentMerge());
		hq1.importOperations(List.of(remove), Map.of(), new ConvergentMerge());
		hq2.importOperations(List.of(remove), Map.of(), new ConvergentMerge());
		hq2.importOperations(List.of(add), Map.of(), new ConvergentMerge());
		assertTrue(theater(hq1).getObservations().get(0).getAboutActors().stream().anyMatch(c -> c.getId().equals(contact)));
		assertEquals(hq1.stateHash(), hq2.stateHash());

		// a removal that had seen the addition takes it away
		Operation seen = remove.toBuilder().basis(t).timestamp(t + 9).sequence(2).build();
		hq1.importOperations(List.of(seen), Map.of(), new ConvergentMerge());
		assertFalse(theater(hq1).getObservations().get(0).getAboutActors().stream().anyMatch(c -> c.getId().equals(contact)));
	}

	@Test
	void aDeleteRacingAnEditDeletesAndRecordsTheEdit() throws Exception {
		edit(b, t -> t.getObservations().get(1).setText("edited while deleted elsewhere"));
		edit(a, t -> EcoreUtil.delete(t.getObservations().get(1), true));
		List<Conflict> conflicts = mergeBothWays();
		assertEquals(2, theater(hq1).getObservations().size());
		Conflict conflict = conflicts.get(0);
		assertEquals(Conflict.Kind.DELETE_EDIT, conflict.kind());
		assertEquals(Operation.Kind.DELETE, conflict.winner().kind());
		assertEquals("edited while deleted elsewhere", conflict.loser().value());
		assertThrows(StoreException.class, () -> hq1.resolveConflict(conflict, true), "a deleted object is not brought back");
		hq1.resolveConflict(conflict, false);
		assertTrue(hq1.conflicts().isEmpty());
	}

	@Test
	void aReferenceToADeletedObjectIsDropped() throws Exception {
		edit(a, t -> EcoreUtil.delete(t.getContacts().get(2), true));
		edit(b, t -> t.getObservations().get(0).setSource(t.getContacts().get(2)));
		mergeBothWays();
		assertNull(theater(hq1).getObservations().get(0).getSource());
		assertEquals(2, theater(hq1).getContacts().size());
	}

	@Test
	void movesThatTogetherWouldMakeACycleLeaveATree() throws Exception {
		edit(a, t -> t.getObjectives().get(1).getSubObjectives().add(t.getObjectives().get(0)));
		edit(b, t -> t.getObjectives().get(0).getSubObjectives().add(t.getObjectives().get(1)));
		List<Conflict> conflicts = mergeBothWays();
		Theater merged = theater(hq1);
		for (EObject o : (Iterable<EObject>) merged::eAllContents) {
			assertFalse(EcoreUtil.isAncestor(o, o.eContainer()), "no object inside itself");
		}
		assertTrue(conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.MOVE), conflicts.toString());
	}

	@Test
	void concurrentMovesOfOneObjectTheLastWinsAndTheOtherIsAConflict() throws Exception {
		edit(a, t -> t.getObjectives().get(1).getSubObjectives().add(t.getObjectives().get(0).getSubObjectives().get(0)));
		edit(b, t -> t.getObjectives().get(2).getSubObjectives().add(t.getObjectives().get(0).getSubObjectives().get(0)));
		Conflict conflict = mergeBothWays().get(0);
		assertEquals(Conflict.Kind.MOVE, conflict.kind());
		assertEquals(2, theater(hq1).getObjectives().get(2).getSubObjectives().size());
		assertEquals(theater(hq1).getObjectives().get(1).getId(), conflict.loser().containerId());
	}

	@Test
	void somethingCreatedInsideADeletedObjectIsNotLostSilently() throws Exception {
		edit(b, t -> {
			Objective sub = CounterpartFactory.eINSTANCE.createObjective();
			sub.setTitle("added under a deleted objective");
			t.getObjectives().get(2).getSubObjectives().add(sub);
		});
		edit(a, t -> EcoreUtil.delete(t.getObjectives().get(2), true));
		List<Conflict> conflicts = mergeBothWays();
		assertEquals(2, theater(hq1).getObjectives().size());
		assertTrue(conflicts.stream().anyMatch(c -> c.kind() == Conflict.Kind.DELETE_EDIT
				&& c.loser().kind() == Operation.Kind.CREATE), conflicts.toString());
	}

	@Test
	void anOperationOnAnUnknownClassIsRefusedAndNothingChanges() throws Exception {
		String before = hq1.stateHash();
		long t = hq1.stats().lastTimestamp() + 1_000_000;
		Operation bad = Operation.builder(Operation.Kind.CREATE, UUID.randomUUID().toString())
				.eClass("http://example.org/unknown#Thing").timestamp(t).deviceId("device-x").sequence(1).build();
		StoreException e = assertThrows(StoreException.class,
				() -> hq1.importOperations(List.of(bad), Map.of(), new ConvergentMerge()));
		assertTrue(e.getMessage().contains("unknown"), e.getMessage());
		assertEquals(before, hq1.stateHash());
		assertEquals(0, hq1.journal("device-x", 0).size());
	}

	// ------------------------------------------------------------------

	private WorkspaceStore store() throws Exception {
		WorkspaceStore store = JdbcWorkspaceStore.create(dir.resolve(UUID.randomUUID().toString()),
				SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF);
		opened.add(store);
		store.load();
		return store;
	}

	private static Theater theater(WorkspaceStore store) {
		return (Theater) store.resource().getContents().get(0);
	}

	private static void edit(WorkspaceStore store, Consumer<Theater> change) throws Exception {
		change.accept(theater(store));
		store.save();
		Thread.sleep(2); // a later clock for the next device's edit
	}

	/** a then b into hq1, b then a into hq2; both must agree. Returns hq1's conflicts. */
	private List<Conflict> mergeBothWays() throws Exception {
		send(a, hq1);
		send(b, hq1);
		send(b, hq2);
		send(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash(), "import order does not matter");
		List<Conflict> conflicts = hq1.conflicts();
		assertEquals(conflicts.stream().map(Conflict::key).toList(), hq2.conflicts().stream().map(Conflict::key).toList());
		assertNotNull(conflicts);
		for (EObject o : (Iterable<EObject>) () -> hq1.resource().getAllContents()) {
			for (EObject target : o.eCrossReferences()) {
				assertTrue(target.eResource() == hq1.resource(), "dangling reference from " + ((Identified) o).getId());
			}
		}
		return conflicts;
	}

	private static void send(WorkspaceStore from, WorkspaceStore to) throws Exception {
		SyncFixture.sendLacking(from, to);
	}
}
