package org.counterpart.security;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Proof that a package's content was read to its end, its integrity tag and signature checked and
 * its signer trusted. Only {@link SignedEnvelopeReader#verify(TrustVerifier)} creates one.
 */
public final class VerifiedSigner {

    private final X509Certificate certificate;
    private final List<X509Certificate> chain;
    private final Instant signingTime;

    VerifiedSigner(X509Certificate certificate, List<X509Certificate> chain, Instant signingTime) {
        this.certificate = certificate;
        this.chain = List.copyOf(chain);
        this.signingTime = signingTime;
    }

    /** The signer's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** All certificates the package carried, signer first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The signing time the signer claimed, if any (not a trusted time stamp). */
    public Optional<Instant> signingTime() {
        return Optional.ofNullable(signingTime);
    }

    @Override
    public String toString() {
        return "VerifiedSigner[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
