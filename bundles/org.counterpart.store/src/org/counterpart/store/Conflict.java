package org.counterpart.store;

import java.util.Objects;

import org.counterpart.store.journal.Operation;

/**
 * Two operations that did not know of each other and could not both win: the merge applied the
 * {@link #winner()} deterministically and keeps the {@link #loser()} here, with both authors, devices and
 * times, until an analyst resolves it. The {@link #key()} names the conflict on every device.
 *
 * @param kind      what raced
 * @param objectId  the object concerned
 * @param feature   the feature written (VALUE, DROPPED_REFERENCE), or {@code null} for MOVE and DELETE_EDIT
 * @param winner    the operation that took effect (for DELETE_EDIT and DROPPED_REFERENCE the delete)
 * @param loser     the operation that did not take effect (for DROPPED_REFERENCE the write that referred to
 *                  the deleted object)
 */
public record Conflict(Kind kind, String objectId, String feature, Operation winner, Operation loser) {

	/** What raced. */
	public enum Kind {
		/** Concurrent writes of different values to one single-valued feature. */
		VALUE,
		/** Concurrent moves of one object to different places. */
		MOVE,
		/** An object was deleted while another device edited it (or created something inside it). */
		DELETE_EDIT,
		/**
		 * A reference, or a list element, dropped because the object it named was deleted by another device;
		 * applying the other side refers to that object again, bringing it back as it last was if need be.
		 */
		DROPPED_REFERENCE
	}

	public Conflict {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(objectId, "objectId");
		Objects.requireNonNull(winner, "winner");
		Objects.requireNonNull(loser, "loser");
	}

	/** The same on every device: kind, object, feature and the two operations' identities. */
	public String key() {
		return kind + "/" + objectId + "/" + (feature == null ? "" : feature) + "/" + winner.deviceId() + "#"
				+ winner.sequence() + "/" + loser.deviceId() + "#" + loser.sequence();
	}

	/** The register the conflict is about: the feature, or the object's place. */
	public String register() {
		return feature == null ? "" : feature;
	}
}
