package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.ArrangementEdit;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.state.DiagramState;
import org.counterpart.diagram.state.NodeState;
import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.ReleasabilityFilter;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagram state travels like the domain model: stored, journalled and merged; positions merge last-writer-wins
 * without conflicts for an analyst, and the state of a withheld object is withheld with it.
 */
class DiagramStateSyncTest {
	private static final String CHART = "institutionChart";

	@TempDir
	Path dir;

	private final List<WorkspaceStore> opened = new ArrayList<>();
	private WorkspaceStore origin;

	@BeforeEach
	void setUp() throws Exception {
		origin = store();
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setPartnerCountry("Testland");
		theater.setMarking(marking("USA", "XVM"));
		for (int i = 0; i < 2; i++) {
			Contact contact = CounterpartFactory.eINSTANCE.createContact();
			contact.setGivenName("Contact " + i);
			theater.getContacts().add(contact);
		}
		theater.getContacts().get(1).setMarking(marking());
		origin.resource().getContents().add(theater);
		origin.save();
		arrange(origin, 0, new Bounds(10, 10, 100, 40));
		arrange(origin, 1, new Bounds(200, 10, 100, 40));
	}

	@AfterEach
	void tearDown() throws Exception {
		for (WorkspaceStore store : opened) {
			store.close();
		}
	}

	@Test
	void aDragWritesOneOperation() throws Exception {
		long before = origin.journal(origin.deviceId(), 0).size();
		arrange(origin, 0, new Bounds(50, 60, 100, 40));
		List<Operation> written = origin.journal(origin.deviceId(), 0).subList((int)before, origin.journal(origin.deviceId(), 0).size());
		assertEquals(1, written.size(), written.toString());
		assertEquals(Operation.Kind.SET, written.get(0).kind());
		assertEquals("bounds", written.get(0).feature());
	}

	@Test
	void theStateSurvivesSavingAndLoadingTheStore() throws Exception {
		WorkspaceStore copy = store();
		SyncFixture.sendLacking(origin, copy);
		assertEquals(new Bounds(10, 10, 100, 40), StoredArrangements.read(copy.resource(), CHART, theater(copy)).bounds(key(theater(copy), 0)));
		assertEquals(origin.stateHash(), copy.stateHash());
	}

	@Test
	void twoDevicesMovingOneNodeConvergeWithoutAConflict() throws Exception {
		WorkspaceStore a = store();
		WorkspaceStore b = store();
		WorkspaceStore hq1 = store();
		WorkspaceStore hq2 = store();
		for (WorkspaceStore store : List.of(a, b, hq1, hq2)) {
			SyncFixture.sendLacking(origin, store);
		}
		arrange(a, 0, new Bounds(300, 300, 100, 40));
		Thread.sleep(2);
		arrange(b, 0, new Bounds(400, 100, 100, 40)); // the later move wins
		// the control: the same race on a contact's name is a conflict
		theater(a).getContacts().get(0).setGivenName("from a");
		a.save();
		Thread.sleep(2);
		theater(b).getContacts().get(0).setGivenName("from b");
		b.save();

		SyncFixture.sendLacking(a, hq1);
		SyncFixture.sendLacking(b, hq1);
		SyncFixture.sendLacking(b, hq2);
		SyncFixture.sendLacking(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash(), "import order does not matter");
		for (WorkspaceStore hq : List.of(hq1, hq2)) {
			assertEquals(new Bounds(400, 100, 100, 40), StoredArrangements.read(hq.resource(), CHART, theater(hq)).bounds(key(theater(hq), 0)));
			assertEquals(List.of("givenName"), hq.conflicts().stream().map(conflict -> conflict.feature()).toList(),
					"the name race is a conflict, the layout race is not");
		}
		SyncFixture.sendLacking(hq1, a);
		assertEquals(new Bounds(400, 100, 100, 40), StoredArrangements.read(a.resource(), CHART, theater(a)).bounds(key(theater(a), 0)));
	}

	@Test
	void twoDevicesArrangingADiagramForTheFirstTimeMakeOneState() throws Exception {
		WorkspaceStore plain = store();
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setPartnerCountry("Testland");
		Contact contact = CounterpartFactory.eINSTANCE.createContact();
		theater.getContacts().add(contact);
		plain.resource().getContents().add(theater);
		plain.save();
		WorkspaceStore a = store();
		WorkspaceStore b = store();
		WorkspaceStore hq1 = store();
		WorkspaceStore hq2 = store();
		for (WorkspaceStore store : List.of(a, b, hq1, hq2)) {
			SyncFixture.sendLacking(plain, store);
		}
		arrange(a, 0, new Bounds(1, 1, 10, 10));
		Thread.sleep(2);
		arrange(b, 0, new Bounds(2, 2, 10, 10));
		SyncFixture.sendLacking(a, hq1);
		SyncFixture.sendLacking(b, hq1);
		SyncFixture.sendLacking(b, hq2);
		SyncFixture.sendLacking(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash());
		for (WorkspaceStore hq : List.of(hq1, hq2)) {
			assertEquals(2, hq.resource().getContents().size(), "one root of states");
			DiagramState state = StoredArrangements.find(hq.resource(), CHART, theater(hq)).orElseThrow();
			assertEquals(1, state.getNodes().size(), "one state for the one node");
			assertEquals(new Bounds(2, 2, 10, 10), StoredArrangements.arrangement(state).bounds(key(theater(hq), 0)));
			assertTrue(hq.conflicts().isEmpty(), hq.conflicts().toString());
		}
	}

	@Test
	void theStateOfAWithheldObjectIsWithheldWithIt() throws Exception {
		ReleasabilityFilter toPartner = new ReleasabilityFilter(origin.resource(), "XVM");
		DiagramState state = StoredArrangements.find(origin.resource(), CHART, theater(origin)).orElseThrow();
		NodeState released = node(state, theater(origin).getContacts().get(0));
		NodeState withheld = node(state, theater(origin).getContacts().get(1));
		assertTrue(toPartner.isReleasable(state), "the diagram of a releasable theater");
		assertTrue(toPartner.isReleasable(state.eContainer()));
		assertTrue(toPartner.isReleasable(released));
		assertFalse(toPartner.isReleasable(withheld), "its contact is NOFORN");
		assertTrue(new ReleasabilityFilter(origin.resource(), ReleasabilityFilter.OWNER).isReleasable(withheld));

		List<Operation> journal = origin.journal(origin.deviceId(), 0);
		List<Operation> aboutWithheld = journal.stream().filter(op -> withheld.getId().equals(op.objectId())).toList();
		assertFalse(aboutWithheld.isEmpty());
		assertTrue(aboutWithheld.stream().noneMatch(toPartner::admits), "no operation on the withheld node's state goes");
		assertTrue(journal.stream().filter(op -> released.getId().equals(op.objectId())).allMatch(toPartner::admits));
	}

	@Test
	void aBaselineCarriesTheArrangementOfWhatItReleasesAndNotOfWhatItWithholds() throws Exception {
		SyncFixture fixture = new SyncFixture(dir);
		DeviceIdentity partner = fixture.device("xvm-liaison", KeyAlgorithm.EC_P256, "XVM");
		try (WorkspaceStore hq = fixture.demoStore(); WorkspaceStore device = fixture.emptyStore()) {
			Theater theater = theater(hq);
			ReleasabilityFilter toPartner = new ReleasabilityFilter(hq.resource(), "XVM");
			Contact released = theater.getContacts().stream().filter(toPartner::isReleasable).findFirst().orElseThrow();
			Contact withheld = theater.getContacts().stream().filter(c -> !toPartner.isReleasable(c)).findFirst().orElseThrow();
			new ArrangementEdit(hq.resource(), CHART, theater, "Arrange")
					.bounds("person:" + released.getId(), released, new Bounds(1, 2, 30, 40))
					.bounds("person:" + withheld.getId(), withheld, new Bounds(5, 6, 70, 80)).execute();
			hq.save();

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new BaselineWriter(fixture.hq).write(hq, SyncFixture.certificate(partner), out);
			ImportResult imported = new PackageReader(partner, fixture.trust()).importPackage(new ByteArrayInputStream(out.toByteArray()), device);
			assertEquals(ImportResult.Status.APPLIED, imported.status());

			Theater received = theater(device);
			assertEquals(theater.getId(), received.getId());
			Arrangement arrangement = StoredArrangements.read(device.resource(), CHART, received);
			assertEquals(new Bounds(1, 2, 30, 40), arrangement.bounds("person:" + released.getId()));
			assertEquals(Set.of("person:" + released.getId()), arrangement.placedNodes(), "nothing of the withheld contact's node");
			List<String> ids = new ArrayList<>();
			device.resource().getAllContents().forEachRemaining(o -> ids.add(ObjectIds.id(o)));
			assertFalse(ids.contains(withheld.getId()));
		}
	}

	private static NodeState node(DiagramState state, EObject semantic) {
		return state.getNodes().stream().filter(node -> node.getSemantic() == semantic).findFirst().orElseThrow();
	}

	private static String key(Theater theater, int contact) {
		return "person:" + theater.getContacts().get(contact).getId();
	}

	private static void arrange(WorkspaceStore store, int contact, Bounds bounds) throws Exception {
		Theater theater = theater(store);
		ArrangementEdit edit = new ArrangementEdit(store.resource(), CHART, theater, "Move")
				.bounds(key(theater, contact), theater.getContacts().get(contact), bounds);
		assertTrue(edit.canExecute());
		edit.execute();
		store.save();
	}

	private static Marking marking(String... relTo) {
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(Classification.CUI);
		if (relTo.length == 0) {
			marking.getDisseminationControls().add("NOFORN");
		}
		marking.getRelTo().addAll(List.of(relTo));
		return marking;
	}

	private WorkspaceStore store() throws Exception {
		WorkspaceStore store = JdbcWorkspaceStore.create(dir.resolve(UUID.randomUUID().toString()),
				SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF);
		opened.add(store);
		store.load();
		return store;
	}

	private static Theater theater(WorkspaceStore store) {
		return (Theater)store.resource().getContents().get(0);
	}
}
