package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad package is refused with a clear message, and the receiving store is left
 * exactly as it was (same canonical state hash, same journal, same attachments and no staged
 * attachment content).
 */
class PackageBadInputTest {

    /** Holds the authority, the identities and the two template stores, made once for all the cases. */
    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static SyncFixture fixture;
    private static byte[] good;

    private WorkspaceStore field;
    private WorkspaceStore hq;

    /**
     * Builds the sending store, and a headquarters store that already holds something (so that "unchanged"
     * is not trivially an empty store), once; every case starts from fresh copies of both.
     */
    @BeforeAll
    static void prepareTemplates() throws Exception {
        fixture = new SyncFixture(shared);
        try (WorkspaceStore fieldTemplate = SyncFixture.demoStore(shared.resolve("field-template"), 7);
                WorkspaceStore hqTemplate = SyncFixture.emptyStore(shared.resolve("hq-template"));
                WorkspaceStore other = fixture.demoStore(8)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DeviceIdentity sender = fixture.device("laptop-9", KeyAlgorithm.EC_P256);
            new PackageWriter(sender).write(other, List.of(SyncFixture.certificate(fixture.hq)), List.of(), out);
            new PackageReader(fixture.hq, fixture.trust()).importPackage(new ByteArrayInputStream(out.toByteArray()),
                    hqTemplate);
            good = export(fieldTemplate, fixture.field);
        }
    }

    @BeforeEach
    void copyTemplates() throws Exception {
        field = SyncFixture.openCopy(shared.resolve("field-template"), temp.resolve("field"));
        hq = SyncFixture.openCopy(shared.resolve("hq-template"), temp.resolve("hq"));
    }

    @AfterEach
    void tearDown() throws Exception {
        field.close();
        hq.close();
    }

    private byte[] export(DeviceIdentity sender) throws Exception {
        return export(field, sender);
    }

    private static byte[] export(WorkspaceStore from, DeviceIdentity sender) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(from, List.of(SyncFixture.certificate(fixture.hq)), List.of(), out);
        return out.toByteArray();
    }

    /** Imports {@code sealed}, expects it refused for {@code reason}, and checks that nothing changed. */
    private PackageException refused(byte[] sealed, Reason reason, PackageReader reader) throws Exception {
        String hash = hq.stateHash();
        long journal = hq.stats().journalSize();
        var attachments = hq.attachments();
        long pieces = ((JdbcWorkspaceStore) hq).attachmentPieces();
        PackageException e = assertThrows(PackageException.class,
                () -> reader.importPackage(new ByteArrayInputStream(sealed), hq));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage() != null && e.getMessage().length() > 20, e.getMessage());
        assertEquals(hash, hq.stateHash(), "the store must be unchanged");
        assertEquals(journal, hq.stats().journalSize());
        assertEquals(attachments, hq.attachments());
        assertEquals(pieces, ((JdbcWorkspaceStore) hq).attachmentPieces(), "no staged attachment content is left");
        return e;
    }

    private PackageException refused(byte[] sealed, Reason reason) throws Exception {
        return refused(sealed, reason, new PackageReader(fixture.hq, fixture.trust()));
    }

    @Test
    void truncatedPackagesAreRefused() throws Exception {
        for (int length : new int[] { 0, 20, 600, good.length / 2, good.length - 17, good.length - 1 }) {
            PackageException e = assertThrows(PackageException.class, () -> new PackageReader(fixture.hq,
                    fixture.trust()).importPackage(new ByteArrayInputStream(Arrays.copyOf(good, length)), hq),
                    "cut at " + length);
            assertTrue(e.reason() == Reason.TRUNCATED || e.reason() == Reason.MALFORMED, length + ": " + e.getMessage());
        }
        refused(Arrays.copyOf(good, good.length / 2), Reason.TRUNCATED);
    }

    /**
     * CMS authenticates the content (GCM tag, signature), not the envelope header: a bit flipped in
     * another recipient's RecipientInfo or in an unchecked header field or closing end-of-contents
     * octet cannot be noticed, and does not matter. So: a flip in the encrypted body is always
     * refused, and a flip anywhere is either refused or yields exactly the genuine content.
     */
    @Test
    void aFlippedBitIsRefusedOrCannotChangeWhatIsImported() throws Exception {
        PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
        SyncFixture.ReadPackage genuine = SyncFixture.readAll(reader, good);
        Random random = new Random(11);
        int body = 4096;
        for (int i = 0; i < 16; i++) {
            int offset = body + random.nextInt(good.length - body - 64);
            byte[] tampered = good.clone();
            tampered[offset] ^= (byte) (1 << random.nextInt(8));
            PackageException e = assertThrows(PackageException.class,
                    () -> SyncFixture.readAll(reader, tampered), "bit flipped at " + offset);
            // Mostly the GCM tag; a flip in the BER framing of the encrypted chunks is malformed structure.
            assertTrue(e.reason() == Reason.TAMPERED || e.reason() == Reason.MALFORMED
                    || e.reason() == Reason.TRUNCATED, "bit flipped at " + offset + ": " + e.getMessage());
        }
        List<Integer> anywhere = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            anywhere.add(random.nextInt(body));
        }
        for (int i = 1; i <= 40; i++) {
            anywhere.add(good.length - i);
        }
        int refused = 0;
        for (int offset : anywhere) {
            byte[] tampered = good.clone();
            tampered[offset] ^= (byte) (1 << random.nextInt(8));
            try {
                SyncFixture.ReadPackage read = SyncFixture.readAll(reader, tampered);
                assertEquals(genuine.manifest(), read.manifest(), "bit flipped at " + offset);
                assertEquals(genuine.operations(), read.operations(), "bit flipped at " + offset);
            } catch (PackageException e) {
                refused++;
                assertTrue(e.getMessage().length() > 20, e.getMessage());
            }
        }
        assertTrue(refused > anywhere.size() / 4, "most header and trailer flips are noticed: " + refused);
        // And through the store: a tampered package leaves it unchanged. The flip goes to the first byte from the
        // middle on that the reader finds altered: each run's package is sealed anew, and a byte of the encrypted
        // chunks' framing there would be malformed structure instead.
        byte[] tampered = null;
        for (int offset = good.length / 2; tampered == null && offset < good.length - 64; offset++) {
            byte[] candidate = good.clone();
            candidate[offset] ^= 0x10;
            try {
                SyncFixture.readAll(reader, candidate);
            } catch (PackageException e) {
                tampered = e.reason() == Reason.TAMPERED ? candidate : null;
            }
        }
        assertNotNull(tampered, "no flip in the second half of the body is found altered");
        assertTrue(refused(tampered, Reason.TAMPERED).getMessage().contains("altered"));
    }

    @Test
    void aPackageForAnotherDeviceIsRefused() throws Exception {
        DeviceIdentity other = fixture.device("laptop-8", KeyAlgorithm.EC_P256);
        refused(good, Reason.NOT_A_RECIPIENT, new PackageReader(other, fixture.trust()));
    }

    @Test
    void aSignerFromAnotherAuthorityIsRefused() throws Exception {
        CertificateAuthority rogue = CertificateAuthority.create(temp.resolve("rogue"), "CN=Rogue CA,O=Elsewhere",
                KeyAlgorithm.EC_P256, Duration.ofDays(30), "rogue-passphrase".toCharArray());
        DeviceIdentity stranger = SyncFixture.device(rogue, "stranger", KeyAlgorithm.EC_P256,
                Instant.now().minusSeconds(300), Instant.now().plus(Duration.ofDays(30)));
        PackageException e = refused(export(stranger), Reason.UNTRUSTED_SIGNER);
        assertTrue(e.getMessage().contains("not certified"), e.getMessage());
    }

    @Test
    void aRevokedSignerIsRefused() throws Exception {
        // A signer of its own: the authority is shared by all the cases, and the others' signer must stay valid.
        DeviceIdentity signer = fixture.device("laptop-6", KeyAlgorithm.EC_P256);
        byte[] sealed = export(signer);
        BigInteger serial = SyncFixture.certificate(signer).getSerialNumber();
        fixture.authority.revoke(serial, Instant.now().minusSeconds(60));
        PackageException e = refused(sealed, Reason.UNTRUSTED_SIGNER);
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
    }

    @Test
    void anExpiredSignerIsRefused() throws Exception {
        DeviceIdentity expired = SyncFixture.device(fixture.authority, "old-laptop", KeyAlgorithm.EC_P256,
                Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
        PackageException e = refused(export(expired), Reason.UNTRUSTED_SIGNER);
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
    }

    @Test
    void aPackageLargerThanTheLimitIsRefused() throws Exception {
        PackageLimits small = new PackageLimits(good.length / 3, 100, 1L << 30, 200, 1_000_000);
        PackageException e = refused(good, Reason.OVERSIZED, new PackageReader(fixture.hq, fixture.trust(), small));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void aPackageWithMoreOperationsThanTheLimitIsRefused() throws Exception {
        PackageLimits few = new PackageLimits(1L << 30, 100, 1L << 30, 200, 10);
        refused(good, Reason.OVERSIZED, new PackageReader(fixture.hq, fixture.trust(), few));
    }

    @Test
    void entriesThatPointOutsideThePackageAreRefused() throws Exception {
        for (String name : List.of("../../etc/cron.d/evil", "/etc/passwd", "attachments/../../x", "C:\\evil.txt",
                "..\\evil.txt")) {
            byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
                SyncFixture.entry(zip, PackageArchive.MANIFEST, manifest(0, "").getBytes(StandardCharsets.UTF_8));
                SyncFixture.entry(zip, name, new byte[] { 1, 2, 3 });
            });
            PackageException e = refused(sealed, Reason.PATH_TRAVERSAL);
            assertTrue(e.getMessage().contains("points outside"), e.getMessage());
        }
    }

    @Test
    void unexpectedEntriesAreRefused() throws Exception {
        byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, manifest(0, "").getBytes(StandardCharsets.UTF_8));
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
            SyncFixture.entry(zip, "readme.exe", new byte[] { 1 });
        });
        refused(sealed, Reason.UNEXPECTED_ENTRY);
        byte[] manifestNotFirst = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
            SyncFixture.entry(zip, PackageArchive.MANIFEST, manifest(0, "").getBytes(StandardCharsets.UTF_8));
        });
        refused(manifestNotFirst, Reason.UNEXPECTED_ENTRY);
    }

    @Test
    void aDecompressionBombIsRefused() throws Exception {
        long size = 64L << 20;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] zeros = new byte[1 << 20];
        for (long written = 0; written < size; written += zeros.length) {
            digest.update(zeros);
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST,
                    manifest(0, "attachment." + hash + ": " + size + "\n").getBytes(StandardCharsets.UTF_8));
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
            zip.putNextEntry(new ZipEntry(PackageArchive.ATTACHMENT_PREFIX + hash));
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        });
        assertTrue(sealed.length < 1 << 20, "the bomb is small: " + sealed.length);
        PackageException e = refused(sealed, Reason.DECOMPRESSION_BOMB);
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
    }

    @Test
    void malformedManifestsAreRefused() throws Exception {
        for (String text : List.of("", "hello\n", "format: 1.0\npackage-id: not-a-uuid\n",
                manifest(0, "").replace("operation-count: 0", "operation-count: -4"),
                manifest(0, "").replace("\ndevice:", "\ndevice: a b c\nx:"), manifest(0, "").trim(),
                manifest(0, "package-sequence: 9\n"))) {
            byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
                SyncFixture.entry(zip, PackageArchive.MANIFEST, text.getBytes(StandardCharsets.UTF_8));
                SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
            });
            PackageException e = refused(sealed, Reason.MALFORMED_MANIFEST);
            assertTrue(e.getMessage().startsWith("The package manifest is malformed"), e.getMessage());
        }
    }

    @Test
    void aManifestThatDoesNotMatchTheOperationsIsRefused() throws Exception {
        Operation op = field.journal().get(0);
        byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, manifest(2, "origin." + op.deviceId() + ": 1-1\n")
                    .replace("clock-last: 0", "clock-last: " + Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(PackageArchive.OPERATIONS));
            DataOutputStream out = new DataOutputStream(zip);
            OperationCodec.write(out, op);
            out.flush();
            zip.closeEntry();
        });
        PackageException e = refused(sealed, Reason.MALFORMED_MANIFEST);
        assertTrue(e.getMessage().contains("does not match its manifest"), e.getMessage());
    }

    @Test
    void aNewerMajorFormatIsRefusedWithAnUpdateHint() throws Exception {
        byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST,
                    manifest(0, "").replace("format: 1.0", "format: 2.0").getBytes(StandardCharsets.UTF_8));
            SyncFixture.entry(zip, "operations-v2.bin", new byte[] { 1 });
        });
        PackageException e = refused(sealed, Reason.NEWER_VERSION);
        assertTrue(e.getMessage().contains("format 2.0") && e.getMessage().contains("Update Counterpart"), e.getMessage());
    }

    @Test
    void aNewerMinorFormatWithUnknownKeysIsRead() throws Exception {
        byte[] sealed = SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, manifest(0, "compression-hint: none\n")
                    .replace("format: 1.0", "format: 1.7").getBytes(StandardCharsets.UTF_8));
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
        });
        String hash = hq.stateHash();
        assertEquals(0, new PackageReader(fixture.hq, fixture.trust())
                .importPackage(new ByteArrayInputStream(sealed), hq).appliedOperations());
        assertEquals(hash, hq.stateHash());
    }

    @Test
    void aReplayIsReportedAndChangesNothing() throws Exception {
        PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
        reader.importPackage(new ByteArrayInputStream(good), hq);
        String hash = hq.stateHash();
        long journal = hq.stats().journalSize();
        var again = reader.importPackage(new ByteArrayInputStream(good), hq);
        assertEquals(org.counterpart.sync.ImportResult.Status.REPLAY, again.status());
        assertEquals(hash, hq.stateHash());
        assertEquals(journal, hq.stats().journalSize());
    }

    /** A well-formed manifest text for a hand-made package, with {@code extra} lines appended. */
    private static String manifest(long operations, String extra) {
        return "format: 1.0\n" + "package-id: 0b6f2a52-3f0e-4c53-9a43-6d1c2f0e9a11\n" + "device: test-device\n"
                + "package-sequence: 1\n" + "created: 2026-11-22T10:00:00Z\n" + "operation-count: " + operations + "\n"
                + "clock-first: 0\n" + "clock-last: 0\n" + "marking-operations: 0\n" + "classifications: \n" + extra;
    }
}
