package org.counterpart.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationRecorder;
import org.counterpart.store.journal.OperationSink;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A workspace's durable home: the current state of every object plus the journal of operations that led
 * to it, written together in one transaction.
 * <p>
 * A field laptop keeps its store in a folder, as one H2 database encrypted with AES under a key stretched
 * from the user's passphrase; HQ keeps the same tables in PostgreSQL. Typical use:
 * </p>
 * <pre>
 * try (WorkspaceStore store = WorkspaceStore.open(dir, passphrase)) {
 *     Resource workspace = store.load();
 *     // ... edit through EMF commands ...
 *     store.save();
 * }
 * </pre>
 * Passphrases passed in are wiped ({@code char[]} filled with zeros) once used. A store is not thread-safe.
 */
public interface WorkspaceStore extends AutoCloseable {

	/** Whether {@code dir} holds a local workspace store. */
	static boolean exists(Path dir) {
		return JdbcWorkspaceStore.exists(dir);
	}

	/**
	 * Creates an empty, encrypted local store in {@code dir} (created if missing; must not hold a store).
	 *
	 * @param passphrase wiped after use
	 */
	static WorkspaceStore create(Path dir, char[] passphrase) throws StoreException {
		return JdbcWorkspaceStore.create(dir, passphrase);
	}

	/**
	 * Opens a local store.
	 *
	 * @param passphrase wiped after use
	 * @throws StoreException with {@link StoreException.Reason#WRONG_PASSPHRASE} if the passphrase does not fit;
	 *                        nothing on disk is touched then
	 */
	static WorkspaceStore open(Path dir, char[] passphrase) throws StoreException {
		return JdbcWorkspaceStore.open(dir, passphrase);
	}

	/**
	 * Opens (creating the tables on first use) a store in a PostgreSQL database, for HQ. The tables live in
	 * the connection's current schema. No encryption at rest here: that is the server's disk encryption.
	 *
	 * @param password wiped after use
	 */
	static WorkspaceStore openServer(String jdbcUrl, String user, char[] password) throws StoreException {
		return JdbcWorkspaceStore.openServer(jdbcUrl, user, password);
	}

	/**
	 * Creates a new local store in {@code dir} holding a copy of {@code source}'s objects (e.g. loaded from
	 * XMI). The journal receives the operations that create them, so it replays to the same state.
	 */
	static WorkspaceStore importModel(Path dir, char[] passphrase, Resource source) throws StoreException {
		return JdbcWorkspaceStore.importModel(dir, passphrase, source);
	}

	/**
	 * Copies {@code source}'s objects into {@code store}, open and still empty (a shared store's first opening), and
	 * saves them.
	 */
	static WorkspaceStore importModel(WorkspaceStore store, Resource source) throws StoreException {
		return JdbcWorkspaceStore.importModel(store, source);
	}

	/**
	 * Whether several processes may share this store at once (a server store): each writes in its turn, and takes in
	 * what the others wrote before it does (see {@link #changedElsewhere()}).
	 */
	default boolean isShared() {
		return false;
	}

	/**
	 * Whether another process has written to this shared store since this one last read or wrote it. Cheap (one small
	 * query on a connection of its own) and safe to ask from any thread. Always false for a local store.
	 */
	default boolean changedElsewhere() throws StoreException {
		return false;
	}

	/**
	 * Takes in what other processes wrote to this shared store: the loaded model is read again (its objects are new
	 * ones). Every write does this first by itself; a viewer calls it when {@link #changedElsewhere()} says so.
	 *
	 * @throws StoreException with {@link StoreException.Reason#IN_USE} if the loaded model has unsaved changes and the
	 *                        store was changed elsewhere: save them (or discard them) first; nothing is changed then
	 */
	default void refresh() throws StoreException {
	}

	/**
	 * Calls {@code onChange} on a thread of its own, about every {@code interval}, once for each new state of the
	 * shared store that another process wrote and this one has not taken in (see {@link #refresh()}). Does nothing on
	 * a local store. Closing the store ends every watch.
	 */
	default Watch watchChanges(java.time.Duration interval, Runnable onChange) {
		return () -> {
		};
	}

	/**
	 * The records of {@code kind} that tools keep beside the workspace (headquarters' inbox and package records, for
	 * instance), by key: not part of the workspace, never journaled nor sent, and shared by every process of a shared
	 * store.
	 */
	SortedMap<String, byte[]> records(String kind) throws StoreException;

	/**
	 * Writes records of {@code kind} in one transaction, replacing those under the same keys; a {@code null} value
	 * removes its record. Kinds have at most 64 characters, keys 512.
	 */
	void putRecords(String kind, Map<String, byte[]> records) throws StoreException;

	/** A running {@link #watchChanges} that can be stopped. */
	interface Watch extends AutoCloseable {
		@Override
		void close();
	}

	/** The id of the device (or server) that owns this store; it signs its operations with it. */
	/**
	 * Marks the local store in {@code dir} as an exercise store (in its header, kept when the passphrase
	 * changes): from then on it writes only exercise packages and takes no real ones. There is no way back.
	 */
	static void markExercise(Path dir) throws StoreException {
		JdbcWorkspaceStore.markExercise(dir);
	}

	/** Whether this store holds exercise data (its header says so); a server store never does. */
	default boolean isExercise() {
		return false;
	}

	String deviceId();

	/** Loads the stored state into a new resource in a new resource set using the global package registry. */
	Resource load() throws StoreException;

	/**
	 * Loads the stored state into a new resource of {@code resourceSet}, resolving classes with its package
	 * registry. From then on, changes to the resource are recorded as operations.
	 */
	Resource load(ResourceSet resourceSet) throws StoreException;

	/** The loaded resource, or {@code null} before {@link #load()}. */
	Resource resource();

	/** Whether the loaded resource has changes that are not saved. */
	boolean isDirty();

	/**
	 * Where the recording of unsaved changes stands now (before and after a change the user may undo), for
	 * {@link #undoUnsaved}; {@code null} before {@link #load()}.
	 */
	OperationRecorder.Mark recordingMark();

	/**
	 * Undoes a change that is not saved yet so that neither it nor its undo reaches the journal: runs {@code undo}
	 * (which must put the model back as it was at {@code before}) without recording it and forgets the operations
	 * recorded since {@code before}. Refuses (returns false, runs nothing) when part of the change has been saved, or
	 * when something was recorded after {@code after}; the caller then undoes as a change of its own, which is
	 * journalled like any other.
	 *
	 * @param before {@link #recordingMark()} just before the change
	 * @param after {@link #recordingMark()} just after it
	 */
	boolean undoUnsaved(OperationRecorder.Mark before, OperationRecorder.Mark after, Runnable undo);

	/**
	 * Writes the changed objects and the operations recorded since the last save, in one transaction: after a
	 * crash either all of a save is there or none of it.
	 *
	 * @return the number of operations written
	 */
	int save() throws StoreException;

	/**
	 * Keeps a copy of the unsaved changes in the store's recovery area, replacing the copy it held, in one transaction;
	 * with nothing unsaved, empties it. The copy lives inside the store's database (encrypted, in a local store, like
	 * everything else) and is not a save: the stored state and the journal stay as they were. It is what
	 * {@link #recoveredEdits()} offers after a session ended without saving. Cheap enough to call every few seconds
	 * while the user edits: it writes the changes made since the last save, not the workspace.
	 */
	void keepUnsaved() throws StoreException;

	/**
	 * The copy of unsaved changes in the recovery area, or empty. From then on the area is this session's: a
	 * {@link #save()} empties it (the changes are saved, or were discarded and have been replaced), as it does after
	 * {@link #keepUnsaved()}; until then, a save by someone who never looked leaves an earlier session's copy alone.
	 */
	Optional<RecoveredEdits> recoveredEdits() throws StoreException;

	/** Empties the recovery area. */
	void discardRecoveredEdits() throws StoreException;

	/**
	 * Whether {@code passphrase} unlocks this local store, without opening anything: for a workbench that hides the
	 * open workspace and asks for the passphrase before it shows it again.
	 *
	 * @param passphrase wiped after use
	 * @throws StoreException with {@link StoreException.Reason#WRONG_PASSPHRASE} if it does not;
	 *                        {@link StoreException.Reason#INVALID_INPUT} for a server store, which has no passphrase
	 */
	void checkPassphrase(char[] passphrase) throws StoreException;

	/**
	 * Applies operations recorded elsewhere (another device, a journal being replayed) to the loaded model
	 * and writes them with the resulting state in one transaction. Operations already in the journal (same
	 * device and sequence number) are skipped. Unsaved local changes are saved first. If an operation cannot
	 * be applied, nothing is written and the model is reloaded from the store.
	 * <p>
	 * A device and sequence number name one operation for good: an operation under a (device, sequence) that the
	 * journal (or the same import) already holds with other content refuses the whole import with a
	 * {@link TamperedOperationException}, and nothing is written.
	 * </p>
	 *
	 * @return the number of operations applied
	 */
	int importOperations(Collection<Operation> operations) throws StoreException;

	/**
	 * As {@link #importOperations(Collection)}, and in the same transaction raises the given sync marks (see
	 * {@link #raiseSyncMarks(Map)}): a package's operations and the record that it arrived are written together.
	 */
	int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks) throws StoreException;

	/**
	 * As {@link #importOperations(Collection, Map)}, integrating the new operations with {@code integrator}
	 * (for instance a convergent merge) instead of replaying them strictly in order. Whatever the integrator
	 * records (tombstones, positions, conflicts) is written in the same transaction.
	 */
	int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException;

	/**
	 * Applies the operations staged in {@code stage} (a stage of this store, see {@link #stageImport()}) with
	 * {@code integrator}, raises {@code syncMarks} and makes the staged attachments the store's own, all in one
	 * transaction: the whole of it is written, or nothing. Operations already in the journal are skipped, as by
	 * {@link #importOperations(Collection, Map, OperationIntegrator)}. Unsaved local changes are saved first.
	 * <p>
	 * The operations reach the integrator in the order they were staged, in batches of at most
	 * {@link #IMPORT_BATCH} read back from the stage, each written (not yet committed) before the next is read: so
	 * memory does not grow with what is staged, and the integrator must give the same state however its operations
	 * are batched, as a convergent merge does. If a batch cannot be applied or written, nothing is written and the
	 * model is reloaded from the store.
	 * </p>
	 *
	 * @return the number of operations applied
	 */
	int importStaged(ImportStage stage, Map<String, Long> syncMarks, OperationIntegrator integrator) throws StoreException;

	/** The most operations {@link #importStaged} hands to an integrator at once. */
	int IMPORT_BATCH = 20_000;

	/**
	 * The most bytes of operations (their encoded size, about their strings' length) {@link #importStaged} hands to
	 * an integrator at once, and a stage holds in memory: fewer than {@link #IMPORT_BATCH} operations when their
	 * values are large, at least one however large it is.
	 */
	long IMPORT_BATCH_BYTES = 32L << 20;

	/**
	 * Stores an attachment's content under its SHA-256 (content-addressed), in one transaction. The content is
	 * read to its end as a stream and written in pieces of a few hundred kilobytes, never held whole in memory nor
	 * written to a file outside the store; its SHA-256 is computed on the way, and if it is not {@code sha256}
	 * nothing is stored. Content already stored under that hash is not stored again (it is still read and
	 * checked). Like the rest of the store, attachments are encrypted with the local store's key.
	 *
	 * @param sha256 the SHA-256 of the content, 64 lower-case hexadecimal digits
	 * @return the content's size in bytes
	 * @throws StoreException with {@link StoreException.Reason#INVALID_INPUT} if {@code sha256} is malformed or is
	 *                        not the SHA-256 of the content; nothing is stored then
	 * @throws IOException    if reading {@code content} fails (passed on unchanged); nothing is stored then
	 */
	long addAttachment(String sha256, InputStream content) throws StoreException, IOException;

	/**
	 * Opens a stored attachment for reading, or returns {@code null} if none has this SHA-256. The stream reads
	 * the content from the store a piece at a time; read it before the store is closed, and close it.
	 */
	InputStream openAttachment(String sha256) throws StoreException;

	/** Whether an attachment with this SHA-256 is stored. */
	boolean hasAttachment(String sha256) throws StoreException;

	/** The stored attachments: SHA-256 to size in bytes, ordered by hash. Staged content is not listed. */
	SortedMap<String, Long> attachments() throws StoreException;

	/**
	 * Opens a stage for the operations and attachments of an import that may not be applied yet (a package being
	 * read and verified): see {@link ImportStage}.
	 *
	 * @throws IllegalStateException if a stage of this store is open already
	 */
	ImportStage stageImport() throws StoreException;

	/**
	 * The conflicts recorded by merges and not yet resolved, ordered by key; a resolution applied and not saved yet
	 * ({@link #applyResolution}) counts as resolved.
	 */
	List<Conflict> conflicts() throws StoreException;

	/**
	 * Resolves an open conflict and saves: keeps what was merged, or with {@code applyLoser} applies the other
	 * side as a new change of this device (a value written again, an object moved back). The resolution is an
	 * operation of its own and travels to other devices like any other.
	 *
	 * @throws StoreException if the conflict is not open, or its other side can no longer be applied (a
	 *                        deleted object is not brought back)
	 */
	default void resolveConflict(Conflict conflict, boolean applyLoser) throws StoreException {
		resolveConflict(conflict, applyLoser ? Resolution.otherSide() : Resolution.keepMerged());
	}

	/**
	 * Resolves an open conflict as {@code resolution} says and saves (see {@link #applyResolution}).
	 *
	 * @throws StoreException if the conflict is not open, its other side can no longer be applied, or a typed value
	 *                        does not fit the feature; nothing is changed then
	 */
	void resolveConflict(Conflict conflict, Resolution resolution) throws StoreException;

	/**
	 * Resolves an open conflict in the loaded model without saving, as an edit is made: the chosen value (if any) is
	 * written to the model and a {@code RESOLVE} operation is recorded with the edit's operations. From then on
	 * {@link #conflicts()} no longer lists it; {@link #undoUnsaved} takes it back (it is listed again), and
	 * {@link #save()} writes it, after which it travels like any edit. A typed value ({@link Resolution.Choice#VALUE})
	 * is for a {@link Conflict.Kind#VALUE} conflict on a single-valued attribute, given as the attribute's data type
	 * writes it.
	 *
	 * @throws StoreException with {@link StoreException.Reason#INVALID_INPUT} and a message for the user if the
	 *                        conflict is not open, its other side can no longer be applied, or a typed value does not
	 *                        fit the feature; the model is not changed then
	 */
	void applyResolution(Conflict conflict, Resolution resolution) throws StoreException;

	/**
	 * The conflicts that were resolved, here or on another device whose resolution arrived, ordered by key: each with
	 * the device that resolved it, when, and how.
	 */
	List<ResolvedConflict> resolvedConflicts() throws StoreException;

	/**
	 * Who the devices in the journal are, for people reading conflicts: device id to a name (such as the
	 * subject of the certificate that signed the device's packages). Devices never named are missing.
	 */
	Map<String, String> deviceNames() throws StoreException;

	/** Records (or renames) devices, see {@link #deviceNames()}. */
	void nameDevices(Map<String, String> names) throws StoreException;

	/**
	 * Named counters kept for exchanging packages (which package came last from a device, what a peer
	 * acknowledged), stored and encrypted with the workspace. Returns those whose name starts with {@code prefix}.
	 */
	Map<String, Long> syncMarks(String prefix) throws StoreException;

	/** Sets each named sync mark to the higher of its current and the given value, in one transaction. */
	void raiseSyncMarks(Map<String, Long> syncMarks) throws StoreException;

	/**
	 * For every device in the journal, the highest sequence number {@code n} such that its operations 1..n are
	 * all in the journal (0 if its first operation is missing).
	 */
	Map<String, Long> journalHeads() throws StoreException;

	/**
	 * Streams the operations of one device with a sequence number above {@code afterSequence}, in sequence
	 * order, to {@code sink} without holding them all in memory.
	 */
	void readJournal(String deviceId, long afterSequence, OperationSink sink) throws StoreException, IOException;

	/** The whole journal, in the order the operations were written. */
	List<Operation> journal() throws StoreException;

	/** The operations of one device with a sequence number above {@code afterSequence}, in sequence order. */
	List<Operation> journal(String deviceId, long afterSequence) throws StoreException;

	/** The canonical hash of the stored state (see {@link CanonicalStateHash}); unsaved changes do not count. */
	String stateHash() throws StoreException;

	StoreStats stats() throws StoreException;

	/**
	 * Re-encrypts a local store under a new passphrase. Safe against a crash: until the switch, which is one
	 * atomic rename, the old passphrase opens the store, afterwards the new one.
	 *
	 * @param oldPassphrase wiped after use
	 * @param newPassphrase wiped after use
	 */
	void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws StoreException;

	/** Adds a copy of the loaded objects to {@code target} (e.g. an XMI resource that the caller then saves). */
	void exportTo(Resource target) throws StoreException;

	/**
	 * Closes the store. If the model is loaded and holds just what is stored (nothing unsaved), and the load image is
	 * not current (there is none, or a save changed the stored state since it was written), it first writes the
	 * image, a copy of the whole state in one sequential encoding that the next open reads instead of every object's
	 * row: 5 to 7 seconds for the demo workspace at scale 100 (360,816 objects). Failing to write it only makes the
	 * next open read the rows.
	 */
	@Override
	void close() throws StoreException;
}
