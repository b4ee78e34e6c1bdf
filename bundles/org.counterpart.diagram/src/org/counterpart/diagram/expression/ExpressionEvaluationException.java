package org.counterpart.diagram.expression;

/**
 * An expression that failed on the objects it was evaluated on, although it passed the checks when its spec loaded
 * (e.g. a feature that only some objects of a list have, or a service that failed).
 */
public final class ExpressionEvaluationException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ExpressionEvaluationException(String expression, String reason) {
		super(reason + " in " + expression);
	}

	public ExpressionEvaluationException(String expression, String reason, Throwable cause) {
		super(reason + " in " + expression, cause);
	}
}
