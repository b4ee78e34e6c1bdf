package org.counterpart.sync;

import java.io.IOException;

/**
 * A package cannot be exported or imported. The message is meant for the user: it says what is
 * wrong with the package and never carries key material, passphrases or package content. When a
 * package is refused, the store is unchanged.
 */
public class PackageException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, for callers that react differently to each case. */
    public enum Reason {
        /** The file ends early. */
        TRUNCATED,
        /** The encryption tag or the signature does not match: the file was altered. */
        TAMPERED,
        /**
         * The package carries an operation under a device and sequence number already received, with
         * other content: it was forged by someone holding a device key.
         */
        TAMPERED_OPERATION,
        /** The package is not encrypted for this device. */
        NOT_A_RECIPIENT,
        /** The signer is not trusted: unknown, revoked, expired or otherwise invalid certificate. */
        UNTRUSTED_SIGNER,
        /** The package, an entry, the operation count or the unpacked size exceeds a limit. */
        OVERSIZED,
        /** An archive entry name is absolute or climbs out with {@code ..}. */
        PATH_TRAVERSAL,
        /** An archive entry is not one the format allows, or appears twice or out of order. */
        UNEXPECTED_ENTRY,
        /** The archive unpacks to far more than it holds: a decompression bomb. */
        DECOMPRESSION_BOMB,
        /** The manifest cannot be read, or does not describe the package's content. */
        MALFORMED_MANIFEST,
        /** The package uses a newer major format version than this reader knows. */
        NEWER_VERSION,
        /** The package is not a CMS package or its archive or operations cannot be read. */
        MALFORMED,
        /**
         * An operation's clock runs further ahead of this computer's than the allowed drift, or holds a value no
         * clock can take.
         */
        CLOCK_AHEAD,
        /** The package carries operations of a device its signer's certificate is not bound to. */
        FOREIGN_DEVICE,
        /** The signer's certificate binds no device id, and headquarters' cut-off for such certificates has passed. */
        LEGACY_CERTIFICATE,
        /** The package uses an algorithm or content type Counterpart does not write. */
        UNSUPPORTED_ALGORITHM,
        /** The device key or certificate cannot be used. */
        CREDENTIALS,
        /**
         * An exercise package offered to a real store, or a real package to an exercise store: exercise data never
         * mixes with real data.
         */
        EXERCISE_MISMATCH,
        /** The workspace store refused the operations or could not be read or written. */
        STORE
    }

    private final Reason reason;

    public PackageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PackageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
