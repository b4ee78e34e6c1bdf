package org.counterpart.sync;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What importing one package did.
 *
 * @param manifest           the package's manifest
 * @param status             whether the operations were applied or the package was a replay
 * @param signer             the verified signer's subject (RFC 2253)
 * @param appliedOperations  operations that changed the store (operations already known are skipped)
 * @param gaps               what is missing before this package (it was still applied); empty if nothing
 * @param warnings           what the person importing should act on though the package was accepted (a
 *                           certificate that binds no device, an overdue revocation list); empty if nothing
 * @param revocationList     a revocation list the package carried (baselines do) that is signed by the
 *                           authority and newer than the one the import was checked with, to install; or
 *                           {@code null}
 * @param unknownFeatures    operations on features this version's model does not have (from a newer version),
 *                           by {@code Class.feature}: journaled and passed on, but not applied here
 * @param changes            what the import added, changed and deleted, and the conflicts it opened
 *                           ({@link ChangeSummary#NONE} for a replay)
 * @param certificates       the certificates of teammates (devices of the same country) a baseline carried that
 *                           the authority issued and has not revoked, for the device to know as recipients and
 *                           signers; empty if none
 */
public record ImportResult(PackageManifest manifest, Status status, String signer, long appliedOperations,
        List<String> gaps, List<String> warnings, X509CRL revocationList, SortedMap<String, Long> unknownFeatures,
        ChangeSummary changes, List<X509Certificate> certificates) {

    /** The outcome of an import that verified. */
    public enum Status {
        /** The package's operations were merged (those already known are skipped). */
        APPLIED,
        /** The package, or a later one from the same device, was imported before; nothing changed. */
        REPLAY
    }

    public ImportResult {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(status, "status");
        gaps = List.copyOf(gaps);
        warnings = List.copyOf(warnings);
        unknownFeatures = Collections.unmodifiableSortedMap(new TreeMap<>(unknownFeatures));
        Objects.requireNonNull(changes, "changes");
        certificates = List.copyOf(certificates);
    }

    /** A result that carried no certificates. */
    public ImportResult(PackageManifest manifest, Status status, String signer, long appliedOperations,
            List<String> gaps, List<String> warnings, X509CRL revocationList, SortedMap<String, Long> unknownFeatures,
            ChangeSummary changes) {
        this(manifest, status, signer, appliedOperations, gaps, warnings, revocationList, unknownFeatures, changes,
                List.of());
    }

    /** A result without a summary of changes. */
    public ImportResult(PackageManifest manifest, Status status, String signer, long appliedOperations,
            List<String> gaps, List<String> warnings, X509CRL revocationList, SortedMap<String, Long> unknownFeatures) {
        this(manifest, status, signer, appliedOperations, gaps, warnings, revocationList, unknownFeatures,
                ChangeSummary.NONE);
    }

    /** A result without warnings, revocation list or operations on unknown features. */
    public ImportResult(PackageManifest manifest, Status status, String signer, long appliedOperations,
            List<String> gaps) {
        this(manifest, status, signer, appliedOperations, gaps, List.of(), null, new TreeMap<>(), ChangeSummary.NONE);
    }

    /**
     * One line for logs and scripts, e.g.
     * {@code applied package=3 device=... signer="CN=laptop-7,..." operations=120 new=118}.
     */
    public String summary() {
        StringBuilder line = new StringBuilder(status == Status.APPLIED ? "applied" : "replay");
        line.append(" package=").append(manifest.packageSequence()).append(" device=").append(manifest.deviceId())
                .append(" signer=\"").append(signer.replace("\"", "'")).append('"').append(" operations=")
                .append(manifest.operationCount()).append(" new=").append(appliedOperations);
        if (!manifest.classifications().isEmpty()) {
            line.append(" markings=").append(String.join(",", manifest.classifications()));
        }
        if (status == Status.REPLAY) {
            line.append(" (imported before; nothing changed)");
        }
        if (!gaps.isEmpty()) {
            line.append(" gap=\"").append(String.join("; ", gaps)).append('"');
        }
        if (!unknownFeatures.isEmpty()) {
            // kept, not applied: a newer version of the model wrote them
            StringBuilder list = new StringBuilder();
            unknownFeatures.forEach((feature, count) -> list.append(list.isEmpty() ? "" : ",").append(feature).append(':').append(count));
            line.append(" unknown-features=").append(list);
        }
        return line.toString();
    }
}
