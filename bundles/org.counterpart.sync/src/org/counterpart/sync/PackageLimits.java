package org.counterpart.sync;

import java.time.Duration;

import org.counterpart.store.journal.HybridLogicalClock;

/**
 * What a reader accepts before it refuses a package as oversized or hostile. An import stages a
 * package's operations in the store, not in memory, so {@code maxOperations} bounds the work a
 * package may cause rather than the memory it needs: the default admits a first baseline of the
 * demo workspace at scale 100 (2.7 million operations).
 *
 * @param maxPackageBytes       size of the encrypted file
 * @param maxEntries            archive entries (manifest, operations and attachments together)
 * @param maxUncompressedBytes  unpacked size of all entries together
 * @param maxCompressionRatio   unpacked bytes per packed byte, checked once more than 1 MiB is unpacked
 * @param maxOperations         operations in one package
 * @param maxClockDrift         how far ahead of the receiver's wall clock an operation's clock may be
 *                              (at most {@link HybridLogicalClock#MAX_DRIFT_MILLIS})
 */
public record PackageLimits(long maxPackageBytes, int maxEntries, long maxUncompressedBytes, int maxCompressionRatio,
        long maxOperations, Duration maxClockDrift) {

    /** How far ahead of the receiver's clock a sender's clock may run unless set otherwise: one day. */
    public static final Duration DEFAULT_CLOCK_DRIFT = Duration.ofDays(1);

    /**
     * Limits for field use: 2 GiB files, 10,000 entries, 4 GiB unpacked, ratio 200, five million operations,
     * clocks at most a day ahead.
     */
    public static final PackageLimits DEFAULT = new PackageLimits(2L << 30, 10_000, 4L << 30, 200, 5_000_000);

    /** Below this much unpacked data the compression ratio is not judged: small text compresses very well. */
    public static final long RATIO_THRESHOLD = 1L << 20;

    public PackageLimits {
        if (maxPackageBytes <= 0 || maxEntries < 2 || maxUncompressedBytes <= 0 || maxCompressionRatio < 1
                || maxOperations < 0) {
            throw new IllegalArgumentException("package limits must be positive");
        }
        if (maxClockDrift == null || maxClockDrift.isNegative() || maxClockDrift.isZero()
                || maxClockDrift.compareTo(Duration.ofMillis(HybridLogicalClock.MAX_DRIFT_MILLIS)) > 0) {
            throw new IllegalArgumentException("the clock drift must be positive and at most "
                    + HybridLogicalClock.MAX_DRIFT_MILLIS / (24 * 60 * 60 * 1000L) + " days");
        }
    }

    /** Limits with the {@linkplain #DEFAULT_CLOCK_DRIFT default clock drift}. */
    public PackageLimits(long maxPackageBytes, int maxEntries, long maxUncompressedBytes, int maxCompressionRatio,
            long maxOperations) {
        this(maxPackageBytes, maxEntries, maxUncompressedBytes, maxCompressionRatio, maxOperations, DEFAULT_CLOCK_DRIFT);
    }

    /** These limits with another clock drift. */
    public PackageLimits withMaxClockDrift(Duration drift) {
        return new PackageLimits(maxPackageBytes, maxEntries, maxUncompressedBytes, maxCompressionRatio, maxOperations,
                drift);
    }
}
