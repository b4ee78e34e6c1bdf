package org.counterpart.security;

import java.security.GeneralSecurityException;

/** A signer certificate is not trusted by the headquarters authority at the time asked. */
public class TrustException extends GeneralSecurityException {

    private static final long serialVersionUID = 1L;

    /** Why the signer is not trusted. */
    public enum Reason {
        UNKNOWN_SIGNER, REVOKED, EXPIRED, NOT_YET_VALID, NOT_FOR_SIGNING, INVALID_CHAIN, CRL_INVALID,
        /** A revocation list is older than the one installed. */
        CRL_OUTDATED
    }

    private final Reason reason;

    public TrustException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TrustException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
