package org.counterpart.security;

import java.io.IOException;

/**
 * A signed and encrypted package cannot be read or does not verify. It is an {@link IOException}
 * because it surfaces while the content stream is being read.
 */
public class EnvelopeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the package. */
    public enum Reason {
        MALFORMED, TRUNCATED, TAMPERED, NOT_A_RECIPIENT, UNSUPPORTED, SIGNATURE_INVALID, NO_SIGNER,
        /** The package uses an algorithm or content type Counterpart does not write. */
        UNSUPPORTED_ALGORITHM
    }

    private final Reason reason;

    public EnvelopeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public EnvelopeException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
