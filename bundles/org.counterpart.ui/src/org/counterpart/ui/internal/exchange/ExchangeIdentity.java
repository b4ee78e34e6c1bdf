package org.counterpart.ui.internal.exchange;

import java.io.IOException;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.osgi.util.NLS;

/**
 * The device identity folder of the workbench's store ({@code <store folder>/identity}, shared with the command
 * line) and the trust it gives: what the exchange wizards sign, decrypt and verify with.
 */
final class ExchangeIdentity {

	private ExchangeIdentity() {
	}

	/** The identity folder of the session's store. */
	static DeviceIdentityFolder folder(WorkspaceEditingSession session) {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage store)) {
			throw new IllegalStateException("packages are exchanged from an encrypted store only"); //$NON-NLS-1$
		}
		return DeviceIdentityFolder.inStore(store.folder());
	}

	/** The store of the session. */
	static StoreWorkspaceStorage storage(WorkspaceEditingSession session) {
		return (StoreWorkspaceStorage) session.getStorage();
	}

	/**
	 * The trust of the device: headquarters' CA certificate and the installed revocation list.
	 *
	 * @throws IOException with a message for the user when either is missing or unusable
	 */
	static TrustVerifier trust(DeviceIdentityFolder folder) throws IOException {
		try {
			// the key may be in device.p12 or on the PKCS#11 token the folder names
			if (!UnlockedDevice.hasKey(folder)) {
				throw new IOException(NLS.bind(Messages.Identity_noKey, folder.directory()));
			}
			return folder.trust();
		} catch (CredentialException | TrustException e) {
			throw new IOException(NLS.bind(Messages.Identity_notReady, folder.directory(), e.getMessage()), e);
		}
	}

}
