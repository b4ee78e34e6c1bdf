package org.counterpart.store;

/**
 * A store operation failed. The message is meant for the user: it says what happened and what to do, and
 * never contains a passphrase, a key or stored data.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the operation failed, for callers that react differently (e.g. ask for the passphrase again). */
	public enum Reason {
		WRONG_PASSPHRASE, NOT_FOUND, ALREADY_EXISTS, IN_USE, CORRUPT, UNSUPPORTED_VERSION, INVALID_INPUT, IO,
		/** A device and sequence number already held came with a different operation (see {@link TamperedOperationException}). */
		TAMPERED
	}

	private final Reason reason;

	public StoreException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public StoreException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
