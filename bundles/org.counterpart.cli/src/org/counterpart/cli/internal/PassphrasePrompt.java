package org.counterpart.cli.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;

/**
 * Gets the store passphrase for a command: from the environment variable COUNTERPART_PASSPHRASE (for
 * scripts), otherwise by asking on the terminal without echo. The passphrase is never printed.
 */
final class PassphrasePrompt {

	static final String VARIABLE = "COUNTERPART_PASSPHRASE"; //$NON-NLS-1$

	private PassphrasePrompt() {
	}

	/** The passphrase of an existing store. */
	static char[] existing(Map<String, String> environment) throws CliException {
		return existing(environment, VARIABLE, "workspace store"); //$NON-NLS-1$
	}

	/** A passphrase for a new store: asked twice on a terminal, so that a typing error does not lock the user out. */
	static char[] newPassphrase(Map<String, String> environment) throws CliException {
		return newPassphrase(environment, VARIABLE, "workspace store"); //$NON-NLS-1$
	}

	/** The passphrase of an existing key store, from {@code variable} or asked on the terminal for {@code what}. */
	static char[] existing(Map<String, String> environment, String variable, String what) throws CliException {
		char[] fromEnvironment = fromEnvironment(environment, variable);
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		return console(variable).readPassword("Passphrase of the " + what + ": "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A passphrase for a new key store, from {@code variable} or asked twice on the terminal. */
	static char[] newPassphrase(Map<String, String> environment, String variable, String what) throws CliException {
		char[] fromEnvironment = fromEnvironment(environment, variable);
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		Console console = console(variable);
		char[] first = console.readPassword("New passphrase for the " + what + ": "); //$NON-NLS-1$ //$NON-NLS-2$
		char[] second = console.readPassword("The same passphrase again: "); //$NON-NLS-1$
		try {
			if (first == null || second == null || !Arrays.equals(first, second)) {
				if (first != null) {
					Arrays.fill(first, '\0');
				}
				throw new CliException(ExitCodes.FAILED, "The two passphrases differ. Nothing was created; try again."); //$NON-NLS-1$
			}
			return first;
		} finally {
			if (second != null) {
				Arrays.fill(second, '\0');
			}
		}
	}

	/** A token's PIN, from {@code variable} or asked on the terminal for {@code token} ("the PKCS#11 token 'X'"). */
	static char[] pin(Map<String, String> environment, String variable, String token) throws CliException {
		char[] fromEnvironment = fromEnvironment(environment, variable);
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		Console console = System.console();
		if (console == null) {
			throw CliException.usage("No PIN: set " + variable //$NON-NLS-1$
					+ " or run the command in a terminal to be asked for it."); //$NON-NLS-1$
		}
		char[] pin = console.readPassword("PIN of " + token + ": "); //$NON-NLS-1$ //$NON-NLS-2$
		if (pin == null || pin.length == 0) {
			throw CliException.usage("No PIN was given. Nothing was changed."); //$NON-NLS-1$
		}
		return pin;
	}

	private static char[] fromEnvironment(Map<String, String> environment, String variable) {
		String value = environment.get(variable);
		return value == null || value.isEmpty() ? null : value.toCharArray();
	}

	private static Console console(String variable) throws CliException {
		Console console = System.console();
		if (console == null) {
			throw CliException.usage("No passphrase: set " + variable //$NON-NLS-1$
					+ " or run the command in a terminal to be asked for it."); //$NON-NLS-1$
		}
		return console;
	}
}
