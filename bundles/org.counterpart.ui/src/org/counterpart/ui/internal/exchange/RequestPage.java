package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.security.CredentialException;
import org.counterpart.security.UnlockedDevice;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Writes the certificate request (PEM) for the device key to a file or USB stick: the subject the officer gives, and
 * the workspace store's device id for headquarters to bind. The request is written when the user presses Next.
 */
public final class RequestPage extends WizardPage implements EnrolmentWizardDialog.Step {

	private final EnrolmentWizard wizard;
	private Label key;
	private Text subject;
	private FileField file;
	private String createdMessage;
	private String written;

	RequestPage(EnrolmentWizard wizard) {
		super("request"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(DeviceMessages.Enrol_requestTitle);
		setDescription(DeviceMessages.Enrol_requestMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(DeviceMessages.Enrol_key);
		key = new Label(page, SWT.WRAP);
		key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(DeviceMessages.Enrol_deviceId);
		Label deviceId = new Label(page, SWT.NONE);
		deviceId.setText(wizard.deviceId() != null ? wizard.deviceId() : DeviceMessages.Enrol_noDeviceId);
		deviceId.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(page, SWT.NONE).setText(DeviceMessages.Enrol_subject);
		subject = new Text(page, SWT.BORDER | SWT.SINGLE);
		subject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		subject.setText("CN=" + hostName() + ",OU=SC Office,O=Counterpart"); //$NON-NLS-1$ //$NON-NLS-2$
		file = new FileField(page, DeviceMessages.Enrol_requestFile, SWT.SAVE, "*.csr", "*.pem"); //$NON-NLS-1$ //$NON-NLS-2$
		subject.addListener(SWT.Modify, event -> update());
		file.text().addListener(SWT.Modify, event -> update());
		setControl(page);
		update();
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName().replaceAll("[,=+<>#;\"\\\\]", "-"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			return "laptop"; //$NON-NLS-1$
		}
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			UnlockedDevice device = wizard.device();
			key.setText(device != null ? device.where() : wizard.folder().directory().toString());
			if (createdMessage != null) {
				setMessage(createdMessage, IMessageProvider.INFORMATION);
			}
			((Composite) getControl()).layout(true, true);
		}
		super.setVisible(visible);
	}

	/** Tells what the key page created. */
	void created(String message) {
		createdMessage = message;
	}

	private void update() {
		String missing = subject.getText().isBlank() ? DeviceMessages.Enrol_typeSubject
				: file.path() == null ? DeviceMessages.Enrol_chooseRequestFile : null;
		setPageComplete(missing == null);
	}

	@Override
	public IWizardPage getPreviousPage() {
		// The key exists once this page shows: going back could only create a second one.
		return null;
	}

	@Override
	public boolean leave() {
		setErrorMessage(null);
		UnlockedDevice device = wizard.unlockedDevice();
		if (device == null) {
			return false;
		}
		String name = subject.getText().strip();
		String deviceId = wizard.deviceId();
		String request;
		try {
			request = device.identity().certificationRequestPem(name, deviceId);
		} catch (CredentialException | IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		Path target = file.path();
		try {
			Files.writeString(target, request, StandardCharsets.US_ASCII);
		} catch (IOException e) {
			setErrorMessage(NLS.bind(DeviceMessages.Enrol_cannotWrite, target, e.getMessage()));
			return false;
		}
		written = NLS.bind(DeviceMessages.Enrol_requestWritten, new Object[] { name,
				deviceId == null ? DeviceMessages.Enrol_bindsNoDevice : NLS.bind(DeviceMessages.Enrol_ofDevice, deviceId), target });
		wizard.answerPage().requestWritten(written);
		return true;
	}

	/** What was written, or null. */
	public String written() {
		return written;
	}

	public Text getSubjectField() {
		return subject;
	}

	public Text getFileField() {
		return file.text();
	}
}
