package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;

import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.internal.ManifestCodec;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device's key can sign anything: a package that carries, under a (device, sequence) headquarters already
 * holds, an operation other than the one received is refused as tampering and changes nothing, where the same
 * operation sent again is merely skipped.
 */
class PackageTamperingTest {

    @TempDir
    Path temp;

    /** Everything an import could change. */
    private record Snapshot(String state, List<Operation> journal, Map<String, Long> heads, Map<String, Long> marks) {
        static Snapshot of(WorkspaceStore store) throws StoreException {
            return new Snapshot(store.stateHash(), store.journal(), store.journalHeads(), store.syncMarks(""));
        }
    }

    /** {@code operations} in a package that {@code manifest} describes, as the next package of its device. */
    private static byte[] resealed(SyncFixture fixture, PackageManifest manifest, List<Operation> operations)
            throws Exception {
        PackageManifest next = new PackageManifest(manifest.formatVersion(), UUID.randomUUID(), manifest.deviceId(),
                manifest.packageSequence() + 1, manifest.created(), manifest.operationCount(), manifest.firstClock(),
                manifest.lastClock(), manifest.origins(), manifest.known(), manifest.markingOperations(),
                manifest.classifications(), manifest.attachments());
        return SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, ManifestCodec.encode(next));
            zip.putNextEntry(new ZipEntry(PackageArchive.OPERATIONS));
            DataOutputStream out = new DataOutputStream(zip);
            for (Operation op : operations) {
                OperationCodec.write(out, op);
            }
            out.flush();
            zip.closeEntry();
        });
    }

    @Test
    void aPackageThatRewritesAnOperationAlreadyReceivedIsRefusedAndChangesNothing() throws Exception {
        SyncFixture fixture = new SyncFixture(temp);
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hq = fixture.emptyStore()) {
            PackageReader reader = new PackageReader(fixture.hq, fixture.trust());
            ByteArrayOutputStream exported = new ByteArrayOutputStream();
            new PackageWriter(fixture.field).write(field, List.of(SyncFixture.certificate(fixture.hq)), List.of(), exported);
            byte[] genuine = exported.toByteArray();
            assertEquals(ImportResult.Status.APPLIED,
                    reader.importPackage(new ByteArrayInputStream(genuine), hq).status());

            SyncFixture.ReadPackage read = SyncFixture.readAll(reader, genuine);
            List<Operation> forged = new ArrayList<>(read.operations());
            int changed = -1;
            for (int i = 0; i < forged.size() && changed < 0; i++) {
                Operation op = forged.get(i);
                if (op.kind() == Operation.Kind.SET && "name".equals(op.feature()) && op.value() != null) {
                    forged.set(i, op.toBuilder().value(op.value() + " (forged)").build());
                    changed = i;
                }
            }
            assertTrue(changed >= 0, "the demo package sets some name");
            Operation rewritten = forged.get(changed);

            Snapshot before = Snapshot.of(hq);
            byte[] tampered = resealed(fixture, read.manifest(), forged);
            PackageException e = assertThrows(PackageException.class,
                    () -> reader.importPackage(new ByteArrayInputStream(tampered), hq));
            assertEquals(Reason.TAMPERED_OPERATION, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("operation #" + rewritten.sequence())
                    && e.getMessage().contains(rewritten.deviceId()) && e.getMessage().contains("tampered")
                    && e.getMessage().contains("Nothing was imported"), e.getMessage());
            assertEquals(before, Snapshot.of(hq), "the store must be unchanged");

            // the very same operations under the next package number: nothing new, nothing refused
            ImportResult honest = reader.importPackage(
                    new ByteArrayInputStream(resealed(fixture, read.manifest(), read.operations())), hq);
            assertEquals(ImportResult.Status.APPLIED, honest.status());
            assertEquals(0, honest.appliedOperations());
            assertEquals(before.state(), hq.stateHash());
            assertEquals(before.journal(), hq.journal());
        }
    }
}
