package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.IssuedCertificate;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.RevocationReason;
import org.counterpart.security.TrustException;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Headquarters' authority for the registry of the store the workbench has open: the authority's folder and passphrase
 * are asked once and the authority kept until the view closes; enrolled devices join the certificates headquarters
 * knows (the Trust view), and a published revocation list is installed in headquarters' identity folder.
 */
final class WorkbenchAuthorityService implements AuthorityService {

	private final WorkspaceEditingSession session;
	private DeviceAuthority authority;

	WorkbenchAuthorityService(WorkspaceEditingSession session) {
		this.session = session;
	}

	@Override
	public synchronized DeviceAuthority authority(Shell shell) {
		if (authority == null) {
			AuthorityDialog dialog = new AuthorityDialog(shell);
			if (dialog.open() == Window.OK) {
				authority = new DeviceAuthority(dialog.authority());
			}
		}
		return authority;
	}

	@Override
	public List<IssuedCertificate> revoke(DeviceAuthority using, String subject, RevocationReason reason)
			throws IOException {
		try {
			return storage().use(store -> {
				try {
					return using.revoke(subject, reason, store, Instant.now());
				} catch (CredentialException e) {
					throw new IOException(e.getMessage(), e);
				}
			});
		} catch (StoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public void enrolled(Path chainFile) throws IOException {
		DeviceIdentityFolder folder = DeviceIdentityFolder.inStore(storage().folder());
		try {
			new KnownCertificates(folder).install(chainFile, folder.trust());
		} catch (CredentialException | TrustException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	@Override
	public void published(X509CRL list) throws IOException {
		try {
			DeviceIdentityFolder.inStore(storage().folder()).installRevocationList(list);
		} catch (CredentialException | TrustException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private StoreWorkspaceStorage storage() throws IOException {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			throw new IOException(Messages.Registry_noStore);
		}
		return storage;
	}

	@Override
	public synchronized void dispose() {
		authority = null;
	}
}
