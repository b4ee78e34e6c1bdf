package org.counterpart.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The few SQL differences between H2 (field) and PostgreSQL (HQ); everything else is shared SQL.
 * <p>
 * Schema: one row per object with its place in the containment tree (container id, containment feature,
 * position) and its other feature values encoded in one binary column. Opening a workspace is then a
 * single sequential scan that decodes rows straight into objects, with no joins and no per-feature rows
 * (a per-feature table would multiply the rows to read by the number of features, some 10 per object).
 * Children are not listed in their parent's row but point to it, with a sparse position, so that adding,
 * removing or moving one object rewrites that object's row only, not a parent with thousands of children.
 * The journal holds each operation in its binary encoding, its rows kept by object (the history a merge folds, see
 * {@link JournalKeys}); it is found by device and sequence number through runs of sequence numbers, and by target
 * container through the placements' own table ({@link JournalBlocks}). Tombstones,
 * conflicts, resolved conflict keys, device names and attachments (see {@link AttachmentTable}) have their own
 * tables. The load image (see {@link LoadImage}) is a copy of all objects in one sequential encoding, in parts of a
 * row each, that opening reads instead of the objects table while it is current. Operations staged for an import wait
 * in a table of their own (see {@link StagedOperationTable}), and a copy of unsaved changes in the recovery area
 * (see {@link RecoveryTable}).
 * </p>
 */
public enum SqlDialect {

	H2("VARBINARY(1000000000)"), POSTGRESQL("BYTEA");

	/**
	 * 3: the journal's ranges per device ({@link JournalRanges}); 4: the journal's rows kept by object
	 * ({@link JournalRebuild}); 5: the journal's index by target container ordered by arrival within a container;
	 * 6: the journal indexed by runs of sequence numbers and its placements by target container in tables of their
	 * own ({@link JournalBlocks}), its indexes and uniqueness by device and sequence number dropped.
	 */
	public static final int SCHEMA_VERSION = 6;

	private final String binaryType;

	SqlDialect(String binaryType) {
		this.binaryType = binaryType;
	}

	/**
	 * Tables, columns and indexes added after schema version 1, created on every open if missing: the same SQL
	 * on both databases.
	 */
	public List<String> upgrades() {
		return List.of(
				"CREATE TABLE IF NOT EXISTS cp_sync_mark (mark_key VARCHAR(512) PRIMARY KEY, mark_value BIGINT NOT NULL)",
				"ALTER TABLE cp_journal ADD COLUMN IF NOT EXISTS target_id VARCHAR(255)",
				"CREATE TABLE IF NOT EXISTS cp_tombstone (id VARCHAR(255) PRIMARY KEY, device_id VARCHAR(255) NOT NULL, "
						+ "device_seq BIGINT NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_conflict (conflict_key VARCHAR(1200) PRIMARY KEY, kind VARCHAR(32) NOT NULL, "
						+ "object_id VARCHAR(255) NOT NULL, register VARCHAR(255) NOT NULL, winner " + binaryType
						+ " NOT NULL, loser " + binaryType + " NOT NULL)",
				"CREATE INDEX IF NOT EXISTS cp_conflict_register ON cp_conflict (object_id, register)",
				"CREATE TABLE IF NOT EXISTS cp_resolved (conflict_key VARCHAR(1200) PRIMARY KEY)",
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS resolution " + binaryType,
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS kind VARCHAR(32)",
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS object_id VARCHAR(255)",
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS register VARCHAR(255)",
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS winner " + binaryType,
				"ALTER TABLE cp_resolved ADD COLUMN IF NOT EXISTS loser " + binaryType,
				"CREATE TABLE IF NOT EXISTS cp_device (device_id VARCHAR(255) PRIMARY KEY, name VARCHAR(1000) NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_attachment (sha256 VARCHAR(64) PRIMARY KEY, size BIGINT NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_attachment_chunk (sha256 VARCHAR(64) NOT NULL, chunk_no INT NOT NULL, data "
						+ binaryType + " NOT NULL, PRIMARY KEY (sha256, chunk_no))",
				"CREATE TABLE IF NOT EXISTS cp_attachment_staged (sha256 VARCHAR(64) PRIMARY KEY)",
				"CREATE TABLE IF NOT EXISTS cp_image (part INT PRIMARY KEY, data " + binaryType + " NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_staged_op (arrival BIGINT PRIMARY KEY, data " + binaryType + " NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_recovery (slot INT PRIMARY KEY, kept_at BIGINT NOT NULL, data " + binaryType
						+ " NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_record (kind VARCHAR(64) NOT NULL, record_key VARCHAR(512) NOT NULL, data "
						+ binaryType + " NOT NULL, PRIMARY KEY (kind, record_key))",
				"CREATE TABLE IF NOT EXISTS cp_journal_range (device_id VARCHAR(255) PRIMARY KEY, op_count BIGINT NOT NULL, "
						+ "min_seq BIGINT NOT NULL, max_seq BIGINT NOT NULL, max_hlc BIGINT NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_journal_block (device_id VARCHAR(255) NOT NULL, first_seq BIGINT NOT NULL, "
						+ "last_seq BIGINT NOT NULL, last_arrival BIGINT NOT NULL, entries " + binaryType
						+ " NOT NULL, PRIMARY KEY (device_id, first_seq))",
				"CREATE INDEX IF NOT EXISTS cp_journal_block_arrival ON cp_journal_block (last_arrival)",
				"CREATE TABLE IF NOT EXISTS cp_journal_placement (target_id VARCHAR(255) NOT NULL, arrival BIGINT NOT NULL, "
						+ "entry BIGINT NOT NULL, PRIMARY KEY (target_id, arrival))");
	}

	/**
	 * Tables that each connection keeps to itself, made on every open: on PostgreSQL, where several processes share
	 * the store, an import's staged operations live in a temporary table that hides the shared one of the same name, so that
	 * one process opening or staging never clears what another has staged, and what a process that died had staged
	 * goes with its connection. A local store has one process at a time and stages in its own tables.
	 */
	public List<String> sessionTables() {
		if (this == H2) {
			return List.of();
		}
		// Staged attachment content stays in the shared tables: its pieces are rows there, and whoever opens the
		// store next must be able to find and drop what a crashed importer left.
		return List.of("CREATE TEMPORARY TABLE IF NOT EXISTS cp_staged_op (arrival BIGINT PRIMARY KEY, data BYTEA NOT NULL)");
	}

	public List<String> createSchema() {
		return List.of(
				"CREATE TABLE IF NOT EXISTS cp_meta (meta_key VARCHAR(64) PRIMARY KEY, meta_value VARCHAR(1000) NOT NULL)",
				"CREATE TABLE IF NOT EXISTS cp_object (id VARCHAR(255) PRIMARY KEY, eclass VARCHAR(1000) NOT NULL, "
						+ "container_id VARCHAR(255), container_feature VARCHAR(255), pos BIGINT NOT NULL, state "
						+ binaryType + " NOT NULL)",
				journalTable("cp_journal"));
	}

	/**
	 * The journal table under {@code name}: its rows under their key by object ({@link JournalKeys}), its order in
	 * {@code arrival}. Its look-ups by device and sequence number and by target container go through tables of their
	 * own ({@link JournalBlocks}).
	 */
	String journalTable(String name) {
		return "CREATE TABLE IF NOT EXISTS " + name + " (entry BIGINT PRIMARY KEY, arrival BIGINT NOT NULL, "
				+ "device_id VARCHAR(255) NOT NULL, device_seq BIGINT NOT NULL, hlc BIGINT NOT NULL, kind SMALLINT NOT NULL, "
				+ "object_id VARCHAR(255) NOT NULL, data " + binaryType + " NOT NULL, target_id VARCHAR(255))";
	}

	/**
	 * The journal's indexes, made on every open once the journal has the layout of schema 4: on PostgreSQL the one by
	 * arrival, through which the processes sharing a store find what the others wrote ({@link SharedWrites}); a local
	 * store has none besides its key.
	 */
	public List<String> journalIndexes() {
		return this == POSTGRESQL ? List.of("CREATE INDEX IF NOT EXISTS cp_journal_arrival ON cp_journal (arrival)") : List.of();
	}

	/**
	 * What a store of a schema before {@link JournalBlocks#SINCE_SCHEMA} has and drops once {@link JournalBlocks} has
	 * been filled: the uniqueness by device and sequence number, the index by target container (either name), and on H2
	 * the index by arrival.
	 */
	List<String> journalIndexesBefore() {
		List<String> ddl = new ArrayList<>(List.of("ALTER TABLE cp_journal DROP CONSTRAINT IF EXISTS cp_journal_seq",
				"DROP INDEX IF EXISTS cp_journal_by_target", "DROP INDEX IF EXISTS cp_journal_into"));
		if (this == H2) {
			ddl.add("DROP INDEX IF EXISTS cp_journal_arrival");
		}
		return ddl;
	}

}
