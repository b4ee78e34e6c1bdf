package org.counterpart.sync;

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
 */
public record PackageLimits(long maxPackageBytes, int maxEntries, long maxUncompressedBytes, int maxCompressionRatio,
        long maxOperations) {

    /** Limits for field use: 2 GiB files, 10,000 entries, 4 GiB unpacked, ratio 200, five million operations. */
    public static final PackageLimits DEFAULT = new PackageLimits(2L << 30, 10_000, 4L << 30, 200, 5_000_000);

    /** Below this much unpacked data the compression ratio is not judged: small text compresses very well. */
    public static final long RATIO_THRESHOLD = 1L << 20;

    public PackageLimits {
        if (maxPackageBytes <= 0 || maxEntries < 2 || maxUncompressedBytes <= 0 || maxCompressionRatio < 1
                || maxOperations < 0) {
            throw new IllegalArgumentException("package limits must be positive");
        }
    }
}
