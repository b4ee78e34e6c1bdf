package org.counterpart.store;

import java.util.Objects;

/**
 * How an analyst settles a {@link Conflict}: keep what the merge applied, take the other side (for a
 * {@link Conflict.Kind#DROPPED_REFERENCE}, restore what the delete dropped), or write a value of the analyst's own
 * (for a {@link Conflict.Kind#VALUE} conflict on an attribute).
 *
 * @param choice which of the three
 * @param value  the value as text, for {@link Choice#VALUE} only (then not {@code null}; an empty text unsets a
 *               value that is not a string)
 */
public record Resolution(Choice choice, String value) {

	/** The three ways to settle a conflict. The code travels in the resolution's operation. */
	public enum Choice {
		/** Leave the model as the merge left it. */
		KEEP_MERGED(0),
		/** Apply the losing operation again (a value, a move, a dropped reference restored). */
		OTHER_SIDE(1),
		/** Write a value the analyst typed. */
		VALUE(2);

		private final int code;

		Choice(int code) {
			this.code = code;
		}

		/** The number that names the choice in a {@code RESOLVE} operation's index. */
		public int code() {
			return code;
		}

		/** The choice for a code, or {@code null} if none has it (a resolution recorded without one). */
		public static Choice ofCode(int code) {
			for (Choice choice : values()) {
				if (choice.code == code) {
					return choice;
				}
			}
			return null;
		}
	}

	public Resolution {
		Objects.requireNonNull(choice, "choice");
		if ((choice == Choice.VALUE) != (value != null)) {
			throw new IllegalArgumentException("a value is given with Choice.VALUE, and only then");
		}
	}

	public static Resolution keepMerged() {
		return new Resolution(Choice.KEEP_MERGED, null);
	}

	public static Resolution otherSide() {
		return new Resolution(Choice.OTHER_SIDE, null);
	}

	public static Resolution value(String text) {
		return new Resolution(Choice.VALUE, Objects.requireNonNull(text, "text"));
	}
}
