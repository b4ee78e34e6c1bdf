package org.counterpart.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.provider.CounterpartItemProviderAdapterFactory;
import org.counterpart.ui.internal.Messages;
import org.counterpart.ui.internal.XmiWorkspaceStorage;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
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
 * yet, the demo country is generated and stored, so a new installation opens with something to look at.
 */
public final class WorkspaceEditingSession {

	/** Family of the load jobs, to wait for or to show progress for. */
	public static final Object LOAD_FAMILY = new Object();

	/** Seed and scale of the demo country generated on first start. */
	public static final long DEMO_SEED = 1;
	public static final int DEMO_SCALE = 1;

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$

	private static WorkspaceEditingSession defaultSession;

	private final WorkspaceStorage storage;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain editingDomain;
	private final List<Consumer<IStatus>> loadListeners = new ArrayList<>();
	private Job loadJob;
	private volatile Theater theater;
	private volatile IStatus loadStatus;

	public WorkspaceEditingSession(WorkspaceStorage storage) {
		this.storage = storage;
		adapterFactory = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
				new CounterpartItemProviderAdapterFactory(), new ResourceItemProviderAdapterFactory(),
				new ReflectiveItemProviderAdapterFactory() });
		editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new ResourceSetImpl());
	}

	/**
	 * The session of this workbench, kept in {@value XmiWorkspaceStorage#FILE_NAME} under the instance location.
	 *
	 * @throws IllegalStateException if the workbench runs without an instance location
	 */
	public static synchronized WorkspaceEditingSession getDefault() {
		if (defaultSession == null) {
			defaultSession = new WorkspaceEditingSession(new XmiWorkspaceStorage(defaultFile()));
		}
		return defaultSession;
	}

	private static Path defaultFile() {
		Location location = Platform.getInstanceLocation();
		if (location == null || location.getURL() == null) {
			throw new IllegalStateException(Messages.Session_noInstanceLocation);
		}
		try {
			return Path.of(location.getURL().toURI()).resolve(XmiWorkspaceStorage.FILE_NAME);
		} catch (URISyntaxException | IllegalArgumentException e) {
			// File URLs from the launcher are not always escaped (spaces): fall back to the plain path.
			return Path.of(location.getURL().getPath()).resolve(XmiWorkspaceStorage.FILE_NAME);
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
	public synchronized Job load() {
		if (loadJob == null) {
			loadStatus = null;
			loadJob = new LoadJob();
			loadJob.schedule();
		}
		return loadJob;
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

	/** Stores the workspace. */
	public void save(IProgressMonitor monitor) throws IOException {
		Theater current = theater;
		if (current == null) {
			throw new IllegalStateException(Messages.Session_nothingToSave);
		}
		storage.save(current, monitor);
	}

	public void dispose() {
		adapterFactory.dispose();
	}

	private IStatus open(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Session_opening, 100);
		try {
			Theater opened;
			if (storage.exists()) {
				opened = storage.load(progress.split(90));
			} else {
				progress.subTask(Messages.Session_generating);
				opened = new DemoCountryGenerator(DEMO_SEED, DEMO_SCALE).generate();
				progress.worked(40);
				storage.save(opened, progress.split(50));
			}
			progress.split(10);
			Resource resource = new ResourceImpl(URI.createURI("counterpart:/workspace")); //$NON-NLS-1$
			resource.getContents().add(opened);
			editingDomain.getResourceSet().getResources().add(resource);
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
		toCall.forEach(listener -> listener.accept(status));
	}

	private final class LoadJob extends Job {
		LoadJob() {
			super(Messages.Session_loadJob);
			// The views report a failed load themselves, in place and with a dialog; the job must not add a second one.
			setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
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
