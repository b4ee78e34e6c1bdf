package org.counterpart.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.RecoveredEdits;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.OperationRecorder;
import org.counterpart.ui.WorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Keeps the workspace in the encrypted {@link WorkspaceStore} in a folder. The store must be unlocked ({@link #open} or
 * {@link #create}) with the user's passphrase before the workspace can be loaded; {@link #close()} locks it again.
 * <p>
 * A store is not thread-safe: every call here holds this object's monitor. The editing session keeps the model from
 * changing while a save runs.
 */
public final class StoreWorkspaceStorage implements WorkspaceStorage {

	/** The folder name under the workbench instance location. */
	public static final String FOLDER_NAME = "store"; //$NON-NLS-1$

	private final Path folder;
	private WorkspaceStore store;
	/** Read once at unlock: a store's header never turns back from exercise to real. */
	private boolean exercise;
	private Optional<ClockCheck> clockCheck = Optional.empty();

	public StoreWorkspaceStorage(Path folder) {
		this.folder = folder.toAbsolutePath();
	}

	public Path folder() {
		return folder;
	}

	@Override
	public String location() {
		return folder.toString();
	}

	@Override
	public boolean exists() {
		return WorkspaceStore.exists(folder);
	}

	/**
	 * How this computer's clock compared, at the last unlock, with the newest clock the store has received from other
	 * devices: present if one of them is likely wrong.
	 */
	public synchronized Optional<ClockCheck> clockCheck() {
		return clockCheck;
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
			WorkspaceStore opened = WorkspaceStore.open(folder, passphrase);
			closeQuietly();
			store = opened;
			exercise = opened.isExercise();
			clockCheck = ClockCheck.check(opened, System.currentTimeMillis());
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
			Theater demo = new DemoCountryGenerator(demoSeed, demoScale).generate();
			progress.worked(2);
			Resource seed = new ResourceImpl(URI.createURI("counterpart:/demo")); //$NON-NLS-1$
			seed.getContents().add(demo);
			WorkspaceStore created = WorkspaceStore.importModel(folder, passphrase, seed);
			progress.worked(8);
			closeQuietly();
			store = created;
			exercise = created.isExercise();
		} finally {
			Arrays.fill(passphrase, '\0');
		}
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
