package org.counterpart.diagram.expression;

/**
 * A well-formed expression that cannot work on the objects it will be evaluated on: a feature the class does not
 * have, an unknown service or variable, a comparison of values that cannot be compared.
 */
public final class ExpressionTypeException extends ExpressionException {
	private static final long serialVersionUID = 1L;

	public ExpressionTypeException(String text, int position, String reason) {
		super(text, position, reason);
	}
}
