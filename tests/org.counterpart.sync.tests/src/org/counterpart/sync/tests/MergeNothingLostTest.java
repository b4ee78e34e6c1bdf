package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing an officer wrote disappears without a trace: a reference dropped because its target was deleted on
 * another device is a conflict that can bring it back, and operations on features this version does not know
 * are kept and reported. Device a deletes an institution while device b refers to it; two headquarters stores
 * and the two devices themselves receive the work in different orders.
 */
class MergeNothingLostTest {

	@TempDir
	Path dir;

	private final List<WorkspaceStore> opened = new ArrayList<>();
	private WorkspaceStore a;
	private WorkspaceStore b;
	private WorkspaceStore hq1;
	private WorkspaceStore hq2;
	private String institution;

	@BeforeEach
	void setUp() throws Exception {
		WorkspaceStore origin = store();
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setPartnerCountry("Testland");
		for (int i = 0; i < 2; i++) {
			PartnerInstitution partner = CounterpartFactory.eINSTANCE.createPartnerInstitution();
			partner.setName("Institution " + i);
			partner.setAcronym("I" + i);
			partner.setLocation("Garrison " + i);
			theater.getInstitutions().add(partner);
			Contact contact = CounterpartFactory.eINSTANCE.createContact();
			contact.setGivenName("Contact " + i);
			theater.getContacts().add(contact);
		}
		FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
		observation.setText("Observation");
		observation.getAboutActors().add(theater.getContacts().get(1));
		theater.getObservations().add(observation);
		origin.resource().getContents().add(theater);
		origin.save();
		institution = theater.getInstitutions().get(0).getId();
		a = store();
		b = store();
		hq1 = store();
		hq2 = store();
		for (WorkspaceStore s : List.of(a, b, hq1, hq2)) {
			SyncFixture.sendLacking(origin, s);
		}
	}

	@AfterEach
	void tearDown() throws Exception {
		for (WorkspaceStore s : opened) {
			s.close();
		}
	}

	@Test
	void aReferenceDroppedByAConcurrentDeleteIsAConflictOnEveryStoreInEveryOrder() throws Exception {
		deleteAndReferConcurrently();
		List<Conflict> conflicts = mergeBothWays();

		Theater merged = theater(hq1);
		assertEquals(1, merged.getInstitutions().size());
		assertNull(merged.getContacts().get(0).getAffiliation(), "no reference dangles");
		assertEquals(1, merged.getObservations().get(0).getAboutActors().size());
		assertEquals(2, conflicts.size(), conflicts.toString());
		Conflict affiliation = dropped(conflicts, "affiliation");
		assertEquals(merged.getContacts().get(0).getId(), affiliation.objectId());
		assertEquals(Operation.Kind.DELETE, affiliation.winner().kind());
		assertEquals(institution, affiliation.winner().objectId());
		assertEquals(a.deviceId(), affiliation.winner().deviceId(), "who deleted");
		assertEquals(Operation.Kind.SET, affiliation.loser().kind());
		assertEquals(institution, affiliation.loser().value(), "the dropped target");
		assertEquals(b.deviceId(), affiliation.loser().deviceId(), "who referred to it");
		assertTrue(affiliation.loser().timestamp() > 0 && affiliation.winner().timestamp() > 0, "when");
		Conflict element = dropped(conflicts, "aboutActors");
		assertEquals(merged.getObservations().get(0).getId(), element.objectId());
		assertEquals(Operation.Kind.ADD, element.loser().kind());
		assertEquals(institution, element.loser().value());

		// the devices themselves, each receiving the other's work, record the same and hold the same state
		SyncFixture.sendLacking(b, a);
		SyncFixture.sendLacking(a, b);
		for (WorkspaceStore device : List.of(a, b)) {
			assertEquals(hq1.stateHash(), device.stateHash());
			assertEquals(keys(conflicts), keys(device.conflicts()));
		}
	}

	@Test
	void applyingTheOtherSideRestoresTheReferenceAndTheInstitutionAndTravelsInAPackage() throws Exception {
		deleteAndReferConcurrently();
		List<Conflict> conflicts = mergeBothWays();

		hq1.resolveConflict(dropped(conflicts, "affiliation"), true);
		Theater resolved = theater(hq1);
		PartnerInstitution restored = resolved.getContacts().get(0).getAffiliation();
		assertNotNull(restored, "the reference is back");
		assertSame(resolved, restored.eContainer(), "and its institution with it, where it was");
		assertEquals("Institution 0", restored.getName());
		assertEquals("I0", restored.getAcronym());
		assertEquals("Garrison 0", restored.getLocation());
		assertEquals(2, resolved.getInstitutions().size());
		assertEquals(List.of("aboutActors"), hq1.conflicts().stream().map(Conflict::feature).toList());

		// the list element refers to the same restored institution, not to a second copy
		hq1.resolveConflict(dropped(hq1.conflicts(), "aboutActors"), true);
		assertTrue(resolved.getObservations().get(0).getAboutActors().contains(restored));
		assertEquals(2, resolved.getInstitutions().size());
		assertTrue(hq1.conflicts().isEmpty());

		// the resolution travels as operations, in a package, and brings the other headquarters to the same state
		SyncFixture fixture = new SyncFixture(dir.resolve("pki"));
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		new PackageWriter(fixture.hq).write(hq1, List.of(SyncFixture.certificate(fixture.field)), List.of(), sealed);
		ImportResult result = new PackageReader(fixture.field, fixture.trust())
				.importPackage(new ByteArrayInputStream(sealed.toByteArray()), hq2);
		assertTrue(result.appliedOperations() > 0, result.summary());
		assertEquals(hq1.stateHash(), hq2.stateHash());
		assertTrue(hq2.conflicts().isEmpty(), hq2.conflicts().toString());
		assertEquals(restored.getId(), theater(hq2).getContacts().get(0).getAffiliation().getId());

		// and the devices, receiving everything in their own order, converge on it too
		SyncFixture.sendLacking(hq1, a);
		SyncFixture.sendLacking(b, a);
		SyncFixture.sendLacking(a, b);
		for (WorkspaceStore device : List.of(a, b)) {
			assertEquals(hq1.stateHash(), device.stateHash());
			assertTrue(device.conflicts().isEmpty(), device.conflicts().toString());
		}
	}

	@Test
	void restoringOneDeletedInstitutionOnTwoStoresAtOnceMakesOneInstitution() throws Exception {
		deleteAndReferConcurrently();
		mergeBothWays();
		hq1.resolveConflict(dropped(hq1.conflicts(), "affiliation"), true);
		hq2.resolveConflict(dropped(hq2.conflicts(), "aboutActors"), true);
		SyncFixture.sendLacking(hq1, hq2);
		SyncFixture.sendLacking(hq2, hq1);
		assertEquals(hq1.stateHash(), hq2.stateHash());
		Theater merged = theater(hq1);
		assertEquals(2, merged.getInstitutions().size(), "one restored institution, not two: its identity is derived");
		PartnerInstitution restored = merged.getContacts().get(0).getAffiliation();
		assertEquals(List.of(merged.getContacts().get(1), restored), merged.getObservations().get(0).getAboutActors());
		assertTrue(hq1.conflicts().isEmpty(), hq1.conflicts().toString());
		assertTrue(hq2.conflicts().isEmpty(), hq2.conflicts().toString());
	}

	@Test
	void keepingTheMergedSideLeavesTheInstitutionDeleted() throws Exception {
		deleteAndReferConcurrently();
		List<Conflict> conflicts = mergeBothWays();
		String hash = hq1.stateHash();
		for (Conflict conflict : conflicts) {
			hq1.resolveConflict(conflict, false);
		}
		assertTrue(hq1.conflicts().isEmpty());
		assertEquals(hash, hq1.stateHash(), "nothing changed but the record");
		assertEquals(1, theater(hq1).getInstitutions().size());
		assertNull(theater(hq1).getContacts().get(0).getAffiliation());
		SyncFixture.sendLacking(hq1, hq2);
		assertEquals(hash, hq2.stateHash());
		assertTrue(hq2.conflicts().isEmpty(), "the resolutions closed them there too");
	}

	@Test
	void aLaterReferenceToAnotherInstitutionSettlesTheDrop() throws Exception {
		deleteAndReferConcurrently();
		mergeBothWays();
		// a later write, by a device that had seen the drop, names the other institution
		SyncFixture.sendLacking(b, a);
		edit(a, t -> t.getContacts().get(0).setAffiliation(t.getInstitutions().get(0)));
		SyncFixture.sendLacking(a, hq1);
		SyncFixture.sendLacking(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash());
		assertEquals(List.of("aboutActors"), hq1.conflicts().stream().map(Conflict::feature).toList());
		assertEquals(keys(hq1.conflicts()), keys(hq2.conflicts()));
	}

	@Test
	void anOperationOnAnUnknownFeatureIsJournalledAndReportedAndChangesNothing() throws Exception {
		String contact = theater(hq1).getContacts().get(0).getId();
		String before = hq1.stateHash();
		Operation newer = Operation.builder(Operation.Kind.SET, contact).feature("callSign").value("Falcon")
				.timestamp(hq1.stats().lastTimestamp() + 1_000).deviceId("device-newer").sequence(1).build();
		ConvergentMerge merge = new ConvergentMerge();
		assertEquals(1, hq1.importOperations(List.of(newer), Map.of(), merge));
		assertEquals(Map.of("Contact.callSign", 1L), merge.unknownFeatures());
		assertEquals(List.of(newer.value()), hq1.journal("device-newer", 0).stream().map(Operation::value).toList(),
				"kept in the journal for a version that knows the feature");
		assertEquals(before, hq1.stateHash());
		assertTrue(hq1.conflicts().isEmpty());

		// through a package: counted in the import's result, passed on, and the state is the sender's
		SyncFixture fixture = new SyncFixture(dir.resolve("pki"));
		ByteArrayOutputStream sealed = new ByteArrayOutputStream();
		new PackageWriter(fixture.hq).write(hq1, List.of(SyncFixture.certificate(fixture.field)), List.of(), sealed);
		WorkspaceStore receiver = store();
		ImportResult result = new PackageReader(fixture.field, fixture.trust())
				.importPackage(new ByteArrayInputStream(sealed.toByteArray()), receiver);
		assertEquals(Map.of("Contact.callSign", 1L), result.unknownFeatures());
		assertTrue(result.summary().endsWith(" unknown-features=Contact.callSign:1"), result.summary());
		assertEquals(hq1.stateHash(), receiver.stateHash());
		assertEquals(1, receiver.journal("device-newer", 0).size());
		assertNotEquals(0, receiver.journalHeads().get("device-newer"));
	}

	@Test
	void aDeleteTheReferringDeviceHadSeenIsNoConflict() throws Exception {
		edit(b, t -> t.getContacts().get(0).setAffiliation(t.getInstitutions().get(0)));
		SyncFixture.sendLacking(b, a);
		edit(a, t -> EcoreUtil.delete(t.getInstitutions().get(0), true)); // a knows the reference it drops
		SyncFixture.sendLacking(a, hq1);
		SyncFixture.sendLacking(b, hq2);
		SyncFixture.sendLacking(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash());
		assertTrue(hq1.conflicts().isEmpty(), hq1.conflicts().toString());
		assertTrue(hq2.conflicts().isEmpty(), hq2.conflicts().toString());
		assertFalse(theater(hq2).getInstitutions().stream().anyMatch(i -> i.getId().equals(institution)));
	}

	// ------------------------------------------------------------------

	/** a deletes the first institution; b, not knowing, makes it a contact's affiliation and an observation's actor. */
	private void deleteAndReferConcurrently() throws Exception {
		edit(a, t -> EcoreUtil.delete(t.getInstitutions().get(0), true));
		edit(b, t -> {
			t.getContacts().get(0).setAffiliation(t.getInstitutions().get(0));
			t.getObservations().get(0).getAboutActors().add(t.getInstitutions().get(0));
		});
	}

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
		SyncFixture.sendLacking(a, hq1);
		SyncFixture.sendLacking(b, hq1);
		SyncFixture.sendLacking(b, hq2);
		SyncFixture.sendLacking(a, hq2);
		assertEquals(hq1.stateHash(), hq2.stateHash(), "import order does not matter");
		List<Conflict> conflicts = hq1.conflicts();
		assertEquals(keys(conflicts), keys(hq2.conflicts()));
		return conflicts;
	}

	private static List<String> keys(List<Conflict> conflicts) {
		return conflicts.stream().map(Conflict::key).toList();
	}

	private static Conflict dropped(List<Conflict> conflicts, String feature) {
		return conflicts.stream().filter(c -> c.kind() == Conflict.Kind.DROPPED_REFERENCE && feature.equals(c.feature()))
				.findFirst().orElseThrow(() -> new AssertionError("no dropped " + feature + " in " + conflicts));
	}
}
