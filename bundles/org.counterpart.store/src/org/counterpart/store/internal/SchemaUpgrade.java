package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a store written by an earlier version to this version's schema, in place, when it is opened: the tables
 * added since exist already ({@link SqlDialect#upgrades()}); what must be derived from the stored data is derived here,
 * in one transaction with the new schema version. A process killed during it leaves the store as it was, at its old
 * version, and the next open does it again. On a shared server store the upgrade holds the writers' lock, so that two
 * processes opening it at once do it once.
 */
final class SchemaUpgrade {

	private SchemaUpgrade() {
	}

	/** Upgrades the store on {@code c} unless another process has already; commits. */
	static void run(SqlDialect dialect, Connection c) throws SQLException {
		try {
			if (dialect == SqlDialect.POSTGRESQL) {
				SharedWrites.lockTransaction(c);
			}
			String stored = MetaTable.read(c).get(MetaTable.SCHEMA_VERSION);
			int version = stored == null ? 1 : Integer.parseInt(stored);
			if (version >= SqlDialect.SCHEMA_VERSION) {
				c.commit();
				return;
			}
			if (version < JournalRanges.SINCE_SCHEMA) {
				JournalRanges.fill(c);
			}
			MetaTable.writeSchemaVersion(c);
			c.commit();
		} catch (SQLException | RuntimeException e) {
			StoreErrors.rollbackQuietly(c);
			throw e;
		}
	}
}
