package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.SequenceRange;
import org.counterpart.sync.internal.ManifestCodec;
import org.counterpart.sync.internal.MarkingSummary;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations of a device are accepted only in packages signed by that device's own certificate or by a
 * headquarters identity; certificates from before device ids were bound are accepted with a warning until
 * headquarters' cut-off; device names come only from the certificate bound to the device.
 */
class DeviceBindingTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    private static byte[] export(DeviceIdentity sender, WorkspaceStore store, DeviceIdentity recipient)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(store, List.of(SyncFixture.certificate(recipient)), List.of(), out);
        return out.toByteArray();
    }

    private ImportResult read(DeviceIdentity recipient, byte[] sealed, WorkspaceStore store) throws Exception {
        return new PackageReader(recipient, fixture.trust()).importPackage(new ByteArrayInputStream(sealed), store);
    }

    /**
     * What a copy of {@code store}, exported with {@code signer}'s identity, holds: all its operations under
     * its own device id, signed by another device's key (built by hand, as a modified program would).
     */
    private static byte[] copyExportedWith(WorkspaceStore store, DeviceIdentity signer, X509Certificate recipient)
            throws Exception {
        List<Operation> operations = store.journal();
        MarkingSummary markings = new MarkingSummary();
        Map<String, long[]> ranges = new TreeMap<>();
        long first = Long.MAX_VALUE;
        long last = 0;
        for (Operation op : operations) {
            markings.add(op);
            first = Math.min(first, op.timestamp());
            last = Math.max(last, op.timestamp());
            long[] range = ranges.computeIfAbsent(op.deviceId(), d -> new long[] { op.sequence(), op.sequence() });
            range[0] = Math.min(range[0], op.sequence());
            range[1] = Math.max(range[1], op.sequence());
        }
        TreeMap<String, SequenceRange> origins = new TreeMap<>();
        ranges.forEach((device, range) -> origins.put(device, new SequenceRange(range[0], range[1])));
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT_VERSION, UUID.randomUUID(),
                store.deviceId(), 1, Instant.now(), operations.size(), first, last, origins,
                new TreeMap<>(store.journalHeads()), markings.markingOperations(), markings.classifications(),
                new TreeMap<>());
        return SyncFixture.seal(signer, recipient, zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, ManifestCodec.encode(manifest));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(bytes);
            for (Operation op : operations) {
                OperationCodec.write(data, op);
            }
            data.flush();
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, bytes.toByteArray());
        });
    }

    @Test
    void aCopyOfOneDevicesStoreExportedWithAnotherDevicesIdentityIsRefusedAndChangesNothing() throws Exception {
        try (WorkspaceStore deviceA = fixture.demoStore(1); WorkspaceStore deviceB = fixture.emptyStore();
                WorkspaceStore hq = fixture.emptyStore()) {
            DeviceIdentity identityB = fixture.bound("laptop-b", deviceB, false);
            DeviceIdentity hqIdentity = fixture.bound("hq", hq, true);
            String before = hq.stateHash();

            byte[] forged = copyExportedWith(deviceA, identityB, SyncFixture.certificate(hqIdentity));
            PackageException e = assertThrows(PackageException.class, () -> read(hqIdentity, forged, hq));

            assertEquals(Reason.FOREIGN_DEVICE, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains(deviceA.deviceId()), e.getMessage());
            assertTrue(e.getMessage().contains("CN=laptop-b") && e.getMessage().contains(deviceB.deviceId()),
                    e.getMessage());
            assertTrue(e.getMessage().matches("(?s).*[.!?] Nothing was imported\\."), e.getMessage());
            assertEquals(before, hq.stateHash());
            assertEquals(Map.of(), hq.journalHeads());
            assertEquals(Map.of(), hq.deviceNames());

            // the writer already says so to whoever tries it with an unmodified program
            PackageException atExport = assertThrows(PackageException.class,
                    () -> export(identityB, deviceA, hqIdentity));
            assertEquals(Reason.CREDENTIALS, atExport.reason());
            assertTrue(atExport.getMessage().contains(deviceA.deviceId()), atExport.getMessage());
        }
    }

    @Test
    void aLegacyCertificateWarnsNamingTheDeviceUntilTheCutOffAndIsRefusedFromThen() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(2); WorkspaceStore hq = fixture.emptyStore();
                WorkspaceStore laterHq = fixture.emptyStore()) {
            byte[] sealed = export(fixture.field, field, fixture.hq);
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());

            ImportResult accepted = reader.withLegacyCertificatesUntil(Instant.now().plus(Duration.ofDays(30)))
                    .importPackage(new ByteArrayInputStream(sealed), hq);
            assertEquals(ImportResult.Status.APPLIED, accepted.status());
            assertEquals(field.stateHash(), hq.stateHash());
            assertEquals(1, accepted.warnings().size(), accepted.warnings().toString());
            String warning = accepted.warnings().get(0);
            assertTrue(warning.contains(field.deviceId()) && warning.contains("CN=laptop-7"), warning);
            try (WorkspaceStore other = fixture.emptyStore()) {
                assertTrue(reader.importPackage(new ByteArrayInputStream(sealed), other).warnings().get(0)
                        .contains(field.deviceId()), "without a cut-off: still a warning");
            }

            String before = laterHq.stateHash();
            PackageException refused = assertThrows(PackageException.class,
                    () -> reader.withLegacyCertificatesUntil(Instant.now().minus(Duration.ofMinutes(1)))
                            .importPackage(new ByteArrayInputStream(sealed), laterHq));
            assertEquals(Reason.LEGACY_CERTIFICATE, refused.reason());
            assertTrue(refused.getMessage().contains(field.deviceId()), refused.getMessage());
            assertEquals(before, laterHq.stateHash());
            assertEquals(Map.of(), laterHq.journalHeads());
        }
    }

    @Test
    void headquartersRelaysEveryDevicesOperationsAndNamesComeOnlyFromTheBoundCertificate() throws Exception {
        try (WorkspaceStore deviceA = fixture.demoStore(3); WorkspaceStore deviceB = fixture.emptyStore();
                WorkspaceStore hq = fixture.emptyStore()) {
            DeviceIdentity identityA = fixture.bound("laptop-a", deviceA, false);
            DeviceIdentity identityB = fixture.bound("laptop-b", deviceB, false);
            DeviceIdentity hqIdentity = fixture.bound("hq", hq, true);

            assertTrue(read(hqIdentity, export(identityA, deviceA, hqIdentity), hq).warnings().isEmpty());
            ImportResult relayed = read(identityB, export(hqIdentity, hq, identityB), deviceB);
            assertEquals(ImportResult.Status.APPLIED, relayed.status());
            assertEquals(deviceA.stateHash(), deviceB.stateHash());
            assertEquals(Map.of(hq.deviceId(), "CN=hq,OU=Field,O=Counterpart", deviceB.deviceId(),
                    "CN=laptop-b,OU=Field,O=Counterpart"), deviceB.deviceNames(), "a relay names only its signer");
            assertEquals("CN=laptop-a,OU=Field,O=Counterpart", hq.deviceNames().get(deviceA.deviceId()));

            // a legacy certificate signing for device A cannot rename it
            byte[] legacyCopy = export(fixture.field, deviceA, fixture.hq);
            new PackageReader(fixture.hq, fixture.trust()).importPackage(new ByteArrayInputStream(legacyCopy), hq);
            assertEquals("CN=laptop-a,OU=Field,O=Counterpart", hq.deviceNames().get(deviceA.deviceId()));
        }
    }

    @Test
    void officersSwappingPackagesConvergeAndHeadquartersCountsNothingTwice() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore(4); WorkspaceStore deviceA = fixture.emptyStore();
                WorkspaceStore deviceB = fixture.emptyStore()) {
            DeviceIdentity hqIdentity = fixture.bound("hq", hq, true);
            DeviceIdentity identityA = fixture.bound("laptop-a", deviceA, false);
            DeviceIdentity identityB = fixture.bound("laptop-b", deviceB, false);
            read(identityA, export(hqIdentity, hq, identityA), deviceA);
            read(identityB, export(hqIdentity, hq, identityB), deviceB);

            new OfflineEditGenerator(11, "officer-a").apply((Theater) deviceA.resource().getContents().get(0), 40);
            deviceA.save();
            new OfflineEditGenerator(12, "officer-b").apply((Theater) deviceB.resource().getContents().get(0), 40);
            deviceB.save();
            long editsA = deviceA.journalHeads().get(deviceA.deviceId());
            long editsB = deviceB.journalHeads().get(deviceB.deviceId());
            assertNotEquals(deviceA.stateHash(), deviceB.stateHash());

            // field to field, no headquarters
            ImportResult atB = read(identityB, export(identityA, deviceA, identityB), deviceB);
            ImportResult atA = read(identityA, export(identityB, deviceB, identityA), deviceA);
            assertEquals(editsA, atB.manifest().operationCount());
            assertEquals(editsB, atA.manifest().operationCount(), "B sends only its own operations");
            assertEquals(deviceA.stateHash(), deviceB.stateHash(), "the officers converge");

            long hqJournal = hq.stats().journalSize();
            ImportResult fromA = read(hqIdentity, export(identityA, deviceA, hqIdentity), hq);
            ImportResult fromB = read(hqIdentity, export(identityB, deviceB, hqIdentity), hq);
            assertEquals(editsA, fromA.manifest().operationCount());
            assertEquals(editsA, fromA.appliedOperations());
            assertEquals(editsB, fromB.manifest().operationCount(), "B does not forward A's operations");
            assertEquals(editsB, fromB.appliedOperations());
            assertEquals(hqJournal + editsA + editsB, hq.stats().journalSize(), "nothing counted twice");
            assertEquals(deviceA.stateHash(), hq.stateHash());

            ImportResult again = read(hqIdentity, export(identityA, deviceA, hqIdentity), hq);
            assertEquals(0, again.appliedOperations(), "nothing new");
        }
    }

    @Test
    void aPackageSignedWhileTheCertificateWasValidImportsAfterItExpired() throws Exception {
        Instant notAfter = Instant.now().plus(Duration.ofHours(1));
        DeviceIdentity shortLived = SyncFixture.device(fixture.authority, "laptop-9", KeyAlgorithm.EC_P256,
                Instant.now().minus(Duration.ofDays(1)), notAfter);
        try (WorkspaceStore field = fixture.demoStore(5); WorkspaceStore hq = fixture.emptyStore();
                WorkspaceStore hqLater = fixture.emptyStore()) {
            byte[] sealed = export(shortLived, field, fixture.hq);
            Clock afterExpiry = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
            TrustVerifier later = new TrustVerifier(fixture.authority.certificate(),
                    fixture.authority.issueRevocationList(Instant.now(), Instant.now().plus(Duration.ofDays(7))),
                    afterExpiry);
            ImportResult result = new PackageReader(fixture.hq, later).importPackage(new ByteArrayInputStream(sealed),
                    hqLater);
            assertEquals(ImportResult.Status.APPLIED, result.status());
            assertEquals(field.stateHash(), hqLater.stateHash());
            assertNull(result.revocationList());
        }
    }

    @Test
    void afterARevocationPackagesUpToTheLastAcceptedImportAndLaterOnesAreRefused() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(6); WorkspaceStore hq = fixture.emptyStore();
                WorkspaceStore liaison = fixture.emptyStore()) {
            DeviceIdentity identity = fixture.bound("laptop-a", field, false);
            DeviceIdentity hqIdentity = fixture.bound("hq", hq, true);
            X509Certificate certificate = SyncFixture.certificate(identity);
            byte[] first = export(identity, field, hqIdentity);
            read(hqIdentity, first, hq);
            new OfflineEditGenerator(13, "officer-a").apply((Theater) field.resource().getContents().get(0), 10);
            field.save();
            byte[] second = export(identity, field, hqIdentity); // signed before the revocation

            long accepted = PackageReader.lastAcceptedPackage(hq,
                    fixture.authority.publicKeyDigest(certificate.getSerialNumber()).orElseThrow());
            assertEquals(1, accepted);
            fixture.authority.revoke(certificate.getSerialNumber(), Instant.now(), java.util.OptionalLong.of(accepted));
            String before = hq.stateHash();
            PackageException refused = assertThrows(PackageException.class, () -> read(hqIdentity, second, hq));
            assertEquals(Reason.UNTRUSTED_SIGNER, refused.reason());
            assertTrue(refused.getMessage().contains("up to number 1"), refused.getMessage());
            assertEquals(before, hq.stateHash());

            ImportResult replayed = read(hqIdentity, first, liaison);
            assertEquals(ImportResult.Status.APPLIED, replayed.status(), "a package up to the last accepted one still verifies");
        }
    }

    @Test
    void baselinesCarryTheCurrentRevocationListAndADeviceLearnsOfANewerOne() throws Exception {
        try (WorkspaceStore hq = fixture.demoStore(7); WorkspaceStore field = fixture.emptyStore();
                WorkspaceStore otherField = fixture.emptyStore()) {
            DeviceIdentity hqIdentity = fixture.bound("hq", hq, true);
            DeviceIdentity device = fixture.device("laptop-c", KeyAlgorithm.EC_P256, "XVM");
            TrustVerifier fieldTrust = fixture.trust();
            fixture.authority.revoke(SyncFixture.certificate(fixture.field).getSerialNumber(), Instant.now());
            var current = fixture.authority.issueRevocationList(Duration.ofDays(7));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new org.counterpart.sync.BaselineWriter(hqIdentity, Clock.systemUTC(), current).write(hq,
                    SyncFixture.certificate(device), out);

            ImportResult result = new PackageReader(device, fieldTrust)
                    .importPackage(new ByteArrayInputStream(out.toByteArray()), field);
            assertEquals(current, result.revocationList());
            assertTrue(result.revocationList().isRevoked(SyncFixture.certificate(fixture.field)));

            ImportResult withCurrent = new PackageReader(device, new TrustVerifier(fixture.authority.certificate(), current))
                    .importPackage(new ByteArrayInputStream(out.toByteArray()), otherField);
            assertNull(withCurrent.revocationList(), "not newer than the installed one: nothing to install");
        }
    }
}
