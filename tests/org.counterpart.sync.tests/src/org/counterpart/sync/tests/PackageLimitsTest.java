package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.internal.ManifestCodec;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bound of {@link PackageLimits} and of the manifest, met by a crafted package one step past it: refused as
 * oversized (or as a malformed manifest) with a message that names the limit, and nothing imported. What a manifest
 * announces is judged before the content it announces is read.
 */
class PackageLimitsTest {

    private static final PackageLimits ROOMY = new PackageLimits(1L << 30, 100, 1L << 30, 200, 1_000_000);

    @TempDir
    Path temp;

    private SyncFixture fixture;
    private WorkspaceStore hq;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
        hq = fixture.emptyStore();
    }

    @AfterEach
    void tearDown() throws Exception {
        hq.close();
    }

    private PackageException refused(byte[] sealed, PackageLimits limits, Reason reason) throws Exception {
        String hash = hq.stateHash();
        long journal = hq.stats().journalSize();
        var attachments = hq.attachments();
        PackageException e = assertThrows(PackageException.class, () -> new PackageReader(fixture.hq, fixture.trust(),
                limits).importPackage(new ByteArrayInputStream(sealed), hq));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(hash, hq.stateHash(), "the store must be unchanged");
        assertEquals(journal, hq.stats().journalSize());
        assertEquals(attachments, hq.attachments());
        return e;
    }

    /** A manifest text without operations, with {@code extra} lines appended. */
    private static String manifest(String extra) {
        return "format: 1.0\n" + "package-id: 0b6f2a52-3f0e-4c53-9a43-6d1c2f0e9a11\n" + "device: test-device\n"
                + "package-sequence: 1\n" + "created: 2026-11-22T10:00:00Z\n" + "operation-count: 0\n"
                + "clock-first: 0\n" + "clock-last: 0\n" + "marking-operations: 0\n" + "classifications: \n" + extra;
    }

    private byte[] sealManifest(String text, String... attachmentEntries) throws Exception {
        return SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, text.getBytes(StandardCharsets.UTF_8));
            SyncFixture.entry(zip, PackageArchive.OPERATIONS, new byte[0]);
            for (String hash : attachmentEntries) {
                SyncFixture.entry(zip, PackageArchive.ATTACHMENT_PREFIX + hash, new byte[] { 1 });
            }
        });
    }

    /** Unknown keys, which a 1.x reader skips, padding a manifest to about {@code bytes}. */
    private static String padding(int bytes) {
        Random random = new Random(5);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; lines.length() < bytes; i++) {
            byte[] noise = new byte[48];
            random.nextBytes(noise);
            lines.append("x-padding-").append(i).append(": ").append(HexFormat.of().formatHex(noise)).append('\n');
        }
        return lines.toString();
    }

    @Test
    void aManifestOverItsSizeBoundIsRefused() throws Exception {
        String under = manifest(padding(ManifestCodec.MAX_BYTES - 4096));
        assertTrue(under.length() <= ManifestCodec.MAX_BYTES);
        assertEquals("test-device", new PackageReader(fixture.hq, fixture.trust(), ROOMY)
                .read(new ByteArrayInputStream(sealManifest(under)), operation -> {
                }).manifest().deviceId(), "a manifest just under the bound is read");

        String over = manifest(padding(ManifestCodec.MAX_BYTES + 10));
        PackageException e = refused(sealManifest(over), ROOMY, Reason.MALFORMED_MANIFEST);
        assertTrue(e.getMessage().contains("larger than " + ManifestCodec.MAX_BYTES + " bytes"), e.getMessage());
    }

    @Test
    void moreEntriesThanTheBoundAreRefused() throws Exception {
        PackageLimits three = new PackageLimits(1L << 30, 3, 1L << 30, 200, 1_000_000);
        String one = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(new byte[] { 1 }));
        // the manifest announces one attachment; the archive holds a fourth entry: counted as it arrives
        PackageException e = refused(sealManifest(manifest("attachment." + one + ": 1\n"), one, "b".repeat(64)), three,
                Reason.OVERSIZED);
        assertTrue(e.getMessage().contains("more than 3 entries"), e.getMessage());
    }

    @Test
    void aManifestAnnouncingMoreAttachmentsThanTheEntryBoundIsRefusedFromTheManifest() throws Exception {
        PackageLimits four = new PackageLimits(1L << 30, 4, 1L << 30, 200, 1_000_000);
        StringBuilder listed = new StringBuilder();
        for (char c : "abc".toCharArray()) {
            listed.append("attachment.").append(String.valueOf(c).repeat(64)).append(": 1\n");
        }
        // no attachment follows: without the check, the package would only be refused for the missing ones
        PackageException e = refused(sealManifest(manifest(listed.toString())), four, Reason.OVERSIZED);
        assertTrue(e.getMessage().contains("more than 4 entries"), e.getMessage());
    }

    @Test
    void aManifestAnnouncingMoreContentThanTheUnpackedBoundIsRefusedFromTheManifest() throws Exception {
        PackageLimits small = new PackageLimits(1L << 30, 100, 1L << 20, 200, 1_000_000);
        PackageException e = refused(sealManifest(manifest("attachment." + "a".repeat(64) + ": " + (600L << 10) + "\n"
                + "attachment." + "b".repeat(64) + ": " + (600L << 10) + "\n")), small, Reason.OVERSIZED);
        assertTrue(e.getMessage().contains("unpacks to more than the limit of"), e.getMessage());
        // sizes that would overflow a sum are refused just the same
        refused(sealManifest(manifest("attachment." + "a".repeat(64) + ": " + Long.MAX_VALUE + "\n" + "attachment."
                + "b".repeat(64) + ": " + Long.MAX_VALUE + "\n")), ROOMY, Reason.OVERSIZED);
    }

    @Test
    void contentUnpackingBeyondTheBoundIsRefused() throws Exception {
        byte[] good;
        try (WorkspaceStore field = fixture.demoStore()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PackageWriter(fixture.field).write(field, List.of(SyncFixture.certificate(fixture.hq)), List.of(), out);
            good = out.toByteArray();
        }
        PackageLimits small = new PackageLimits(1L << 30, 100, 16 << 10, 200, 1_000_000);
        PackageException e = refused(good, small, Reason.OVERSIZED);
        assertTrue(e.getMessage().startsWith("The package unpacks to more than the limit of"), e.getMessage());
        assertEquals(ImportResult.Status.APPLIED,
                new PackageReader(fixture.hq, fixture.trust(), ROOMY).importPackage(new ByteArrayInputStream(good), hq)
                        .status());
    }
}
