package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Schema 4 keeps the journal's rows by object ({@link JournalKeys}); a journal of an older store is rebuilt in that
 * layout when the store is first opened. The rows are copied into a new table in key order, a range of buckets at
 * a time so that memory holds a bounded part of the journal; then the new table takes the old one's name.
 * <p>
 * On H2, where a change of a table commits, a kill at any point leaves a store that opens: before the renames, the
 * old journal is intact and the half-filled new table is dropped and filled again; between the two renames,
 * {@link #finishRenames} completes them before anything reads the journal; after them, what is left of the old table
 * is dropped. On PostgreSQL the rebuild is one transaction under the writers' lock.
 * </p>
 */
final class JournalRebuild {

	/** The schema version whose stores keep the journal by object; older ones are rebuilt on open. */
	static final int SINCE_SCHEMA = 4;

	/**
	 * System property: how many rows one pass over the old journal collects at most (default: what an eighth of the
	 * heap holds at half a kilobyte a row).
	 */
	static final String ROWS_PER_PASS_PROPERTY = "counterpart.store.journalRebuildRows";

	private static final String JOURNAL = "cp_journal";
	private static final String NEXT = "cp_journal_next";
	private static final String OLD = "cp_journal_old";
	/** Rows per batch, and per commit on H2. */
	private static final int BATCH = 20_000;

	private JournalRebuild() {
	}

	/** One journal row as copied: its new key, and its old entry number, which becomes its place in the order. */
	private record Row(long key, long arrival, String device, long sequence, long hlc, int kind, String objectId,
			byte[] data, String target) {
	}

	/**
	 * Completes a rebuild that was killed between its two renames: the old journal renamed away, the new one not yet
	 * in its place. Runs first when a store is opened, before anything reads or alters the journal. Commits.
	 */
	static void finishRenames(Connection c) throws SQLException {
		if (!exists(c, JOURNAL) && exists(c, NEXT)) {
			try (Statement st = c.createStatement()) {
				st.execute("ALTER TABLE " + NEXT + " RENAME TO " + JOURNAL);
			}
			c.commit();
		}
	}

	/**
	 * Rebuilds the journal on {@code c} in the layout of schema 4, unless it has it already. On H2 commits as it
	 * goes; on PostgreSQL leaves the transaction to the caller.
	 */
	static void run(SqlDialect dialect, Connection c) throws SQLException {
		boolean local = dialect == SqlDialect.H2;
		try (Statement st = c.createStatement()) {
			if (!hasColumn(c, JOURNAL, "arrival")) {
				st.execute("DROP TABLE IF EXISTS " + NEXT);
				st.execute(dialect.journalTable(NEXT));
				copy(c, local);
				st.execute("ALTER TABLE " + JOURNAL + " RENAME TO " + OLD);
				st.execute("ALTER TABLE " + NEXT + " RENAME TO " + JOURNAL);
			}
			st.execute("DROP TABLE IF EXISTS " + OLD);
			for (String ddl : dialect.journalIndexes()) {
				st.execute(ddl);
			}
		}
		if (local) {
			c.commit();
		}
	}

	/** Copies the old journal's rows into the new table, a range of buckets per pass, each range in key order. */
	private static void copy(Connection c, boolean commitBatches) throws SQLException {
		long rows;
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + JOURNAL)) {
			rs.next();
			rows = rs.getLong(1);
		}
		long perPass = Math.max(1, Long.getLong(ROWS_PER_PASS_PROPERTY, Runtime.getRuntime().maxMemory() / 8 / 512));
		long passes = Math.max(1, (rows + perPass - 1) / perPass);
		long buckets = 1L << JournalKeys.BUCKET_BITS;
		long bucketsPerPass = (buckets + passes - 1) / passes;
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + NEXT + " (entry, arrival, device_id, device_seq, "
				+ "hlc, kind, object_id, data, target_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (long low = 0; low < buckets; low += bucketsPerPass) {
				List<Row> pass = collect(c, low, Math.min(buckets, low + bucketsPerPass));
				pass.sort(Comparator.comparingLong(Row::key));
				for (int i = 0; i < pass.size(); i++) {
					Row row = pass.get(i);
					insert.setLong(1, row.key());
					insert.setLong(2, row.arrival());
					insert.setString(3, row.device());
					insert.setLong(4, row.sequence());
					insert.setLong(5, row.hlc());
					insert.setInt(6, row.kind());
					insert.setString(7, row.objectId());
					insert.setBytes(8, row.data());
					insert.setString(9, row.target());
					insert.addBatch();
					if (i % BATCH == BATCH - 1) {
						insert.executeBatch();
						if (commitBatches) {
							c.commit();
						}
					}
				}
				insert.executeBatch();
				if (commitBatches) {
					c.commit();
				}
			}
		}
	}

	/**
	 * The old journal's rows whose objects' buckets lie in [{@code low}, {@code high}), with their new keys: each
	 * bucket counts its rows in the order they were journaled.
	 */
	private static List<Row> collect(Connection c, long low, long high) throws SQLException {
		List<Row> pass = new ArrayList<>();
		Map<Long, Long> counted = new HashMap<>();
		try (PreparedStatement ps = c.prepareStatement("SELECT entry, object_id, device_id, device_seq, hlc, kind, data, "
				+ "target_id FROM " + JOURNAL + " ORDER BY entry")) {
			ps.setFetchSize(1000);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String objectId = rs.getString(2);
					long bucket = JournalKeys.bucket(objectId);
					if (bucket < low || bucket >= high) {
						continue;
					}
					long n = counted.merge(bucket, 1L, Long::sum) - 1;
					pass.add(new Row(JournalKeys.first(bucket) + n, rs.getLong(1), rs.getString(3), rs.getLong(4),
							rs.getLong(5), rs.getInt(6), objectId, rs.getBytes(7), rs.getString(8)));
				}
			}
		}
		return pass;
	}

	private static boolean exists(Connection c, String table) throws SQLException {
		DatabaseMetaData meta = c.getMetaData();
		try (ResultSet rs = meta.getTables(null, schema(c, meta), identifier(meta, table), null)) {
			return rs.next();
		}
	}

	private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
		DatabaseMetaData meta = c.getMetaData();
		try (ResultSet rs = meta.getColumns(null, schema(c, meta), identifier(meta, table), identifier(meta, column))) {
			return rs.next();
		}
	}

	/** The connection's own schema: a server may hold other stores' tables of the same names in other schemas. */
	private static String schema(Connection c, DatabaseMetaData meta) throws SQLException {
		String schema = c.getSchema();
		return schema == null ? null : schema.replace("_", meta.getSearchStringEscape() + "_");
	}

	/** An unquoted name as the database stores it (H2: upper case; PostgreSQL: lower case). */
	private static String identifier(DatabaseMetaData meta, String name) throws SQLException {
		String stored = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
		return stored.replace("_", meta.getSearchStringEscape() + "_");
	}
}
