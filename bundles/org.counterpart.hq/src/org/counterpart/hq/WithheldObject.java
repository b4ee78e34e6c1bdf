package org.counterpart.hq;

import java.util.Objects;

/**
 * An object a baseline leaves out because it may not be released to the device's country.
 *
 * @param objectId the object's id
 * @param kind     the name of its class, e.g. {@code Contact}
 * @param label    how the object is shown to people
 * @param reason   why it stays behind: its marking, or the withheld object that contains it
 */
public record WithheldObject(String objectId, String kind, String label, String reason) {

	public WithheldObject {
		Objects.requireNonNull(objectId, "objectId");
		Objects.requireNonNull(reason, "reason");
	}
}
