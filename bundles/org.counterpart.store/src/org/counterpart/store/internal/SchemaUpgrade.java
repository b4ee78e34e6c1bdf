package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Brings a store written by an earlier version to this version's schema, in place, when it is opened: the tables
 * added since are created ({@link SqlDialect#upgrades()}); what must be derived from the stored data is derived here,
 * in one transaction with the new schema version, a journal of the layout before schema 4 is rebuilt
 * ({@link JournalRebuild}, which says what a kill during it leaves), and the journal's index of schema 6 is filled
 * ({@link JournalBlocks}). A process killed during it leaves the store at its
 * old version, and the next open does it again. On a shared server store the upgrade holds the writers' lock, so that two
 * processes opening it at once do it once.
 */
final class SchemaUpgrade {

	private SchemaUpgrade() {
	}

	/** What opening found: the store's facts ({@link MetaTable}), and whether it rebuilt the journal just now. */
	record Opened(Map<String, String> meta, boolean journalRebuilt) {
	}

	/**
	 * Makes the database on {@code c} one of this version as a store opens it: the tables added since schema 1, this
	 * connection's own tables, nothing left staged by an import that never finished, the facts of a new store, and
	 * the upgrade of an older one. Commits.
	 */
	static Opened open(SqlDialect dialect, Connection c) throws SQLException {
		JournalRebuild.finishRenames(c); // before anything reads or alters the journal
		Map<String, String> meta = MetaTable.read(c);
		if (meta.get(MetaTable.DEVICE_ID) != null && !isCurrent(meta) && dialect == SqlDialect.POSTGRESQL) {
			// two processes creating the same table at once can clash on PostgreSQL: one at a time, until the commit
			SharedWrites.lockTransaction(c);
		}
		try (Statement st = c.createStatement()) {
			for (String ddl : dialect.upgrades()) {
				st.execute(ddl);
			}
			for (String ddl : dialect.sessionTables()) {
				st.execute(ddl);
			}
		}
		AttachmentTable.dropAllStaged(c);
		StagedOperationTable.clear(c);
		c.commit();
		if (meta.get(MetaTable.DEVICE_ID) == null) {
			MetaTable.initialize(c);
			meta = MetaTable.read(c);
		}
		boolean rebuilt = false;
		if (!isCurrent(meta)) {
			rebuilt = run(dialect, c);
			meta = MetaTable.read(c);
		}
		try (Statement st = c.createStatement()) {
			for (String ddl : dialect.journalIndexes()) {
				st.execute(ddl);
			}
		}
		c.commit();
		return new Opened(meta, rebuilt);
	}

	private static boolean isCurrent(Map<String, String> meta) {
		return Integer.toString(SqlDialect.SCHEMA_VERSION).equals(meta.get(MetaTable.SCHEMA_VERSION));
	}

	/**
	 * Upgrades the store on {@code c} unless another process has already; commits.
	 *
	 * @return whether the journal was rebuilt
	 */
	private static boolean run(SqlDialect dialect, Connection c) throws SQLException {
		try {
			if (dialect == SqlDialect.POSTGRESQL) {
				SharedWrites.lockTransaction(c);
			}
			String stored = MetaTable.read(c).get(MetaTable.SCHEMA_VERSION);
			int version = stored == null ? 1 : Integer.parseInt(stored);
			if (version >= SqlDialect.SCHEMA_VERSION) {
				c.commit();
				return false;
			}
			boolean rebuilt = version < JournalRebuild.SINCE_SCHEMA;
			if (rebuilt) {
				JournalRebuild.run(dialect, c);
			}
			if (version < JournalRanges.SINCE_SCHEMA) {
				JournalRanges.fill(c);
			}
			if (version < JournalBlocks.SINCE_SCHEMA) {
				JournalBlocks.fill(dialect, c); // on PostgreSQL under the writers' lock, once
			}
			MetaTable.writeSchemaVersion(c);
			c.commit();
			return rebuilt;
		} catch (SQLException | RuntimeException e) {
			StoreErrors.rollbackQuietly(c);
			throw e;
		}
	}
}
