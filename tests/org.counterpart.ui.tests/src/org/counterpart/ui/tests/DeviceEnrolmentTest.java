package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.DeviceTokenChoice;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.RevocationLists;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.SoftHsmTokens;
import org.counterpart.ui.internal.exchange.AnswerPage;
import org.counterpart.ui.internal.exchange.DevicePreferencePage;
import org.counterpart.ui.internal.exchange.EnrolmentWizard;
import org.counterpart.ui.internal.exchange.EnrolmentWizardDialog;
import org.counterpart.ui.internal.exchange.KeyPage;
import org.counterpart.ui.internal.exchange.RequestPage;
import org.counterpart.ui.internal.exchange.SecretDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolling a device through the wizard against a test authority, as an officer does: the key in a file (passphrase
 * typed twice) or on a SoftHSM2 token chosen from the module's list, the certificate request written to a file, and,
 * days later, the wizard opened again at the answer to install the chain, the CA certificate and the revocation list.
 * Wrong files are refused with the command line's words and change nothing; the status page shows the result.
 */
public class DeviceEnrolmentTest {

	private static final char[] CA_PASSPHRASE = "authority test passphrase".toCharArray();
	private static final String PASSPHRASE = "device key passphrase 1";
	private static final String SUBJECT = "CN=laptop-7,OU=SC Office,O=Counterpart";
	private static final String UNLOCK_TITLE = "Unlock the Device Key";

	@TempDir
	Path folder;

	private Display display;
	private Shell window;
	private String deviceId;
	private CertificateAuthority authority;
	private DeviceIdentityFolder identity;
	private EnrolmentWizardDialog dialog;
	private PreferenceDialog preferences;

	@BeforeEach
	public void createAuthority() throws Exception {
		display = DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		authority = CertificateAuthority.create(folder.resolve("hq"), "CN=Counterpart Test HQ CA,O=Counterpart",
				KeyAlgorithm.EC_P256, Duration.ofDays(3650), CA_PASSPHRASE);
		identity = new DeviceIdentityFolder(folder.resolve("identity"));
		deviceId = UUID.randomUUID().toString();
	}

	@AfterEach
	public void closeDialogs() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		if (preferences != null && preferences.getShell() != null && !preferences.getShell().isDisposed()) {
			preferences.close();
		}
	}

	@Test
	public void aFileKeyIsEnrolledAndTheAnswerInstalledDaysLaterWrongFilesChangingNothing() throws Exception {
		dialog = EnrolmentWizard.open(window, identity, deviceId);
		EnrolmentWizard wizard = (EnrolmentWizard) dialog.getCurrentPage().getWizard();
		KeyPage key = wizard.keyPage();
		assertSame(key, dialog.getCurrentPage(), "a device without a key starts with creating one");
		assertTrue(key.getInFileButton().getSelection(), "a key file is the default");

		key.getPassphraseField().setText(PASSPHRASE);
		key.getConfirmationField().setText(PASSPHRASE + "x");
		next();
		assertEquals("The two passphrases differ. Type the same passphrase in both fields. Nothing was created.",
				key.getErrorMessage());
		assertSame(key, dialog.getCurrentPage());
		assertFalse(Files.exists(identity.keyStore()), "nothing is created");
		Screenshots.save(dialog.getShell(), "enrolment-key-refused");

		key.getPassphraseField().setText(PASSPHRASE);
		key.getConfirmationField().setText(PASSPHRASE);
		Screenshots.save(dialog.getShell(), "enrolment-key-file");
		next();
		assertTrue(Files.isRegularFile(identity.keyStore()), "Next created device.p12");
		RequestPage request = wizard.requestPage();
		assertSame(request, dialog.getCurrentPage());
		assertEquals("Created a EC_P256 device key in " + identity.keyStore()
				+ ". Next: write the certificate request and send it to headquarters.", request.getMessage());
		assertNull(request.getPreviousPage(), "no way back to create a second key");

		Path csr = folder.resolve("usb-stick/laptop-7.csr");
		Files.createDirectories(csr.getParent());
		request.getSubjectField().setText(SUBJECT);
		request.getFileField().setText(csr.toString());
		Screenshots.save(dialog.getShell(), "enrolment-request");
		next();
		AnswerPage answer = wizard.answerPage();
		assertSame(answer, dialog.getCurrentPage());
		assertTrue(Files.readString(csr).startsWith("-----BEGIN CERTIFICATE REQUEST-----"), "a PEM request");
		assertEquals("Wrote the certificate request for " + SUBJECT + " of device " + deviceId + " to " + csr,
				answer.getMessage());
		assertFalse(dialog.getNextButton().isEnabled(),
				"nothing to install before a chain is chosen");
		Screenshots.save(dialog.getShell(), "enrolment-answer-waiting");
		Workbench.pressButton(dialog.getShell(), "Cancel");
		Workbench.spinUntil(display, () -> dialog.getShell() == null, "Cancel closes the wizard");

		// Headquarters answers, days later, with the chain, its CA certificate and its revocation lists.
		X509Certificate issued = authority.issue(Files.readString(csr), Duration.ofDays(365), "XVM");
		assertEquals(deviceId, DeviceBinding.deviceId(issued).orElseThrow(), "the request asked to bind the store's device id");
		Path chain = write("chain.pem", CertificatePem.encode(List.of(issued, authority.certificate())));
		Path caFile = write("ca.crt", CertificatePem.encode(List.of(authority.certificate())));
		X509CRL first = authority.issueRevocationList(Duration.ofDays(30));
		X509CRL second = authority.issueRevocationList(Duration.ofDays(30));
		Path olderList = write("crl-1.pem", CertificatePem.encode(first));
		Path newerList = write("crl-2.pem", CertificatePem.encode(second));
		DeviceIdentity stranger = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		X509Certificate strangers = authority.issue(stranger.certificationRequestPem("CN=stranger,O=Counterpart"),
				Duration.ofDays(30));
		Path strangerChain = write("stranger.pem", CertificatePem.encode(List.of(strangers, authority.certificate())));
		byte[] keyStore = Files.readAllBytes(identity.keyStore());

		dialog = EnrolmentWizard.open(window, identity, deviceId);
		wizard = (EnrolmentWizard) dialog.getCurrentPage().getWizard();
		answer = wizard.answerPage();
		assertSame(answer, dialog.getCurrentPage(), "opened again, the wizard starts at the answer");
		answer.getChainField().setText(strangerChain.toString());
		answer.getAuthorityField().setText(caFile.toString());
		answer.getRevocationListField().setText(newerList.toString());
		List<String> unlockErrors = answerUnlock("device-unlock-passphrase", "wrong passphrase", PASSPHRASE);
		next();
		assertEquals(List.of("The passphrase for device.p12 is wrong, or the file is damaged."), unlockErrors,
				"a wrong passphrase is explained in place and asked again");
		assertEquals("The certificate for CN=stranger,O=Counterpart does not belong to this device key.",
				answer.getErrorMessage());
		assertSame(answer, dialog.getCurrentPage());
		assertArrayEquals(keyStore, Files.readAllBytes(identity.keyStore()), "device.p12 is unchanged");
		assertFalse(identity.hasAuthority(), "no CA certificate was installed");
		assertFalse(Files.exists(identity.revocationListFile()), "no revocation list was installed");
		Screenshots.save(dialog.getShell(), "enrolment-answer-wrong-key");

		answer.getChainField().setText(chain.toString());
		next();
		assertSame(wizard.donePage(), dialog.getCurrentPage());
		String summary = wizard.donePage().summary();
		assertTrue(summary.startsWith("Installed the certificate of " + SUBJECT + ",C=XVM (serial "
				+ issued.getSerialNumber().toString(16) + ", valid until "), summary);
		assertTrue(summary.endsWith(" in " + identity.directory()), summary);
		Screenshots.save(dialog.getShell(), "enrolment-done");
		Workbench.pressButton(dialog.getShell(), "Finish");
		Workbench.spinUntil(display, () -> dialog.getShell() == null, "Finish closes the wizard");
		try (var device = org.counterpart.security.UnlockedDevice.unlock(identity, PASSPHRASE.toCharArray())) {
			assertEquals(issued, device.identity().certificate().orElseThrow(), "device.p12 holds the issued certificate");
		}
		assertEquals(authority.certificate(), identity.authority());
		assertEquals(RevocationLists.number(second), RevocationLists.number(identity.installedRevocationList()));

		DevicePreferencePage status = openStatus();
		assertEquals(SUBJECT + ",C=XVM", status.shown("Subject:"));
		assertEquals("XVM", status.shown("Country:"));
		assertEquals(deviceId, status.shown("Device id:"));
		assertEquals("364 days", status.shown("Expires in:"));
		assertTrue(status.shown("Revocation list:").startsWith("number " + RevocationLists.number(second) + " of "),
				status.shown("Revocation list:"));
		assertEquals("", status.shownWarnings(), "nothing needs attention");
		Screenshots.save(preferences.getShell(), "device-status");
		preferences.close();

		// An older revocation list is refused in the command line's words, before the key is even asked for.
		byte[] installedList = Files.readAllBytes(identity.revocationListFile());
		dialog = EnrolmentWizard.open(window, identity, deviceId);
		answer = ((EnrolmentWizard) dialog.getCurrentPage().getWizard()).answerPage();
		answer.getChainField().setText(chain.toString());
		answer.getRevocationListField().setText(olderList.toString());
		next();
		assertEquals(olderList + ": The revocation list (" + RevocationLists.describe(first)
				+ ") is older than the one installed (" + RevocationLists.describe(second)
				+ "); installing it would forget revocations. Get the latest list from headquarters. Nothing was changed.",
				answer.getErrorMessage());
		assertArrayEquals(installedList, Files.readAllBytes(identity.revocationListFile()), "the installed list is kept");
		Screenshots.save(dialog.getShell(), "enrolment-answer-older-list");
	}

	@Test
	public void aKeyOnASoftHsmTokenChosenFromTheModulesListIsEnrolledAndUnlockedWithItsPin() throws Exception {
		SoftHsmTokens.Token token = UiTestTokens.token(UiTestTokens.ENROL);
		dialog = EnrolmentWizard.open(window, identity, deviceId);
		EnrolmentWizard wizard = (EnrolmentWizard) dialog.getCurrentPage().getWizard();
		KeyPage key = wizard.keyPage();
		select(key.getOnTokenButton(), key.getInFileButton());
		key.getModuleField().setText(SoftHsmTokens.MODULE.toString());
		key.getReadTokensButton().notifyListeners(SWT.Selection, new Event());
		Table tokens = key.getTokenTable();
		int row = -1;
		for (int i = 0; i < tokens.getItemCount(); i++) {
			if (tokens.getItem(i).getText(1).equals(token.label())) {
				row = i;
			}
		}
		assertTrue(row >= 0, "the module's list offers the token " + token.label() + ": " + List.of(tokens.getItems()));
		assertEquals(String.valueOf(token.slot()), tokens.getItem(row).getText(0));
		tokens.setSelection(row);
		tokens.notifyListeners(SWT.Selection, new Event());
		assertFalse(dialog.getNextButton().isEnabled(), "the PIN is needed");
		key.getPinField().setText(SoftHsmTokens.PIN);
		Screenshots.save(dialog.getShell(), "enrolment-key-token");
		next();
		assertTrue(key.isCreated(), key.getErrorMessage());
		assertEquals(new DeviceTokenChoice(SoftHsmTokens.MODULE, token.label()), DeviceTokenChoice.read(identity).orElseThrow(),
				"the token chosen is remembered");
		assertFalse(identity.hasKeyStore(), "the key is on the token, not in a file");

		Path csr = folder.resolve("token.csr");
		RequestPage request = wizard.requestPage();
		request.getSubjectField().setText("CN=token-laptop,O=Counterpart");
		request.getFileField().setText(csr.toString());
		next();
		X509Certificate issued = authority.issue(Files.readString(csr), Instant.now().minus(Duration.ofMinutes(5)),
				Instant.now().plus(Duration.ofDays(20)), "XVM");
		Path chain = write("token-chain.pem", CertificatePem.encode(List.of(issued, authority.certificate())));
		AnswerPage answer = wizard.answerPage();
		answer.getChainField().setText(chain.toString());
		answer.getAuthorityField().setText(write("ca.crt", CertificatePem.encode(List.of(authority.certificate()))).toString());
		answer.getRevocationListField().setText(write("crl.pem",
				CertificatePem.encode(authority.issueRevocationList(Duration.ofDays(30)))).toString());
		next();
		assertSame(wizard.donePage(), dialog.getCurrentPage(), answer.getErrorMessage());
		assertTrue(wizard.donePage().summary().endsWith(" on the PKCS#11 token '" + token.label() + "' (CA certificate in "
				+ identity.directory() + ")"), wizard.donePage().summary());
		Workbench.pressButton(dialog.getShell(), "Finish");
		Workbench.spinUntil(display, () -> dialog.getShell() == null, "Finish closes the wizard");

		DevicePreferencePage status = openStatus();
		assertEquals("on the PKCS#11 token '" + token.label() + "' (module " + SoftHsmTokens.MODULE + ")",
				status.shown("Device key:"));
		assertEquals("CN=token-laptop,O=Counterpart,C=XVM", status.shown("Subject:"));
		assertEquals("19 days", status.shown("Expires in:"));
		assertEquals("The device certificate expires in 19 days: ask headquarters for a new one in time.",
				status.shownWarnings());
		assertEquals("The device certificate expires in 19 days: ask headquarters for a new one in time.",
				status.getMessage());
		Screenshots.save(preferences.getShell(), "device-status-token-expiring");
		preferences.close();

		// Opened again, the wizard asks for the token's PIN before it installs a newer list with the chain.
		dialog = EnrolmentWizard.open(window, identity, deviceId);
		wizard = (EnrolmentWizard) dialog.getCurrentPage().getWizard();
		answer = wizard.answerPage();
		answer.getChainField().setText(chain.toString());
		answer.getRevocationListField().setText(write("crl-newer.pem",
				CertificatePem.encode(authority.issueRevocationList(Duration.ofDays(30)))).toString());
		List<String> unlockErrors = answerUnlock("device-unlock-pin", "0000", SoftHsmTokens.PIN);
		next();
		assertEquals(List.of("The PIN for the PKCS#11 token '" + token.label() + "' is wrong."), unlockErrors);
		assertSame(wizard.donePage(), dialog.getCurrentPage(), answer.getErrorMessage());
	}

	@Test
	public void fileDeviceOpensTheEnrolmentAndOffersStatusAndTrust() {
		assertNotNull(Workbench.menuItem(window, "File", "Device", "Status..."));
		assertNotNull(Workbench.menuItem(window, "File", "Device", "Trust"));
		Workbench.choose(Workbench.menuItem(window, "File", "Device", "Enrolment..."));
		Workbench.spinUntil(display, () -> Workbench.dialog(display, window, "Device Enrolment") != null,
				"File > Device > Enrolment... opens the wizard");
		Shell shell = Workbench.dialog(display, window, "Device Enrolment");
		Screenshots.save(shell, "enrolment-from-menu");
		Workbench.pressButton(shell, "Cancel");
		Workbench.spinUntil(display, shell::isDisposed, "Cancel closes it");
	}

	private DevicePreferencePage openStatus() {
		DevicePreferencePage page = new DevicePreferencePage(identity);
		page.setTitle("Device");
		PreferenceManager manager = new PreferenceManager();
		manager.addToRoot(new PreferenceNode("device", page));
		preferences = new PreferenceDialog(window, manager);
		preferences.setBlockOnOpen(false);
		preferences.open();
		Workbench.flush(display);
		return page;
	}

	private static void select(Button chosen, Button other) {
		other.setSelection(false);
		chosen.setSelection(true);
		chosen.notifyListeners(SWT.Selection, new Event());
	}

	/** Presses Next, which does the page's step before it moves on. */
	private void next() {
		Button next = dialog.getNextButton();
		assertTrue(next.isEnabled(), "Next is enabled on " + dialog.getCurrentPage().getName());
		next.notifyListeners(SWT.Selection, new Event());
		Workbench.flush(display);
	}

	/**
	 * Answers the unlock dialog the next step opens with each of {@code secrets} in turn, the last one right; returns
	 * the errors the dialog showed in between.
	 */
	private List<String> answerUnlock(String screenshot, String... secrets) {
		List<String> errors = new ArrayList<>();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell shell = Workbench.dialog(display, dialog.getShell(), UNLOCK_TITLE);
				if (shell == null) {
					display.timerExec(100, this);
					return;
				}
				SecretDialog<?> unlock = (SecretDialog<?>) shell.getData();
				for (String secret : secrets) {
					unlock.getSecretField().setText(secret);
					if (errors.isEmpty()) {
						Screenshots.save(shell, screenshot);
					}
					Workbench.pressButton(shell, "Unlock");
					if (!shell.isDisposed()) {
						errors.add(unlock.getShownError());
					}
				}
			}
		});
		return errors;
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		return file;
	}
}
