package org.counterpart.diagram.tool;

/** Why a spec tool could not run; the model is unchanged when it is thrown. */
public final class ToolException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public ToolException(String message) {
		super(message);
	}

	public ToolException(String message, Throwable cause) {
		super(message, cause);
	}
}
