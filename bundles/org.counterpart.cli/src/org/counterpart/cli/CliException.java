package org.counterpart.cli;

/**
 * An error a user of the command line can act on. Its message is printed as it is, so it says what
 * happened and what to do, and never carries secrets.
 */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CliException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CliException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** A usage error: exit code {@link ExitCodes#USAGE}. */
	public static CliException usage(String message) {
		return new CliException(ExitCodes.USAGE, message);
	}

	/** A failure: exit code {@link ExitCodes#FAILED}. */
	public static CliException failed(String message, Throwable cause) {
		return new CliException(ExitCodes.FAILED, message, cause);
	}

	public int exitCode() {
		return exitCode;
	}
}
