package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import org.counterpart.store.Conflict;
import org.counterpart.store.Resolution;
import org.counterpart.store.ResolvedConflict;
import org.counterpart.store.ImportStage;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.StoreStats;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationRecorder;
import org.counterpart.store.journal.OperationSink;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * {@link WorkspaceStore} over JDBC: an encrypted H2 file locally, PostgreSQL at HQ. This class opens, creates and
 * closes a store and owns its connection; each concern behind the interface has a class of its own: loading
 * ({@link WorkspaceLoader}), saving ({@link WorkspaceSaver}), imports and their stage ({@link OperationImport}), the
 * merge's view of the store ({@link MergeSession}), taking turns with other processes on a shared server store
 * ({@link SharedStoreTurns}), and a class per table.
 */
public final class JdbcWorkspaceStore implements WorkspaceStore {


	/** Clock order, the device and then the sequence number breaking ties: the same total order everywhere. */
	public static final Comparator<Operation> OPERATION_ORDER = JournalTable.ORDER;

	private final Path dir; // null for a server store
	private Connection connection;
	private final WorkspaceState state;
	private final JournalHeads heads = new JournalHeads();
	private final StoredPlacements placements = new StoredPlacements();
	private final StoredTombstones tombstones = new StoredTombstones();
	private final AttachmentStore attachments;
	private final WorkspaceLoader loader;
	private final MergeSession merge;
	private final WorkspaceSaver saver;
	private final OperationImport imports;
	/** how this process takes turns with others sharing a server store */
	private final SharedStoreTurns turns;
	/** whether opening rebuilt the journal of an older store, which leaves its old pages as garbage in the file */
	private final boolean journalRebuilt;

	private JdbcWorkspaceStore(Path dir, SqlDialect dialect, Connection connection) throws SQLException {
		this.dir = dir;
		this.connection = connection;
		connection.setAutoCommit(false);
		SchemaUpgrade.Opened opened = SchemaUpgrade.open(dialect, connection);
		journalRebuilt = opened.journalRebuilt();
		Map<String, String> meta = opened.meta();
		state = new WorkspaceState(meta.get(MetaTable.DEVICE_ID), Long.parseLong(meta.get(MetaTable.LAST_SEQUENCE)),
				Long.parseLong(meta.get(MetaTable.LAST_HLC)), meta.containsKey(MetaTable.LOAD_IMAGE_MARK));
		attachments = new AttachmentStore(this::connection);
		loader = new WorkspaceLoader(state, this::connection);
		merge = new MergeSession(state, this::connection, placements, tombstones);
		saver = new WorkspaceSaver(state, this::connection, loader, merge, heads, placements);
		imports = new OperationImport(state, this::connection, loader, saver, merge, heads, placements, attachments);
		turns = new SharedStoreTurns(dialect == SqlDialect.POSTGRESQL, this::connection, state, heads, placements,
				tombstones, loader, saver);
	}

	private Connection connection() {
		return connection;
	}

	// ---------------------------------------------------------------- opening

	public static boolean exists(Path dir) {
		return StoreHeader.exists(dir);
	}

	/** Marks the local store in {@code dir} as an exercise store, in its header. */
	public static void markExercise(Path dir) throws StoreException {
		try {
			StoreHeader header = StoreFiles.readHeader(dir);
			if (!header.exercise()) {
				header.asExercise().write(dir);
			}
		} catch (IOException e) {
			throw StoreErrors.ioFailed(dir, e);
		}
	}

	@Override
	public boolean isExercise() {
		if (dir == null) {
			return false;
		}
		try {
			return StoreFiles.readHeader(dir).exercise();
		} catch (StoreException e) {
			return false;
		}
	}

	public static JdbcWorkspaceStore create(Path dir, char[] passphrase) throws StoreException {
		return create(dir, passphrase, KeyDerivation.DEFAULT);
	}

	/** As {@link #create(Path, char[])} with chosen key-derivation parameters (cheap ones make tests fast). */
	public static JdbcWorkspaceStore create(Path dir, char[] passphrase, KeyDerivation.Parameters kdf) throws StoreException {
		return create(dir, passphrase, kdf, null);
	}

	/**
	 * Creates a store, filled with a copy of {@code source} if it is given. An import commits as it goes and
	 * then compacts the database file (one huge transaction would leave most of the file as garbage); it is
	 * still all or nothing, because the header that makes the folder a store is written last.
	 */
	private static JdbcWorkspaceStore create(Path dir, char[] passphrase, KeyDerivation.Parameters kdf, Resource source)
			throws StoreException {
		try {
			StoreErrors.requirePassphrase(passphrase);
			if (StoreHeader.exists(dir)) {
				throw new StoreException(Reason.ALREADY_EXISTS, Messages.format(Messages.ALREADY_EXISTS, dir));
			}
			try {
				Files.createDirectories(dir);
			} catch (IOException e) {
				throw StoreErrors.ioFailed(dir, e);
			}
			byte[] salt = KeyDerivation.newSalt();
			String dbName = StoreFiles.firstDatabaseName();
			StoreFiles.deleteDatabaseFiles(dir, dbName);
			StoreFiles.claim(dir);
			try (KeyDerivation.Keys keys = KeyDerivation.derive(passphrase, salt, kdf)) {
				Connection c;
				try {
					c = StoreFiles.connectH2(dir, dbName, keys, false);
				} catch (SQLException e) {
					StoreFiles.release(dir);
					throw e;
				}
				JdbcWorkspaceStore store;
				try {
					try (Statement st = c.createStatement()) {
						for (String ddl : SqlDialect.H2.createSchema()) {
							st.execute(ddl);
						}
					}
					c.commit();
					store = new JdbcWorkspaceStore(dir, SqlDialect.H2, c);
				} catch (SQLException e) {
					StoreErrors.closeQuietly(c);
					StoreFiles.release(dir);
					throw e;
				}
				if (source != null) {
					try {
						store.state.bulkImport = true;
						importModel(store, source);
						store.state.bulkImport = false;
						store.loader.writeImage(); // before compacting, which then lays it out with the rest
						store.compact(keys, dbName);
					} catch (StoreException | SQLException | RuntimeException e) {
						store.closeQuietly();
						StoreFiles.release(dir); // close releases only a connected store
						StoreFiles.deleteDatabaseFiles(dir, dbName);
						throw e;
					}
				}
				// the header last: a folder without it is not a store, so a failed create leaves nothing to open
				try {
					new StoreHeader(StoreHeader.FORMAT, kdf, salt, keys.verifier(), dbName).write(dir);
				} catch (IOException e) {
					store.closeQuietly();
					throw StoreErrors.ioFailed(dir, e);
				}
				return store;
			} catch (SQLException e) {
				throw StoreErrors.databaseFailed(e);
			}
		} finally {
			StoreErrors.wipe(passphrase);
		}
	}

	public static JdbcWorkspaceStore open(Path dir, char[] passphrase) throws StoreException {
		try {
			StoreErrors.requirePassphrase(passphrase);
			StoreHeader header = StoreFiles.readHeader(dir);
			try (KeyDerivation.Keys keys = StoreFiles.unlock(header, passphrase)) {
				if (!Files.isRegularFile(StoreFiles.databaseFile(dir, header.databaseName()))) {
					throw new StoreException(Reason.CORRUPT, Messages.format(Messages.HEADER_CORRUPT, dir));
				}
				StoreFiles.claim(dir);
				try {
					StoreFiles.removeLeftovers(dir, header.databaseName());
					Connection c = StoreFiles.connectH2(dir, header.databaseName(), keys, true);
					try {
						JdbcWorkspaceStore store = new JdbcWorkspaceStore(dir, SqlDialect.H2, c);
						if (store.journalRebuilt) {
							store.compact(keys, header.databaseName());
						}
						store.loader.useLoadConnection(StoreFiles.connectH2(dir, header.databaseName(), keys, true));
						store.imports.readAheadOn(StoreFiles.connectH2(dir, header.databaseName(), keys, true));
						return store;
					} catch (SQLException e) {
						StoreErrors.closeQuietly(c);
						throw e;
					}
				} catch (SQLException | RuntimeException e) {
					StoreFiles.release(dir);
					throw e;
				}
			} catch (SQLException e) {
				throw StoreErrors.databaseFailed(e);
			}
		} finally {
			StoreErrors.wipe(passphrase);
		}
	}

	/**
	 * Connects to a local store's database directly, with the settings and keys a store uses, for tests and
	 * tools that must reach under the store. Claims nothing: the caller must know what else has the store open.
	 */
	public static Connection connectDatabase(Path dir, char[] passphrase) throws StoreException {
		try {
			StoreErrors.requirePassphrase(passphrase);
			StoreHeader header = StoreFiles.readHeader(dir);
			try (KeyDerivation.Keys keys = StoreFiles.unlock(header, passphrase)) {
				return StoreFiles.connectH2(dir, header.databaseName(), keys, true);
			} catch (SQLException e) {
				throw StoreErrors.databaseFailed(e);
			}
		} finally {
			StoreErrors.wipe(passphrase);
		}
	}

	/**
	 * Connects to an H2 database file with a store's settings and encryption, for benchmarks that compare a store with
	 * plain H2: {@code database} is its path without {@code .mv.db}, {@code filePassword} is not wiped.
	 */
	public static Connection connectDatabaseFile(Path database, char[] filePassword, boolean mustExist) throws SQLException {
		return StoreFiles.connectH2(database, filePassword, mustExist);
	}

	public static JdbcWorkspaceStore openServer(String jdbcUrl, String user, char[] password) throws StoreException {
		try {
			Connection c = ServerDatabase.connect(jdbcUrl, user, password);
			Connection watch = null;
			try {
				watch = ServerDatabase.connect(jdbcUrl, user, password);
				watch.setAutoCommit(true);
				JdbcWorkspaceStore store = new JdbcWorkspaceStore(null, SqlDialect.POSTGRESQL, c);
				store.turns.watchOn(watch);
				return store;
			} catch (SQLException e) {
				StoreErrors.closeQuietly(c);
				if (watch != null) {
					StoreErrors.closeQuietly(watch);
				}
				throw e;
			}
		} catch (StoreErrors.NewerSchemaException e) {
			throw StoreErrors.newerSchema(e.getMessage());
		} catch (SQLException e) {
			throw new StoreException(Reason.IO, Messages.format(Messages.SERVER_FAILED, StoreErrors.describe(e)),
					StoreErrors.sanitized(e));
		} finally {
			StoreErrors.wipe(password);
		}
	}

	public static WorkspaceStore importModel(Path dir, char[] passphrase, Resource source) throws StoreException {
		if (source.getContents().isEmpty()) {
			StoreErrors.wipe(passphrase);
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_MODEL);
		}
		return create(dir, passphrase, KeyDerivation.DEFAULT, source);
	}

	/** Copies the objects of {@code source} into an empty, open store and saves them. */
	public static <S extends WorkspaceStore> S importModel(S store, Resource source) throws StoreException {
		if (source.getContents().isEmpty()) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_MODEL);
		}
		ResourceSet rs = new ResourceSetImpl();
		if (source.getResourceSet() != null) {
			rs.setPackageRegistry(source.getResourceSet().getPackageRegistry());
		}
		Resource target = store.load(rs);
		target.getContents().addAll(EcoreUtil.copyAll(source.getContents()));
		store.save();
		return store;
	}

	/** Rewrites the database file without its garbage and connects again. */
	private void compact(KeyDerivation.Keys keys, String dbName) throws SQLException {
		loader.closeLoadConnection();
		StoreFiles.shutdownCompact(connection);
		connection = null;
		connection = StoreFiles.connectH2(dir, dbName, keys, true);
		connection.setAutoCommit(false);
	}

	// ---------------------------------------------------------------- the model

	@Override
	public String deviceId() {
		return state.deviceId;
	}

	@Override
	public Resource load() throws StoreException {
		return load(new ResourceSetImpl());
	}

	@Override
	public Resource load(ResourceSet resourceSet) throws StoreException {
		requireOpen();
		if (!turns.isShared()) {
			return loader.load(resourceSet);
		}
		// read whole: no other process writes while the rows are read
		return turns.inTurn(() -> loader.load(resourceSet), false);
	}

	/**
	 * Forgets the load image: the next open reads the objects table, and the image is written anew when a loaded
	 * store closes. The stored state does not change.
	 */
	public void dropLoadImage() throws StoreException {
		requireOpen();
		loader.dropLoadImage();
	}

	@Override
	public Resource resource() {
		return state.resource;
	}

	@Override
	public boolean isDirty() {
		return state.recorder != null && state.recorder.hasChanges();
	}

	@Override
	public OperationRecorder.Mark recordingMark() {
		return state.recorder == null ? null : state.recorder.mark();
	}

	@Override
	public boolean undoUnsaved(OperationRecorder.Mark before, OperationRecorder.Mark after, Runnable undo) {
		return state.recorder != null && before != null && after != null && state.recorder.undoSince(before, after, undo);
	}

	@Override
	public int save() throws StoreException {
		requireLoaded();
		return turns.inTurn(saver::save, false);
	}

	// ---------------------------------------------------------------- the recovery area

	@Override
	public void keepUnsaved() throws StoreException {
		requireLoaded();
		List<Operation> pending = state.recorder.pendingOperations();
		transaction(c -> {
			if (pending.isEmpty()) {
				RecoveryTable.clear(c);
			} else {
				RecoveryTable.write(c, Instant.now(), pending);
			}
			return null;
		});
		state.recoveryOwned = true;
	}

	@Override
	public Optional<RecoveredEdits> recoveredEdits() throws StoreException {
		Optional<RecoveredEdits> kept = transaction(c -> {
			try {
				return RecoveryTable.read(c);
			} catch (IOException e) {
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.RECOVERY_DAMAGED, e.getMessage()), e);
			}
		});
		state.recoveryOwned = true;
		return kept;
	}

	@Override
	public void discardRecoveredEdits() throws StoreException {
		transaction(c -> {
			RecoveryTable.clear(c);
			return null;
		});
	}

	@Override
	public void checkPassphrase(char[] passphrase) throws StoreException {
		try {
			StoreErrors.requirePassphrase(passphrase);
			if (dir == null) {
				throw new StoreException(Reason.INVALID_INPUT, Messages.NOT_LOCAL);
			}
			StoreFiles.unlock(StoreFiles.readHeader(dir), passphrase).close();
		} finally {
			StoreErrors.wipe(passphrase);
		}
	}

	/**
	 * The register an operation writes: a feature of its object, or the object's place (placements and
	 * deletes share it).
	 */
	public static String registerKey(Operation op) {
		return WorkspaceSaver.registerKey(op);
	}

	@Override
	public void exportTo(Resource target) throws StoreException {
		requireLoaded();
		target.getContents().addAll(EcoreUtil.copyAll(state.resource.getContents()));
	}

	// ---------------------------------------------------------------- imports

	@Override
	public int importOperations(Collection<Operation> operations) throws StoreException {
		return importOperations(operations, Map.of());
	}

	@Override
	public int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks) throws StoreException {
		requireLoaded();
		return turns.inTurn(() -> imports.replay(operations, syncMarks), true);
	}

	@Override
	public int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		requireLoaded();
		return turns.inTurn(() -> imports.importOperations(operations, syncMarks, integrator), true);
	}

	@Override
	public ImportStage stageImport() throws StoreException {
		requireOpen();
		return imports.stageImport();
	}

	@Override
	public int importStaged(ImportStage staged, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		requireLoaded();
		return turns.inTurn(() -> imports.importStaged(staged, syncMarks, integrator), true);
	}

	/**
	 * Sets how many operations an import stage keeps in memory before it writes them to the store, which is also
	 * how many {@link #importStaged} integrates at once ({@link WorkspaceStore#IMPORT_BATCH} unless set): small
	 * batches let tests stage in the store without large imports.
	 */
	public void setImportBatch(int operations) {
		imports.setImportBatch(operations);
	}

	/**
	 * Sets how many bytes of operations an import stage keeps in memory, and {@link #importStaged} integrates at once
	 * ({@link WorkspaceStore#IMPORT_BATCH_BYTES} unless set; at least one operation however large).
	 */
	public void setImportBatchBytes(long bytes) {
		imports.setImportBatchBytes(bytes);
	}

	// ---------------------------------------------------------------- conflicts

	@Override
	public List<Conflict> conflicts() throws StoreException {
		List<Conflict> open = transaction(ConflictTable::open);
		if (state.recorder != null) {
			// resolved by an edit not saved yet: closed for the user, open again if the edit is undone
			Set<String> unsaved = state.recorder.unsavedResolutions();
			open.removeIf(c -> unsaved.contains(c.key()));
		}
		return open;
	}

	@Override
	public List<ResolvedConflict> resolvedConflicts() throws StoreException {
		return transaction(ConflictTable::resolved);
	}

	@Override
	public void resolveConflict(Conflict conflict, Resolution resolution) throws StoreException {
		requireLoaded();
		turns.inTurn(() -> {
			new ConflictResolution(state, loader, merge).record(conflicts(), conflict, resolution);
			return saver.save();
		}, true);
	}

	@Override
	public void applyResolution(Conflict conflict, Resolution resolution) throws StoreException {
		requireLoaded();
		new ConflictResolution(state, loader, merge).record(conflicts(), conflict, resolution);
	}

	// ---------------------------------------------------------------- devices, marks and the journal

	@Override
	public Map<String, String> deviceNames() throws StoreException {
		return transaction(DeviceNameTable::read);
	}

	@Override
	public void nameDevices(Map<String, String> names) throws StoreException {
		turns.inTurn(() -> transaction(c -> {
			DeviceNameTable.write(c, names);
			return null;
		}), false);
	}

	@Override
	public Map<String, Long> syncMarks(String prefix) throws StoreException {
		return transaction(c -> SyncMarkTable.read(c, prefix));
	}

	@Override
	public void raiseSyncMarks(Map<String, Long> syncMarks) throws StoreException {
		turns.inTurn(() -> transaction(c -> {
			SyncMarkTable.raise(c, syncMarks);
			return null;
		}), false);
	}

	@Override
	public Map<String, Long> journalHeads() throws StoreException {
		try {
			return transaction(heads::read);
		} catch (StoreException e) {
			heads.forget();
			throw e;
		}
	}

	@Override
	public void readJournal(String device, long afterSequence, OperationSink sink) throws StoreException, IOException {
		requireOpen();
		try {
			JournalTable.read(connection, device, afterSequence, sink);
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw StoreErrors.databaseFailed(e);
		}
	}

	@Override
	public List<Operation> journal() throws StoreException {
		return transaction(JournalTable::all);
	}

	@Override
	public List<Operation> journal(String device, long afterSequence) throws StoreException {
		return transaction(c -> JournalTable.after(c, device, afterSequence));
	}

	// ---------------------------------------------------------------- tools' records

	@Override
	public SortedMap<String, byte[]> records(String kind) throws StoreException {
		return transaction(c -> RecordTable.read(c, kind));
	}

	@Override
	public void putRecords(String kind, Map<String, byte[]> records) throws StoreException {
		if (kind == null || kind.isEmpty() || kind.length() > RecordTable.MAX_KIND
				|| records.keySet().stream().anyMatch(k -> k == null || k.isEmpty() || k.length() > RecordTable.MAX_KEY)) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.RECORD_REFUSED, kind));
		}
		// in this process's turn, so that two processes writing one key do not clash, but without reading the model
		turns.holdingTurn(() -> transaction(c -> {
			RecordTable.write(c, kind, records);
			return null;
		}));
	}

	// ---------------------------------------------------------------- the stored state as a whole

	@Override
	public String stateHash() throws StoreException {
		return transaction(ObjectTable::stateHash);
	}

	@Override
	public StoreStats stats() throws StoreException {
		return transaction(c -> {
			long objects = ObjectTable.count(c);
			JournalTable.Size journal = JournalRanges.size(c);
			return new StoreStats(objects, journal.operations(), journal.lastHlc(), state.deviceId, state.lastSequence);
		});
	}

	// ---------------------------------------------------------------- attachments

	@Override
	public long addAttachment(String sha256, InputStream content) throws StoreException, IOException {
		requireOpen();
		return attachments.store(sha256, content, true);
	}

	@Override
	public InputStream openAttachment(String sha256) throws StoreException {
		requireOpen();
		return attachments.open(sha256);
	}

	@Override
	public boolean hasAttachment(String sha256) throws StoreException {
		requireOpen();
		return attachments.size(sha256) >= 0;
	}

	@Override
	public SortedMap<String, Long> attachments() throws StoreException {
		requireOpen();
		return attachments.list();
	}

	/**
	 * How many pieces of attachment content the database holds, staged content included: an import that was
	 * refused leaves this figure as it was.
	 */
	public long attachmentPieces() throws StoreException {
		requireOpen();
		return attachments.pieces();
	}

	/** Bytes a local store's database wrote to its file and read from it, each through the file's encryption. */
	public record FileTraffic(long written, long read) {
	}

	/**
	 * What the database has written to and read from its file since it was opened (zeros for a server store): what a
	 * benchmark weighs against the rate of the file's cipher.
	 */
	public FileTraffic fileTraffic() throws StoreException {
		return dir == null ? new FileTraffic(0, 0) : transaction(StoreFiles::traffic);
	}

	// ---------------------------------------------------------------- passphrase and closing

	@Override
	public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws StoreException {
		try {
			requireOpen();
			if (dir == null) {
				throw new StoreException(Reason.INVALID_INPUT, Messages.NOT_LOCAL);
			}
		} catch (StoreException e) {
			StoreErrors.wipe(oldPassphrase);
			StoreErrors.wipe(newPassphrase);
			throw e;
		}
		PassphraseChange.change(dir, oldPassphrase, newPassphrase, new PassphraseChange.Connections() {
			@Override
			public void disconnect() throws SQLException {
				imports.stopReadingAhead(); // its connection has the old key: no reading ahead until the next open
				loader.closeLoadConnection();
				connection.close();
				connection = null;
			}

			@Override
			public void reconnect(Connection c) {
				connection = c;
			}

			@Override
			public void lost() {
				connection = null;
				StoreFiles.release(dir);
			}
		});
	}

	@Override
	public void close() throws StoreException {
		turns.closeWatches();
		turns.writeImageAtClose();
		if (state.recorder != null) {
			state.recorder.detach();
		}
		imports.stopReadingAhead();
		loader.closeLoadConnection();
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				throw StoreErrors.databaseFailed(e);
			} finally {
				connection = null;
				if (dir != null) {
					StoreFiles.release(dir); // after closing: H2 may open files until then
				}
			}
		}
	}

	/** For tests: waits for an import's reading ahead, and says how many rows its last whole reading read (-1: none). */
	public long awaitReadAhead() {
		return imports.awaitReadAhead();
	}

	private void closeQuietly() {
		try {
			close();
		} catch (StoreException e) {
			// already failing
		}
	}

	/** Work on the store's tables, with the statements that make one transaction of it. */
	private interface TableWork<T> {
		T run(Connection c) throws SQLException, StoreException;
	}

	/** Runs {@code work} in a transaction of its own: committed if it succeeds, rolled back if the database fails. */
	private <T> T transaction(TableWork<T> work) throws StoreException {
		requireOpen();
		try {
			T result = work.run(connection);
			connection.commit();
			return result;
		} catch (SQLException e) {
			rollbackQuietly();
			throw StoreErrors.databaseFailed(e);
		}
	}

	// ---------------------------------------------------------------- a store that several processes share

	@Override
	public boolean isShared() {
		return turns.isShared();
	}

	@Override
	public boolean changedElsewhere() throws StoreException {
		return turns.changedElsewhere();
	}

	@Override
	public void refresh() throws StoreException {
		requireOpen();
		turns.refresh();
	}

	@Override
	public Watch watchChanges(Duration interval, Runnable onChange) {
		return turns.watchChanges(interval, onChange);
	}

	private void rollbackQuietly() {
		StoreErrors.rollbackQuietly(connection);
	}

	private void requireOpen() throws StoreException {
		StoreErrors.requireOpen(connection);
	}

	private void requireLoaded() throws StoreException {
		requireOpen();
		if (state.resource == null) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.NOT_LOADED);
		}
	}
}
