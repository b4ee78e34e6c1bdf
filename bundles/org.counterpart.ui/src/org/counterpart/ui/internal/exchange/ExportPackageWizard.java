package org.counterpart.ui.internal.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.sync.ExportPreview;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a package for chosen recipients: the recipients page, a preview of what goes with the reasons it may not,
 * then the package written with progress and cancel, whole or not at all ({@code FILE.partial} renamed once
 * complete; it holds only encrypted bytes meanwhile). The device key is unlocked before the wizard opens.
 */
public final class ExportPackageWizard extends Wizard {

	private final WorkspaceEditingSession session;
	private final DeviceIdentity sender;
	private final RecipientsPage recipients;
	private final PackagePreviewPage previewPage;
	private PackageManifest written;
	private Path writtenTo;

	public ExportPackageWizard(WorkspaceEditingSession session, DeviceIdentityFolder identity, TrustVerifier trust,
			DeviceIdentity sender) {
		this.session = session;
		this.sender = sender;
		setWindowTitle(Messages.Export_windowTitle);
		setNeedsProgressMonitor(true);
		recipients = new RecipientsPage(identity, trust);
		previewPage = new PackagePreviewPage(this);
	}

	@Override
	public void addPages() {
		addPage(recipients);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	/** What a package for the chosen recipients would carry; runs outside the user interface thread. */
	ExportPreview preview() throws IOException, StoreException {
		List<X509Certificate> chosen = chosenRecipients();
		X509Certificate own = sender.certificate().orElseThrow();
		return ExchangeIdentity.storage(session)
				.use(store -> ExportPreview.of(store, session.getTheater().eResource(), own, chosen));
	}

	private List<X509Certificate> chosenRecipients() {
		List<X509Certificate>[] chosen = new List[1];
		getShell().getDisplay().syncExec(() -> chosen[0] = recipients.chosen());
		return chosen[0];
	}

	@Override
	public boolean performFinish() {
		Path target = previewPage.target();
		List<X509Certificate> to = recipients.chosen();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					written = write(target, to, monitor);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				} catch (IOException | StoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			previewPage.setErrorMessage(NLS.bind(Messages.Export_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			previewPage.setErrorMessage(Messages.Export_cancelled);
			return false;
		}
		writtenTo = target;
		LastPackage last = new LastPackage(written.packageSequence(), Instant.now(), target.toString());
		last.remember();
		MessageDialog.openInformation(getShell(), Messages.Export_doneTitle, NLS.bind(Messages.Export_done, new Object[] {
				written.packageSequence(), String.format("%,d", written.operationCount()), written.attachments().size(), target, //$NON-NLS-1$
				last.writtenText() }));
		return true;
	}

	/** Writes the package to {@code target} through {@code target.partial}, which is removed on failure or cancel. */
	private PackageManifest write(Path target, List<X509Certificate> to, IProgressMonitor monitor)
			throws IOException, StoreException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_writing, IProgressMonitor.UNKNOWN);
		Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
		try {
			PackageManifest manifest;
			try (OutputStream out = new WatchedOutput(
					Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), progress)) {
				manifest = ExchangeIdentity.storage(session).use(store -> new PackageWriter(sender).write(store, to,
						List.of(), PackageWriter.StoredAttachments.REFERENCED, out));
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return manifest;
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	/** The manifest of the package written, or null before it is. */
	public PackageManifest written() {
		return written;
	}

	/** Where the package was written, or null before it is. */
	public Path writtenTo() {
		return writtenTo;
	}

	/** Counts what is written for the progress monitor, and stops the writing when the user cancels. */
	private static final class WatchedOutput extends FilterOutputStream {
		private final IProgressMonitor monitor;
		private long written;
		private long shown;

		WatchedOutput(OutputStream out, IProgressMonitor monitor) {
			super(out);
			this.monitor = monitor;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			check();
			out.write(bytes, offset, length);
			count(length);
		}

		@Override
		public void write(int b) throws IOException {
			check();
			out.write(b);
			count(1);
		}

		private void check() {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}

		private void count(int length) {
			written += length;
			if (written - shown > 64 * 1024) {
				shown = written;
				monitor.subTask(NLS.bind(Messages.Export_written, String.format("%,d", written))); //$NON-NLS-1$
				monitor.worked(1);
			}
		}
	}
}
