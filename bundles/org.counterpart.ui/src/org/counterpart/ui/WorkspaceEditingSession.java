package org.counterpart.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.provider.CounterpartItemProviderAdapterFactory;
import org.counterpart.ui.internal.Messages;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * The workspace the field workbench shows and edits: one {@link Theater} in the resource set of an
 * {@link AdapterFactoryEditingDomain} whose {@link BasicCommandStack} carries every change (and later undo and redo).
 * <p>
 * The workspace is read from a {@link WorkspaceStorage} in a background job. The first time, when nothing is stored
 * yet, the demo country is generated and stored, so a new installation opens with something to look at. (The
 * workbench's own session keeps its workspace in the encrypted store, which is created, seeded with the demo, and
 * unlocked before the workbench opens, or, with the passphrase given at start, by the load job itself while the
 * workbench opens: see {@link #load(StorageUnlock, Consumer)}.)
 * <p>
 * Saving runs in a job too; while it runs, commands wait, so the store never reads a model that is changing.
 * {@link #lock(IProgressMonitor)} keeps the workspace in memory, unsaved changes included, and a copy of those in
 * the storage's recovery area; it never saves behind the user's back.
 */
public final class WorkspaceEditingSession {

	/** Family of the load jobs, to wait for or to show progress for. */
	public static final Object LOAD_FAMILY = new Object();

	/** Family of the save jobs. */
	public static final Object SAVE_FAMILY = new Object();

	/** Seed and scale of the demo country generated on first start. */
	public static final long DEMO_SEED = 1;
	public static final int DEMO_SCALE = 1;

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	/**
	 * The system property that, when {@code true}, has the session print {@value #LOADED_LINE} on the standard
	 * output once its workspace is loaded: how the start-time benchmark sees a loaded Theater from outside.
	 */
	public static final String STARTUP_TRACE_PROPERTY = "counterpart.startupTrace"; //$NON-NLS-1$

	/** The line printed under {@link #STARTUP_TRACE_PROPERTY}. */
	public static final String LOADED_LINE = "counterpart: workspace loaded"; //$NON-NLS-1$

	private static WorkspaceEditingSession defaultSession;

	private final WorkspaceStorage storage;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final List<Consumer<IStatus>> loadListeners = new ArrayList<>();
	private final List<Runnable> lockListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> revertListeners = new CopyOnWriteArrayList<>();
	/** Held while the store reads or writes the model, and while a command changes it. */
	private final ReentrantLock modelLock = new ReentrantLock();
	private Job loadJob;
	/** What the next load job does first to unlock the storage, or null */
	private StorageUnlock pendingUnlock;
	private Consumer<String> unlockRefused;
	private volatile Theater theater;
	private volatile IStatus loadStatus;
	private boolean locked;

	public WorkspaceEditingSession(WorkspaceStorage storage) {
		this.storage = storage;
		adapterFactory = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
				new CounterpartItemProviderAdapterFactory(), new ResourceItemProviderAdapterFactory(),
				new ReflectiveItemProviderAdapterFactory() });
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new ModelLockingCommandStack(), new ResourceSetImpl());
		editingDomain.getCommandStack().addCommandStackListener(event -> fireDirtyChanged());
	}

	/**
	 * The session of this workbench, kept in the encrypted store in the folder {@value StoreWorkspaceStorage#FOLDER_NAME}
	 * under the instance location, or in the store named by the program argument
	 * {@value StoreWorkspaceStorage#STORE_ARGUMENT} or the environment variable
	 * {@value StoreWorkspaceStorage#STORE_VARIABLE} (headquarters' shared store, by its URL).
	 *
	 * @throws IllegalStateException if the workbench runs without an instance location
	 * @throws IllegalArgumentException with a message for the user if the named store's address is not usable
	 */
	public static synchronized WorkspaceEditingSession getDefault() {
		if (defaultSession == null) {
			defaultSession = new WorkspaceEditingSession(StoreWorkspaceStorage.chosen(Platform.getApplicationArgs(),
					System.getenv(StoreWorkspaceStorage.STORE_VARIABLE),
					instanceFolder().resolve(StoreWorkspaceStorage.FOLDER_NAME)));
		}
		return defaultSession;
	}

	private static Path instanceFolder() {
		Location location = Platform.getInstanceLocation();
		if (location == null || location.getURL() == null) {
			throw new IllegalStateException(Messages.Session_noInstanceLocation);
		}
		try {
			return Path.of(location.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// File URLs from the launcher are not always escaped (spaces): fall back to the plain path.
			return Path.of(location.getURL().getPath());
		}
	}

	public WorkspaceStorage getStorage() {
		return storage;
	}

	public AdapterFactoryEditingDomain getEditingDomain() {
		return editingDomain;
	}

	/** The item provider adapter factory that labels, icons and properties come from. */
	public ComposedAdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	/** The workspace, or null until a load has succeeded. */
	public Theater getTheater() {
		return theater;
	}

	/** The result of the last load: null while none has finished, OK, CANCEL or an ERROR with a message for the user. */
	public IStatus getLoadStatus() {
		return loadStatus;
	}

	/**
	 * Runs {@code reader} while no command, undo, redo, save or lock changes the model: for background jobs that read
	 * the workspace (validation, the search index). Keep each call short (a few milliseconds): commands wait meanwhile.
	 */
	public void runExclusive(Runnable reader) {
		modelLock.lock();
		try {
			reader.run();
		} finally {
			modelLock.unlock();
		}
	}

	/** Whether the loaded workspace holds no objects yet (nothing loaded counts as empty). */
	public boolean isEmpty() {
		Theater current = theater;
		return current == null || current.getInstitutions().isEmpty() && current.getContacts().isEmpty()
				&& current.getRelationships().isEmpty() && current.getEngagements().isEmpty()
				&& current.getObservations().isEmpty() && current.getObjectives().isEmpty();
	}

	/**
	 * Starts loading the workspace in a background job unless a load is running or has succeeded.
	 *
	 * @return the running or finished load job
	 */
	public Job load() {
		return load(null, null);
	}

	/**
	 * Work that unlocks the storage (the store's key derivation and opening: a fraction of a second) before a load
	 * reads it.
	 */
	@FunctionalInterface
	public interface StorageUnlock {
		/**
		 * @throws Exception with a message for the user, which never holds a passphrase, if the storage stays locked
		 */
		void unlock(IProgressMonitor monitor) throws Exception;
	}

	/**
	 * Starts a background job that unlocks the storage and then loads the workspace from it, so that the unlocking
	 * runs while the workbench opens (the views show the workspace loading meanwhile). If {@code unlock} fails the
	 * workspace stays locked: the lock listeners hear of it and {@code refused} gets the reason (in the job's
	 * thread), while those waiting for the load keep waiting for the next {@link #load()}.
	 *
	 * @param unlock null when the storage is unlocked already
	 * @return the job, or the running or finished load job if there is one (then {@code unlock} is not used)
	 */
	public synchronized Job load(StorageUnlock unlock, Consumer<String> refused) {
		if (loadJob == null) {
			loadStatus = null;
			pendingUnlock = unlock;
			unlockRefused = refused;
			loadJob = new LoadJob();
			loadJob.schedule();
		}
		return loadJob;
	}

	/** Runs the pending unlock, if any: whether the storage may be read. */
	private boolean unlockFirst(IProgressMonitor monitor) {
		StorageUnlock unlock;
		Consumer<String> refused;
		synchronized (this) {
			unlock = pendingUnlock;
			refused = unlockRefused;
			pendingUnlock = null;
			unlockRefused = null;
		}
		if (unlock == null) {
			return true;
		}
		try {
			unlock.unlock(monitor);
			return true;
		} catch (Exception e) {
			synchronized (this) {
				loadJob = null;
			}
			lockListeners.forEach(Runnable::run);
			refused.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			return false;
		}
	}

	/**
	 * Calls {@code listener} with the load result: at once (in this thread) if a load has finished, otherwise in the
	 * load job's thread when it finishes.
	 */
	public void whenLoaded(Consumer<IStatus> listener) {
		IStatus status;
		synchronized (this) {
			status = loadStatus;
			if (status == null) {
				loadListeners.add(listener);
				return;
			}
		}
		listener.accept(status);
	}

	/** Whether the workspace has changes that are not stored yet. */
	public boolean isDirty() {
		return theater != null
				&& (((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded() || storage.isDirty());
	}

	/** Stores the workspace, in the calling thread; commands wait meanwhile. */
	public void save(IProgressMonitor monitor) throws IOException {
		modelLock.lock();
		try {
			Theater current = theater;
			if (current == null) {
				throw new IllegalStateException(Messages.Session_nothingToSave);
			}
			storage.save(current.eResource(), monitor);
			((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		} finally {
			modelLock.unlock();
		}
		fireDirtyChanged();
	}

	/**
	 * Stores the workspace in a background job, if it has unsaved changes.
	 *
	 * @return the scheduled job, or null if there was nothing to save
	 */
	public Job saveInBackground() {
		if (!isDirty()) {
			return null;
		}
		Job job = new Job(Messages.Session_saveJob) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					save(monitor);
					return Status.OK_STATUS;
				} catch (IOException | RuntimeException e) {
					return new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Session_saveFailed, storage.location(),
							e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == SAVE_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Locks the workspace for the idle lock: keeps a copy of the unsaved changes in the storage's recovery area (see
	 * {@link #keepUnsaved()}) and marks the workspace locked until {@link #unlock()}. It does not save, and it keeps
	 * the workspace, its unsaved changes and their undo history in memory: the workbench hides everything on screen
	 * meanwhile (and its views keep their state for when they show again).
	 *
	 * @throws IOException if the copy could not be written; the workspace is locked all the same
	 */
	public void lock(IProgressMonitor monitor) throws IOException {
		synchronized (this) {
			locked = true;
		}
		keepUnsaved();
	}

	/** Ends {@link #lock(IProgressMonitor)}, once the passphrase has been given again. */
	public synchronized void unlock() {
		locked = false;
	}

	/**
	 * Writes a copy of the unsaved changes to the storage's recovery area, in the calling thread (commands wait
	 * meanwhile, a few milliseconds): after a crash the next start offers them back. Not a save; with nothing loaded,
	 * does nothing.
	 */
	public void keepUnsaved() throws IOException {
		modelLock.lock();
		try {
			if (theater != null) {
				storage.keepUnsaved();
			}
		} finally {
			modelLock.unlock();
		}
	}

	/**
	 * Closes the storage and drops the workspace from memory without saving: what is unsaved is lost, but for the copy
	 * the recovery area keeps. The listeners given to {@link #addLockListener(Runnable)} hear of it. A later
	 * {@link #load()} (once the storage is unlocked again) reads it back.
	 *
	 * @throws IOException if closing failed
	 */
	public void close(IProgressMonitor monitor) throws IOException {
		try {
			Job.getJobManager().join(LOAD_FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		modelLock.lock();
		try {
			storage.close();
			synchronized (this) {
				theater = null;
				loadJob = null;
				loadStatus = null;
			}
			editingDomain.getCommandStack().flush();
			List.copyOf(editingDomain.getResourceSet().getResources()).forEach(Resource::unload);
			editingDomain.getResourceSet().getResources().clear();
		} finally {
			modelLock.unlock();
		}
		lockListeners.forEach(Runnable::run);
		fireDirtyChanged();
	}

	/**
	 * Whether the workspace is locked ({@link #lock(IProgressMonitor)}), or dropped from memory by
	 * {@link #close(IProgressMonitor)} and not loaded again yet.
	 */
	public synchronized boolean isLocked() {
		return locked
				|| theater == null && loadJob == null && storage instanceof StoreWorkspaceStorage store && !store.isOpen();
	}

	/**
	 * Calls {@code listener} (in the closing thread) each time the workspace is dropped from memory by
	 * {@link #close(IProgressMonitor)}; the idle lock keeps it and does not call it.
	 */
	public void addLockListener(Runnable listener) {
		lockListeners.add(listener);
	}

	public void removeLockListener(Runnable listener) {
		lockListeners.remove(listener);
	}

	/**
	 * Drops every change not saved yet: the command stack is emptied and the workspace is read again from the
	 * storage, in the calling thread. The listeners given to {@link #addRevertListener(Runnable)} hear of the new
	 * workspace (whatever showed objects of the old one must let them go).
	 *
	 * @throws IOException if the storage could not be read; the workspace is then not open (as after a failed load)
	 */
	public void revert(IProgressMonitor monitor) throws IOException {
		try {
			Job.getJobManager().join(LOAD_FAMILY, null);
			Job.getJobManager().join(SAVE_FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		modelLock.lock();
		try {
			if (theater == null) {
				throw new IllegalStateException(Messages.Session_nothingToSave);
			}
			editingDomain.getCommandStack().flush();
			List.copyOf(editingDomain.getResourceSet().getResources()).forEach(Resource::unload);
			editingDomain.getResourceSet().getResources().clear();
			theater = null;
			Resource resource = storage.load(editingDomain.getResourceSet(), monitor);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater opened)) {
				throw new IOException(Messages.Session_noTheater);
			}
			theater = opened;
		} finally {
			modelLock.unlock();
		}
		revertListeners.forEach(Runnable::run);
		fireDirtyChanged();
	}

	/** Work on the storage while the workspace is let go, see {@link #runDetached}. */
	@FunctionalInterface
	public interface DetachedWork<T> {
		T run(IProgressMonitor monitor) throws IOException;
	}

	/**
	 * Runs {@code work} on the storage (an import of a package) while the workspace is let go, then reads it again, in
	 * the calling thread: the undo history ends here (the command stack is emptied), whatever showed objects of the
	 * old workspace hears of the new one through the revert listeners, and commands wait meanwhile. The workspace is
	 * read again even when {@code work} fails.
	 *
	 * @throws IOException with a message for the user if there are unsaved changes (save first: an import must not
	 *                     take them along unasked), if {@code work} fails, or if the storage cannot be read again
	 */
	public <T> T runDetached(DetachedWork<T> work, IProgressMonitor monitor) throws IOException {
		try {
			Job.getJobManager().join(LOAD_FAMILY, null);
			Job.getJobManager().join(SAVE_FAMILY, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		T result;
		modelLock.lock();
		try {
			if (theater == null) {
				throw new IllegalStateException(Messages.Session_nothingToSave);
			}
			if (isDirty()) {
				throw new IOException(Messages.Session_unsavedBeforeImport);
			}
			editingDomain.getCommandStack().flush();
			List.copyOf(editingDomain.getResourceSet().getResources()).forEach(Resource::unload);
			editingDomain.getResourceSet().getResources().clear();
			theater = null;
			try {
				result = work.run(monitor);
			} finally {
				Resource resource = storage.load(editingDomain.getResourceSet(), null);
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater opened)) {
					throw new IOException(Messages.Session_noTheater);
				}
				theater = opened;
			}
		} finally {
			modelLock.unlock();
			if (theater != null) {
				revertListeners.forEach(Runnable::run);
			}
			fireDirtyChanged();
		}
		return result;
	}

	/** Calls {@code listener} (in the reverting thread) each time {@link #revert(IProgressMonitor)} has read the workspace again. */
	public void addRevertListener(Runnable listener) {
		revertListeners.add(listener);
	}

	public void removeRevertListener(Runnable listener) {
		revertListeners.remove(listener);
	}

	/** Calls {@code listener} (in any thread) when the workspace may have become dirty or clean. */
	public void addDirtyListener(Runnable listener) {
		dirtyListeners.add(listener);
	}

	public void removeDirtyListener(Runnable listener) {
		dirtyListeners.remove(listener);
	}

	private void fireDirtyChanged() {
		dirtyListeners.forEach(Runnable::run);
	}

	public void dispose() {
		adapterFactory.dispose();
	}

	private IStatus open(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Session_opening, 100);
		try {
			Resource resource;
			if (storage.exists()) {
				resource = storage.load(editingDomain.getResourceSet(), progress.split(90));
			} else {
				progress.subTask(Messages.Session_generating);
				Theater generated = new DemoCountryGenerator(DEMO_SEED, DEMO_SCALE).generate();
				progress.worked(40);
				resource = new ResourceImpl(URI.createURI("counterpart:/workspace")); //$NON-NLS-1$
				resource.getContents().add(generated);
				editingDomain.getResourceSet().getResources().add(resource);
				storage.save(resource, progress.split(50));
			}
			progress.split(10);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Theater opened)) {
				editingDomain.getResourceSet().getResources().remove(resource);
				throw new IOException(Messages.Session_noTheater);
			}
			theater = opened;
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return new Status(IStatus.ERROR, BUNDLE, NLS.bind(Messages.Session_loadFailed, storage.location(), reason), e);
		}
	}

	private void finished(IStatus status) {
		List<Consumer<IStatus>> toCall;
		synchronized (this) {
			loadStatus = status;
			if (!status.isOK()) {
				loadJob = null; // a later load() tries again
			}
			toCall = new ArrayList<>(loadListeners);
			loadListeners.clear();
		}
		if (status.isOK() && Boolean.getBoolean(STARTUP_TRACE_PROPERTY)) {
			System.out.println(LOADED_LINE);
			System.out.flush();
		}
		toCall.forEach(listener -> listener.accept(status));
	}

	/**
	 * Lets a command run only while no save or lock is reading the model, and undoes a command whose changes are not
	 * saved yet without a trace in the journal: the storage's recording marks before and after each command tell it
	 * which operations to forget.
	 */
	private final class ModelLockingCommandStack extends BasicCommandStack {

		private record Marks(Object before, Object after) {
		}

		private final Map<Command, Marks> marks = new WeakHashMap<>();

		ModelLockingCommandStack() {
			// An import flushes the stack in its job while views come and go on the UI thread, adding and removing
			// listeners: the notification must go over a copy of the list, not a list that changes under it.
			listeners = new CopyOnWriteArrayList<>();
		}

		@Override
		public void execute(Command command) {
			modelLock.lock();
			try {
				Object before = storage.changeMark();
				super.execute(command);
				if (getUndoCommand() == command) {
					marks.put(command, new Marks(before, storage.changeMark()));
				}
			} finally {
				modelLock.unlock();
			}
		}

		@Override
		public void undo() {
			modelLock.lock();
			try {
				Marks recorded = canUndo() ? marks.remove(getUndoCommand()) : null;
				if (recorded == null || !storage.undoUnsaved(recorded.before(), recorded.after(), super::undo)) {
					super.undo();
				}
			} finally {
				modelLock.unlock();
			}
		}

		@Override
		public void redo() {
			modelLock.lock();
			try {
				Command command = getRedoCommand();
				Object before = storage.changeMark();
				super.redo();
				if (command != null && getUndoCommand() == command) {
					marks.put(command, new Marks(before, storage.changeMark()));
				}
			} finally {
				modelLock.unlock();
			}
		}

		@Override
		public void flush() {
			if (marks != null) { // null while the superclass constructor runs
				marks.clear();
			}
			super.flush();
		}
	}

	private final class LoadJob extends Job {
		LoadJob() {
			super(Messages.Session_loadJob);
			// The views report a failed load themselves, in place and with a dialog; the job must not add a second one.
			setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			if (!unlockFirst(monitor)) {
				return Status.OK_STATUS; // refused: the refusal is the caller's to show, and the workspace stays locked
			}
			IStatus status = open(monitor);
			finished(status);
			return status;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == LOAD_FAMILY;
		}
	}
}
