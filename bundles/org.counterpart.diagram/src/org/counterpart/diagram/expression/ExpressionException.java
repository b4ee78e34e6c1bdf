package org.counterpart.diagram.expression;

/**
 * A spec expression that cannot be used, found when it is parsed or checked against the model: the message says
 * why and shows the expression with a caret under the offending place.
 */
public abstract class ExpressionException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final String text;
	private final int position;
	private final String reason;

	protected ExpressionException(String text, int position, String reason) {
		super(describe(text, position, reason));
		this.text = text;
		this.position = position;
		this.reason = reason;
	}

	/** The whole expression as written. */
	public String text() {
		return text;
	}

	/** Where in {@link #text()} the problem is, 0-based (may equal the length: at the end). */
	public int position() {
		return position;
	}

	/** Why the expression cannot be used, without the expression itself. */
	public String reason() {
		return reason;
	}

	/** Two lines: the expression, and a caret under {@code position}. */
	public String excerpt() {
		return excerpt(text, position);
	}

	static String excerpt(String text, int position) {
		// Line breaks and tabs inside the expression would move the caret; show them as spaces.
		String flat = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
		return "  " + flat + "\n  " + " ".repeat(Math.max(0, Math.min(position, flat.length()))) + "^";
	}

	private static String describe(String text, int position, String reason) {
		return reason + " at position " + (position + 1) + ":\n" + excerpt(text, position);
	}
}
