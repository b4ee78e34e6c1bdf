package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.hq.Dashboard;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;

/** The dashboard of the store the workbench has open, with the certificates headquarters knows. */
final class WorkbenchDashboardService implements DashboardService {

	private final WorkspaceEditingSession session;

	WorkbenchDashboardService(WorkspaceEditingSession session) {
		this.session = session;
	}

	@Override
	public Dashboard dashboard(int weeks) throws IOException {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			throw new IOException(Messages.Registry_noStore);
		}
		List<X509Certificate> known = new KnownCertificates(DeviceIdentityFolder.inStore(storage.folder())).list();
		try {
			return storage.use(store -> Dashboard.of(store, known, weeks));
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
