package org.counterpart.ui.internal.exchange;

import java.io.IOException;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.UnlockedDevice;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;

/**
 * Enrols this device with headquarters: creates the device key (in {@code device.p12} or on a PKCS#11 token), writes
 * its certificate request, and, when the answer comes back days later, installs the certificate chain, the CA
 * certificate and the revocation list. Each step is done by Next and kept at once, so the wizard can be closed after
 * any of them; opened again for a device that has its key, it starts at the answer.
 */
public final class EnrolmentWizard extends Wizard {

	private final DeviceIdentityFolder folder;
	private final String deviceId;
	private final boolean hadKey;
	private KeyPage keyPage;
	private RequestPage requestPage;
	private AnswerPage answerPage;
	private DonePage donePage;
	private UnlockedDevice device;

	/**
	 * @param deviceId the workspace store's device id, bound into the request; null when unknown
	 */
	public EnrolmentWizard(DeviceIdentityFolder folder, String deviceId) {
		this.folder = folder;
		this.deviceId = deviceId;
		boolean has;
		try {
			has = UnlockedDevice.hasKey(folder);
		} catch (CredentialException | IOException e) {
			has = true; // the key page would refuse anyway; the answer page reports the damaged file
		}
		this.hadKey = has;
		setWindowTitle(DeviceMessages.Enrol_windowTitle);
		setNeedsProgressMonitor(true);
	}

	/** Opens the wizard without waiting for it to close. */
	public static EnrolmentWizardDialog open(Shell parent, DeviceIdentityFolder folder, String deviceId) {
		EnrolmentWizardDialog dialog = new EnrolmentWizardDialog(parent, new EnrolmentWizard(folder, deviceId));
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Override
	public void addPages() {
		keyPage = new KeyPage(this);
		requestPage = new RequestPage(this);
		answerPage = new AnswerPage(this);
		donePage = new DonePage();
		addPage(keyPage);
		addPage(requestPage);
		addPage(answerPage);
		addPage(donePage);
	}

	@Override
	public IWizardPage getStartingPage() {
		return hadKey ? answerPage : keyPage;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == donePage;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public void dispose() {
		closeDevice();
		super.dispose();
	}

	DeviceIdentityFolder folder() {
		return folder;
	}

	String deviceId() {
		return deviceId;
	}

	/** Whether the device had its key when the wizard opened: then the key page is not offered. */
	boolean hadKey() {
		return hadKey;
	}

	/** The device key unlocked in this run of the wizard, or null. */
	UnlockedDevice device() {
		return device;
	}

	/** The device key, unlocked now if this run has not yet; null if the user cancels. */
	UnlockedDevice unlockedDevice() {
		if (device == null) {
			device = DeviceUnlock.unlock(getShell(), folder);
		}
		return device;
	}

	void keep(UnlockedDevice created) {
		closeDevice();
		device = created;
	}

	private void closeDevice() {
		if (device != null) {
			device.close();
			device = null;
		}
	}

	void installed(String summary) {
		donePage.show(summary);
	}

	public KeyPage keyPage() {
		return keyPage;
	}

	public RequestPage requestPage() {
		return requestPage;
	}

	public AnswerPage answerPage() {
		return answerPage;
	}

	public DonePage donePage() {
		return donePage;
	}
}
