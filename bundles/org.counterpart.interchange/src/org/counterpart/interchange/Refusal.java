package org.counterpart.interchange;

/**
 * An object an export left out, and why: not releasable to the recipient's country, or (for map formats) without a
 * location.
 *
 * @param objectId the object's id
 * @param label    how the object is shown to the user
 * @param reason   why it was left out, as a sentence
 */
public record Refusal(String objectId, String label, String reason) {

	@Override
	public String toString() {
		return label + ": " + reason; //$NON-NLS-1$
	}
}
