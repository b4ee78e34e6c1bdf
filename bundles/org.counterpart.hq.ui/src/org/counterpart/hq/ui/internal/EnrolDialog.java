package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.security.CredentialException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Enrols a device: the certificate request file it wrote, the country it works for, how long the certificate is valid
 * and where the certificate chain goes for the device to install. A bad request or country is said in the dialog, which
 * stays open; nothing is issued then.
 */
final class EnrolDialog extends TitleAreaDialog {

	private static final String CHAIN_SUFFIX = ".chain.pem"; //$NON-NLS-1$

	private final DeviceAuthority authority;
	private Text request;
	private Text country;
	private Spinner days;
	private Text chain;
	private X509Certificate issued;
	private Path chainFile;

	EnrolDialog(Shell parent, DeviceAuthority authority) {
		super(parent);
		this.authority = authority;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Enrol_title);
		shell.setData(this);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Enrol_title);
		setMessage(Messages.Enrol_message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(3, false));
		request = field(fields, Messages.Enrol_request);
		browse(fields, request, SWT.OPEN);
		request.addListener(SWT.Modify, event -> {
			String text = request.getText().trim();
			if (!text.isEmpty() && (chain.getText().isEmpty() || chain.getData() != null)) {
				chain.setText(text.replaceFirst("\\.(csr|pem|req)$", "") + CHAIN_SUFFIX); //$NON-NLS-1$ //$NON-NLS-2$
				chain.setData(Boolean.TRUE); // still the suggestion: follows the request
			}
		});
		country = field(fields, Messages.Enrol_country);
		country.setTextLimit(3);
		new Label(fields, SWT.NONE);
		new Label(fields, SWT.NONE).setText(Messages.Enrol_validity);
		days = new Spinner(fields, SWT.BORDER);
		days.setValues(365, 1, 3650, 0, 1, 30);
		new Label(fields, SWT.NONE);
		chain = field(fields, Messages.Enrol_chain);
		chain.addListener(SWT.KeyDown, event -> chain.setData(null)); // typed by the user: keep it
		browse(fields, chain, SWT.SAVE);
		return area;
	}

	private static Text field(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 380;
		text.setLayoutData(data);
		return text;
	}

	private void browse(Composite parent, Text target, int style) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.Registry_browse);
		button.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(getShell(), style);
			String chosen = dialog.open();
			if (chosen != null) {
				target.setText(chosen);
				target.setData(null);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Enrol_issue, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (request.getText().isBlank() || chain.getText().isBlank()) {
			setErrorMessage(Messages.Enrol_incomplete);
			return;
		}
		Path to = Path.of(chain.getText().trim());
		try {
			issued = authority.enrol(Path.of(request.getText().trim()), country.getText(),
					Duration.ofDays(days.getSelection()), to);
		} catch (CredentialException | IOException | RuntimeException e) {
			setErrorMessage(NLS.bind(Messages.Enrol_failed, e.getMessage()));
			return;
		}
		chainFile = to;
		super.okPressed();
	}

	/** The certificate issued, once the dialog closed with OK. */
	X509Certificate issued() {
		return issued;
	}

	Path chainFile() {
		return chainFile;
	}

	Text requestField() {
		return request;
	}

	Text countryField() {
		return country;
	}

	Text chainField() {
		return chain;
	}

	Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	String shownError() {
		return getErrorMessage();
	}
}
