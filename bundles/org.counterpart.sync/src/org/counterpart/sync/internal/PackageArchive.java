package org.counterpart.sync.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.counterpart.security.EnvelopeException;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.store.journal.OperationSink;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.SequenceRange;

/**
 * The archive inside a package's envelope: entry names, and reading an archive from unverified
 * content within {@link PackageLimits}. Only the expected names are accepted, in order: the
 * manifest first, then the operations, then the attachments the manifest lists. Operations are
 * checked against the manifest and the {@link ClockBound} and passed on one at a time to an {@link OperationSink};
 * attachments are hashed and counted on their way to an {@link AttachmentSink}. (Importing, both
 * sinks stage in a store until the package has verified.) Nothing is held in memory beyond the
 * manifest and a small buffer.
 */
public final class PackageArchive {

    public static final String MANIFEST = "manifest.txt";
    public static final String OPERATIONS = "operations.bin";
    public static final String ATTACHMENT_PREFIX = "attachments/";
    /** Headquarters' current revocation list (DER), which baselines carry after the operations. */
    public static final String REVOCATION_LIST = "revocation-list.crl";
    /** A revocation list of every certificate ever revoked stays far below this. */
    public static final int MAX_REVOCATION_LIST_BYTES = 4 << 20;
    /** Baselines only: the certificates (PEM) of the devices that work for the recipient's country. */
    public static final String CERTIFICATES = "certificates.pem";
    public static final int MAX_CERTIFICATES_BYTES = 4 << 20;

    private static final Pattern ATTACHMENT = Pattern.compile("attachments/[0-9a-f]{64}");

    /** Receives each attachment's content as it is read, before anything has been verified. */
    @FunctionalInterface
    public interface AttachmentSink {

        /**
         * Takes the content of the attachment named {@code sha256}, reading it to its end. The
         * content is not verified: the hash, the size and the whole package are checked afterwards.
         * An {@link IOException} from reading {@code content} must be passed on.
         */
        void accept(String sha256, InputStream content) throws IOException;
    }

    private PackageArchive() {
    }

    /**
     * Reads the whole archive from {@code unverified}, checking it and passing nothing on; it must
     * then be verified before anything is used.
     *
     * @return the manifest, checked against the operations and attachments
     */
    public static PackageManifest read(InputStream unverified, PackageLimits limits)
            throws PackageException, EnvelopeException {
        return read(unverified, limits, operation -> {
        }, (hash, content) -> content.transferTo(OutputStream.nullOutputStream()));
    }

    /**
     * As {@link #read(InputStream, PackageLimits)}, passing each operation to {@code operations} and
     * each attachment's content to {@code attachments} as they are read. A {@link PackageException}
     * from a sink ends the reading and is passed on unchanged.
     */
    public static PackageManifest read(InputStream unverified, PackageLimits limits, OperationSink operations,
            AttachmentSink attachments) throws PackageException, EnvelopeException {
        return read(unverified, limits, operations, attachments, revocationList -> {
        });
    }

    /**
     * As {@link #read(InputStream, PackageLimits, OperationSink, AttachmentSink)}, passing the encoded
     * revocation list the archive carries, if any, to {@code revocationList} (unverified, like the rest).
     */
    public static PackageManifest read(InputStream unverified, PackageLimits limits, OperationSink operations,
            AttachmentSink attachments, Consumer<byte[]> revocationList) throws PackageException, EnvelopeException {
        return read(unverified, limits, operations, attachments, revocationList, certificates -> {
        });
    }

    /**
     * As {@link #read(InputStream, PackageLimits, OperationSink, AttachmentSink, Consumer)}, passing the PEM
     * certificates the archive carries, if any, to {@code certificates} (unverified, like the rest).
     */
    public static PackageManifest read(InputStream unverified, PackageLimits limits, OperationSink operations,
            AttachmentSink attachments, Consumer<byte[]> revocationList, Consumer<byte[]> certificates)
            throws PackageException, EnvelopeException {
        ClockBound clocks = new ClockBound(System.currentTimeMillis(), limits.maxClockDrift());
        CountingInputStream packed = new CountingInputStream(unverified, Long.MAX_VALUE, limit -> null);
        Unpacked unpacked = new Unpacked(packed, limits);
        ZipInputStream zip = new ZipInputStream(packed);
        PackageManifest manifest = null;
        boolean operationsRead = false;
        Set<String> seen = new HashSet<>();
        int entries = 0;
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                checkName(name);
                if (++entries > limits.maxEntries()) {
                    throw new PackageException(Reason.OVERSIZED,
                            Messages.format(Messages.TOO_MANY_ENTRIES, limits.maxEntries()));
                }
                if (!seen.add(name)) {
                    throw new PackageException(Reason.UNEXPECTED_ENTRY, Messages.format(Messages.ENTRY_TWICE, name));
                }
                InputStream content = unpacked.entry(zip);
                if (manifest == null) {
                    if (!MANIFEST.equals(name)) {
                        throw new PackageException(Reason.UNEXPECTED_ENTRY, Messages.MANIFEST_NOT_FIRST);
                    }
                    byte[] text = content.readNBytes(ManifestCodec.MAX_BYTES + 1);
                    if (text.length > ManifestCodec.MAX_BYTES) {
                        throw new PackageException(Reason.MALFORMED_MANIFEST, Messages.format(
                                Messages.MANIFEST_MALFORMED, "it is larger than " + ManifestCodec.MAX_BYTES + " bytes"));
                    }
                    manifest = ManifestCodec.decode(text);
                    checkListed(manifest, limits);
                } else if (OPERATIONS.equals(name)) {
                    readOperations(content, manifest, clocks, operations);
                    operationsRead = true;
                } else if (REVOCATION_LIST.equals(name) && operationsRead) {
                    byte[] encoded = content.readNBytes(MAX_REVOCATION_LIST_BYTES + 1);
                    if (encoded.length > MAX_REVOCATION_LIST_BYTES) {
                        throw new PackageException(Reason.OVERSIZED,
                                Messages.format(Messages.TOO_LARGE_CRL, MAX_REVOCATION_LIST_BYTES));
                    }
                    revocationList.accept(encoded);
                } else if (CERTIFICATES.equals(name) && operationsRead) {
                    byte[] encoded = content.readNBytes(MAX_CERTIFICATES_BYTES + 1);
                    if (encoded.length > MAX_CERTIFICATES_BYTES) {
                        throw new PackageException(Reason.OVERSIZED,
                                Messages.format(Messages.TOO_LARGE_CERTIFICATES, MAX_CERTIFICATES_BYTES));
                    }
                    certificates.accept(encoded);
                } else if (ATTACHMENT.matcher(name).matches()) {
                    if (!operationsRead) {
                        throw mismatch("attachments come before the operations");
                    }
                    readAttachment(content, name.substring(ATTACHMENT_PREFIX.length()), manifest, attachments);
                } else {
                    throw new PackageException(Reason.UNEXPECTED_ENTRY, Messages.format(Messages.ENTRY_UNEXPECTED, name));
                }
            }
        } catch (PackageException | EnvelopeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PackageException(Reason.MALFORMED,
                    Messages.format(Messages.ARCHIVE_MALFORMED, e.getClass().getSimpleName()), e);
        }
        if (manifest == null) {
            throw new PackageException(Reason.MALFORMED, Messages.format(Messages.ARCHIVE_MALFORMED, "no manifest"));
        }
        if (!operationsRead) {
            throw mismatch("the operations entry is missing");
        }
        for (String hash : manifest.attachments().keySet()) {
            if (!seen.contains(ATTACHMENT_PREFIX + hash)) {
                throw mismatch("attachment " + hash + " is missing");
            }
        }
        return manifest;
    }

    /**
     * Refuses a manifest that lists more than the limits allow, before the content it announces is read: the
     * operations, the attachments (each an entry besides the manifest and the operations) and their total size.
     */
    private static void checkListed(PackageManifest manifest, PackageLimits limits) throws PackageException {
        if (manifest.operationCount() > limits.maxOperations()) {
            throw new PackageException(Reason.OVERSIZED,
                    Messages.format(Messages.TOO_MANY_OPERATIONS, limits.maxOperations()));
        }
        if (manifest.attachments().size() > limits.maxEntries() - 2) {
            throw new PackageException(Reason.OVERSIZED, Messages.format(Messages.TOO_MANY_ENTRIES, limits.maxEntries()));
        }
        long listed = 0;
        for (long size : manifest.attachments().values()) {
            // both at most the limit before they are added: the sum cannot overflow
            if (size > limits.maxUncompressedBytes() || (listed += size) > limits.maxUncompressedBytes()) {
                throw new PackageException(Reason.OVERSIZED,
                        Messages.format(Messages.TOO_MUCH_CONTENT, limits.maxUncompressedBytes()));
            }
        }
    }

    private static void checkName(String name) throws PackageException {
        String unified = name.replace('\\', '/');
        if (unified.startsWith("/") || unified.contains(":") || unified.indexOf('\0') >= 0 || unified.equals("..")
                || unified.startsWith("../") || unified.contains("/../") || unified.endsWith("/..")) {
            throw new PackageException(Reason.PATH_TRAVERSAL, Messages.format(Messages.ENTRY_TRAVERSAL, printable(name)));
        }
    }

    private static String printable(String name) {
        String shown = name.length() > 200 ? name.substring(0, 200) + "..." : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static void readOperations(InputStream content, PackageManifest manifest, ClockBound clocks,
            OperationSink sink)
            throws IOException {
        DataInputStream in = new DataInputStream(content);
        MarkingSummary markings = new MarkingSummary();
        for (long i = 0; i < manifest.operationCount(); i++) {
            Operation operation;
            try {
                operation = OperationCodec.read(in);
            } catch (EnvelopeException | PackageException e) {
                // a limit passed while the operation was read (the unpacked size) is reported as itself
                throw e;
            } catch (EOFException e) {
                throw mismatch("it lists " + manifest.operationCount() + " operations, the package holds " + i);
            } catch (IOException e) {
                throw new PackageException(Reason.MALFORMED,
                        Messages.format(Messages.OPERATIONS_MALFORMED, String.valueOf(e.getMessage())), e);
            }
            if (operation.deviceId() == null) {
                throw mismatch("operation " + operation.sequence() + " names no device");
            }
            SequenceRange range = manifest.origins().get(operation.deviceId());
            if (range == null || operation.sequence() < range.first() || operation.sequence() > range.last()) {
                throw mismatch("operation " + operation.sequence() + " of device " + operation.deviceId()
                        + " is outside the listed sequence ranges");
            }
            if (operation.timestamp() < manifest.firstClock() || operation.timestamp() > manifest.lastClock()) {
                throw mismatch("an operation's clock is outside the listed clock range");
            }
            clocks.check(operation);
            markings.add(operation);
            sink.accept(operation);
        }
        if (in.read() >= 0) {
            throw mismatch("the package holds more operations than the " + manifest.operationCount() + " listed");
        }
        if (markings.markingOperations() != manifest.markingOperations()
                || !markings.classifications().equals(manifest.classifications())) {
            throw mismatch("the marking summary does not match the operations");
        }
    }

    /**
     * Passes an attachment to {@code sink}, and then checks that it has the size the manifest lists
     * and the hash it is named by. Content beyond the listed size is refused as soon as it is read.
     */
    private static void readAttachment(InputStream content, String hash, PackageManifest manifest, AttachmentSink sink)
            throws IOException {
        Long size = manifest.attachments().get(hash);
        if (size == null) {
            throw mismatch("attachment " + hash + " is not listed");
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        PackageException wrong = new PackageException(Reason.MALFORMED_MANIFEST,
                Messages.format(Messages.ATTACHMENT_MISMATCH, hash));
        CountingInputStream counted = new CountingInputStream(new DigestInputStream(content, digest), size, limit -> wrong);
        sink.accept(hash, counted);
        counted.transferTo(OutputStream.nullOutputStream()); // whatever the sink left
        if (counted.count() != size || !HexFormat.of().formatHex(digest.digest()).equals(hash)) {
            throw wrong;
        }
    }

    private static PackageException mismatch(String detail) {
        return new PackageException(Reason.MALFORMED_MANIFEST, Messages.format(Messages.MANIFEST_MISMATCH, detail));
    }

    /** Counts unpacked bytes of all entries and compares them with the packed bytes consumed. */
    private static final class Unpacked {
        private final CountingInputStream packed;
        private final PackageLimits limits;
        private long total;

        Unpacked(CountingInputStream packed, PackageLimits limits) {
            this.packed = packed;
            this.limits = limits;
        }

        InputStream entry(ZipInputStream zip) {
            return new FilterInputStream(zip) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        counted(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        counted(n);
                    }
                    return n;
                }

                @Override
                public void close() {
                    // the archive stream stays open for the next entry
                }
            };
        }

        private void counted(int n) throws PackageException {
            total += n;
            if (total > limits.maxUncompressedBytes()) {
                throw new PackageException(Reason.OVERSIZED,
                        Messages.format(Messages.TOO_MUCH_CONTENT, limits.maxUncompressedBytes()));
            }
            if (total > PackageLimits.RATIO_THRESHOLD && total / Math.max(1, packed.count()) > limits.maxCompressionRatio()) {
                throw new PackageException(Reason.DECOMPRESSION_BOMB,
                        Messages.format(Messages.BOMB, limits.maxCompressionRatio()));
            }
        }
    }
}
