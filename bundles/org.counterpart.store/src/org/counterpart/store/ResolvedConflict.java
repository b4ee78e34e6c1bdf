package org.counterpart.store;

import java.time.Instant;
import java.util.Objects;

import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;

/**
 * A conflict an analyst resolved, as every store that received the resolution lists it.
 *
 * @param conflict   the conflict as the merge recorded it
 * @param resolution the {@code RESOLVE} operation that closed it: its device resolved it, at its time; {@code null}
 *                   for a resolution recorded before stores kept it
 */
public record ResolvedConflict(Conflict conflict, Operation resolution) {

	public ResolvedConflict {
		Objects.requireNonNull(conflict, "conflict");
	}

	/** The device that resolved it, or {@code null} if not known. */
	public String resolvingDevice() {
		return resolution == null ? null : resolution.deviceId();
	}

	/** When it was resolved (the resolving device's clock), or {@code null} if not known. */
	public Instant resolvedAt() {
		return resolution == null ? null : Instant.ofEpochMilli(HybridLogicalClock.physical(resolution.timestamp()));
	}

	/** How it was resolved, or {@code null} if the resolution did not say. */
	public Resolution.Choice choice() {
		return resolution == null ? null : Resolution.Choice.ofCode(resolution.index());
	}
}
