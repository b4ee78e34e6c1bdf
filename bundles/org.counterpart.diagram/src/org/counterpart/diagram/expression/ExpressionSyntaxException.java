package org.counterpart.diagram.expression;

/** An expression that is not written in the expression language. */
public final class ExpressionSyntaxException extends ExpressionException {
	private static final long serialVersionUID = 1L;

	public ExpressionSyntaxException(String text, int position, String reason) {
		super(text, position, reason);
	}
}
