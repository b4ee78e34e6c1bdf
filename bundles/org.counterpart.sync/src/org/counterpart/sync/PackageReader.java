package org.counterpart.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.security.CertificatePem;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.EnvelopeException;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.VerifiedSigner;
import org.counterpart.store.Conflict;
import org.counterpart.store.ImportStage;
import org.counterpart.store.StoreException;
import org.counterpart.store.TamperedOperationException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationSink;
import org.counterpart.sync.ImportResult.Status;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.internal.ChangeRecording;
import org.counterpart.sync.internal.CountingInputStream;
import org.counterpart.sync.internal.Messages;
import org.counterpart.sync.internal.PackageArchive;
import org.counterpart.sync.internal.SignerBinding;
import org.counterpart.sync.internal.SyncMarks;

/**
 * Imports packages into a workspace store: decrypts as it reads, stages the operations and
 * attachments in the store (encrypted with it, never in a file of their own), and only once the
 * whole package has been read, its encryption tag and signature checked and its signer's chain to
 * the headquarters authority, validity and revocation verified, and its signer's right to deliver
 * each device's operations checked ({@link SignerBinding}), applies them in one store
 * transaction: the whole package applies or nothing does. Memory does not grow with the package
 * (see {@link ImportStage}); the model grows by what the package adds.
 * A package already imported (same or lower sequence number from its device and signer) changes
 * nothing; a package after a gap is applied and the gap reported. Attachments are checked against
 * their SHA-256 names and the manifest and kept in the store, written with the operations.
 */
public final class PackageReader {

    private final DeviceIdentity recipient;
    private final TrustVerifier trust;
    private final PackageLimits limits;
    private final Instant legacyCertificatesUntil;

    public PackageReader(DeviceIdentity recipient, TrustVerifier trust) {
        this(recipient, trust, PackageLimits.DEFAULT);
    }

    public PackageReader(DeviceIdentity recipient, TrustVerifier trust, PackageLimits limits) {
        this(recipient, trust, limits, null);
    }

    private PackageReader(DeviceIdentity recipient, TrustVerifier trust, PackageLimits limits,
            Instant legacyCertificatesUntil) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.legacyCertificatesUntil = legacyCertificatesUntil;
    }

    /**
     * This reader, refusing from {@code cutOff} on packages signed by certificates that bind no device id
     * (issued before ids were bound); until then they are accepted with a warning naming the device. Without
     * a cut-off ({@code null}, the default) they are always accepted with that warning.
     */
    public PackageReader withLegacyCertificatesUntil(Instant cutOff) {
        return new PackageReader(recipient, trust, limits, cutOff);
    }

    /**
     * The last package sequence {@code store} accepted signed by the key whose SHA-256 (of its encoded public
     * key, hex) is {@code keyDigest}, 0 if none: what revoking that key's certificate records.
     */
    public static long lastAcceptedPackage(WorkspaceStore store, String keyDigest) throws StoreException {
        String prefix = SyncMarks.receivedPrefix(keyDigest);
        return store.syncMarks(prefix).values().stream().mapToLong(Long::longValue).max().orElse(0L);
    }

    /**
     * The last package number {@code store} accepted from {@code deviceId} signed by {@code signer}'s key, 0 if none:
     * a package numbered up to it is a replay there, one numbered further on leaves a gap.
     */
    public static long lastReceivedPackage(WorkspaceStore store, X509Certificate signer, String deviceId)
            throws StoreException {
        String key = SyncMarks.received(signer, deviceId);
        return store.syncMarks(key).getOrDefault(key, 0L);
    }

    /**
     * Imports one package read from {@code in} (closed afterwards) into {@code store}, loading the
     * store's workspace first if needed.
     *
     * @throws PackageException if the package is refused; the store is then unchanged
     */
    public ImportResult importPackage(InputStream in, WorkspaceStore store) throws PackageException {
        // Operations and attachments may be far more than memory holds, and nothing decrypted may go
        // to a plain file, so they stream into the store as they are read. The tag and the signature
        // are only checked at the end, and the store commits whenever it is read, so they are staged
        // there: the import applies the stage in the transaction that writes the operations, and
        // closing it without that (a refused package, a replay, a failed merge) removes it again.
        try (ImportStage stage = store.stageImport()) {
            return importPackage(in, store, stage);
        } catch (StoreException e) {
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_REFUSED, Messages.sentence(e.getMessage())), e);
        }
    }

    private ImportResult importPackage(InputStream in, WorkspaceStore store, ImportStage stage)
            throws PackageException {
        Verified verified = read(in, operation -> stageOperation(stage, operation),
                (hash, content) -> stageAttachment(stage, hash, content));
        PackageManifest manifest = verified.manifest();
        if (manifest.exercise() != store.isExercise()) {
            // refused before the store is read: closing the stage unapplied leaves it as it was
            throw new PackageException(Reason.EXERCISE_MISMATCH, Messages.format(
                    manifest.exercise() ? Messages.EXERCISE_INTO_REAL : Messages.REAL_INTO_EXERCISE, manifest.summary()));
        }
        try {
            if (store.resource() == null) {
                store.load();
            }
            String receivedKey = SyncMarks.received(verified.signer().certificate(), manifest.deviceId());
            long received = store.syncMarks(receivedKey).getOrDefault(receivedKey, 0L);
            String signer = verified.signer().certificate().getSubjectX500Principal().getName();
            if (manifest.packageSequence() <= received) {
                return new ImportResult(manifest, Status.REPLAY, signer, 0, List.of(), verified.warnings(),
                        verified.revocationList(), new TreeMap<>(), ChangeSummary.NONE, verified.certificates());
            }
            List<String> gaps = new ArrayList<>();
            if (manifest.packageSequence() > received + 1) {
                gaps.add(Messages.format(Messages.GAP_PACKAGES, received + 1, manifest.packageSequence() - 1,
                        manifest.deviceId()));
            }
            Map<String, Long> heads = store.journalHeads();
            manifest.origins().forEach((device, range) -> {
                long head = heads.getOrDefault(device, 0L);
                if (range.first() > head + 1 && !device.equals(store.deviceId())) {
                    gaps.add(Messages.format(Messages.GAP_OPERATIONS, head + 1, range.first() - 1, device));
                }
            });
            Map<String, Long> marks = new TreeMap<>();
            marks.put(receivedKey, manifest.packageSequence());
            String acknowledged = SyncMarks.acknowledgedPrefix(verified.signer().certificate());
            manifest.known().forEach((device, sequence) -> marks.put(acknowledged + device, sequence));
            ConvergentMerge merge = new ConvergentMerge();
            ChangeRecording changes = new ChangeRecording(merge);
            Set<String> openBefore = conflictKeys(store.conflicts());
            int applied = store.importStaged(stage, marks, changes);
            List<Conflict> opened = store.conflicts().stream()
                    .filter(conflict -> !openBefore.contains(conflict.key())).toList();
            // who the devices are, for analysts reading conflicts
            Map<String, String> names = new TreeMap<>(SignerBinding.names(verified.signer().certificate(), manifest,
                    store.deviceNames().keySet()));
            recipient.certificate().ifPresent(own -> names.put(store.deviceId(), own.getSubjectX500Principal().getName()));
            store.nameDevices(names);
            return new ImportResult(manifest, Status.APPLIED, signer, applied, gaps, verified.warnings(),
                    verified.revocationList(), merge.unknownFeatures(),
                    changes.summary(opened, store.deviceNames()), verified.certificates());
        } catch (TamperedOperationException e) {
            throw new PackageException(Reason.TAMPERED_OPERATION, Messages.format(Messages.OPERATION_TAMPERED,
                    Long.toString(manifest.packageSequence()), manifest.deviceId(), Long.toString(e.sequence()),
                    e.deviceId()), e);
        } catch (StoreException e) {
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_REFUSED, Messages.sentence(e.getMessage())), e);
        }
    }

    private static Set<String> conflictKeys(List<Conflict> conflicts) {
        Set<String> keys = new HashSet<>();
        conflicts.forEach(conflict -> keys.add(conflict.key()));
        return keys;
    }

    /**
     * Reads and verifies a package without touching any store: its manifest and its verified signer,
     * passing each operation to {@code operations} as it is read. The operations are not verified
     * until this returns: a package refused after some of them were passed on throws all the same.
     */
    public Verified read(InputStream in, OperationSink operations) throws PackageException {
        return read(in, operations, (hash, content) -> content.transferTo(OutputStream.nullOutputStream()));
    }

    private Verified read(InputStream in, OperationSink operations, PackageArchive.AttachmentSink attachments)
            throws PackageException {
        CountingInputStream bounded = new CountingInputStream(in, limits.maxPackageBytes(),
                limit -> new PackageException(Reason.OVERSIZED, Messages.format(Messages.TOO_LARGE, limit)));
        byte[][] carriedList = { null };
        byte[][] carriedCertificates = { null };
        try (SignedEnvelopeReader envelope = SignedEnvelopeReader.open(bounded, recipient)) {
            InputStream content = envelope.unverifiedContent();
            PackageManifest manifest;
            try {
                manifest = PackageArchive.read(content, limits, operations, attachments,
                        encoded -> carriedList[0] = encoded, encoded -> carriedCertificates[0] = encoded);
                content.transferTo(OutputStream.nullOutputStream());
            } catch (PackageException archiveFailure) {
                if (archiveFailure.reason() == Reason.OVERSIZED || archiveFailure.reason() == Reason.DECOMPRESSION_BOMB) {
                    throw archiveFailure;
                }
                // Tampering makes a readable archive unreadable before the tag is reached: if the
                // envelope itself does not verify, that is the real cause to report.
                try {
                    content.transferTo(OutputStream.nullOutputStream());
                    envelope.verify(trust);
                } catch (IOException | TrustException | RuntimeException envelopeFailure) {
                    throw translate(envelopeFailure);
                }
                throw archiveFailure;
            }
            VerifiedSigner signer = envelope.verify(trust, manifest.packageSequence());
            List<String> warnings = new ArrayList<>(
                    new SignerBinding(legacyCertificatesUntil, Clock.systemUTC()).check(signer.certificate(), manifest));
            if (trust.isRevocationListOverdue()) {
                warnings.add(Messages.format(Messages.CRL_OVERDUE, trust.revocationList().getNextUpdate().toInstant()));
            }
            X509CRL newer = newerRevocationList(carriedList[0]);
            return new Verified(manifest, signer, warnings, newer,
                    trustedCertificates(carriedCertificates[0], newer != null ? newer : trust.revocationList()));
        } catch (PackageException e) {
            throw e;
        } catch (EnvelopeException | CredentialException | TrustException e) {
            throw translate(e);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Stages one operation of a package not yet verified; see {@link #importPackage}. */
    private static void stageOperation(ImportStage stage, Operation operation) throws PackageException {
        try {
            stage.addOperation(operation);
        } catch (StoreException e) {
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_REFUSED, Messages.sentence(e.getMessage())), e);
        }
    }

    /** Stages one attachment of a package not yet verified; see {@link #importPackage}. */
    private static void stageAttachment(ImportStage stage, String hash, InputStream content) throws IOException {
        try {
            stage.addAttachment(hash, content);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.INVALID_INPUT) {
                throw new PackageException(Reason.MALFORMED_MANIFEST, Messages.format(Messages.ATTACHMENT_MISMATCH, hash), e);
            }
            throw new PackageException(Reason.STORE, Messages.format(Messages.STORE_REFUSED, Messages.sentence(e.getMessage())), e);
        }
    }

    /**
     * The revocation list a verified package carried, if it is signed by the authority and newer than the
     * one this reader checks with; {@code null} otherwise.
     */
    private X509CRL newerRevocationList(byte[] encoded) throws PackageException {
        if (encoded == null) {
            return null;
        }
        X509CRL carried;
        try {
            carried = (X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(encoded));
            new TrustVerifier(trust.authority(), carried);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new PackageException(Reason.UNTRUSTED_SIGNER, Messages.PACKAGE_CRL_INVALID, e);
        }
        return RevocationLists.isNewer(trust.revocationList(), carried) ? carried : null;
    }

    /**
     * A package that was read to its end and verified: its manifest, who signed it, warnings for the person
     * importing, and a newer revocation list it carried ({@code null} if none).
     */
    public record Verified(PackageManifest manifest, VerifiedSigner signer, List<String> warnings,
            X509CRL revocationList, List<X509Certificate> certificates) {

        public Verified {
            warnings = List.copyOf(warnings);
            certificates = List.copyOf(certificates);
        }

        public Verified(PackageManifest manifest, VerifiedSigner signer, List<String> warnings,
                X509CRL revocationList) {
            this(manifest, signer, warnings, revocationList, List.of());
        }

        public Verified(PackageManifest manifest, VerifiedSigner signer) {
            this(manifest, signer, List.of(), null);
        }
    }

    /**
     * The certificates a verified baseline carried (its recipient's teammates) that the authority issued and that are
     * valid and not revoked by {@code revocations}; others are left out, as a certificate the reader cannot trust is
     * of no use to it.
     */
    private List<X509Certificate> trustedCertificates(byte[] pem, X509CRL revocations) {
        if (pem == null) {
            return List.of();
        }
        List<X509Certificate> carried;
        try {
            carried = CertificatePem.decode(new String(pem, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (CredentialException | RuntimeException e) {
            return List.of();
        }
        TrustVerifier verifier;
        try {
            verifier = new TrustVerifier(trust.authority(), revocations);
        } catch (TrustException e) {
            return List.of();
        }
        List<X509Certificate> trusted = new ArrayList<>();
        for (X509Certificate certificate : carried) {
            try {
                verifier.verify(List.of(certificate, trust.authority()));
                trusted.add(certificate);
            } catch (TrustException | RuntimeException e) {
                // left out: see above
            }
        }
        return trusted;
    }

    private static PackageException translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A limit passed while the envelope was being parsed surfaces wrapped in the parser's exception.
            if (cause instanceof PackageException packageFailure) {
                return packageFailure;
            }
        }
        String message = Messages.format(Messages.NOT_VERIFIED, Messages.sentence(failure.getMessage()));
        if (failure instanceof EnvelopeException envelope) {
            Reason reason = switch (envelope.reason()) {
                case TRUNCATED -> Reason.TRUNCATED;
                case TAMPERED, SIGNATURE_INVALID -> Reason.TAMPERED;
                case NOT_A_RECIPIENT -> Reason.NOT_A_RECIPIENT;
                case NO_SIGNER -> Reason.UNTRUSTED_SIGNER;
                case MALFORMED, UNSUPPORTED -> Reason.MALFORMED;
                case UNSUPPORTED_ALGORITHM -> Reason.UNSUPPORTED_ALGORITHM;
            };
            return new PackageException(reason, message, failure);
        }
        if (failure instanceof TrustException) {
            return new PackageException(Reason.UNTRUSTED_SIGNER, message, failure);
        }
        if (failure instanceof CredentialException) {
            return new PackageException(Reason.CREDENTIALS, message, failure);
        }
        return new PackageException(Reason.MALFORMED,
                Messages.format(Messages.ARCHIVE_MALFORMED, failure.getClass().getSimpleName()), failure);
    }
}
