package org.counterpart.hq;

import java.time.Instant;
import java.util.Objects;

/**
 * A baseline headquarters sent a device, as the shared store keeps it.
 *
 * @param deviceId           the device's id (from its certificate), or its certificate's subject if it binds none
 * @param name               the subject of the device's certificate
 * @param sentAt             when the baseline was written
 * @param file               the name of the file it was written to
 * @param packageSequence    the package's number in headquarters' sequence
 * @param operations         operations it carried
 * @param withheldOperations operations it left behind as not releasable
 */
public record BaselineRecord(String deviceId, String name, Instant sentAt, String file, long packageSequence,
		long operations, long withheldOperations) {

	public BaselineRecord {
		Objects.requireNonNull(deviceId, "deviceId");
		Objects.requireNonNull(sentAt, "sentAt");
	}
}
