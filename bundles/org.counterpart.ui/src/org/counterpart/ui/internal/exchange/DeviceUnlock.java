package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.util.Optional;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.DeviceTokenChoice;
import org.counterpart.security.UnlockedDevice;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Unlocks the device key of an identity folder for the workbench: asks for the passphrase of {@code device.p12}, or
 * for the PIN of the PKCS#11 token the folder remembers ({@link DeviceTokenChoice}), until it is right or the user
 * cancels. Wrong secrets are explained in place, in the security bundle's words.
 */
public final class DeviceUnlock {

	private DeviceUnlock() {
	}

	/**
	 * The unlocked device key, with or without its certificate; the caller closes it (which wipes what it keeps and
	 * logs out of the token). Returns {@code null} when the user cancels, or after telling the user why there is
	 * nothing to unlock.
	 */
	public static UnlockedDevice unlock(Shell shell, DeviceIdentityFolder folder) {
		Optional<DeviceTokenChoice> token;
		try {
			token = DeviceTokenChoice.read(folder);
		} catch (CredentialException | IOException e) {
			MessageDialog.openError(shell, DeviceMessages.Unlock_title, e.getMessage());
			return null;
		}
		if (token.isEmpty() && !folder.hasKeyStore()) {
			MessageDialog.openError(shell, DeviceMessages.Unlock_title, NLS.bind(DeviceMessages.Unlock_noKey, folder.directory()));
			return null;
		}
		String message = token.map(t -> NLS.bind(DeviceMessages.Unlock_pinMessage, t.describe()))
				.orElseGet(() -> NLS.bind(DeviceMessages.Unlock_passphraseMessage, folder.directory()));
		SecretDialog<UnlockedDevice> dialog = new SecretDialog<>(shell, DeviceMessages.Unlock_title, message,
				token.isPresent() ? DeviceMessages.Unlock_pinLabel : DeviceMessages.Unlock_passphraseLabel,
				secret -> UnlockedDevice.unlock(folder, secret));
		return dialog.open() == Window.OK ? dialog.result() : null;
	}

	/**
	 * As {@link #unlock(Shell, DeviceIdentityFolder)}, for signing and opening packages: a key without an issued
	 * certificate is refused with the reason, and {@code null} returned.
	 */
	public static UnlockedDevice unlockCertified(Shell shell, DeviceIdentityFolder folder) {
		UnlockedDevice device = unlock(shell, folder);
		if (device != null && device.identity().certificate().isEmpty()) {
			String where = device.where();
			device.close();
			MessageDialog.openError(shell, DeviceMessages.Unlock_title, NLS.bind(DeviceMessages.Unlock_noCertificate, where));
			return null;
		}
		return device;
	}
}
