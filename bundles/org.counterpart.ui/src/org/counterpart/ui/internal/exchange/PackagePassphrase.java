package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.util.Arrays;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the passphrase of the device key ({@value DeviceIdentityFolder#KEY_STORE} in the identity folder) and
 * unlocks it; a wrong passphrase is said in place and the dialog stays open. The passphrase lives only in the password
 * field and in a {@code char[]} that is wiped once used.
 */
public final class PackagePassphrase extends TitleAreaDialog {

	private final DeviceIdentityFolder folder;
	private Text passphrase;
	private DeviceIdentity unlocked;

	private PackagePassphrase(Shell parent, DeviceIdentityFolder folder) {
		super(parent);
		this.folder = folder;
		setHelpAvailable(false);
	}

	/**
	 * Unlocks the device identity of {@code folder}, asking for its passphrase.
	 *
	 * @return the identity, with its certificate; null if the user cancelled
	 * @throws IOException with a message for the user if the folder holds no key, or the key has no certificate yet
	 */
	public static DeviceIdentity unlock(Shell parent, DeviceIdentityFolder folder) throws IOException {
		if (!folder.hasKeyStore()) {
			throw new IOException(NLS.bind(Messages.Identity_noKey, folder.directory()));
		}
		PackagePassphrase dialog = new PackagePassphrase(parent, folder);
		if (dialog.open() != OK) {
			return null;
		}
		if (dialog.unlocked.certificate().isEmpty()) {
			throw new IOException(NLS.bind(Messages.Identity_noCertificate, folder.directory()));
		}
		return dialog.unlocked;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Passphrase_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Passphrase_title);
		setMessage(Messages.Passphrase_message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		Label where = new Label(fields, SWT.WRAP);
		where.setText(NLS.bind(Messages.Passphrase_folder, folder.keyStore()));
		GridData whereData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		whereData.widthHint = 520;
		where.setLayoutData(whereData);
		new Label(fields, SWT.NONE).setText(Messages.Passphrase_label);
		passphrase = new Text(fields, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 320;
		passphrase.setLayoutData(wide);
		passphrase.setFocus();
		return area;
	}

	@Override
	protected Point getInitialSize() {
		// the message names the folder, a long path: wrap it rather than stretch the dialog across the screen
		Point preferred = super.getInitialSize();
		return new Point(Math.min(preferred.x, 620), Math.max(preferred.y, 240));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		char[] typed = passphrase.getTextChars();
		try {
			unlocked = folder.loadDevice(typed);
		} catch (CredentialException | IOException e) {
			setErrorMessage(NLS.bind(Messages.Passphrase_wrong, e.getMessage()));
			passphrase.selectAll();
			passphrase.setFocus();
			return;
		} finally {
			Arrays.fill(typed, '\0');
		}
		super.okPressed();
	}
}
