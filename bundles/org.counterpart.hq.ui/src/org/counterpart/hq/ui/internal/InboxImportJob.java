package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.counterpart.hq.InboxEntry;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Imports the packages picked in the inbox as a user job: progress per package, cancel between two packages; each
 * device's packages go in the order of their numbers whatever order they were picked in (see
 * {@link org.counterpart.hq.Inbox#importOrder}).
 */
final class InboxImportJob extends Job {

	/** The family of inbox imports, to wait for. */
	static final Object FAMILY = new Object();

	private final InboxService service;
	private final Path folder;
	private final List<InboxEntry> picked;
	private final BiConsumer<List<InboxEntry>, String> whenDone;

	/**
	 * @param whenDone hears (in the job's thread) the entries imported, or the reason nothing was
	 */
	InboxImportJob(InboxService service, Path folder, List<InboxEntry> picked,
			BiConsumer<List<InboxEntry>, String> whenDone) {
		super(NLS.bind(Messages.Inbox_importJob, picked.size()));
		this.service = service;
		this.folder = folder;
		this.picked = List.copyOf(picked);
		this.whenDone = whenDone;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<InboxEntry> done;
		try {
			done = service.importPackages(folder, picked, monitor);
		} catch (IOException | RuntimeException e) {
			whenDone.accept(List.of(), e.getMessage() == null ? e.toString() : e.getMessage());
			return Status.OK_STATUS; // the reason is shown to the user
		}
		whenDone.accept(done, null);
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}
}
