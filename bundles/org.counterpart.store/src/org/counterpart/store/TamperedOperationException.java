package org.counterpart.store;

/**
 * An incoming operation carries a device and sequence number the store already holds, with other content: that
 * number was used for a second, different operation, which no honest device does. The import that met it was
 * refused whole and changed nothing.
 */
public class TamperedOperationException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String deviceId;
	private final long sequence;

	public TamperedOperationException(String deviceId, long sequence, String message) {
		super(Reason.TAMPERED, message);
		this.deviceId = deviceId;
		this.sequence = sequence;
	}

	/** The device whose operation was altered. */
	public String deviceId() {
		return deviceId;
	}

	/** The sequence number under which two different operations came. */
	public long sequence() {
		return sequence;
	}
}
