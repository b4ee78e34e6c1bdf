package org.counterpart.security;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import org.counterpart.security.TrustException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * Decides whether a signer certificate is trusted: its chain leads to the headquarters authority
 * (PKIX path validation), every certificate is valid at the time asked, none is on the
 * authority's revocation list, and the signer's key may sign. A revocation list past its next
 * update is still used: field devices are offline for weeks and an old list is better than none.
 */
public final class TrustVerifier {

    /** How far ahead of the verifier's clock a signer's claimed signing time may be, unless set otherwise. */
    public static final Duration DEFAULT_CLOCK_BOUND = Duration.ofDays(1);

    private final X509Certificate authority;
    private final X509CRL revocationList;
    private final Clock clock;
    private Duration clockBound = DEFAULT_CLOCK_BOUND;

    /** A verifier for {@code authority} using its revocation list {@code crl}, at the system clock's time. */
    public TrustVerifier(X509Certificate authority, X509CRL crl) throws TrustException {
        this(authority, crl, Clock.systemUTC());
    }

    /**
     * @throws TrustException if {@code crl} is not issued and signed by {@code authority}
     */
    public TrustVerifier(X509Certificate authority, X509CRL crl, Clock clock) throws TrustException {
        this.authority = Objects.requireNonNull(authority, "authority");
        this.revocationList = Objects.requireNonNull(crl, "crl");
        this.clock = Objects.requireNonNull(clock, "clock");
        String authorityName = authority.getSubjectX500Principal().getName();
        try {
            if (!crl.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
                throw new GeneralSecurityException("issuer");
            }
            crl.verify(authority.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new TrustException(Reason.CRL_INVALID, Messages.format(Messages.TRUST_CRL_INVALID, authorityName));
        }
    }

    public X509Certificate authority() {
        return authority;
    }

    /** Verifies {@code chain} (signer first, in any order after it) at the clock's current time. */
    public X509Certificate verify(List<X509Certificate> chain) throws TrustException {
        return verify(chain, clock.instant());
    }

    /**
     * Verifies the signer {@code chain.get(0)} with the other certificates of {@code chain} as
     * possible intermediates, at time {@code at}.
     *
     * @return the verified signer certificate
     */
    public X509Certificate verify(List<X509Certificate> chain, Instant at) throws TrustException {
        return verify(chain, at, Long.MAX_VALUE);
    }

    /**
     * Verifies the signer of a package with sequence number {@code signedSequence} that claims to have been
     * signed at {@code signingTime} ({@code null} if it claims nothing). The chain must be valid now, or, when
     * the signer's certificate has expired since, at the signing time, if that time is not more than the
     * clock bound ahead of this verifier's clock: a package signed while its certificate was valid stays
     * importable. A revoked certificate is refused unless its revocation entry records the last package
     * headquarters accepted from it ({@link RevocationLists#LAST_ACCEPTED_PACKAGE}) and
     * {@code signedSequence} is not past it; the signing time is the signer's own word and never
     * outweighs a revocation.
     */
    public X509Certificate verifySigner(List<X509Certificate> chain, Instant signingTime, long signedSequence)
            throws TrustException {
        Instant now = clock.instant();
        try {
            return verify(chain, now, signedSequence);
        } catch (TrustException expired) {
            if (expired.reason() != Reason.EXPIRED || signingTime == null
                    || signingTime.isAfter(now.plus(clockBound))) {
                throw expired;
            }
            try {
                return verify(chain, signingTime, signedSequence);
            } catch (TrustException atSigningTime) {
                throw expired;
            }
        }
    }

    /** This verifier with {@code bound} as how far ahead of its clock a signing time may be. */
    public TrustVerifier withClockBound(Duration bound) throws TrustException {
        TrustVerifier bounded = new TrustVerifier(authority, revocationList, clock);
        bounded.clockBound = Objects.requireNonNull(bound, "bound");
        return bounded;
    }

    /** The revocation list this verifier checks against. */
    public X509CRL revocationList() {
        return revocationList;
    }

    /** Whether the revocation list is past its nextUpdate at this verifier's clock. */
    public boolean isRevocationListOverdue() {
        return RevocationLists.isOverdue(revocationList, clock.instant());
    }

    private X509Certificate verify(List<X509Certificate> chain, Instant at, long signedSequence)
            throws TrustException {
        if (chain.isEmpty()) {
            throw new TrustException(Reason.INVALID_CHAIN, Messages.CHAIN_EMPTY);
        }
        X509Certificate signer = chain.get(0);
        String signerName = signer.getSubjectX500Principal().getName();
        List<X509Certificate> path = orderedPath(chain);
        TrustException validityFailure = null;
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(authority, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (CertPathValidatorException e) {
            int index = e.getIndex();
            X509Certificate failed = index >= 0 && index < path.size() ? path.get(index) : signer;
            String failedName = failed.getSubjectX500Principal().getName();
            if (e.getReason() == BasicReason.EXPIRED) {
                validityFailure = new TrustException(Reason.EXPIRED,
                        Messages.format(Messages.TRUST_EXPIRED, failedName, failed.getNotAfter().toInstant()));
            } else if (e.getReason() == BasicReason.NOT_YET_VALID) {
                validityFailure = new TrustException(Reason.NOT_YET_VALID,
                        Messages.format(Messages.TRUST_NOT_YET_VALID, failedName, failed.getNotBefore().toInstant()));
            } else if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR || e.getReason() == BasicReason.INVALID_SIGNATURE) {
                throw unknownSigner(signerName);
            } else {
                throw new TrustException(Reason.INVALID_CHAIN,
                        Messages.format(Messages.TRUST_INVALID_CHAIN, signerName, e.getReason()));
            }
        } catch (GeneralSecurityException e) {
            throw new TrustException(Reason.INVALID_CHAIN,
                    Messages.format(Messages.TRUST_INVALID_CHAIN, signerName, e.getClass().getSimpleName()));
        }
        // Revocation outranks expiry: a revoked key must be reported as such even when it has also expired.
        for (X509Certificate certificate : path) {
            X509CRLEntry entry = revocationList.getRevokedCertificate(certificate);
            if (entry == null) {
                continue;
            }
            OptionalLong lastAccepted = certificate == signer ? RevocationLists.lastAcceptedPackage(entry)
                    : OptionalLong.empty();
            if (lastAccepted.isPresent() && signedSequence <= lastAccepted.getAsLong()) {
                continue;
            }
            String name = certificate.getSubjectX500Principal().getName();
            String serial = certificate.getSerialNumber().toString(16);
            Instant revoked = entry.getRevocationDate().toInstant();
            throw new TrustException(Reason.REVOKED, lastAccepted.isPresent()
                    ? Messages.format(Messages.TRUST_REVOKED_AFTER, name, serial, revoked, lastAccepted.getAsLong(),
                            signedSequence)
                    : Messages.format(Messages.TRUST_REVOKED, name, serial, revoked));
        }
        if (validityFailure != null) {
            throw validityFailure;
        }
        // The authority writes key usage into every certificate: one without it, or without digitalSignature, may not sign.
        boolean[] keyUsage = signer.getKeyUsage();
        if (keyUsage == null || !keyUsage[0]) {
            throw new TrustException(Reason.NOT_FOR_SIGNING, Messages.format(Messages.TRUST_NOT_FOR_SIGNING, signerName));
        }
        return signer;
    }

    private TrustException unknownSigner(String signerName) {
        return new TrustException(Reason.UNKNOWN_SIGNER, Messages.format(Messages.TRUST_UNKNOWN_SIGNER, signerName,
                authority.getSubjectX500Principal().getName()));
    }

    /** Signer first, then each issuer found among the given certificates, without the anchor itself. */
    private List<X509Certificate> orderedPath(List<X509Certificate> chain) throws TrustException {
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = chain.get(0);
        if (current.equals(authority)) {
            throw unknownSigner(current.getSubjectX500Principal().getName());
        }
        path.add(current);
        while (!current.getIssuerX500Principal().equals(authority.getSubjectX500Principal()) && path.size() < 8) {
            X509Certificate issuer = null;
            for (X509Certificate candidate : chain) {
                if (!path.contains(candidate) && !candidate.equals(authority)
                        && candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                    issuer = candidate;
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            path.add(issuer);
            current = issuer;
        }
        return path;
    }
}
