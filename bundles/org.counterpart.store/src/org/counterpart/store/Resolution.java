package org.counterpart.store;

import java.util.Objects;

import org.counterpart.store.internal.Messages;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

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

	/**
	 * The value {@code text} stands for in {@code attribute}'s data type, as a typed {@link Choice#VALUE} writes it;
	 * {@code null} (the value unset) for an empty text where the type is not a string.
	 *
	 * @throws StoreException with {@link StoreException.Reason#INVALID_INPUT} and a message for the user if the text is
	 *                        not a value of the type, or is empty where a value is required
	 */
	public static Object parseValue(EAttribute attribute, String text) throws StoreException {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (text.isEmpty() && type != String.class) {
			if (attribute.isRequired() || type != null && type.isPrimitive()) {
				throw new StoreException(StoreException.Reason.INVALID_INPUT,
						Messages.format(Messages.VALUE_REQUIRED, attribute.getName()));
			}
			return null;
		}
		try {
			Object value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			if (value == null && type != String.class) {
				throw new IllegalArgumentException(text);
			}
			return value;
		} catch (RuntimeException e) {
			throw new StoreException(StoreException.Reason.INVALID_INPUT,
					Messages.format(Messages.VALUE_NOT_OF_TYPE, text, attribute.getName(), expected(attribute)));
		}
	}

	/** What a value of the attribute's type looks like, for the person who typed one that is not. */
	private static String expected(EAttribute attribute) {
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			return Messages.format(Messages.TYPE_ONE_OF,
					String.join(", ", enumeration.getELiterals().stream().map(EEnumLiteral::getLiteral).toList()));
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == double.class || type == Double.class || type == float.class || type == Float.class
				|| type == java.math.BigDecimal.class) {
			return Messages.TYPE_NUMBER;
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
				|| type == Short.class || type == java.math.BigInteger.class) {
			return Messages.TYPE_WHOLE_NUMBER;
		}
		if (type == java.util.Date.class) {
			return Messages.TYPE_DATE;
		}
		if (type == boolean.class || type == Boolean.class) {
			return Messages.TYPE_BOOLEAN;
		}
		return Messages.format(Messages.TYPE_OTHER, attribute.getEAttributeType().getName());
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
