package org.counterpart.security;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of the authority's register: a certificate it issued, and whether it is revoked. */
public final class IssuedCertificate {

    private final BigInteger serial;
    private final String subject;
    private final Instant notBefore;
    private final Instant notAfter;
    private final Instant revokedAt;

    public IssuedCertificate(BigInteger serial, String subject, Instant notBefore, Instant notAfter, Instant revokedAt) {
        this.serial = Objects.requireNonNull(serial);
        this.subject = Objects.requireNonNull(subject);
        this.notBefore = Objects.requireNonNull(notBefore);
        this.notAfter = Objects.requireNonNull(notAfter);
        this.revokedAt = revokedAt;
    }

    public BigInteger serial() {
        return serial;
    }

    /** Subject distinguished name, RFC 4514 text. */
    public String subject() {
        return subject;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** A copy of this entry marked revoked at {@code time}. */
    public IssuedCertificate revokedAt(Instant time) {
        return new IssuedCertificate(serial, subject, notBefore, notAfter, time);
    }

    @Override
    public String toString() {
        return subject + " #" + serial.toString(16) + (revokedAt == null ? "" : " revoked " + revokedAt);
    }
}
