package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field device's workspace reaches headquarters through packages, and only what is not acknowledged travels again. */
class PackageRoundTripTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    private byte[] export(WorkspaceStore store, org.counterpart.security.DeviceIdentity sender,
            org.counterpart.security.DeviceIdentity recipient, List<Path> attachments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(store, List.of(SyncFixture.certificate(recipient)), attachments, out);
        return out.toByteArray();
    }

    @Test
    void headquartersReachesTheFieldStateAndTheManifestDescribesThePackage() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            long journal = field.stats().journalSize();
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of());

            ImportResult result = new PackageReader(fixture.hq, fixture.trust()).importPackage(
                    new ByteArrayInputStream(sealed), hq);

            assertEquals(ImportResult.Status.APPLIED, result.status());
            assertEquals(field.stateHash(), hq.stateHash());
            assertEquals(journal, result.appliedOperations());
            PackageManifest manifest = result.manifest();
            assertEquals(PackageManifest.FORMAT_VERSION, manifest.formatVersion());
            assertEquals(field.deviceId(), manifest.deviceId());
            assertEquals(1, manifest.packageSequence());
            assertEquals(journal, manifest.operationCount());
            assertEquals(1, manifest.origins().get(field.deviceId()).first());
            assertEquals(field.stats().lastTimestamp(), manifest.lastClock());
            assertTrue(manifest.firstClock() > 0 && manifest.firstClock() <= manifest.lastClock());
            assertTrue(manifest.markingOperations() > 0, "the demo workspace carries markings");
            assertTrue(manifest.classifications().contains("CUI"), manifest.classifications().toString());
            assertTrue(result.gaps().isEmpty(), result.gaps().toString());
            assertTrue(result.signer().contains("CN=laptop-7"), result.signer());
            assertTrue(result.summary().startsWith("applied package=1 device=" + field.deviceId()), result.summary());
        }
    }

    @Test
    void aPackageOfManyBatchesIsStagedInTheStoreAndAppliesWholeOrNotAtAll() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            long journal = field.stats().journalSize();
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of());
            int batch = 1_000;
            assertTrue(journal > 10 * batch, "more than ten batches: " + journal);
            ((JdbcWorkspaceStore) hq).setImportBatch(batch);
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
            String empty = hq.stateHash();

            // cut short in its last bytes: every batch was staged in the store before the package was refused
            byte[] cut = Arrays.copyOf(sealed, sealed.length - 40);
            PackageException refused = assertThrows(PackageException.class,
                    () -> reader.importPackage(new ByteArrayInputStream(cut), hq));
            assertTrue(refused.getMessage().matches("(?s).*[.!?] Nothing was imported\\."),
                    "the reason is a sentence of its own before the last: " + refused.getMessage());
            assertEquals(empty, hq.stateHash());
            assertEquals(0, hq.stats().journalSize());

            ImportResult result = reader.importPackage(new ByteArrayInputStream(sealed), hq);
            assertEquals(ImportResult.Status.APPLIED, result.status());
            assertEquals(journal, result.appliedOperations());
            assertEquals(field.stateHash(), hq.stateHash(), "merged a batch at a time, the same state");
            assertEquals(journal, hq.stats().journalSize());
            assertEquals(ImportResult.Status.REPLAY,
                    reader.importPackage(new ByteArrayInputStream(sealed), hq).status());
        }
    }

    @Test
    void theSenderCanOpenItsOwnPackage() throws Exception {
        try (WorkspaceStore field = fixture.demoStore()) {
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of());
            SyncFixture.ReadPackage read = SyncFixture.readAll(new PackageReader(fixture.field, fixture.trust()), sealed);
            assertEquals(field.stats().journalSize(), read.operations().size());
        }
    }

    @Test
    void aSecondPackageCarriesOnlyWhatTheRecipientHasNotAcknowledged() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader atHq = new PackageReader(fixture.hq, fixture.trust());
            PackageReader inField = new PackageReader(fixture.field, fixture.trust());
            atHq.importPackage(new ByteArrayInputStream(export(field, fixture.field, fixture.hq, List.of())), hq);

            // Headquarters' package tells the field device what headquarters holds.
            ImportResult back = inField.importPackage(
                    new ByteArrayInputStream(export(hq, fixture.hq, fixture.field, List.of())), field);
            assertEquals(0, back.manifest().operationCount(),
                    "headquarters' package leaves out what the field device acknowledged having");
            assertEquals(0, back.appliedOperations());

            Theater theater = (Theater) field.resource().getContents().get(0);
            theater.setOfficeName(theater.getOfficeName() + " (revised)");
            field.save();

            byte[] second = export(field, fixture.field, fixture.hq, List.of());
            ImportResult result = atHq.importPackage(new ByteArrayInputStream(second), hq);
            assertEquals(2, result.manifest().packageSequence());
            assertTrue(result.manifest().operationCount() >= 1 && result.manifest().operationCount() <= 3,
                    "only the new edit travels: " + result.manifest().operationCount());
            assertEquals(result.manifest().operationCount(), result.appliedOperations());
            assertEquals(field.stateHash(), hq.stateHash());
        }
    }

    @Test
    void attachmentsTravelByTheirHash() throws Exception {
        byte[] photo = new byte[300_000];
        new Random(3).nextBytes(photo);
        Path file = fixture.write("photo.jpg", photo);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of(file, file));
            ImportResult result = new PackageReader(fixture.hq, fixture.trust())
                    .importPackage(new ByteArrayInputStream(sealed), hq);
            assertEquals(1, result.manifest().attachments().size());
            assertEquals(photo.length, result.manifest().attachments().values().iterator().next());
            String hash = result.manifest().attachments().keySet().iterator().next();
            try (java.io.InputStream stored = hq.openAttachment(hash)) {
                assertArrayEquals(photo, stored.readAllBytes(), "headquarters keeps the attachment");
            }
        }
    }

    @Test
    void aPackageAfterAGapIsAppliedAndTheGapReportedThenTheEarlierOneIsAReplay() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader atHq = new PackageReader(fixture.hq, fixture.trust());
            byte[] first = export(field, fixture.field, fixture.hq, List.of());
            byte[] second = export(field, fixture.field, fixture.hq, List.of());

            ImportResult later = atHq.importPackage(new ByteArrayInputStream(second), hq);
            assertEquals(ImportResult.Status.APPLIED, later.status());
            assertEquals(1, later.gaps().size(), later.gaps().toString());
            assertTrue(later.gaps().get(0).contains("packages 1-1 of device " + field.deviceId()), later.gaps().get(0));
            assertTrue(later.summary().contains("gap="), later.summary());
            assertEquals(field.stateHash(), hq.stateHash());

            String before = hq.stateHash();
            ImportResult earlier = atHq.importPackage(new ByteArrayInputStream(first), hq);
            assertEquals(ImportResult.Status.REPLAY, earlier.status());
            assertEquals(0, earlier.appliedOperations());
            assertEquals(before, hq.stateHash());
        }
    }

    @Test
    void reimportingAPackageIsAReplayThatChangesNothing() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader atHq = new PackageReader(fixture.hq, fixture.trust());
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of());
            atHq.importPackage(new ByteArrayInputStream(sealed), hq);
            String hash = hq.stateHash();
            long journal = hq.stats().journalSize();

            ImportResult again = atHq.importPackage(new ByteArrayInputStream(sealed), hq);

            assertEquals(ImportResult.Status.REPLAY, again.status());
            assertTrue(again.summary().contains("nothing changed"), again.summary());
            assertEquals(hash, hq.stateHash());
            assertEquals(journal, hq.stats().journalSize());
        }
    }

    @Test
    void everyPackageIsEncryptedDifferently() throws Exception {
        try (WorkspaceStore field = fixture.demoStore()) {
            byte[] a = export(field, fixture.field, fixture.hq, List.of());
            byte[] b = export(field, fixture.field, fixture.hq, List.of());
            assertNotEquals(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            assertFalse(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1).contains("manifest.txt"),
                    "the archive is inside the encryption");
        }
    }
}
