package org.counterpart.cli;

/**
 * Exit codes of {@code counterpart-cli}, stable for scripts.
 */
public final class ExitCodes {

	/** The command did what was asked. */
	public static final int OK = 0;

	/** The command ran, and found problems (for example validation errors). */
	public static final int PROBLEMS_FOUND = 1;

	/** The command line was wrong: unknown command, missing or bad option. */
	public static final int USAGE = 2;

	/** The command could not be carried out (unreadable file, wrong passphrase, ...). */
	public static final int FAILED = 3;

	private ExitCodes() {
	}
}
