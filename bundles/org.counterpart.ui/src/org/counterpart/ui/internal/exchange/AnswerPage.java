package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import org.counterpart.security.CredentialException;
import org.counterpart.security.HeadquartersAnswer;
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
 * Installs the answer from headquarters: the issued certificate chain, the CA certificate (the first time) and the
 * revocation list. Everything is checked before anything is written, with the command line's messages; Next installs.
 */
public final class AnswerPage extends WizardPage implements EnrolmentWizardDialog.Step {

	private final EnrolmentWizard wizard;
	private FileField chain;
	private FileField authority;
	private FileField crl;
	private String requestWritten;

	AnswerPage(EnrolmentWizard wizard) {
		super("answer"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(DeviceMessages.Enrol_answerTitle);
		setDescription(DeviceMessages.Enrol_answerMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		Label later = new Label(page, SWT.WRAP);
		later.setText(DeviceMessages.Enrol_answerLater);
		GridData laterData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		laterData.widthHint = 400;
		later.setLayoutData(laterData);
		chain = new FileField(page, DeviceMessages.Enrol_chain, SWT.OPEN, "*.pem", "*.crt"); //$NON-NLS-1$ //$NON-NLS-2$
		authority = new FileField(page, DeviceMessages.Enrol_authority, SWT.OPEN, "*.crt", "*.pem"); //$NON-NLS-1$ //$NON-NLS-2$
		hint(page, installedAuthority());
		crl = new FileField(page, DeviceMessages.Enrol_crl, SWT.OPEN, "*.pem", "*.crl"); //$NON-NLS-1$ //$NON-NLS-2$
		hint(page, DeviceMessages.Enrol_optional);
		chain.text().addListener(SWT.Modify, event -> setPageComplete(chain.path() != null));
		setControl(page);
		setPageComplete(false);
	}

	private String installedAuthority() {
		try {
			return wizard.folder().hasAuthority() ? NLS.bind(DeviceMessages.Enrol_authorityInstalled,
					wizard.folder().authority().getSubjectX500Principal().getName()) : DeviceMessages.Enrol_authorityHint;
		} catch (CredentialException | IOException e) {
			return e.getMessage();
		}
	}

	private static void hint(Composite page, String text) {
		new Label(page, SWT.NONE);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(text);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && requestWritten != null) {
			setMessage(requestWritten, IMessageProvider.INFORMATION);
		}
		super.setVisible(visible);
	}

	void requestWritten(String message) {
		requestWritten = message;
	}

	@Override
	public IWizardPage getPreviousPage() {
		return wizard.requestPage();
	}

	@Override
	public boolean leave() {
		setErrorMessage(null);
		HeadquartersAnswer answer;
		try {
			answer = HeadquartersAnswer.read(wizard.folder(), chain.path(), authority.path(), crl.path());
		} catch (GeneralSecurityException | IOException e) {
			setErrorMessage(message(e));
			return false;
		}
		UnlockedDevice device = wizard.unlockedDevice();
		if (device == null) {
			return false;
		}
		try {
			answer.install(device);
		} catch (GeneralSecurityException | IOException e) {
			setErrorMessage(message(e));
			return false;
		}
		X509Certificate issued = answer.chain().get(0);
		String where = device.isOnToken()
				? NLS.bind(DeviceMessages.Enrol_installedOnToken, device.where(), wizard.folder().directory())
				: NLS.bind(DeviceMessages.Enrol_installedWhere, wizard.folder().directory());
		wizard.installed(NLS.bind(DeviceMessages.Enrol_installed, new Object[] { issued.getSubjectX500Principal().getName(),
				issued.getSerialNumber().toString(16), issued.getNotAfter().toInstant(), where }));
		return true;
	}

	private static String message(Exception e) {
		return e instanceof GeneralSecurityException ? e.getMessage()
				: NLS.bind("{0}: {1}", e.getClass().getSimpleName(), e.getMessage()); //$NON-NLS-1$
	}

	public Text getChainField() {
		return chain.text();
	}

	public Text getAuthorityField() {
		return authority.text();
	}

	public Text getRevocationListField() {
		return crl.text();
	}
}
