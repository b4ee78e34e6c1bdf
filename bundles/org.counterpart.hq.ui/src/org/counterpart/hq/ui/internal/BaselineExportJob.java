package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.BiConsumer;

import org.counterpart.hq.Baselines;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/** Writes the baselines of the devices picked as a user job: progress per device, cancel between two devices. */
final class BaselineExportJob extends Job {

	/** The family of baseline exports, to wait for. */
	static final Object FAMILY = new Object();

	private final BaselineService service;
	private final List<X509Certificate> devices;
	private final Path folder;
	private final BiConsumer<Baselines.ExportRun, String> whenDone;

	/**
	 * @param whenDone hears (in the job's thread) what the run did, or the reason it could not run
	 */
	BaselineExportJob(BaselineService service, List<X509Certificate> devices, Path folder,
			BiConsumer<Baselines.ExportRun, String> whenDone) {
		super(NLS.bind(Messages.Baselines_exportJob, devices.size()));
		this.service = service;
		this.devices = List.copyOf(devices);
		this.folder = folder;
		this.whenDone = whenDone;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Baselines.ExportRun run;
		try {
			run = service.export(devices, folder, monitor);
		} catch (IOException | RuntimeException e) {
			whenDone.accept(null, e.getMessage() == null ? e.toString() : e.getMessage());
			return Status.OK_STATUS; // the reason is shown to the user
		}
		whenDone.accept(run, null);
		return run.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
