package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field device whose clock runs three years ahead, for real: its store is unlocked, edited and exported in a child
 * JVM under Debian's {@code faketime -f +3y}. It is warned at unlock; headquarters refuses its package, naming the
 * device and the skew, and changes nothing; with the drift set wider, the same package is applied.
 */
class FieldClockAheadTest {

    private static final char[] KEY_PASSPHRASE = "field-key-passphrase".toCharArray();

    @TempDir
    Path temp;

    @Test
    void aDeviceThreeYearsAheadIsWarnedAndItsPackageRefused() throws Exception {
        SyncFixture fixture = new SyncFixture(temp);
        Path fieldDir;
        String fieldDevice;
        try (WorkspaceStore hq = fixture.demoStore(8)) {
            fieldDir = temp.resolve("field-store");
            Resource demo = new ResourceImpl();
            demo.getContents().add(new DemoCountryGenerator(7, 1).generate());
            try (WorkspaceStore field = JdbcWorkspaceStore.importModel(JdbcWorkspaceStore.create(fieldDir,
                    SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF), demo)) {
                field.load();
                fieldDevice = field.deviceId();
                // the field device receives headquarters' clock: the newest it knows of
                ByteArrayOutputStream fromHq = new ByteArrayOutputStream();
                new PackageWriter(fixture.hq).write(hq, List.of(SyncFixture.certificate(fixture.field)), List.of(),
                        fromHq);
                new PackageReader(fixture.field, fixture.trust()).importPackage(
                        new ByteArrayInputStream(fromHq.toByteArray()), field);
            }

            Path key = temp.resolve("field.p12");
            fixture.field.save(key, KEY_PASSPHRASE);
            Path recipient = temp.resolve("hq.der");
            Files.write(recipient, SyncFixture.certificate(fixture.hq).getEncoded());
            Path sealed = temp.resolve("ahead.cpkg");

            ClassLoader store = WorkspaceStore.class.getClassLoader();
            ClassLoader security = DeviceIdentity.class.getClassLoader();
            String classPath = ChildJvm.classPath(ExportUnderFakeClock.class, PackageWriter.class, WorkspaceStore.class,
                    DeviceIdentity.class, Theater.class, EObject.class, org.eclipse.emf.common.util.URI.class,
                    Class.forName("org.h2.Driver", false, store),
                    Class.forName("org.bouncycastle.crypto.generators.SCrypt", false, store),
                    Class.forName("org.bouncycastle.cms.CMSSignedData", false, security),
                    Class.forName("org.bouncycastle.asn1.cms.ContentInfo", false, security));
            Process child = ChildJvm.java(List.of("faketime", "-f", "+3y"), classPath, ExportUnderFakeClock.class,
                    fieldDir.toString(), key.toString(), recipient.toString(), sealed.toString()).start();
            try (OutputStream stdin = child.getOutputStream()) {
                stdin.write((SyncFixture.STORE_PASSPHRASE + "\n" + new String(KEY_PASSPHRASE) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(child.waitFor(180, TimeUnit.SECONDS), "the child did not finish");
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.exitValue(), out + err);
            assertTrue(err.contains("warning: This computer's clock reads 20")
                    && err.contains("3 years ahead of the newest clock received from another device (device "
                            + hq.deviceId()), err);

            // headquarters, on the right time, refuses it and stays as it was
            String hash = hq.stateHash();
            long journal = hq.stats().journalSize();
            byte[] bytes = Files.readAllBytes(sealed);
            PackageException e = assertThrows(PackageException.class, () -> new PackageReader(fixture.hq,
                    fixture.trust()).importPackage(new ByteArrayInputStream(bytes), hq));
            assertEquals(Reason.CLOCK_AHEAD, e.reason(), e.getMessage());
            assertTrue(e.getMessage().matches("(?s).*device " + fieldDevice
                    + "'s clock runs (2 years 364 days|3 years) ahead of this computer's.*"), e.getMessage());
            assertEquals(hash, hq.stateHash());
            assertEquals(journal, hq.stats().journalSize());

            // the drift is a setting: allowed four years, the same package applies
            ImportResult applied = new PackageReader(fixture.hq, fixture.trust(),
                    PackageLimits.DEFAULT.withMaxClockDrift(Duration.ofDays(4 * 365)))
                    .importPackage(new ByteArrayInputStream(bytes), hq);
            assertEquals(ImportResult.Status.APPLIED, applied.status());
            Operation newest = hq.journal(fieldDevice, 0).stream()
                    .max((a, b) -> Long.compare(a.timestamp(), b.timestamp())).orElseThrow();
            long aheadMillis = HybridLogicalClock.physical(newest.timestamp()) - System.currentTimeMillis();
            assertTrue(aheadMillis > Duration.ofDays(3 * 365 - 1).toMillis(), "stamped under the fake clock");
        }
    }
}
