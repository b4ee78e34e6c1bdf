package org.counterpart.sync;

/**
 * What a reader accepts before it refuses a package as oversized or hostile. The operations of one
 * package are held in memory until the whole package has verified, so {@code maxOperations} also
 * bounds the memory an import needs: decoded, an operation of the merge benchmark's packages took about
 * 380 bytes of heap, so the default million is about 360 MiB before the merge's own working set.
 *
 * @param maxPackageBytes       size of the encrypted file
 * @param maxEntries            archive entries (manifest, operations and attachments together)
 * @param maxUncompressedBytes  unpacked size of all entries together
 * @param maxCompressionRatio   unpacked bytes per packed byte, checked once more than 1 MiB is unpacked
 * @param maxOperations         operations in one package
 */
public record PackageLimits(long maxPackageBytes, int maxEntries, long maxUncompressedBytes, int maxCompressionRatio,
        long maxOperations) {

    /** Limits for field use: 2 GiB files, 10,000 entries, 4 GiB unpacked, ratio 200, one million operations. */
    public static final PackageLimits DEFAULT = new PackageLimits(2L << 30, 10_000, 4L << 30, 200, 1_000_000);

    /** Below this much unpacked data the compression ratio is not judged: small text compresses very well. */
    public static final long RATIO_THRESHOLD = 1L << 20;

    public PackageLimits {
        if (maxPackageBytes <= 0 || maxEntries < 2 || maxUncompressedBytes <= 0 || maxCompressionRatio < 1
                || maxOperations < 0) {
            throw new IllegalArgumentException("package limits must be positive");
        }
    }
}
