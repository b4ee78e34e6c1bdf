package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.store.Conflict;
import org.counterpart.store.Resolution;
import org.counterpart.store.ResolvedConflict;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolving conflicts by keeping the merged side, taking the other side or typing a value: as an unsaved edit that
 * can be taken back, and once saved as operations that travel in packages, close the conflict on every store that
 * imports them, and leave it listed as resolved with who resolved it and when.
 */
class ConflictResolutionTest {

	@TempDir
	Path dir;

	private final List<WorkspaceStore> opened = new ArrayList<>();
	private WorkspaceStore a;
	private WorkspaceStore b;
	private WorkspaceStore hq1;
	private WorkspaceStore hq2;

	@BeforeEach
	void setUp() throws Exception {
		WorkspaceStore origin = store();
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setPartnerCountry("Testland");
		Contact contact = CounterpartFactory.eINSTANCE.createContact();
		contact.setGivenName("Contact");
		theater.getContacts().add(contact);
		FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
		observation.setText("Observation");
		observation.setLatitude(10.0);
		theater.getObservations().add(observation);
		origin.resource().getContents().add(theater);
		origin.save();
		a = store();
		b = store();
		hq1 = store();
		hq2 = store();
		for (WorkspaceStore s : List.of(a, b, hq1, hq2)) {
			SyncFixture.sendLacking(origin, s);
		}
		edit(a, t -> {
			t.getContacts().get(0).setGivenName("from a");
			t.getObservations().get(0).setLatitude(11.0);
		});
		edit(b, t -> {
			t.getContacts().get(0).setGivenName("from b");
			t.getObservations().get(0).setLatitude(12.0);
		});
		for (WorkspaceStore hq : List.of(hq1, hq2)) {
			SyncFixture.sendLacking(a, hq);
			SyncFixture.sendLacking(b, hq);
		}
		assertEquals(2, hq1.conflicts().size(), hq1.conflicts().toString());
	}

	@AfterEach
	void tearDown() throws Exception {
		for (WorkspaceStore s : opened) {
			s.close();
		}
	}

	@Test
	void aTypedValueIsAnUnsavedEditThatUndoTakesBackAndASaveSends() throws Exception {
		Conflict name = conflict(hq1, "givenName");
		assertEquals("from b", contact(hq1).getGivenName());

		OperationRecorder.Mark before = hq1.recordingMark();
		hq1.applyResolution(name, Resolution.value("Typed by HQ"));
		OperationRecorder.Mark after = hq1.recordingMark();
		assertEquals("Typed by HQ", contact(hq1).getGivenName());
		assertTrue(hq1.isDirty());
		assertEquals(List.of("latitude"), hq1.conflicts().stream().map(Conflict::feature).toList(),
				"resolved for the user before it is saved");
		assertTrue(hq1.resolvedConflicts().isEmpty(), "nothing resolved is stored yet");

		assertTrue(hq1.undoUnsaved(before, after, () -> contact(hq1).setGivenName("from b")));
		assertEquals("from b", contact(hq1).getGivenName());
		assertEquals(2, hq1.conflicts().size(), "undone: open again");
		assertFalse(hq1.isDirty());

		Instant start = Instant.now().minusSeconds(1);
		hq1.applyResolution(name, Resolution.value("Typed by HQ"));
		hq1.save();
		List<Operation> written = hq1.journal(hq1.deviceId(), 0);
		assertEquals(List.of(Operation.Kind.SET, Operation.Kind.RESOLVE), written.stream().map(Operation::kind).toList(),
				"the undone resolution left nothing in the journal");

		ResolvedConflict resolved = only(hq1.resolvedConflicts());
		assertEquals(name.key(), resolved.conflict().key());
		assertEquals(hq1.deviceId(), resolved.resolvingDevice());
		assertEquals(Resolution.Choice.VALUE, resolved.choice());
		assertTrue(Duration.between(start, resolved.resolvedAt()).abs().toMinutes() < 5, resolved.resolvedAt().toString());

		SyncFixture.sendLacking(hq1, hq2);
		assertEquals("Typed by HQ", contact(hq2).getGivenName());
		assertEquals(List.of("latitude"), hq2.conflicts().stream().map(Conflict::feature).toList());
		ResolvedConflict arrived = only(hq2.resolvedConflicts());
		assertEquals(name.key(), arrived.conflict().key());
		assertEquals(hq1.deviceId(), arrived.resolvingDevice(), "who resolved it travels with the resolution");
		assertEquals(resolved.resolvedAt(), arrived.resolvedAt());
		assertEquals(Resolution.Choice.VALUE, arrived.choice());
		assertEquals(hq1.stateHash(), hq2.stateHash());
	}

	@Test
	void aValueThatDoesNotFitTheFeatureIsRefusedAndChangesNothing() throws Exception {
		Conflict latitude = conflict(hq1, "latitude");
		String hash = hq1.stateHash();
		StoreException refused = assertThrows(StoreException.class,
				() -> hq1.applyResolution(latitude, Resolution.value("north")));
		assertEquals(StoreException.Reason.INVALID_INPUT, refused.reason());
		assertTrue(refused.getMessage().contains("\"north\" is not a value for latitude"), refused.getMessage());
		assertEquals(12.0, observation(hq1).getLatitude());
		assertFalse(hq1.isDirty());
		assertEquals(2, hq1.conflicts().size());
		assertEquals(hash, hq1.stateHash());

		hq1.resolveConflict(latitude, Resolution.value("12.5"));
		assertEquals(12.5, observation(hq1).getLatitude());
	}

	@Test
	void keepingAndTakingTheOtherSideAreListedWithHowAndTravel() throws Exception {
		hq1.resolveConflict(conflict(hq1, "givenName"), Resolution.otherSide());
		hq1.resolveConflict(conflict(hq1, "latitude"), Resolution.keepMerged());
		assertEquals("from a", contact(hq1).getGivenName());
		assertEquals(12.0, observation(hq1).getLatitude());
		assertTrue(hq1.conflicts().isEmpty());
		assertEquals(List.of(Resolution.Choice.OTHER_SIDE, Resolution.Choice.KEEP_MERGED),
				List.of(resolved(hq1, "givenName").choice(), resolved(hq1, "latitude").choice()));
		assertThrows(StoreException.class, () -> hq1.applyResolution(conflict(hq2, "givenName"), Resolution.keepMerged()),
				"resolved already");

		SyncFixture.sendLacking(hq1, hq2);
		assertTrue(hq2.conflicts().isEmpty(), "the resolutions closed them at the other headquarters too");
		assertEquals(hq1.deviceId(), resolved(hq2, "latitude").resolvingDevice());
		assertEquals(Resolution.Choice.OTHER_SIDE, resolved(hq2, "givenName").choice());
		assertEquals(hq1.stateHash(), hq2.stateHash());
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

	private static Contact contact(WorkspaceStore store) {
		return theater(store).getContacts().get(0);
	}

	private static FieldObservation observation(WorkspaceStore store) {
		return theater(store).getObservations().get(0);
	}

	private static void edit(WorkspaceStore store, Consumer<Theater> change) throws Exception {
		change.accept(theater(store));
		store.save();
		Thread.sleep(2); // a later clock for the next device's edit
	}

	private static Conflict conflict(WorkspaceStore store, String feature) throws StoreException {
		return store.conflicts().stream().filter(c -> feature.equals(c.feature())).findFirst()
				.orElseThrow(() -> new AssertionError("no conflict on " + feature));
	}

	private static ResolvedConflict resolved(WorkspaceStore store, String feature) throws StoreException {
		return store.resolvedConflicts().stream().filter(c -> feature.equals(c.conflict().feature())).findFirst()
				.orElseThrow(() -> new AssertionError("no resolved conflict on " + feature));
	}

	private static ResolvedConflict only(List<ResolvedConflict> resolved) {
		assertEquals(1, resolved.size(), resolved.toString());
		return resolved.get(0);
	}
}
