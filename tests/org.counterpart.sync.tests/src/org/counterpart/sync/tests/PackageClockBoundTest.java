package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;

import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.SequenceRange;
import org.counterpart.sync.internal.ClockBound;
import org.counterpart.sync.internal.ManifestCodec;
import org.counterpart.sync.internal.MarkingSummary;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package whose operations carry a clock further ahead of the receiver's than the allowed drift is refused,
 * naming the device and the skew, and changes nothing; values at the clock encoding's limits never reach the
 * store. Packages are sealed and signed for real; only their operations' clocks are set by hand.
 */
class PackageClockBoundTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @TempDir
    Path temp;

    private SyncFixture fixture;
    private WorkspaceStore field;
    private WorkspaceStore hq;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
        field = fixture.demoStore();
        hq = fixture.demoStore(8);
    }

    @AfterEach
    void tearDown() throws Exception {
        field.close();
        hq.close();
    }

    /** A package from the field device holding its first operations, restamped with {@code clocks}. */
    private byte[] packageStamped(long... clocks) throws Exception {
        List<Operation> journal = field.journal();
        Operation[] ops = new Operation[clocks.length];
        MarkingSummary markings = new MarkingSummary();
        for (int i = 0; i < clocks.length; i++) {
            ops[i] = journal.get(i).stamped(clocks[i], field.deviceId(), i + 1);
            markings.add(ops[i]);
        }
        long first = Arrays.stream(clocks).min().orElseThrow();
        long last = Arrays.stream(clocks).max().orElseThrow();
        TreeMap<String, SequenceRange> origins = new TreeMap<>();
        origins.put(field.deviceId(), new SequenceRange(1, clocks.length));
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT_VERSION, UUID.randomUUID(),
                field.deviceId(), 1, Instant.now(), clocks.length, first, last, origins, new TreeMap<>(),
                markings.markingOperations(), markings.classifications(), new TreeMap<>());
        return SyncFixture.seal(fixture.field, SyncFixture.certificate(fixture.hq), zip -> {
            SyncFixture.entry(zip, PackageArchive.MANIFEST, ManifestCodec.encode(manifest));
            zip.putNextEntry(new ZipEntry(PackageArchive.OPERATIONS));
            DataOutputStream out = new DataOutputStream(zip);
            for (Operation op : ops) {
                OperationCodec.write(out, op);
            }
            out.flush();
            zip.closeEntry();
        });
    }

    private static long clockAt(long millis) {
        return HybridLogicalClock.pack(millis, 0);
    }

    /** Imports {@code sealed}, expects it refused as a clock ahead, and checks that nothing changed. */
    private PackageException refused(byte[] sealed, PackageLimits limits) throws Exception {
        String hash = hq.stateHash();
        long journal = hq.stats().journalSize();
        long lastClock = hq.stats().lastTimestamp();
        PackageException e = assertThrows(PackageException.class, () -> new PackageReader(fixture.hq, fixture.trust(),
                limits).importPackage(new ByteArrayInputStream(sealed), hq));
        assertEquals(Reason.CLOCK_AHEAD, e.reason(), e.getMessage());
        assertEquals(hash, hq.stateHash(), "the store must be unchanged");
        assertEquals(journal, hq.stats().journalSize());
        assertEquals(lastClock, hq.stats().lastTimestamp());
        return e;
    }

    @Test
    void aDeviceWhoseClockRunsYearsAheadIsRefusedByName() throws Exception {
        long now = System.currentTimeMillis();
        long ahead = 3 * 365 * DAY + 2 * DAY + 3_600_000;
        PackageException e = refused(packageStamped(clockAt(now - 1000), clockAt(now + ahead)), PackageLimits.DEFAULT);
        assertTrue(e.getMessage().contains("device " + field.deviceId() + "'s clock runs 3 years 2 days ahead"),
                e.getMessage());
        assertTrue(e.getMessage().contains("more than the 1 day allowed") && e.getMessage().contains("Nothing was imported"),
                e.getMessage());
    }

    @Test
    void valuesAtTheEncodingsLimitsAreRefusedAndTheClockStaysUsable() throws Exception {
        long maxPhysical = (1L << 47) - 1;
        for (long absurd : new long[] { Long.MAX_VALUE, HybridLogicalClock.pack(maxPhysical, 0),
                HybridLogicalClock.pack(maxPhysical - 1, 0xFFFF), clockAt(System.currentTimeMillis() + 200 * 366 * DAY) }) {
            PackageException e = refused(packageStamped(absurd), PackageLimits.DEFAULT.withMaxClockDrift(
                    Duration.ofMillis(HybridLogicalClock.MAX_DRIFT_MILLIS)));
            assertTrue(e.getMessage().contains(field.deviceId()) && e.getMessage().contains("years"), e.getMessage());
        }
        // the receiver's own clock was not pulled along: its next change is stamped about now
        ((Theater) hq.resource().getContents().get(0)).setOfficeName("after the refusals");
        hq.save();
        long stamped = HybridLogicalClock.physical(hq.stats().lastTimestamp());
        assertTrue(Math.abs(stamped - System.currentTimeMillis()) < DAY, Instant.ofEpochMilli(stamped).toString());
    }

    @Test
    void theDriftSettingIsRespected() throws Exception {
        long now = System.currentTimeMillis();
        byte[] twoHoursAhead = packageStamped(clockAt(now + 2 * 3_600_000 + 30_000));
        PackageException e = refused(twoHoursAhead, PackageLimits.DEFAULT.withMaxClockDrift(Duration.ofHours(1)));
        assertTrue(e.getMessage().contains("2 hours ahead") && e.getMessage().contains("1 hour allowed"), e.getMessage());
        ImportResult applied = new PackageReader(fixture.hq, fixture.trust())
                .importPackage(new ByteArrayInputStream(twoHoursAhead), hq);
        assertEquals(ImportResult.Status.APPLIED, applied.status());
        assertEquals(1, applied.appliedOperations());

        byte[] threeDaysAhead = packageStamped(clockAt(now + 3 * DAY));
        WorkspaceStore other = fixture.demoStore(9);
        try (other) {
            String hash = other.stateHash();
            assertThrows(PackageException.class, () -> new PackageReader(fixture.hq, fixture.trust())
                    .importPackage(new ByteArrayInputStream(threeDaysAhead), other));
            assertEquals(hash, other.stateHash());
            assertEquals(ImportResult.Status.APPLIED, new PackageReader(fixture.hq, fixture.trust(),
                    PackageLimits.DEFAULT.withMaxClockDrift(Duration.ofDays(7)))
                    .importPackage(new ByteArrayInputStream(threeDaysAhead), other).status());
        }
    }

    @Test
    void skewsAreWrittenForPeople() {
        assertEquals("3 years 2 days", ClockBound.describe(3 * 365 * DAY + 2 * DAY + 5_000));
        assertEquals("1 day", ClockBound.describe(DAY));
        assertEquals("5 hours 12 minutes", ClockBound.describe(5 * 3_600_000 + 12 * 60_000));
        assertEquals("40 seconds", ClockBound.describe(40_000));
        assertThrows(IllegalArgumentException.class, () -> PackageLimits.DEFAULT.withMaxClockDrift(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> PackageLimits.DEFAULT
                .withMaxClockDrift(Duration.ofMillis(HybridLogicalClock.MAX_DRIFT_MILLIS + 1)));
    }
}
