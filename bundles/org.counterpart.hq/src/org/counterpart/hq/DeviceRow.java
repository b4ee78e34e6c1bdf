package org.counterpart.hq;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One device in headquarters' device registry: what the shared store knows of it.
 *
 * @param deviceId       the device's id
 * @param name           the subject of the certificate it signs with, as the store names the device (or, before the
 *                       store has read a package of it, as the inbox found it), or {@code null}
 * @param lastPackage    the highest number of its packages imported from the inbox, 0 if none
 * @param lastImportedAt when that package was imported, or {@code null}
 * @param operations     how many of its operations the store holds without a hole (its journal head)
 * @param openGaps       numbers of its packages the inbox found missing and that have not arrived since, ascending
 * @param conflicts      how many conflicts of the store have one of its operations on either side
 * @param expiry         when its certificate expires, or {@code null} if no certificate of it is known
 */
public record DeviceRow(String deviceId, String name, long lastPackage, Instant lastImportedAt, long operations,
		List<Long> openGaps, int conflicts, Instant expiry) {

	public DeviceRow {
		Objects.requireNonNull(deviceId, "deviceId");
		openGaps = List.copyOf(openGaps);
	}
}
