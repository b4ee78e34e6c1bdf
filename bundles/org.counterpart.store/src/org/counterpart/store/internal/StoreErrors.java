package org.counterpart.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;

/**
 * How the store turns what went wrong underneath (database, files) into a {@link StoreException} for the user, and
 * the checks every entry point shares. Messages never carry stored values, SQL or secrets.
 */
final class StoreErrors {

	private StoreErrors() {
	}

	/** The store's schema is newer than this version knows: reported as such, never as damage. */
	static final class NewerSchemaException extends SQLException {
		private static final long serialVersionUID = 1L;

		NewerSchemaException(String version) {
			super(version);
		}
	}

	static StoreException ioFailed(Path path, IOException e) {
		return new StoreException(Reason.IO, Messages.format(Messages.IO_FAILED, path, e.getClass().getSimpleName()), e);
	}

	static StoreException databaseFailed(SQLException e) {
		if (e instanceof NewerSchemaException) {
			return newerSchema(e.getMessage());
		}
		int code = e.getErrorCode();
		if (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || code == org.h2.api.ErrorCode.LOCK_TIMEOUT_1) {
			return new StoreException(Reason.IN_USE, Messages.IN_USE, sanitized(e));
		}
		if (code == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
			return new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
		}
		if (code == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || code == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
			return new StoreException(Reason.CORRUPT, Messages.format(Messages.DATABASE_FAILED, describe(e)), sanitized(e));
		}
		return new StoreException(Reason.IO, Messages.format(Messages.DATABASE_FAILED, describe(e)), sanitized(e));
	}

	static StoreException newerSchema(Object version) {
		return new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.NEWER_FORMAT, version));
	}

	static StoreException corrupt(String what) {
		return new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, what));
	}

	static String describe(SQLException e) {
		return "SQL state " + e.getSQLState() + ", error " + e.getErrorCode();
	}

	/**
	 * A copy of a database exception without its message, which may quote stored values or SQL with values;
	 * the stack trace is kept for diagnosis.
	 */
	static SQLException sanitized(SQLException e) {
		SQLException clean = new SQLException(describe(e), e.getSQLState(), e.getErrorCode());
		clean.setStackTrace(e.getStackTrace());
		return clean;
	}

	static void rollbackQuietly(Connection c) {
		try {
			c.rollback();
		} catch (SQLException e) {
			// the connection is broken; the transaction is lost either way
		}
	}

	static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already failing
		}
	}

	/** A store whose connection is gone (closed, or lost in a failed passphrase change) refuses every use. */
	static void requireOpen(Connection c) throws StoreException {
		if (c == null) {
			throw new StoreException(Reason.IO, Messages.CLOSED);
		}
	}

	static void requirePassphrase(char[] passphrase) throws StoreException {
		if (passphrase == null || passphrase.length == 0) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_PASSPHRASE);
		}
	}

	static void wipe(char[] secret) {
		if (secret != null) {
			Arrays.fill(secret, '\0');
		}
	}
}
