package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.RevocationLists;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.internal.exchange.TrustView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Trust view: the headquarters authority and the devices this device knows, with their state under the revocation
 * list; a trusted certificate is installed, an untrusted one and an older list are refused with the reason and change
 * nothing, and a certificate is removed only after the user confirms.
 */
public class TrustViewTest {

	private static final char[] CA_PASSPHRASE = "authority test passphrase".toCharArray();

	@TempDir
	Path folder;

	private Display display;
	private IWorkbenchPage page;
	private TrustView view;

	@BeforeEach
	public void openView() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		view = (TrustView) page.showView(TrustView.ID);
		Workbench.flush(display);
	}

	@AfterEach
	public void hideView() {
		page.hideView(view);
	}

	@Test
	public void installsTrustedCertificatesRefusesOthersAndAnOlderListAndRemovesAfterConfirmation() throws Exception {
		CertificateAuthority authority = CertificateAuthority.create(folder.resolve("hq"),
				"CN=Counterpart Test HQ CA,O=Counterpart", KeyAlgorithm.EC_P256, Duration.ofDays(3650), CA_PASSPHRASE);
		CertificateAuthority other = CertificateAuthority.create(folder.resolve("other"), "CN=Some Other CA,O=Elsewhere",
				KeyAlgorithm.EC_P256, Duration.ofDays(3650), CA_PASSPHRASE);
		DeviceIdentityFolder identity = new DeviceIdentityFolder(folder.resolve("identity"));
		identity.installAuthority(authority.certificate());
		X509CRL older = authority.issueRevocationList(Duration.ofDays(30));
		X509CRL newer = authority.issueRevocationList(Duration.ofDays(30));
		identity.installRevocationList(newer);
		view.show(identity);
		Table table = view.getTable();
		assertEquals(1, table.getItemCount(), "the authority");
		assertEquals("Headquarters CA", table.getItem(0).getText(0));
		assertEquals("trust anchor", table.getItem(0).getText(6));
		assertTrue(view.shownRevocationList().startsWith("Revocation list: number " + RevocationLists.number(newer) + ", issued "),
				view.shownRevocationList());
		assertTrue(view.shownRevocationList().endsWith("; 0 revoked."), view.shownRevocationList());

		String colleagueId = UUID.randomUUID().toString();
		DeviceIdentity colleague = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		X509Certificate colleagues = authority.issue(colleague.certificationRequestPem("CN=colleague,O=Counterpart",
				colleagueId), java.time.Instant.now().minus(Duration.ofMinutes(5)),
				java.time.Instant.now().plus(Duration.ofDays(90)), "XVM");
		view.installKnown(write("colleague.pem", CertificatePem.encode(List.of(colleagues))));
		assertEquals(2, table.getItemCount());
		assertEquals(List.of("Device", "CN=colleague,O=Counterpart,C=XVM", "XVM", colleagueId,
				colleagues.getSerialNumber().toString(16)), List.of(table.getItem(1).getText(0), table.getItem(1).getText(1),
						table.getItem(1).getText(2), table.getItem(1).getText(3), table.getItem(1).getText(4)));
		assertEquals("trusted", table.getItem(1).getText(6));
		assertEquals("Installed the certificate of CN=colleague,O=Counterpart,C=XVM (serial "
				+ colleagues.getSerialNumber().toString(16) + ").", view.shownStatus());

		DeviceIdentity stranger = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		X509Certificate foreign = other.issue(stranger.certificationRequestPem("CN=stranger,O=Elsewhere"), Duration.ofDays(30));
		view.installKnown(write("foreign.pem", CertificatePem.encode(List.of(foreign))));
		assertEquals("The signer CN=stranger,O=Elsewhere is not certified by the headquarters authority"
				+ " CN=Counterpart Test HQ CA,O=Counterpart.", view.shownStatus());
		assertEquals(2, table.getItemCount(), "an untrusted certificate is not taken");
		assertEquals(1, new KnownCertificates(identity).list().size());

		byte[] installedList = Files.readAllBytes(identity.revocationListFile());
		Path olderFile = write("crl-1.pem", CertificatePem.encode(older));
		view.installRevocationList(olderFile);
		assertEquals(olderFile + ": The revocation list (" + RevocationLists.describe(older)
				+ ") is older than the one installed (" + RevocationLists.describe(newer)
				+ "); installing it would forget revocations. Get the latest list from headquarters. Nothing was changed.",
				view.shownStatus());
		assertArrayEquals(installedList, Files.readAllBytes(identity.revocationListFile()), "the installed list is kept");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(view.getSite().getShell(), "trust-view");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		// Remove asks first; cancelling keeps the certificate, confirming forgets it.
		table.setSelection(1);
		table.notifyListeners(SWT.Selection, new Event());
		assertTrue(view.getRemoveButton().isEnabled());
		List<String> asked = answerConfirmation("Cancel");
		view.getRemoveButton().notifyListeners(SWT.Selection, new Event());
		assertEquals(1, asked.size(), "a confirmation was asked");
		assertTrue(asked.get(0).contains("Forget the certificate of CN=colleague,O=Counterpart,C=XVM"), asked.get(0));
		assertEquals(2, table.getItemCount(), "cancelled: nothing removed");
		table.setSelection(1);
		table.notifyListeners(SWT.Selection, new Event());
		answerConfirmation("Remove");
		view.getRemoveButton().notifyListeners(SWT.Selection, new Event());
		assertEquals(1, table.getItemCount());
		assertTrue(new KnownCertificates(identity).list().isEmpty());
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		assertTrue(view.getRemoveButton().isEnabled(), "the authority can be removed too, after a confirmation");
		assertFalse(identity.hasKeyStore());
	}

	/** Answers the next confirmation dialog with the button {@code button}; returns what it asked. */
	private List<String> answerConfirmation(String button) {
		List<String> asked = new ArrayList<>();
		Shell window = view.getSite().getShell();
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell shell = Workbench.dialog(display, window, "Remove Certificate");
				if (shell == null) {
					display.timerExec(100, this);
					return;
				}
				for (Label label : Workbench.find(shell, Label.class)) {
					if (!label.getText().isBlank()) {
						asked.add(label.getText());
					}
				}
				if ("Remove".equals(button)) {
					Screenshots.save(shell, "trust-remove-confirmation");
				}
				Workbench.pressButton(shell, button);
			}
		});
		return asked;
	}

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		return file;
	}
}
