package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.hq.DeviceRegistry;
import org.counterpart.hq.DeviceRow;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;

/**
 * The registry of the store the workbench has open; certificate expiries come from the certificates headquarters
 * knows (those of the Trust view).
 */
final class WorkbenchRegistryService implements RegistryService {

	private final WorkspaceEditingSession session;

	WorkbenchRegistryService(WorkspaceEditingSession session) {
		this.session = session;
	}

	@Override
	public List<DeviceRow> rows() throws IOException {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			throw new IOException(Messages.Registry_noStore);
		}
		List<X509Certificate> known = new KnownCertificates(DeviceIdentityFolder.inStore(storage.folder())).list();
		try {
			return storage.use(store -> DeviceRegistry.rows(store, known));
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
