package org.counterpart.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where headquarters' shared store lives: its PostgreSQL connection URL, {@code jdbc:postgresql://HOST:PORT/DB?user=U},
 * and the database user named in it. The password is never part of the address: it comes from
 * {@value #PASSWORD_VARIABLE} or from the user when asked, since a URL given as an argument is seen by every user of the
 * machine and kept in shell histories.
 *
 * @param url the connection URL as given
 * @param user the database user from the URL's {@code user} parameter
 */
public record ServerStoreAddress(String url, String user) {

	/** The environment variable that may hold the database password. */
	public static final String PASSWORD_VARIABLE = "COUNTERPART_DB_PASSWORD"; //$NON-NLS-1$

	private static final String SERVER_PREFIX = "jdbc:postgresql:"; //$NON-NLS-1$

	/** Whether {@code location} names a server store (a JDBC URL) rather than a folder. */
	public static boolean isServerLocation(String location) {
		return location != null && location.startsWith("jdbc:"); //$NON-NLS-1$
	}

	/**
	 * Reads a server store's address.
	 *
	 * @throws IllegalArgumentException with a message for the user if it is not a PostgreSQL URL naming its user, or
	 *             if it holds a password
	 */
	public static ServerStoreAddress parse(String url) {
		if (url == null || !url.startsWith(SERVER_PREFIX)) {
			throw new IllegalArgumentException("only PostgreSQL serves a shared store: give jdbc:postgresql://HOST:PORT/DB?user=U"); //$NON-NLS-1$
		}
		String user = null;
		int query = url.indexOf('?');
		if (query >= 0) {
			for (String pair : url.substring(query + 1).split("&")) { //$NON-NLS-1$
				int eq = pair.indexOf('=');
				String name = eq < 0 ? pair : pair.substring(0, eq);
				if (name.equalsIgnoreCase("password")) { //$NON-NLS-1$
					throw new IllegalArgumentException("the URL must not hold the password: set " + PASSWORD_VARIABLE //$NON-NLS-1$
							+ " or type it when asked"); //$NON-NLS-1$
				}
				if (name.equals("user") && eq >= 0) { //$NON-NLS-1$
					user = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				}
			}
		}
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("name the database user in the URL: jdbc:postgresql://HOST:PORT/DB?user=U"); //$NON-NLS-1$
		}
		return new ServerStoreAddress(url, user);
	}

	/**
	 * Opens the shared store.
	 *
	 * @param password wiped by the store, whatever happens
	 */
	public WorkspaceStore open(char[] password) throws StoreException {
		return WorkspaceStore.openServer(url, user, password);
	}

	@Override
	public String toString() {
		return url;
	}
}
