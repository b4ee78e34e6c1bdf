package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CredentialException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the folder of headquarters' certificate authority and its passphrase, and opens it; a wrong passphrase or
 * folder is said in the dialog, which stays open. The passphrase is wiped after the attempt.
 */
final class AuthorityDialog extends TitleAreaDialog {

	private Text folder;
	private Text passphrase;
	private CertificateAuthority authority;

	AuthorityDialog(Shell parent) {
		super(parent);
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Authority_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Authority_title);
		setMessage(Messages.Authority_message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(3, false));
		new Label(fields, SWT.NONE).setText(Messages.Authority_folder);
		folder = new Text(fields, SWT.BORDER | SWT.SINGLE);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.Registry_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		new Label(fields, SWT.NONE).setText(Messages.Authority_passphrase);
		passphrase = new Text(fields, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		passphrase.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Authority_open, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		char[] typed = passphrase.getTextChars();
		try {
			if (folder.getText().isBlank() || typed.length == 0) {
				setErrorMessage(Messages.Authority_incomplete);
				return;
			}
			authority = CertificateAuthority.open(Path.of(folder.getText().trim()), typed);
		} catch (CredentialException | IOException | RuntimeException e) {
			setErrorMessage(e.getMessage());
			return;
		} finally {
			Arrays.fill(typed, '\0');
		}
		passphrase.setText(""); //$NON-NLS-1$
		super.okPressed();
	}

	CertificateAuthority authority() {
		return authority;
	}
}
