package org.counterpart.interchange;

/**
 * A file that cannot be read or written as asked: the message says what is wrong and where, for the person who
 * chose the file. When it is thrown by a reader, nothing has been imported.
 */
public class InterchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;

	/** A problem with the file as a whole (no line to name). */
	public InterchangeException(String message, Throwable cause) {
		super(message, cause);
		this.line = 0;
	}

	/** A problem at {@code line} (1-based); the message names the line already. */
	public InterchangeException(int line, String message, Throwable cause) {
		super(line > 0 ? "Line " + line + ": " + message : message, cause); //$NON-NLS-1$ //$NON-NLS-2$
		this.line = line;
	}

	/** The line the problem is on (1-based), or 0 if it concerns the whole file. */
	public int line() {
		return line;
	}
}
