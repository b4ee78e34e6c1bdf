package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationRecorder;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A change undone before it is saved leaves nothing in the journal, and the sequence numbers stay without gaps. */
class UndoUnsavedTest {

	@TempDir
	static Path tempDir;

	static List<StoreFixture> fixtures() {
		CounterpartPackage.eINSTANCE.getName(); // registers the package outside OSGi too
		return StoreFixture.all(tempDir);
	}

	private static Resource demo() {
		Resource r = new ResourceImpl(URI.createURI("demo:/valmaa"));
		r.getContents().add(new DemoCountryGenerator(3, 1).generate());
		return r;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void undoneChangesReachNeitherTheJournalNorTheStoredState(StoreFixture fixture) throws Exception {
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(fixture.create(), demo())) {
			// imported
		}
		try (WorkspaceStore store = fixture.reopen()) {
			Resource resource = store.load();
			Theater theater = (Theater) resource.getContents().get(0);
			String saved = store.stateHash();
			long head = store.journalHeads().getOrDefault(store.deviceId(), 0L);
			Contact contact = theater.getContacts().get(2);
			String rank = contact.getRank();

			// a set, undone
			OperationRecorder.Mark before = store.recordingMark();
			contact.setRank("GEN");
			OperationRecorder.Mark after = store.recordingMark();
			assertTrue(store.isDirty());
			assertTrue(store.undoUnsaved(before, after, () -> contact.setRank(rank)));
			assertFalse(store.isDirty(), "back where it was saved: nothing to write");

			// a delete, undone
			Relationship relationship = theater.getRelationships().get(4);
			before = store.recordingMark();
			theater.getRelationships().remove(4);
			after = store.recordingMark();
			assertTrue(store.undoUnsaved(before, after, () -> theater.getRelationships().add(4, relationship)));

			// a kept change, then one undone after it
			contact.setPosition("Kept position");
			before = store.recordingMark();
			theater.getContacts().get(5).setFamilyName("Undone");
			String family = "Undone";
			after = store.recordingMark();
			Contact other = theater.getContacts().get(5);
			OperationRecorder.Mark beforeOther = before;
			OperationRecorder.Mark afterOther = after;
			// not the last change any more: refused, nothing run
			contact.setRank("COL");
			AtomicBoolean ran = new AtomicBoolean();
			assertFalse(store.undoUnsaved(beforeOther, afterOther, () -> ran.set(true)));
			assertFalse(ran.get());
			contact.setRank(rank); // undone as a change of its own
			assertEquals(family, other.getFamilyName());

			int written = store.save();
			List<Operation> journal = store.journal(store.deviceId(), head);
			assertEquals(written, journal.size());
			assertTrue(journal.stream().noneMatch(op -> "GEN".equals(op.value())), journal.toString());
			assertTrue(journal.stream().noneMatch(op -> op.objectId().equals(relationship.getId())), journal.toString());
			for (int i = 0; i < journal.size(); i++) {
				assertEquals(head + 1 + i, journal.get(i).sequence(), "no gaps in the sequence");
			}
			assertEquals(CanonicalStateHash.of(resource), store.stateHash());
			assertFalse(saved.equals(store.stateHash()));

			// once saved, a change is not forgotten: its undo is a change of its own
			before = store.recordingMark();
			other.setFamilyName("After save");
			after = store.recordingMark();
			store.save();
			assertFalse(store.undoUnsaved(before, after, () -> other.setFamilyName(family)));
		}
	}
}
