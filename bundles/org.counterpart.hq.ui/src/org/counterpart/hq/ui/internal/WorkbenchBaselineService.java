package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.hq.BaselinePreview;
import org.counterpart.hq.BaselineRecord;
import org.counterpart.hq.Baselines;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.TrustException;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.store.StoreException;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.exchange.DeviceUnlock;
import org.counterpart.ui.internal.exchange.ImportPackageHandler;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Baselines from the store the workbench has open, for the devices whose certificates headquarters knows (those of
 * the Trust view), signed with headquarters' key (unlocked once, the user is asked, and kept until the view closes),
 * carrying the revocation list installed in its identity folder and the known certificates of the devices that work
 * for the recipient's country.
 */
final class WorkbenchBaselineService implements BaselineService {

	private final WorkspaceEditingSession session;
	private UnlockedDevice device;
	private X509CRL revocationList;

	WorkbenchBaselineService(WorkspaceEditingSession session) {
		this.session = session;
	}

	@Override
	public List<BaselineDevice> devices() throws IOException {
		StoreWorkspaceStorage storage = storage();
		List<X509Certificate> known = new KnownCertificates(DeviceIdentityFolder.inStore(storage.folder())).list();
		Map<String, BaselineRecord> last;
		try {
			last = storage.use(store -> new Baselines(store).lastSent());
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
		List<BaselineDevice> devices = new ArrayList<>();
		for (X509Certificate certificate : known) {
			if (!DeviceBinding.isHeadquarters(certificate)) {
				devices.add(new BaselineDevice(certificate, DeviceBinding.deviceId(certificate).orElse(null),
						DeviceCountry.of(certificate).orElse(null), last.get(Baselines.deviceKey(certificate))));
			}
		}
		return devices;
	}

	@Override
	public BaselinePreview preview(X509Certificate certificate) throws IOException {
		try {
			return storage().use(store -> new Baselines(store).preview(certificate));
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public synchronized boolean readyToExport(Shell shell) {
		if (session.getTheater() == null || !ImportPackageHandler.saveFirst(shell, session,
				org.counterpart.ui.internal.exchange.Messages.Export_saveQuestion)) {
			return false;
		}
		if (device != null) {
			return true;
		}
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			MessageDialog.openError(shell, Messages.Baselines_exportTitle, Messages.Baselines_noStore);
			return false;
		}
		DeviceIdentityFolder folder = DeviceIdentityFolder.inStore(storage.folder());
		try {
			revocationList = folder.trust().revocationList();
		} catch (CredentialException | TrustException | IOException e) {
			MessageDialog.openError(shell, Messages.Baselines_exportTitle,
					NLS.bind(Messages.Baselines_noTrust, e.getMessage()));
			return false;
		}
		UnlockedDevice unlocked = DeviceUnlock.unlockCertified(shell, folder);
		if (unlocked == null) {
			return false;
		}
		device = unlocked;
		return true;
	}

	@Override
	public Baselines.ExportRun export(List<X509Certificate> devices, Path folder, IProgressMonitor monitor)
			throws IOException {
		List<X509Certificate> known = new KnownCertificates(DeviceIdentityFolder.inStore(storage().folder())).list();
		BaselineWriter writer;
		synchronized (this) {
			if (device == null) {
				throw new IOException(Messages.Baselines_notPrepared);
			}
			writer = new BaselineWriter(device.identity(), Clock.systemUTC(), revocationList, known);
		}
		try {
			return storage().use(store -> new Baselines(store).export(devices, writer, folder, monitor));
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private StoreWorkspaceStorage storage() throws IOException {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			throw new IOException(Messages.Baselines_noStore);
		}
		return storage;
	}

	@Override
	public synchronized void dispose() {
		if (device != null) {
			device.close();
			device = null;
		}
	}
}
