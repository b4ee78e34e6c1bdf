package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.Test;

/**
 * Archives a certified sender can seal that PackageReader must refuse cleanly (found by
 * PackageArchiveFuzzTest): refused for what is wrong, not through a NullPointerException caught on the way.
 */
class PackageArchiveStructureTest {

    @Test
    void anOperationWithoutADeviceIsRefused() throws Exception {
        Operation anonymous = Operation.builder(Operation.Kind.SET, "object-1").feature("name").value("x").build()
                .stamped(1, null, 1);
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(archive)) {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, ("format: 1.0\npackage-id: 0b6f2a52-3f0e-4c53-9a43-6d1c2f0e9a11\n"
                    + "device: test-device\npackage-sequence: 1\ncreated: 2026-11-22T10:00:00Z\noperation-count: 1\n"
                    + "clock-first: 0\nclock-last: 10\nmarking-operations: 0\nclassifications: \n"
                    + "origin.test-device: 1-1\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(PackageArchive.OPERATIONS));
            DataOutputStream out = new DataOutputStream(zip);
            OperationCodec.write(out, anonymous);
            out.flush();
            zip.closeEntry();
        }

        PackageException refused = assertThrows(PackageException.class,
                () -> PackageArchive.read(new ByteArrayInputStream(archive.toByteArray()), PackageLimits.DEFAULT));

        assertEquals(Reason.MALFORMED_MANIFEST, refused.reason());
        assertTrue(refused.getMessage().contains("names no device"), refused.getMessage());
        assertEquals(null, refused.getCause(), "refused for what is wrong, not through a caught exception");
    }
}
