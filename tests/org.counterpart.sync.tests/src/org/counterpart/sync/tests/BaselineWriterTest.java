package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Identified;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageReader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headquarters sends a device of the partner country (XVM) what it may see of the demo workspace: the
 * package is opened with the device key and its operations inspected, then imported into the device's store.
 */
class BaselineWriterTest {

    private static final String COUNTRY = "XVM";

    @TempDir
    java.nio.file.Path temp;

    private SyncFixture fixture;
    private DeviceIdentity partner;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
        partner = fixture.device("xvm-liaison", KeyAlgorithm.EC_P256, COUNTRY);
    }

    private byte[] baseline(WorkspaceStore hq, DeviceIdentity device, long[] withheld) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BaselineWriter.Baseline written = new BaselineWriter(fixture.hq).write(hq, SyncFixture.certificate(device), out);
        assertEquals(COUNTRY, written.country());
        if (withheld != null) {
            withheld[0] = written.withheldOperations();
        }
        return out.toByteArray();
    }

    private SyncFixture.ReadPackage open(byte[] sealed) throws Exception {
        return SyncFixture.readAll(new PackageReader(partner, fixture.trust()), sealed);
    }

    /** Every object by id. */
    private static Map<String, EObject> objects(Resource resource) {
        Map<String, EObject> objects = new HashMap<>();
        resource.getAllContents().forEachRemaining(o -> {
            if (o instanceof Identified) {
                objects.put(ObjectIds.id(o), o);
            }
        });
        return objects;
    }

    /** The rule, stated on its own: the object and each container lists the country in its effective marking. */
    private static Set<String> releasable(Resource resource, String country) {
        Set<String> ids = new HashSet<>();
        objects(resource).forEach((id, object) -> {
            boolean releasable = true;
            for (EObject o = object; o != null; o = o.eContainer()) {
                Marking marking = ((Identified) o).getEffectiveMarking();
                releasable &= marking != null && marking.getRelTo().contains(country);
            }
            if (releasable) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** An object's stored state less its references to objects outside {@code kept}. */
    private static Map<String, List<String>> stateWithin(EObject object, Set<String> kept) {
        Map<String, List<String>> state = new TreeMap<>(FeatureValueCodec.stateOf(object));
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference && !FeatureValueCodec.isEmbedded(feature) && state.containsKey(feature.getName())) {
                List<String> targets = new ArrayList<>(state.get(feature.getName()));
                targets.retainAll(kept);
                if (targets.isEmpty()) {
                    state.remove(feature.getName());
                } else {
                    state.put(feature.getName(), targets);
                }
            }
        }
        return state;
    }

    @Test
    void theBaselineCarriesWhatIsReleasableAndNothingOfOrAboutTheRest() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore(); WorkspaceStore device = fixture.emptyStore()) {
            Map<String, EObject> all = objects(hq.resource());
            Set<String> releasable = releasable(hq.resource(), COUNTRY);
            Set<String> withheldIds = new HashSet<>(all.keySet());
            withheldIds.removeAll(releasable);
            assertFalse(withheldIds.isEmpty(), "the demo workspace holds NOFORN objects");
            assertFalse(releasable.isEmpty());
            long crossing = releasable.stream().map(all::get).filter(o -> o.eCrossReferences().stream()
                    .anyMatch(target -> withheldIds.contains(ObjectIds.id(target)))).count();
            assertTrue(crossing > 0, "some releasable objects refer to NOFORN ones");

            long[] withheld = { 0 };
            byte[] sealed = baseline(hq, partner, withheld);

            SyncFixture.ReadPackage opened = open(sealed);
            List<Operation> operations = opened.operations();
            Set<String> created = new HashSet<>();
            long markings = 0;
            for (Operation op : operations) {
                assertTrue(op.kind() != Kind.DELETE, "nothing was deleted in this workspace");
                assertTrue(releasable.contains(op.objectId()), "operation on a withheld object: " + op);
                assertFalse(op.containerId() != null && !releasable.contains(op.containerId()), op.toString());
                assertFalse(op.value() != null && withheldIds.contains(op.value()), "reference to a withheld object: " + op);
                if (op.kind() == Kind.CREATE) {
                    created.add(op.objectId());
                }
                if ("marking".equals(op.feature())) {
                    markings++;
                }
            }
            assertEquals(releasable, created, "every releasable object is created, and no other");
            assertEquals(hq.stats().journalSize(), operations.size() + withheld[0],
                    "each operation of the journal is either sent or left out");
            assertEquals(operations.size(), opened.manifest().operationCount());
            assertEquals(markings, opened.manifest().markingOperations(), "marking summary of what was sent");
            assertEquals(Set.of("CUI"), opened.manifest().classifications());

            ImportResult imported = new PackageReader(partner, fixture.trust())
                    .importPackage(new ByteArrayInputStream(sealed), device);
            assertEquals(ImportResult.Status.APPLIED, imported.status());
            assertTrue(imported.gaps().isEmpty(), imported.gaps().toString());
            Map<String, EObject> received = objects(device.resource());
            assertEquals(releasable, received.keySet());
            for (Map.Entry<String, EObject> object : received.entrySet()) {
                EObject original = all.get(object.getKey());
                assertEquals(original.eClass(), object.getValue().eClass());
                assertEquals(stateWithin(original, releasable), FeatureValueCodec.stateOf(object.getValue()),
                        "state of " + object.getKey());
                EObject container = object.getValue().eContainer();
                assertEquals(original.eContainer() == null ? null : ObjectIds.id(original.eContainer()),
                        container == null ? null : ObjectIds.id(container));
            }
        }
    }

    @Test
    void laterBaselinesSendOnlyWhatIsNewOrHasBecomeReleasableAndReportNoGaps() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore(); WorkspaceStore device = fixture.emptyStore()) {
            PackageReader atDevice = new PackageReader(partner, fixture.trust());
            long[] withheld = { 0 };
            atDevice.importPackage(new ByteArrayInputStream(baseline(hq, partner, withheld)), device);
            long firstWithheld = withheld[0];
            assertTrue(firstWithheld > 0);
            String deviceState = device.stateHash();

            byte[] second = baseline(hq, partner, withheld);
            assertEquals(0, open(second).manifest().operationCount(), "nothing changed: nothing is sent again");
            assertEquals(firstWithheld, withheld[0], "what was left out is judged again, and left out again");
            ImportResult nothing = atDevice.importPackage(new ByteArrayInputStream(second), device);
            assertEquals(ImportResult.Status.APPLIED, nothing.status());
            assertEquals(0, nothing.appliedOperations());
            assertTrue(nothing.gaps().isEmpty(), nothing.gaps().toString());
            assertEquals(deviceState, device.stateHash());

            // An edit at headquarters after the holes: only it travels, and the device sees no gap.
            Theater theater = (Theater) hq.resource().getContents().get(0);
            theater.setOfficeName("Office of Security Cooperation, Valmaa (revised)");
            hq.save();
            byte[] third = baseline(hq, partner, null);
            List<Operation> edit = open(third).operations();
            assertEquals(1, edit.size(), edit.toString());
            ImportResult applied = atDevice.importPackage(new ByteArrayInputStream(third), device);
            assertTrue(applied.gaps().isEmpty(), applied.gaps().toString());
            assertEquals("Office of Security Cooperation, Valmaa (revised)",
                    ((Theater) device.resource().getContents().get(0)).getOfficeName());

            // A contact re-marked as releasable travels with its history, and so do references to it.
            Set<String> before = releasable(hq.resource(), COUNTRY);
            Contact contact = theater.getContacts().stream()
                    .filter(c -> !before.contains(c.getId()) && c.getMarking() != null)
                    .filter(c -> referencedByReleasable(hq.resource(), c, before)).findFirst().orElseThrow();
            Marking releasableMarking = CounterpartFactory.eINSTANCE.createMarking();
            releasableMarking.setClassification(contact.getMarking().getClassification());
            releasableMarking.getRelTo().addAll(List.of("USA", COUNTRY));
            contact.setMarking(releasableMarking);
            hq.save();
            Set<String> after = releasable(hq.resource(), COUNTRY);
            assertTrue(after.contains(contact.getId()));

            byte[] fourth = baseline(hq, partner, null);
            List<Operation> released = open(fourth).operations();
            assertTrue(released.stream().anyMatch(op -> op.kind() == Kind.CREATE && op.objectId().equals(contact.getId())),
                    "the contact's creation travels now");
            assertTrue(released.stream().anyMatch(op -> contact.getId().equals(op.value())), "references to it travel now");
            ImportResult caughtUp = atDevice.importPackage(new ByteArrayInputStream(fourth), device);
            assertTrue(caughtUp.gaps().isEmpty(), caughtUp.gaps().toString());
            Map<String, EObject> received = objects(device.resource());
            assertEquals(after, received.keySet());
            Contact copy = (Contact) received.get(contact.getId());
            assertEquals(contact.getFamilyName(), copy.getFamilyName());
            assertEquals(stateWithin(contact, after), FeatureValueCodec.stateOf(copy));

            assertEquals(0, open(baseline(hq, partner, null)).manifest().operationCount());
        }
    }

    @Test
    void aLostBaselineIsNotSentAgainUnlessAskedFor() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore(); WorkspaceStore device = fixture.emptyStore()) {
            PackageReader atDevice = new PackageReader(partner, fixture.trust());
            atDevice.importPackage(new ByteArrayInputStream(baseline(hq, partner, null)), device);
            Theater theater = (Theater) hq.resource().getContents().get(0);
            theater.setOfficeName("first edit");
            hq.save();
            baseline(hq, partner, null); // lost on the way
            theater.setPartnerCountry("second edit");
            hq.save();

            ImportResult next = atDevice.importPackage(new ByteArrayInputStream(baseline(hq, partner, null)), device);
            assertEquals(1, next.manifest().operationCount(), "the lost edit counts as sent");
            assertEquals(List.of("packages 2-2 of device " + hq.deviceId() + " have not arrived"), next.gaps());
            Theater copy = (Theater) device.resource().getContents().get(0);
            assertEquals("second edit", copy.getPartnerCountry());
            assertFalse("first edit".equals(copy.getOfficeName()));

            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new BaselineWriter(fixture.hq).write(hq, SyncFixture.certificate(partner), again, true);
            ImportResult resent = atDevice.importPackage(new ByteArrayInputStream(again.toByteArray()), device);
            assertEquals(1, resent.appliedOperations(), "the device skips what it holds");
            assertTrue(resent.gaps().isEmpty(), resent.gaps().toString());
            assertEquals("first edit", ((Theater) device.resource().getContents().get(0)).getOfficeName());
        }
    }

    private static boolean referencedByReleasable(Resource resource, Contact contact, Set<String> releasable) {
        Map<String, EObject> all = objects(resource);
        return releasable.stream().anyMatch(id -> all.get(id).eCrossReferences().contains(contact));
    }

    @Test
    void aCertificateWithoutCountryGetsNoBaselineAndTheStoreIsUnchanged() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore()) {
            Map<String, Long> marks = hq.syncMarks("");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PackageException refused = assertThrows(PackageException.class,
                    () -> new BaselineWriter(fixture.hq).write(hq, SyncFixture.certificate(fixture.field), out));
            assertEquals(PackageException.Reason.CREDENTIALS, refused.reason());
            assertTrue(refused.getMessage().contains("names no country"), refused.getMessage());
            assertEquals(0, out.size());
            assertEquals(marks, hq.syncMarks(""));
        }
    }

    @Test
    void headquartersOwnCountryGetsEverything() throws Exception {
        DeviceIdentity american = fixture.device("usa-liaison", KeyAlgorithm.EC_P256, "USA");
        try (WorkspaceStore hq = fixture.demoStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BaselineWriter.Baseline written = new BaselineWriter(fixture.hq).write(hq, SyncFixture.certificate(american), out);
            assertEquals(hq.stats().journalSize(), written.manifest().operationCount());
            assertEquals(0, written.withheldOperations());
        }
    }
}
