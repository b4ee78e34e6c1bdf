package org.counterpart.security;

import java.security.GeneralSecurityException;

/**
 * A key store, token, certificate request or certificate authority cannot be used. The message is
 * meant for the user and never contains a key or a passphrase.
 */
public class CredentialException extends GeneralSecurityException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently to each case. */
    public enum Reason {
        WRONG_PASSPHRASE, UNREADABLE, NO_KEY, NO_CERTIFICATE, KEY_MISMATCH, UNSUPPORTED_KEY,
        INVALID_REQUEST, UNKNOWN_SERIAL, TOKEN_UNAVAILABLE, TOKEN_NOT_FOUND, ALREADY_EXISTS, CRYPTO_FAILURE
    }

    private final Reason reason;

    public CredentialException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CredentialException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
