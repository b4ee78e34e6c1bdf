package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.counterpart.hq.Inbox;
import org.counterpart.hq.InboxEntry;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.store.StoreException;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.exchange.DeviceUnlock;
import org.counterpart.ui.internal.exchange.ImportPackageHandler;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The inbox on the store the workbench has open, read with headquarters' key, which is unlocked once (the user is
 * asked) and kept until the view closes. Imports run while the workspace is let go and read again afterwards, as a
 * single package's import does, so unsaved edits are refused first.
 */
final class WorkbenchInboxService implements InboxService {

	private final WorkspaceEditingSession session;
	private UnlockedDevice device;
	private PackageReader reader;

	WorkbenchInboxService(WorkspaceEditingSession session) {
		this.session = session;
	}

	@Override
	public synchronized boolean prepare(Shell shell) {
		if (reader != null) {
			return true;
		}
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			MessageDialog.openError(shell, Messages.Inbox_title, Messages.Inbox_noStore);
			return false;
		}
		DeviceIdentityFolder folder = DeviceIdentityFolder.inStore(storage.folder());
		TrustVerifier trust;
		try {
			trust = folder.trust();
		} catch (CredentialException | TrustException | IOException e) {
			MessageDialog.openError(shell, Messages.Inbox_title, NLS.bind(Messages.Inbox_noTrust, e.getMessage()));
			return false;
		}
		UnlockedDevice unlocked = DeviceUnlock.unlockCertified(shell, folder);
		if (unlocked == null) {
			return false;
		}
		device = unlocked;
		reader = new PackageReader(unlocked.identity(), trust, PackageLimits.DEFAULT);
		return true;
	}

	@Override
	public boolean readyToImport(Shell shell) {
		return session.getTheater() != null && ImportPackageHandler.saveFirst(shell, session,
				org.counterpart.ui.internal.exchange.Messages.Import_saveQuestion);
	}

	@Override
	public List<InboxEntry> scan(Path folder, IProgressMonitor monitor) throws IOException {
		PackageReader ready = reader();
		try {
			return storage().use(store -> new Inbox(folder, store, ready).scan(monitor));
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public List<InboxEntry> importPackages(Path folder, List<InboxEntry> picked, IProgressMonitor monitor)
			throws IOException {
		PackageReader ready = reader();
		return session.runDetached(detached -> {
			try {
				return storage().use(store -> {
					store.load(new ResourceSetImpl());
					return new Inbox(folder, store, ready).importPackages(picked, monitor);
				});
			} catch (StoreException e) {
				throw new IOException(e.getMessage(), e);
			}
		}, null);
	}

	private synchronized PackageReader reader() throws IOException {
		if (reader == null) {
			throw new IOException(Messages.Inbox_notPrepared);
		}
		return reader;
	}

	private StoreWorkspaceStorage storage() {
		return (StoreWorkspaceStorage) session.getStorage();
	}

	@Override
	public synchronized void dispose() {
		reader = null;
		if (device != null) {
			device.close();
			device = null;
		}
	}
}
