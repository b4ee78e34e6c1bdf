package org.counterpart.security;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an identity folder says about the device, without unlocking its key: where the key is, the issued certificate
 * (from the public copy kept beside the key), the headquarters authority and the revocation list, and what needs the
 * officer's attention.
 */
public final class DeviceStatus {

    /** Certificates expiring within this time are warned about. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    /** Where the device key is. */
    public enum KeyLocation {
        NONE, FILE, TOKEN
    }

    /** What needs attention, most pressing first. */
    public enum Warning {
        NO_KEY, NO_CERTIFICATE, CERTIFICATE_EXPIRED, CERTIFICATE_REVOKED, CERTIFICATE_EXPIRES_SOON, NO_AUTHORITY,
        NO_REVOCATION_LIST, REVOCATION_LIST_OVERDUE
    }

    private final KeyLocation keyLocation;
    private final DeviceTokenChoice token;
    private final X509Certificate certificate;
    private final X509Certificate authority;
    private final X509CRL revocationList;
    private final Instant now;
    private final Set<Warning> warnings;

    private DeviceStatus(KeyLocation keyLocation, DeviceTokenChoice token, X509Certificate certificate,
            X509Certificate authority, X509CRL revocationList, Instant now) {
        this.keyLocation = keyLocation;
        this.token = token;
        this.certificate = certificate;
        this.authority = authority;
        this.revocationList = revocationList;
        this.now = now;
        this.warnings = findWarnings();
    }

    /**
     * The status of the device of {@code folder} at {@code now}.
     *
     * @throws CredentialException when a file of the folder is damaged
     */
    public static DeviceStatus of(DeviceIdentityFolder folder, Instant now) throws CredentialException, IOException {
        Optional<DeviceTokenChoice> token = DeviceTokenChoice.read(folder);
        KeyLocation location = token.isPresent() ? KeyLocation.TOKEN
                : folder.hasKeyStore() ? KeyLocation.FILE : KeyLocation.NONE;
        List<X509Certificate> chain = folder.deviceCertificateChain();
        return new DeviceStatus(location, token.orElse(null), chain.isEmpty() ? null : chain.get(0),
                folder.hasAuthority() ? folder.authority() : null, folder.installedRevocationList(), now);
    }

    private Set<Warning> findWarnings() {
        Set<Warning> found = EnumSet.noneOf(Warning.class);
        if (keyLocation == KeyLocation.NONE) {
            found.add(Warning.NO_KEY);
        } else if (certificate == null) {
            found.add(Warning.NO_CERTIFICATE);
        }
        if (certificate != null) {
            if (now.isAfter(certificate.getNotAfter().toInstant())) {
                found.add(Warning.CERTIFICATE_EXPIRED);
            } else if (now.plus(EXPIRY_WARNING).isAfter(certificate.getNotAfter().toInstant())) {
                found.add(Warning.CERTIFICATE_EXPIRES_SOON);
            }
            if (revocationList != null && revocationList.getRevokedCertificate(certificate) != null) {
                found.add(Warning.CERTIFICATE_REVOKED);
            }
        }
        if (keyLocation != KeyLocation.NONE && authority == null) {
            found.add(Warning.NO_AUTHORITY);
        }
        if (authority != null && revocationList == null) {
            found.add(Warning.NO_REVOCATION_LIST);
        }
        if (revocationList != null && RevocationLists.isOverdue(revocationList, now)) {
            found.add(Warning.REVOCATION_LIST_OVERDUE);
        }
        return found;
    }

    public KeyLocation keyLocation() {
        return keyLocation;
    }

    /** The token that holds the key, when it is on one. */
    public Optional<DeviceTokenChoice> token() {
        return Optional.ofNullable(token);
    }

    /** The issued device certificate, if one is installed. */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** The device certificate's subject, RFC 2253 text. */
    public Optional<String> subject() {
        return certificate().map(c -> c.getSubjectX500Principal().getName());
    }

    /** The country headquarters certified for the device. */
    public Optional<String> country() {
        return certificate().flatMap(DeviceCountry::of);
    }

    /** The workspace store's device id the certificate binds. */
    public Optional<String> deviceId() {
        return certificate().flatMap(DeviceBinding::deviceId);
    }

    /** Whole days until the certificate expires (negative once it has). */
    public Optional<Long> daysToExpiry() {
        return certificate().map(c -> Math.floorDiv(Duration.between(now, c.getNotAfter().toInstant()).toHours(), 24));
    }

    public Optional<X509Certificate> authority() {
        return Optional.ofNullable(authority);
    }

    public Optional<X509CRL> revocationList() {
        return Optional.ofNullable(revocationList);
    }

    /** The revocation list's CRLNumber, if it has one. */
    public Optional<BigInteger> revocationListNumber() {
        return revocationList().map(RevocationLists::number);
    }

    /** Whole days since the revocation list was issued. */
    public Optional<Long> revocationListAgeDays() {
        return revocationList().map(l -> Duration.between(l.getThisUpdate().toInstant(), now).toDays());
    }

    /** How many certificates the revocation list revokes. */
    public int revokedCount() {
        return revocationList == null || revocationList.getRevokedCertificates() == null ? 0
                : revocationList.getRevokedCertificates().size();
    }

    /** What needs attention, most pressing first. */
    public List<Warning> warnings() {
        return new ArrayList<>(warnings);
    }

    public Instant at() {
        return now;
    }
}
