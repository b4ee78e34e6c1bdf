package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ChangeSummary;
import org.counterpart.sync.ChangeSummary.Change;
import org.counterpart.sync.ChangeSummary.Counts;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary of what an import changed: added, changed and deleted objects by kind and author, conflicts opened. */
class ChangeSummaryTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    private ImportResult send(DeviceIdentity sender, WorkspaceStore from, WorkspaceStore to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(from, List.of(SyncFixture.certificate(fixture.hq)), List.of(), out);
        return new PackageReader(fixture.hq, fixture.trust()).importPackage(new ByteArrayInputStream(out.toByteArray()), to);
    }

    @Test
    void aFirstImportAddsEveryObjectByKindAndByTheSendingDevice() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            ImportResult result = send(fixture.field, field, hq);

            ChangeSummary changes = result.changes();
            Map<String, Integer> expected = new HashMap<>();
            field.resource().getAllContents().forEachRemaining(object -> {
                if (EcoreUtil.getID(object) != null) {
                    expected.merge(object.eClass().getName(), 1, Integer::sum);
                }
            });
            Map<String, Integer> added = new HashMap<>();
            changes.byKind().forEach((kind, counts) -> added.put(kind, counts.added()));
            assertEquals(expected, added, "every object with an id, counted under its class");
            int all = expected.values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(new Counts(all, 0, 0), changes.totals());
            assertEquals(Set.of(field.deviceId()), changes.byAuthor().keySet());
            assertEquals(all, changes.byAuthor().get(field.deviceId()).added());
            assertTrue(changes.authorName(field.deviceId()).contains("CN=laptop-7"), changes.authorNames().toString());
            assertTrue(changes.conflictsOpened().isEmpty());
            Set<String> atHq = new TreeSet<>();
            hq.resource().getAllContents().forEachRemaining(object -> {
                if (EcoreUtil.getID(object) != null) {
                    atHq.add(EcoreUtil.getID(object));
                }
            });
            for (ChangeSummary.ObjectChange object : changes.objects()) {
                assertTrue(atHq.contains(object.objectId()), "each id names an object of the workspace: " + object.objectId());
            }
            assertTrue(changes.brief().startsWith("added=" + all + " changed=0 deleted=0 conflicts=0 kinds="),
                    changes.brief());
        }
    }

    @Test
    void aLaterImportReportsAddedChangedAndDeletedObjectsAndTheConflictsItOpened() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            send(fixture.field, field, hq);
            Theater atField = theater(field);
            Contact edited = atField.getContacts().get(2);
            Contact raced = atField.getContacts().get(4);
            FieldObservation deleted = atField.getObservations().get(1);
            String editedId = edited.getId();
            String racedId = raced.getId();
            String deletedId = deleted.getId();
            String deletedLabel = ObjectLabels.labelOf(deleted);
            Set<String> deletedIds = new TreeSet<>();
            deletedIds.add(deletedId);
            deleted.eAllContents().forEachRemaining(content -> {
                if (EcoreUtil.getID(content) != null) {
                    deletedIds.add(EcoreUtil.getID(content));
                }
            });
            edited.setPosition("edited in the field");
            raced.setPosition("field's value");
            EcoreUtil.delete(deleted, true);
            Contact added = CounterpartFactory.eINSTANCE.createContact();
            atField.getContacts().add(added);
            field.save();
            String addedId = added.getId();
            // headquarters writes the same feature meanwhile, later: it wins, the field's write is a conflict
            ((Contact) find(hq, racedId)).setPosition("headquarters' value");
            hq.save();

            ImportResult result = send(fixture.field, field, hq);

            ChangeSummary changes = result.changes();
            assertEquals(List.of(addedId), ids(changes, Change.ADDED));
            List<String> changed = ids(changes, Change.CHANGED);
            assertTrue(changed.contains(editedId), changed.toString());
            assertTrue(!changed.contains(racedId), "the raced contact lost: unchanged here");
            assertEquals(List.copyOf(deletedIds), ids(changes, Change.DELETED));
            assertEquals(deletedLabel, changes.objects(Change.DELETED).stream()
                    .filter(object -> object.objectId().equals(deletedId)).findFirst().orElseThrow().label(),
                    "a deleted object keeps the label it had");
            assertEquals(ObjectLabels.labelOf(find(hq, editedId)), changes.objects(Change.CHANGED).stream()
                    .filter(object -> object.objectId().equals(editedId)).findFirst().orElseThrow().label());
            assertEquals(new Counts(1, 1, 0), changes.byKind().get("Contact"));
            assertEquals(1, changes.byKind().get("FieldObservation").deleted());
            assertEquals(Set.of(field.deviceId()), changes.byAuthor().keySet());
            List<Conflict> opened = changes.conflictsOpened();
            assertEquals(1, opened.size(), opened.toString());
            assertEquals(racedId, opened.get(0).objectId());
            assertEquals("position", opened.get(0).feature());
            assertTrue(changes.brief().startsWith("added=1 changed=" + changed.size() + " deleted=" + deletedIds.size()
                    + " conflicts=1"),
                    changes.brief());
        }
    }

    @Test
    void aReplayChangesNothing() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PackageWriter(fixture.field).write(field, List.of(SyncFixture.certificate(fixture.hq)), List.of(), out);
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
            reader.importPackage(new ByteArrayInputStream(out.toByteArray()), hq);

            ImportResult replay = reader.importPackage(new ByteArrayInputStream(out.toByteArray()), hq);

            assertEquals(ImportResult.Status.REPLAY, replay.status());
            assertSame(ChangeSummary.NONE, replay.changes());
            assertTrue(replay.changes().isEmpty());
        }
    }

    private static List<String> ids(ChangeSummary changes, Change change) {
        return changes.objects(change).stream().map(ChangeSummary.ObjectChange::objectId).sorted().toList();
    }

    @Test
    void anObjectWhoseWriteLostIsUnchangedWhenANewSiblingArrivesBeforeIt() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            send(fixture.field, field, hq);
            Theater atField = theater(field);
            String racedId = atField.getContacts().get(4).getId();
            ((Contact) find(field, racedId)).setPosition("field's value");
            Contact first = CounterpartFactory.eINSTANCE.createContact();
            atField.getContacts().add(0, first);
            field.save();
            ((Contact) find(hq, racedId)).setPosition("headquarters' value");
            hq.save();

            ImportResult result = send(fixture.field, field, hq);

            List<Contact> contacts = theater(hq).getContacts();
            assertEquals(first.getId(), contacts.get(0).getId(), "the new contact arrived first in the list");
            ChangeSummary changes = result.changes();
            assertEquals(List.of(first.getId()), ids(changes, Change.ADDED));
            assertEquals(List.of(), ids(changes, Change.CHANGED),
                    "the raced contact lost its write and kept its place, though now one further down the list");
            assertEquals(racedId, changes.conflictsOpened().get(0).objectId());
        }
    }

    private static Theater theater(WorkspaceStore store) {
        return (Theater) store.resource().getContents().get(0);
    }

    private static EObject find(WorkspaceStore store, String id) {
        for (var it = store.resource().getAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (id.equals(EcoreUtil.getID(object))) {
                return object;
            }
        }
        return null;
    }
}
