package org.counterpart.cli.internal;

import java.io.Console;
import java.nio.file.Path;
import java.util.Map;

import org.counterpart.cli.CliException;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.store.ServerStoreAddress;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a store command finds its store: a local store's folder, or headquarters' shared store on PostgreSQL given by
 * its connection URL, {@code jdbc:postgresql://HOST:PORT/DB?user=U}. A server store's password comes from
 * {@value #PASSWORD_VARIABLE} or is asked for on the terminal; it is never part of the URL or the command line,
 * and never printed.
 */
record StoreLocation(Path directory, String url, String user) {

	static final String PASSWORD_VARIABLE = ServerStoreAddress.PASSWORD_VARIABLE;

	/** A folder, or a server store's URL. */
	static StoreLocation parse(String value) {
		if (!ServerStoreAddress.isServerLocation(value)) {
			return new StoreLocation(Path.of(value), null, null);
		}
		ServerStoreAddress address = ServerStoreAddress.parse(value);
		return new StoreLocation(null, address.url(), address.user());
	}

	boolean isServer() {
		return url != null;
	}

	/** The folder of identity files beside a local store ({@code STORE/identity}); a server store has none. */
	Path identityDefault() throws CliException {
		if (isServer()) {
			throw CliException.usage("A shared store on a server keeps no identity folder: give --identity DIR."); //$NON-NLS-1$
		}
		return directory.resolve(IdentityFolder.DEFAULT_NAME);
	}

	@Override
	public String toString() {
		return isServer() ? url : directory.toString();
	}

	/** Opens the store: a local one with its passphrase, a server one with the database password. */
	WorkspaceStore open(Map<String, String> environment) throws CliException {
		if (!isServer()) {
			return StoreCommand.openStore(directory, environment);
		}
		CounterpartPackage.eINSTANCE.eClass(); // registers the model before the store resolves classes
		try {
			return WorkspaceStore.openServer(url, user, password(environment));
		} catch (StoreException e) {
			throw CliException.failed(e.getMessage(), e);
		}
	}

	/** The database password, from the environment or the terminal; wiped by the store once used. */
	private char[] password(Map<String, String> environment) throws CliException {
		String fromEnvironment = environment.get(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw CliException.usage("No database password: set " + PASSWORD_VARIABLE //$NON-NLS-1$
					+ " or run the command in a terminal to be asked for it."); //$NON-NLS-1$
		}
		char[] password = console.readPassword("Password of database user %s: ", user); //$NON-NLS-1$
		if (password == null || password.length == 0) {
			throw CliException.usage("No database password was given. Nothing was changed."); //$NON-NLS-1$
		}
		return password;
	}

	/** Lets picocli read {@code --store DIR|URL}. */
	static final class Converter implements ITypeConverter<StoreLocation> {
		@Override
		public StoreLocation convert(String value) {
			try {
				return parse(value);
			} catch (IllegalArgumentException e) {
				throw new TypeConversionException(e.getMessage());
			}
		}
	}
}
