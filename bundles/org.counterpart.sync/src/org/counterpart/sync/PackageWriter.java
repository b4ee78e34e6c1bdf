package org.counterpart.sync;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.internal.ManifestCodec;
import org.counterpart.sync.internal.MarkingSummary;
import org.counterpart.sync.internal.Messages;
import org.counterpart.sync.internal.PackageArchive;
import org.counterpart.sync.internal.SyncMarks;

/**
 * Exports a package from a workspace store: the operations some recipient has not acknowledged
 * yet, with a manifest and attachments, in a zip archive signed by the device (CMS SignedData,
 * SHA-256) and encrypted for every recipient and for the sender itself (CMS AuthEnvelopedData,
 * AES-256-GCM). The journal is read twice as a stream (once for the manifest, once for the
 * archive), and attachments are streamed from their files or the store, so memory does not grow
 * with the package.
 */
public final class PackageWriter {

    private static final String SHA256_FEATURE = CounterpartPackage.Literals.ATTACHMENT__SHA256.getName();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final DeviceIdentity sender;
    private final Clock clock;
    private final X509CRL revocationList;
    private final List<X509Certificate> certificates;

    public PackageWriter(DeviceIdentity sender) {
        this(sender, Clock.systemUTC());
    }

    public PackageWriter(DeviceIdentity sender, Clock clock) {
        this(sender, clock, null);
    }

    /** A writer whose packages also carry {@code revocationList} (baselines do), or none if {@code null}. */
    PackageWriter(DeviceIdentity sender, Clock clock, X509CRL revocationList) {
        this(sender, clock, revocationList, List.of());
    }

    /** As {@link #PackageWriter(DeviceIdentity, Clock, X509CRL)}, also carrying {@code certificates} if any. */
    PackageWriter(DeviceIdentity sender, Clock clock, X509CRL revocationList, List<X509Certificate> certificates) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revocationList = revocationList;
        this.certificates = List.copyOf(certificates);
    }

    /**
     * Writes a package for {@code recipients} to {@code target} (closed afterwards) and records its
     * sequence number in the store.
     *
     * @param attachments files to carry, stored by their SHA-256
     * @return the manifest written
     */
    public PackageManifest write(WorkspaceStore store, Collection<X509Certificate> recipients, List<Path> attachments,
            OutputStream target) throws PackageException {
        return write(store, recipients, attachments, StoredAttachments.NONE, target);
    }

    /** Which attachments held in the store a package carries, besides the files it is given. */
    public enum StoredAttachments {
        /** None. */
        NONE,
        /**
         * Those its operations refer to: each SHA-256 that an operation in the package sets as an
         * attachment's {@code sha256}, when the store holds that content. This is how headquarters
         * forwards the attachments that came with the operations it passes on.
         */
        REFERENCED
    }

    /**
     * As {@link #write(WorkspaceStore, Collection, List, OutputStream)}, also carrying the
     * attachments from the store that {@code stored} names.
     */
    public PackageManifest write(WorkspaceStore store, Collection<X509Certificate> recipients, List<Path> attachments,
            StoredAttachments stored, OutputStream target) throws PackageException {
        return write(store, recipients, attachments, stored, target,
                own -> Selection.all(unacknowledged(store, recipients, own)));
    }

    /**
     * Which operations a package carries: per device in the journal, those after {@code readAfter} that
     * {@code includes} admits ({@code includes} must answer the same each time it is asked: the journal is
     * read twice). A device's origin range starts at {@code originFirst} when that is lower than its first
     * operation carried (see the baselines in {@code docs/package-format.md}). {@code marks} are raised in
     * the store with the package sequence once the package is written.
     */
    record Selection(Map<String, Long> readAfter, Predicate<Operation> includes, Map<String, Long> originFirst,
            Map<String, Long> marks) {

        /** Everything after {@code readAfter}, as a plain export carries it. */
        static Selection all(Map<String, Long> readAfter) {
            return new Selection(readAfter, op -> true, Map.of(), Map.of());
        }
    }

    /** Chooses a package's operations once the sender's own certificate is known. */
    @FunctionalInterface
    interface Selector {
        Selection select(X509Certificate own) throws StoreException, IOException;
    }

    /** Writes a package of the operations {@code selector} chooses; see {@link #write(WorkspaceStore, Collection, List, OutputStream)}. */
    PackageManifest write(WorkspaceStore store, Collection<X509Certificate> recipients, List<Path> attachments,
            OutputStream target, Selector selector) throws PackageException {
        return write(store, recipients, attachments, StoredAttachments.NONE, target, selector);
    }

    private PackageManifest write(WorkspaceStore store, Collection<X509Certificate> recipients, List<Path> attachments,
            StoredAttachments stored, OutputStream target, Selector selector) throws PackageException {
        try (OutputStream closing = target) {
            X509Certificate own = sender.certificate()
                    .orElseThrow(() -> new PackageException(Reason.CREDENTIALS, Messages.NO_CERTIFICATE));
            Optional<String> bound = DeviceBinding.deviceId(own);
            if (bound.isPresent() && !bound.get().equals(store.deviceId())) {
                throw new PackageException(Reason.CREDENTIALS, Messages.format(Messages.WRONG_DEVICE, store.deviceId(),
                        own.getSubjectX500Principal().getName(), bound.get()));
            }
            Selection selection = selector.select(own);
            Map<String, Long> from = selection.readAfter();
            Map<String, Long> attachmentSizes = new TreeMap<>();
            Map<String, Path> attachmentFiles = new LinkedHashMap<>();
            for (Path file : attachments) {
                String hash = sha256(file, attachmentSizes);
                attachmentFiles.putIfAbsent(hash, file);
            }
            Set<String> fromStore = new TreeSet<>();
            PackageManifest manifest = describe(store, selection, attachmentSizes,
                    stored == StoredAttachments.REFERENCED ? fromStore : null);

            List<X509Certificate> encryptTo = new ArrayList<>(recipients);
            if (encryptTo.stream().noneMatch(own::equals)) {
                encryptTo.add(own);
            }
            try (SignedEnvelopeWriter envelope = SignedEnvelopeWriter.open(closing, sender, encryptTo);
                    ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(envelope, 64 * 1024))) {
                zip.putNextEntry(new ZipEntry(PackageArchive.MANIFEST));
                zip.write(ManifestCodec.encode(manifest));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(PackageArchive.OPERATIONS));
                DataOutputStream operations = new DataOutputStream(new BufferedOutputStream(zip, 64 * 1024));
                for (Map.Entry<String, Long> device : from.entrySet()) {
                    store.readJournal(device.getKey(), device.getValue(), op -> {
                        if (selection.includes().test(op)) {
                            OperationCodec.write(operations, op);
                        }
                    });
                }
                operations.flush();
                zip.closeEntry();
                if (revocationList != null) {
                    zip.putNextEntry(new ZipEntry(PackageArchive.REVOCATION_LIST));
                    zip.write(revocationList.getEncoded());
                    zip.closeEntry();
                }
                if (!certificates.isEmpty()) {
                    zip.putNextEntry(new ZipEntry(PackageArchive.CERTIFICATES));
                    zip.write(CertificatePem.encode(certificates).getBytes(StandardCharsets.US_ASCII));
                    zip.closeEntry();
                }
                for (Map.Entry<String, Path> attachment : attachmentFiles.entrySet()) {
                    zip.putNextEntry(new ZipEntry(PackageArchive.ATTACHMENT_PREFIX + attachment.getKey()));
                    Files.copy(attachment.getValue(), zip);
                    zip.closeEntry();
                }
                for (String hash : fromStore) {
                    try (InputStream content = store.openAttachment(hash)) {
                        if (content == null) {
                            throw new PackageException(Reason.STORE, Messages.format(Messages.ATTACHMENT_GONE, hash));
                        }
                        zip.putNextEntry(new ZipEntry(PackageArchive.ATTACHMENT_PREFIX + hash));
                        content.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
            Map<String, Long> marks = new TreeMap<>(selection.marks());
            marks.put(SyncMarks.PACKAGE_SEQUENCE, manifest.packageSequence());
            store.raiseSyncMarks(marks);
            store.nameDevices(Map.of(store.deviceId(), own.getSubjectX500Principal().getName()));
            return manifest;
        } catch (CredentialException e) {
            throw new PackageException(Reason.CREDENTIALS, e.getMessage(), e);
        } catch (CRLException e) {
            throw new PackageException(Reason.CREDENTIALS, Messages.format(Messages.WRITE_FAILED, e.getMessage()), e);
        } catch (StoreException e) {
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_FAILED, e.getMessage()), e);
        } catch (PackageException e) {
            throw e;
        } catch (IOException e) {
            throw new PackageException(Reason.MALFORMED, Messages.format(Messages.WRITE_FAILED, e.getMessage()), e);
        }
    }

    /**
     * Per device in the journal, the sequence after which some recipient still lacks operations:
     * the lowest of what the recipients acknowledged. A device whose certificate binds its device id
     * exports only its own operations (a reader refuses any others it signs); headquarters' identities,
     * and devices with certificates from before ids were bound, forward every device's.
     */
    static Map<String, Long> unacknowledged(WorkspaceStore store, Collection<X509Certificate> recipients,
            X509Certificate own) throws StoreException {
        boolean ownOnly = DeviceBinding.deviceId(own).isPresent() && !DeviceBinding.isHeadquarters(own);
        Map<String, Long> from = new TreeMap<>();
        List<Map<String, Long>> acknowledged = new ArrayList<>();
        for (X509Certificate recipient : recipients) {
            if (!recipient.equals(own)) {
                String prefix = SyncMarks.acknowledgedPrefix(recipient);
                Map<String, Long> marks = new TreeMap<>();
                store.syncMarks(prefix).forEach((key, value) -> marks.put(key.substring(prefix.length()), value));
                acknowledged.add(marks);
            }
        }
        for (String device : store.journalHeads().keySet()) {
            if (ownOnly && !device.equals(store.deviceId())) {
                continue;
            }
            long after = Long.MAX_VALUE;
            for (Map<String, Long> marks : acknowledged) {
                after = Math.min(after, marks.getOrDefault(device, 0L));
            }
            from.put(device, acknowledged.isEmpty() ? 0L : after);
        }
        return from;
    }

    /**
     * The manifest of the operations {@code selection} chooses and the attachments in
     * {@code attachmentSizes}. With {@code fromStore}, also the stored attachments the operations
     * refer to (see {@link StoredAttachments#REFERENCED}) that are not among the files: their hashes
     * are put in {@code fromStore} and their sizes in {@code attachmentSizes}.
     */
    private PackageManifest describe(WorkspaceStore store, Selection selection, Map<String, Long> attachmentSizes,
            Set<String> fromStore) throws StoreException, IOException {
        long[] count = { 0 };
        long[] clockRange = { Long.MAX_VALUE, 0 };
        Map<String, long[]> origins = new TreeMap<>();
        MarkingSummary markings = new MarkingSummary();
        for (Map.Entry<String, Long> device : selection.readAfter().entrySet()) {
            store.readJournal(device.getKey(), device.getValue(), (Operation op) -> {
                if (!selection.includes().test(op)) {
                    return;
                }
                count[0]++;
                clockRange[0] = Math.min(clockRange[0], op.timestamp());
                clockRange[1] = Math.max(clockRange[1], op.timestamp());
                long[] range = origins.computeIfAbsent(op.deviceId(), d -> new long[] { op.sequence(), op.sequence() });
                range[0] = Math.min(range[0], op.sequence());
                range[1] = Math.max(range[1], op.sequence());
                markings.add(op);
                if (fromStore != null && refersToAttachment(op)) {
                    fromStore.add(op.value());
                }
            });
        }
        if (fromStore != null && !fromStore.isEmpty()) {
            Map<String, Long> held = store.attachments();
            fromStore.removeIf(hash -> !held.containsKey(hash) || attachmentSizes.containsKey(hash));
            fromStore.forEach(hash -> attachmentSizes.put(hash, held.get(hash)));
        }
        Map<String, SequenceRange> ranges = new TreeMap<>();
        origins.forEach((device, range) -> ranges.put(device,
                new SequenceRange(Math.min(range[0], selection.originFirst().getOrDefault(device, range[0])), range[1])));
        long sequence = store.syncMarks(SyncMarks.PACKAGE_SEQUENCE).getOrDefault(SyncMarks.PACKAGE_SEQUENCE, 0L) + 1;
        SortedMap<String, Long> exerciseMarks = new TreeMap<>();
        if (store.isExercise()) {
            String prefix = PackageManifest.EXERCISE_MARK_PREFIX;
            store.syncMarks(prefix).forEach((mark, value) -> exerciseMarks.put(mark.substring(prefix.length()), value));
        }
        return new PackageManifest(PackageManifest.FORMAT_VERSION, UUID.randomUUID(), store.deviceId(), sequence,
                clock.instant(), count[0], count[0] == 0 ? 0 : clockRange[0], clockRange[1],
                new TreeMap<>(ranges), new TreeMap<>(store.journalHeads()), markings.markingOperations(),
                markings.classifications(), new TreeMap<>(attachmentSizes), store.isExercise(), exerciseMarks);
    }

    /**
     * Whether {@code op} gives an attachment its content's SHA-256. The feature name is enough: only
     * {@code Attachment} has a {@code sha256} feature.
     */
    static boolean refersToAttachment(Operation op) {
        return op.kind() == Operation.Kind.SET && SHA256_FEATURE.equals(op.feature()) && op.value() != null
                && SHA256.matcher(op.value()).matches();
    }

    private static String sha256(Path file, Map<String, Long> sizes) throws PackageException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            String hash = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            sizes.put(hash, size);
            return hash;
        } catch (IOException | GeneralSecurityException e) {
            throw new PackageException(Reason.MALFORMED,
                    Messages.format(Messages.ATTACHMENT_UNREADABLE, file, e.getMessage()), e);
        }
    }
}
