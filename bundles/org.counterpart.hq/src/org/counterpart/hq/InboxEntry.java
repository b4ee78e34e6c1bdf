package org.counterpart.hq;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One package file in headquarters' inbox and what became of it, as the shared store keeps it.
 *
 * @param sha256        the SHA-256 of the file, hex: names the package whatever the file is called
 * @param fileName      the file's name in the inbox folder
 * @param size          its size in bytes
 * @param arrival       when it arrived (the file's modification time)
 * @param sender        the verified signer's subject, or {@code null} for a file that did not verify
 * @param deviceId      the device whose package it is, or {@code null}
 * @param packageNumber the package's number among that device's packages, 0 if unknown
 * @param operations    how many operations it carries
 * @param status        where it stands
 * @param reason        why it was refused, or {@code null}
 * @param missing       for a gap: the numbers of the device's packages that neither the store nor the inbox holds
 * @param importedAt    when it was imported, or {@code null}
 * @param applied       how many of its operations were new to the store when it was imported
 * @param summary       what its import did (see {@link ImportSummaryText}), empty before
 */
public record InboxEntry(String sha256, String fileName, long size, Instant arrival, String sender, String deviceId,
		long packageNumber, long operations, Status status, String reason, List<Long> missing, Instant importedAt,
		long applied, List<String> summary) {

	/** Where a package stands. */
	public enum Status {
		/** Verified, not imported yet, nothing missing before it. */
		NEW,
		/** Verified, not imported yet; packages of the device before it are missing ({@link #missing()}). */
		GAP,
		/** Imported from this inbox. */
		IMPORTED,
		/** The store has it (or a later package of the device) already: importing it changes nothing. */
		REPLAY,
		/** It did not verify, or its import was refused ({@link #reason()}). */
		REFUSED
	}

	public InboxEntry {
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(status, "status");
		missing = List.copyOf(missing);
		summary = List.copyOf(summary);
	}

	/** Whether importing it may still change the store. */
	public boolean importable() {
		return status == Status.NEW || status == Status.GAP;
	}

	InboxEntry with(Status newStatus, String newReason, List<Long> newMissing) {
		return new InboxEntry(sha256, fileName, size, arrival, sender, deviceId, packageNumber, operations, newStatus,
				newReason, newMissing, importedAt, applied, summary);
	}

	InboxEntry imported(Status newStatus, Instant at, long appliedOperations, List<String> what) {
		return new InboxEntry(sha256, fileName, size, arrival, sender, deviceId, packageNumber, operations, newStatus,
				null, List.of(), at, appliedOperations, what);
	}

	InboxEntry at(String newFileName, Instant newArrival) {
		return new InboxEntry(sha256, newFileName, size, newArrival, sender, deviceId, packageNumber, operations, status,
				reason, missing, importedAt, applied, summary);
	}
}
