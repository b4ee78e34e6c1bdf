package org.counterpart.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.ServerStoreAddress;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.OperationRecorder;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.WorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Keeps the workspace in the encrypted {@link WorkspaceStore} in a folder, or in headquarters' store shared on a
 * PostgreSQL server ({@link #StoreWorkspaceStorage(ServerStoreAddress)}). The store must be unlocked ({@link #open} or
 * {@link #create}) with the user's passphrase (a shared store: the database password) before the workspace can be
 * loaded; {@link #close()} locks it again.
 * <p>
 * A store is not thread-safe: every call here holds this object's monitor. The editing session keeps the model from
 * changing while a save runs.
 */
public final class StoreWorkspaceStorage implements WorkspaceStorage {

	/** The folder name under the workbench instance location. */
	public static final String FOLDER_NAME = "store"; //$NON-NLS-1$

	private final Path folder; // null for a shared store
	private final ServerStoreAddress server; // null for a local store
	private WorkspaceStore store;
	/** Read once at unlock: a store's header never turns back from exercise to real. */
	private boolean exercise;

	public StoreWorkspaceStorage(Path folder) {
		this.folder = folder.toAbsolutePath();
		this.server = null;
	}

	/** The store that several workstations at headquarters share on a PostgreSQL server. */
	public StoreWorkspaceStorage(ServerStoreAddress server) {
		this.folder = null;
		this.server = server;
	}

	/** The program argument that names the store to open instead of the local one: a folder or a shared store's URL. */
	public static final String STORE_ARGUMENT = "-store"; //$NON-NLS-1$

	/** The environment variable that names it when no argument does. */
	public static final String STORE_VARIABLE = "COUNTERPART_STORE"; //$NON-NLS-1$

	/**
	 * The store this workbench keeps its workspace in: the one named by {@value #STORE_ARGUMENT} among the program
	 * arguments or else by {@value #STORE_VARIABLE} (a folder, or {@code jdbc:postgresql://HOST:PORT/DB?user=U} for
	 * headquarters' shared store), and by default {@code defaultFolder}.
	 *
	 * @throws IllegalArgumentException with a message for the user if the named store's address is not usable
	 */
	public static StoreWorkspaceStorage chosen(String[] arguments, String variable, Path defaultFolder) {
		String named = null;
		for (int i = 0; i + 1 < arguments.length; i++) {
			if (STORE_ARGUMENT.equals(arguments[i])) {
				named = arguments[i + 1];
			}
		}
		if (named == null && variable != null && !variable.isBlank()) {
			named = variable;
		}
		if (named == null) {
			return new StoreWorkspaceStorage(defaultFolder);
		}
		if (ServerStoreAddress.isServerLocation(named)) {
			return new StoreWorkspaceStorage(ServerStoreAddress.parse(named));
		}
		return new StoreWorkspaceStorage(Path.of(named));
	}

	/** The local store's folder, or null for a shared store. */
	public Path folder() {
		return folder;
	}

	/** Whether this is a store shared on a server, which others may write while this workbench runs. */
	public boolean isShared() {
		return server != null;
	}

	@Override
	public String location() {
		return server != null ? server.url() : folder.toString();
	}

	@Override
	public boolean exists() {
		// a shared store's tables are made at its first opening
		return server != null || WorkspaceStore.exists(folder);
	}

	/**
	 * Compares this computer's clock with the newest clock the store has received from other devices. It reads each
	 * device's head in the journal, seconds in a large store, so it runs apart from the unlock, once the workspace is
	 * loaded.
	 *
	 * @return a warning if one of the clocks is likely wrong
	 * @throws StoreException if the store cannot be read
	 */
	public synchronized Optional<ClockCheck> checkClock() throws StoreException {
		if (store == null) {
			return Optional.empty();
		}
		return ClockCheck.check(store, System.currentTimeMillis());
	}

	/** Whether the store is unlocked. */
	public synchronized boolean isOpen() {
		return store != null;
	}

	/**
	 * Unlocks the existing store.
	 *
	 * @param passphrase wiped, whatever happens
	 * @throws StoreException with a message for the user, e.g. reason WRONG_PASSPHRASE; nothing is changed then
	 */
	public synchronized void open(char[] passphrase, IProgressMonitor monitor) throws StoreException {
		try {
			SubMonitor.convert(monitor, Messages.Storage_unlocking, IProgressMonitor.UNKNOWN);
			WorkspaceStore opened = server != null ? server.open(passphrase) : WorkspaceStore.open(folder, passphrase);
			closeQuietly();
			store = opened;
			if (server != null && opened.journalHeads().isEmpty()) {
				// a shared store opened for the first time starts, as a local one does, with the demo country
				startWithDemo(opened, WorkspaceEditingSession.DEMO_SEED, WorkspaceEditingSession.DEMO_SCALE);
			}
			exercise = opened.isExercise();
		} finally {
			Arrays.fill(passphrase, '\0');
		}
	}

	/**
	 * Creates the store, seeded with the demo country, and leaves it unlocked.
	 *
	 * @param passphrase wiped, whatever happens
	 * @throws StoreException with a message for the user
	 */
	public synchronized void create(char[] passphrase, long demoSeed, int demoScale, IProgressMonitor monitor)
			throws StoreException {
		try {
			SubMonitor progress = SubMonitor.convert(monitor, Messages.Storage_creating, 10);
			Resource seed = demo(demoSeed, demoScale);
			progress.worked(2);
			WorkspaceStore created = WorkspaceStore.importModel(folder, passphrase, seed);
			progress.worked(8);
			closeQuietly();
			store = created;
			exercise = created.isExercise();
		} finally {
			Arrays.fill(passphrase, '\0');
		}
	}

	private static void startWithDemo(WorkspaceStore empty, long demoSeed, int demoScale) throws StoreException {
		WorkspaceStore.importModel(empty, demo(demoSeed, demoScale));
	}

	private static Resource demo(long demoSeed, int demoScale) {
		Theater demo = new DemoCountryGenerator(demoSeed, demoScale).generate();
		Resource seed = new ResourceImpl(URI.createURI("counterpart:/demo")); //$NON-NLS-1$
		seed.getContents().add(demo);
		return seed;
	}

	/**
	 * Tells {@code onChange} (in a thread of its own) each time another workstation has written the shared store; a
	 * local store never changes behind this workbench's back.
	 */
	public synchronized WorkspaceStore.Watch watchChanges(Duration interval, Runnable onChange) {
		return store == null ? () -> {
		} : store.watchChanges(interval, onChange);
	}

	@Override
	public synchronized Resource load(ResourceSet resourceSet, IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_reading, folder), IProgressMonitor.UNKNOWN);
		try {
			return requireOpen().load(resourceSet);
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized void save(Resource resource, IProgressMonitor monitor) throws IOException {
		SubMonitor.convert(monitor, Messages.bind(Messages.Storage_writing, folder), IProgressMonitor.UNKNOWN);
		WorkspaceStore open = requireOpen();
		if (open.resource() != resource) {
			throw new IllegalArgumentException("The resource was not loaded from this store"); //$NON-NLS-1$
		}
		try {
			open.save();
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized void keepUnsaved() throws IOException {
		WorkspaceStore open = requireOpen();
		if (open.resource() == null) {
			return;
		}
		try {
			open.keepUnsaved();
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** The unsaved changes an earlier session left in the store's recovery area, or empty. */
	public synchronized Optional<RecoveredEdits> recoveredEdits() throws IOException {
		try {
			return requireOpen().recoveredEdits();
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Empties the store's recovery area. */
	public synchronized void discardRecoveredEdits() throws IOException {
		try {
			requireOpen().discardRecoveredEdits();
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/**
	 * Checks the passphrase of the unlocked store, e.g. to show the workspace again after the idle lock.
	 *
	 * @param passphrase wiped, whatever happens
	 * @throws StoreException with a message for the user, e.g. reason WRONG_PASSPHRASE
	 */
	public synchronized void checkPassphrase(char[] passphrase, IProgressMonitor monitor) throws StoreException {
		try {
			SubMonitor.convert(monitor, Messages.Storage_unlocking, IProgressMonitor.UNKNOWN);
			if (store == null) {
				throw new StoreException(StoreException.Reason.INVALID_INPUT, Messages.Storage_locked);
			}
			if (server != null) {
				// the database checks its password: a connection made with it proves it
				server.open(passphrase.clone()).close();
				return;
			}
			store.checkPassphrase(passphrase);
		} finally {
			Arrays.fill(passphrase, '\0');
		}
	}

	@Override
	public synchronized void addAttachment(String sha256, InputStream content) throws IOException {
		try {
			requireOpen().addAttachment(sha256, content);
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Whether the store holds the content of an attachment with this SHA-256. */
	public synchronized boolean hasAttachment(String sha256) throws IOException {
		try {
			return requireOpen().hasAttachment(sha256);
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized boolean isDirty() {
		return store != null && store.resource() != null && store.isDirty();
	}

	/** A question to the open store. */
	@FunctionalInterface
	public interface StoreQuery<T> {
		T ask(WorkspaceStore store) throws StoreException;
	}

	/**
	 * Asks the open store something that does not change it (its journal, its device id), with nothing else using the
	 * store meanwhile.
	 *
	 * @throws IOException if the store is locked
	 */
	public synchronized <T> T read(StoreQuery<T> query) throws IOException, StoreException {
		return query.ask(requireOpen());
	}

	/** Work with the open store that may fail as a package does (see {@link #use}). */
	@FunctionalInterface
	public interface StoreWork<T> {
		T apply(WorkspaceStore store) throws IOException, StoreException;
	}

	/**
	 * Works with the open store beside the loaded workspace, with nothing else using the store meanwhile: writes a
	 * package from it, or imports one (which loads the workspace for itself, so the caller reads it again afterwards,
	 * see {@link org.counterpart.ui.WorkspaceEditingSession#runDetached}).
	 *
	 * @throws IOException if the store is locked, or as {@code work} fails
	 */
	public synchronized <T> T use(StoreWork<T> work) throws IOException, StoreException {
		return work.apply(requireOpen());
	}

	@Override
	public synchronized Object changeMark() {
		return store == null || store.resource() == null ? null : store.recordingMark();
	}

	@Override
	public synchronized boolean undoUnsaved(Object before, Object after, Runnable undo) {
		return store != null && store.resource() != null && before instanceof OperationRecorder.Mark from
				&& after instanceof OperationRecorder.Mark to && store.undoUnsaved(from, to, undo);
	}

	@Override
	public synchronized boolean isExercise() {
		return store != null && exercise;
	}

	@Override
	public synchronized void close() throws IOException {
		if (store == null) {
			return;
		}
		try {
			store.close();
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		} finally {
			store = null;
		}
	}

	private WorkspaceStore requireOpen() throws IOException {
		if (store == null) {
			throw new IOException(Messages.Storage_locked);
		}
		return store;
	}

	private void closeQuietly() {
		if (store != null) {
			try {
				store.close();
			} catch (StoreException e) {
				// Replaced by a fresh connection; the old one had nothing unsaved to lose here.
			}
			store = null;
		}
	}
}
