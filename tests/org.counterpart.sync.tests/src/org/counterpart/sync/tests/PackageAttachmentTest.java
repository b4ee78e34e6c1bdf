package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;

import org.counterpart.model.Attachment;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.ImportStage;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.PackageWriter.StoredAttachments;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments travel in packages into the receiving store, written with the package's operations, and
 * headquarters forwards them; a refused package leaves none of them behind.
 */
class PackageAttachmentTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] read(WorkspaceStore store, String sha256) throws Exception {
        try (InputStream in = store.openAttachment(sha256)) {
            assertTrue(in != null, "attachment " + sha256 + " is stored");
            return in.readAllBytes();
        }
    }

    private static long pieces(WorkspaceStore store) throws Exception {
        return ((JdbcWorkspaceStore) store).attachmentPieces();
    }

    private byte[] export(WorkspaceStore store, DeviceIdentity sender, DeviceIdentity recipient, List<Path> files,
            StoredAttachments stored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(store, List.of(SyncFixture.certificate(recipient)), files, stored, out);
        return out.toByteArray();
    }

    /** An officer attaches {@code content} to an observation: the store keeps it, the model refers to it. */
    private static void attach(WorkspaceStore store, byte[] content, String fileName) throws Exception {
        store.addAttachment(sha256(content), new ByteArrayInputStream(content));
        Theater theater = (Theater) store.resource().getContents().get(0);
        FieldObservation observation = theater.getObservations().get(0);
        Attachment attachment = CounterpartFactory.eINSTANCE.createAttachment();
        attachment.setFileName(fileName);
        attachment.setSize(content.length);
        attachment.setSha256(sha256(content));
        observation.getAttachments().add(attachment);
        store.save();
    }

    @Test
    void importedAttachmentsAreKeptAndReadBackEqual() throws Exception {
        byte[] photo = random(1_300_000, 1);
        byte[] memo = "voice memo transcript".getBytes(StandardCharsets.UTF_8);
        Path photoFile = fixture.write("IMG_1042.jpg", photo);
        Path memoFile = fixture.write("memo.txt", memo);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of(photoFile, memoFile, photoFile),
                    StoredAttachments.NONE);

            ImportResult result = new PackageReader(fixture.hq, fixture.trust())
                    .importPackage(new ByteArrayInputStream(sealed), hq);

            assertEquals(ImportResult.Status.APPLIED, result.status());
            assertEquals(Map.of(sha256(photo), (long) photo.length, sha256(memo), (long) memo.length), hq.attachments());
            assertArrayEquals(photo, read(hq, sha256(photo)));
            assertArrayEquals(memo, read(hq, sha256(memo)));
            assertEquals(field.stateHash(), hq.stateHash());
        }
    }

    @Test
    void headquartersForwardsTheAttachmentsOfTheOperationsItPassesOn() throws Exception {
        byte[] photo = random(700_000, 2);
        byte[] unreferenced = random(1000, 3);
        DeviceIdentity liaison = fixture.device("liaison-2", KeyAlgorithm.EC_P256);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore();
                WorkspaceStore other = fixture.emptyStore()) {
            attach(field, photo, "IMG_2001.jpg");
            field.addAttachment(sha256(unreferenced), new ByteArrayInputStream(unreferenced));
            PackageReader atHq = new PackageReader(fixture.hq, fixture.trust());

            byte[] fromField = export(field, fixture.field, fixture.hq, List.of(), StoredAttachments.REFERENCED);
            PackageManifest manifest = atHq.importPackage(new ByteArrayInputStream(fromField), hq).manifest();
            // the demo's own attachments name content that no store holds: they are not carried
            assertEquals(Map.of(sha256(photo), (long) photo.length), manifest.attachments());
            assertArrayEquals(photo, read(hq, sha256(photo)));
            assertFalse(hq.hasAttachment(sha256(unreferenced)));

            // headquarters relays the field device's operations, and with them the photo
            byte[] forwarded = export(hq, fixture.hq, liaison, List.of(), StoredAttachments.REFERENCED);
            ImportResult relayed = new PackageReader(liaison, fixture.trust())
                    .importPackage(new ByteArrayInputStream(forwarded), other);
            assertEquals(Map.of(sha256(photo), (long) photo.length), relayed.manifest().attachments());
            assertArrayEquals(photo, read(other, sha256(photo)));
            assertEquals(hq.stateHash(), other.stateHash());

            // without the option, only operations travel
            byte[] plain = export(hq, fixture.hq, liaison, List.of(), StoredAttachments.NONE);
            assertTrue(new PackageReader(liaison, fixture.trust()).read(new ByteArrayInputStream(plain), op -> {
            }).manifest()
                    .attachments().isEmpty());

            // once headquarters has acknowledged the operations, the photo does not travel again
            new PackageReader(fixture.field, fixture.trust()).importPackage(
                    new ByteArrayInputStream(export(hq, fixture.hq, fixture.field, List.of(), StoredAttachments.NONE)),
                    field);
            Theater theater = (Theater) field.resource().getContents().get(0);
            theater.setOfficeName(theater.getOfficeName() + " (revised)");
            field.save();
            byte[] second = export(field, fixture.field, fixture.hq, List.of(), StoredAttachments.REFERENCED);
            ImportResult again = atHq.importPackage(new ByteArrayInputStream(second), hq);
            assertTrue(again.manifest().operationCount() > 0);
            assertTrue(again.manifest().attachments().isEmpty(), again.manifest().attachments().toString());
        }
    }

    /** The store as the reader sees it, keeping hold of the stage the reader opens. */
    private static WorkspaceStore watchingStages(WorkspaceStore store, ImportStage[] opened) {
        return (WorkspaceStore) Proxy.newProxyInstance(WorkspaceStore.class.getClassLoader(),
                new Class<?>[] { WorkspaceStore.class }, (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(store, arguments);
                        if (result instanceof ImportStage stage) {
                            opened[0] = stage;
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aTruncatedOrTamperedPackageLeavesNoAttachmentBehind() throws Exception {
        byte[] kept = random(400_000, 4);
        byte[] photo = random(900_000, 5);
        Path photoFile = fixture.write("IMG_3003.jpg", photo);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            hq.addAttachment(sha256(kept), new ByteArrayInputStream(kept));
            byte[] good = export(field, fixture.field, fixture.hq, List.of(photoFile), StoredAttachments.NONE);
            String state = hq.stateHash();
            SortedMap<String, Long> attachments = hq.attachments();
            long pieces = pieces(hq);
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());

            // cut or flipped after the attachment, in what the signature and the tag cover: the photo has
            // reached the store by the time the package is refused
            List<byte[]> bad = new java.util.ArrayList<>();
            for (int fromEnd : new int[] { 100, 300, 600 }) {
                bad.add(Arrays.copyOf(good, good.length - fromEnd));
                byte[] flipped = good.clone();
                flipped[good.length - fromEnd] ^= 0x04;
                bad.add(flipped);
            }
            for (byte[] sealed : bad) {
                ImportStage[] stage = { null };
                PackageException e = assertThrows(PackageException.class,
                        () -> reader.importPackage(new ByteArrayInputStream(sealed), watchingStages(hq, stage)));
                assertTrue(e.reason() == Reason.TRUNCATED || e.reason() == Reason.TAMPERED
                        || e.reason() == Reason.MALFORMED, e.reason() + ": " + e.getMessage());
                assertEquals(Map.of(sha256(photo), (long) photo.length), stage[0].attachments(),
                        "the photo was staged before the package was refused");
                assertTrue(stage[0].operationCount() > 0, "and so were the operations");
                assertEquals(attachments, hq.attachments());
                assertFalse(hq.hasAttachment(sha256(photo)));
                assertEquals(pieces, pieces(hq), "no staged content is left");
                assertEquals(state, hq.stateHash());
            }
            // the genuine package still imports afterwards
            reader.importPackage(new ByteArrayInputStream(good), hq);
            assertArrayEquals(photo, read(hq, sha256(photo)));
            assertArrayEquals(kept, read(hq, sha256(kept)));
        }
    }

    @Test
    void anAttachmentThatIsNotWhatItsNameOrTheManifestSaysIsRefusedAndNotKept() throws Exception {
        byte[] photo = random(500_000, 6);
        byte[] other = random(500_000, 7);
        String hash = sha256(photo);
        try (WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
            for (byte[][] content : new byte[][][] { { other }, { Arrays.copyOf(photo, photo.length - 1) },
                    { photo, new byte[] { 1 } } }) {
                byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
                    SyncFixture.entry(zip, PackageArchive.MANIFEST,
                            manifest("attachment." + hash + ": " + photo.length + "\n").getBytes(StandardCharsets.UTF_8));
                    SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
                    zip.putNextEntry(new java.util.zip.ZipEntry(PackageArchive.ATTACHMENT_PREFIX + hash));
                    for (byte[] part : content) {
                        zip.write(part);
                    }
                    zip.closeEntry();
                });
                PackageException e = assertThrows(PackageException.class,
                        () -> reader.importPackage(new ByteArrayInputStream(sealed), hq));
                assertEquals(Reason.MALFORMED_MANIFEST, e.reason(), e.getMessage());
                assertTrue(e.getMessage().contains(hash), e.getMessage());
                assertTrue(hq.attachments().isEmpty());
                assertEquals(0, pieces(hq));
            }
        }
    }

    @Test
    void aReplayedPackageWithAttachmentsChangesNothing() throws Exception {
        byte[] photo = random(300_000, 8);
        Path photoFile = fixture.write("IMG_4004.jpg", photo);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
            byte[] sealed = export(field, fixture.field, fixture.hq, List.of(photoFile), StoredAttachments.NONE);
            reader.importPackage(new ByteArrayInputStream(sealed), hq);
            long pieces = pieces(hq);
            String state = hq.stateHash();

            ImportResult again = reader.importPackage(new ByteArrayInputStream(sealed), hq);

            assertEquals(ImportResult.Status.REPLAY, again.status());
            assertEquals(pieces, pieces(hq));
            assertEquals(state, hq.stateHash());
            assertArrayEquals(photo, read(hq, sha256(photo)));
        }
    }

    /** A well-formed manifest for a hand-made package without operations, with {@code extra} lines appended. */
    private static String manifest(String extra) {
        return "format: 1.0\n" + "package-id: 0b6f2a52-3f0e-4c53-9a43-6d1c2f0e9a11\n" + "device: test-device\n"
                + "package-sequence: 1\n" + "created: 2026-11-22T10:00:00Z\n" + "operation-count: 0\n"
                + "clock-first: 0\n" + "clock-last: 0\n" + "marking-operations: 0\n" + "classifications: \n" + extra;
    }
}
