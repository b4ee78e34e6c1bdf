package org.counterpart.ui.internal.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.store.StoreException;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

/**
 * Imports one package or baseline into the workbench's store as a user job (progress, cancel, and a button to send it
 * to the background): the package is read and verified whole, with the same checks and messages as the command
 * line's {@code import}, and only then merged, while the workspace is let go and read again afterwards (see
 * {@link WorkspaceEditingSession#runDetached}), so the undo history ends at the import. Cancelling while the package is
 * read leaves the store unchanged; the merge itself, once the package has verified, runs to its end. A newer
 * revocation list that a baseline carries is installed in the identity folder, as the command line does.
 */
public final class ImportPackageJob extends Job {

	/** The family of import jobs, to wait for. */
	public static final Object FAMILY = new Object();

	/**
	 * What an import came to, for the user interface thread to show; {@code certificatesLearned} names the teammates
	 * whose certificates a baseline carried and the device now knows (as the Trust view lists them).
	 */
	public record Outcome(Path file, ImportResult result, boolean revocationListInstalled, String refusal,
			List<String> certificatesLearned) {

		public Outcome {
			certificatesLearned = List.copyOf(certificatesLearned);
		}

		public Outcome(Path file, ImportResult result, boolean revocationListInstalled, String refusal) {
			this(file, result, revocationListInstalled, refusal, List.of());
		}
	}

	private final WorkspaceEditingSession session;
	private final Path file;
	private final UnlockedDevice recipient;
	private final TrustVerifier trust;
	private final DeviceIdentityFolder identity;
	private final Consumer<Outcome> whenDone;

	/**
	 * @param recipient the unlocked device key, which the job closes when it ends (run or not), logging out of its token
	 * @param whenDone  hears the outcome (in the job's thread) of an import that applied, was a replay or was refused;
	 *                  not of a cancelled one
	 */
	public ImportPackageJob(WorkspaceEditingSession session, Path file, UnlockedDevice recipient, TrustVerifier trust,
			DeviceIdentityFolder identity, Consumer<Outcome> whenDone) {
		super(NLS.bind(Messages.Import_job, file.getFileName()));
		this.session = session;
		this.file = file;
		this.recipient = recipient;
		this.trust = trust;
		this.identity = identity;
		this.whenDone = whenDone;
		setUser(true);
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				recipient.close();
			}
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		PackageReader reader = new PackageReader(recipient.identity(), trust, PackageLimits.DEFAULT);
		ImportResult result;
		try {
			long size = Files.size(file);
			if (size > PackageLimits.DEFAULT.maxPackageBytes()) {
				// the command line's words for the same refusal
				throw new PackageException(PackageException.Reason.OVERSIZED, "The package is larger than the limit of " //$NON-NLS-1$
						+ PackageLimits.DEFAULT.maxPackageBytes() + " bytes. Nothing was imported."); //$NON-NLS-1$
			}
			result = session.runDetached(detached -> importInto(reader, size, progress), progress.split(5));
		} catch (PackageException e) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			whenDone.accept(new Outcome(file, null, false, e.getMessage()));
			return Status.OK_STATUS; // the refusal is shown to the user as the outcome
		} catch (InterruptedIOException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			whenDone.accept(new Outcome(file, null, false, e.getMessage()));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			// a fault of this program, not of the package: still an answer for the user, and the details in the log
			Platform.getLog(ImportPackageJob.class).error(NLS.bind(Messages.Import_job, file.getFileName()), e);
			whenDone.accept(new Outcome(file, null, false, NLS.bind(Messages.Import_internalError, e)));
			return Status.OK_STATUS;
		}
		boolean installed = false;
		if (result.revocationList() != null) {
			try {
				if (RevocationLists.isNewer(identity.installedRevocationList(), result.revocationList())) {
					identity.installRevocationList(result.revocationList());
					installed = true;
				}
			} catch (IOException | CredentialException | TrustException e) {
				whenDone.accept(new Outcome(file, result, false, NLS.bind(Messages.Import_crlFailed, e.getMessage())));
				return Status.OK_STATUS;
			}
		}
		List<String> learned = new ArrayList<>();
		if (!result.certificates().isEmpty()) {
			try {
				X509Certificate own = recipient.identity().certificate().orElse(null);
				List<X509Certificate> teammates = result.certificates().stream().filter(c -> !c.equals(own)).toList();
				// checked against the trust as it is now, with a revocation list the baseline brought
				new KnownCertificates(identity).learn(teammates, identity.trust())
						.forEach(c -> learned.add(c.getSubjectX500Principal().getName()));
			} catch (IOException | CredentialException | TrustException e) {
				whenDone.accept(new Outcome(file, result, installed, NLS.bind(Messages.Import_certificatesFailed, e.getMessage())));
				return Status.OK_STATUS;
			}
		}
		progress.done();
		whenDone.accept(new Outcome(file, result, installed, null, learned));
		return Status.OK_STATUS;
	}

	/** Reads and merges the package into the store, which loads the workspace for the merge alone. */
	private ImportResult importInto(PackageReader reader, long size, SubMonitor progress) throws IOException {
		try {
			return ExchangeIdentity.storage(session).use(store -> {
				progress.subTask(Messages.Import_reading);
				store.load(new ResourceSetImpl());
				try (InputStream in = new WatchedInput(Files.newInputStream(file), size, progress.split(90))) {
					return reader.importPackage(in, store);
				}
			});
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Reports how much of the package was read, and stops reading when the user cancels. */
	private static final class WatchedInput extends FilterInputStream {
		private final IProgressMonitor monitor;
		private final long perTick;
		private long read;
		private long ticked;

		WatchedInput(InputStream in, long size, IProgressMonitor monitor) {
			super(in);
			this.monitor = monitor;
			monitor.beginTask(Messages.Import_reading, 100);
			this.perTick = Math.max(1, size / 100);
		}

		@Override
		public int read() throws IOException {
			check();
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			check();
			int n = super.read(bytes, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void check() throws InterruptedIOException {
			if (monitor.isCanceled()) {
				throw new InterruptedIOException(Messages.Import_reading);
			}
		}

		private void count(int n) {
			read += n;
			while (read - ticked >= perTick) {
				ticked += perTick;
				monitor.worked(1);
			}
		}
	}
}
