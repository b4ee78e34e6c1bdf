package org.counterpart.store.internal;

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
 * The journal holds each operation in its binary encoding plus the columns needed to select operations by
 * device and sequence number, by object (the history a merge folds: its rows are kept by object, see
 * {@link JournalKeys}), by target container and in the order they were journaled. Tombstones,
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
	 * ({@link JournalRebuild}); 5: the journal's index by target container ordered by arrival within a container
	 * ({@link #journalIndexes()}).
	 */
	public static final int SCHEMA_VERSION = 5;

	/** The schema version since which the journal's index by target container is {@code cp_journal_by_target}. */
	static final int TARGET_INDEX_SINCE_SCHEMA = 5;

	/** One row per device and sequence number in the journal. */
	private static final String JOURNAL_UNIQUENESS = "CONSTRAINT cp_journal_seq UNIQUE (device_id, device_seq)";

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
						+ "min_seq BIGINT NOT NULL, max_seq BIGINT NOT NULL, max_hlc BIGINT NOT NULL)");
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
				journalTable("cp_journal", true));
	}

	/**
	 * The journal table of schema 4 under {@code name}: its rows under their key by object ({@link JournalKeys}), its
	 * order in {@code arrival}, one row per device and sequence number ({@link #journalUniqueness}, made with the
	 * table unless it is one {@link JournalRebuild} fills first).
	 */
	String journalTable(String name, boolean unique) {
		return "CREATE TABLE IF NOT EXISTS " + name + " (entry BIGINT PRIMARY KEY, arrival BIGINT NOT NULL, "
				+ "device_id VARCHAR(255) NOT NULL, device_seq BIGINT NOT NULL, hlc BIGINT NOT NULL, kind SMALLINT NOT NULL, "
				+ "object_id VARCHAR(255) NOT NULL, data " + binaryType + " NOT NULL, target_id VARCHAR(255)"
				+ (unique ? ", " + JOURNAL_UNIQUENESS : "") + ")";
	}

	/** Makes the journal table {@code name} hold one row per device and sequence number. */
	String journalUniqueness(String name) {
		return "ALTER TABLE " + name + " ADD " + JOURNAL_UNIQUENESS;
	}

	/**
	 * The journal's indexes by order and by target container, made on every open once the journal has the layout of
	 * schema 4 (a rebuilt journal gets them after its rows). Most operations have no target container, and an index
	 * entry ends with its row's key, which is random by object: indexed by target alone, each such operation went to a
	 * page of the index chosen at random (one to read and write again per operation). Within one target, and among
	 * the operations without one, the arrival orders the entries, so those of an import are appended side by side.
	 */
	public List<String> journalIndexes() {
		return List.of("CREATE INDEX IF NOT EXISTS cp_journal_arrival ON cp_journal (arrival)",
				"CREATE INDEX IF NOT EXISTS cp_journal_by_target ON cp_journal (target_id, arrival)");
	}

	/**
	 * What a bulk import into a new store's empty journal drops first: its uniqueness by device and sequence number and
	 * its indexes, which {@link #journalUniqueness} and {@link #journalIndexes} make again once the rows are in. The rows
	 * go in in key order, so their sequence numbers and arrivals come at random; built after them, H2 sorts each index
	 * once instead of writing a page chosen at random per row.
	 */
	List<String> journalIndexesBeforeBulkImport() {
		return List.of("ALTER TABLE cp_journal DROP CONSTRAINT cp_journal_seq", "DROP INDEX cp_journal_arrival",
				"DROP INDEX cp_journal_by_target");
	}

	/** What a store of a schema before {@link #TARGET_INDEX_SINCE_SCHEMA} has in place of the index by target. */
	String journalTargetIndexBefore() {
		return "DROP INDEX IF EXISTS cp_journal_into";
	}
}
