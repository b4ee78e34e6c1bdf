package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.hq.DeviceRegistry;
import org.counterpart.hq.DeviceRow;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.IssuedCertificate;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.RevocationReason;
import org.counterpart.store.StoreException;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.FieldPackages;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolment, revocation and the revocation list from the Device Registry view: a device is enrolled from a request the
 * test makes (after a bad request is refused in the dialog with nothing issued), appears in the registry, is revoked
 * for key compromise, and the published list carries that reason.
 */
class DeviceRegistryActionsTest {

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchPage page;
	private DeviceRegistryView view;
	private FieldPackages field;
	private final List<X509Certificate> known = new CopyOnWriteArrayList<>();
	private final List<X509CRL> installed = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openRegistry() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		field = new FieldPackages(dir, 19, 0, 0, new int[] { 1, 1 }, new int[] { 1, 1 });
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		view = (DeviceRegistryView) page.showView(DeviceRegistryView.ID);
		view.useAuthority(new TestAuthorityService());
		view.useService(() -> {
			try {
				synchronized (field.store) {
					return DeviceRegistry.rows(field.store, known);
				}
			} catch (StoreException e) {
				throw new IOException(e);
			}
		});
		EventLoop.flush(display);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().join(DeviceRegistryView.FAMILY, null);
		page.hideView(view);
		EventLoop.flush(display);
		field.close();
	}

	@Test
	void enrolsADeviceRevokesItWithAReasonAndPublishesTheList() throws Exception {
		Table table = view.viewer().getTable();
		EventLoop.spinUntil(display, () -> table.getItemCount() == 1, "headquarters listed");
		String deviceId = UUID.randomUUID().toString();
		DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		Path request = Files.writeString(dir.resolve("laptop-5.csr"),
				device.certificationRequestPem("CN=laptop-5,OU=Field,O=Counterpart", deviceId));
		Path garbage = Files.writeString(dir.resolve("garbage.csr"), "not a certificate request");
		int issuedBefore = field.authority.authority().issuedCertificates().size();

		AtomicReference<String> refusal = new AtomicReference<>();
		AtomicReference<Boolean> stayedOpen = new AtomicReference<>();
		whenShown(EnrolDialog.class, dialog -> {
			dialog.requestField().setText(garbage.toString());
			dialog.countryField().setText("XVM");
			click(dialog.okButton());
			refusal.set(dialog.shownError());
			stayedOpen.set(!dialog.getShell().isDisposed());
			assertEquals(issuedBefore, field.authority.authority().issuedCertificates().size());
			dialog.requestField().setText(request.toString());
			Screenshots.save(dialog.getShell(), "hq-enrol");
			click(dialog.okButton());
		});
		click(view.enrolButton());
		assertNotNull(refusal.get(), "the bad request was refused in the dialog");
		assertTrue(refusal.get().contains("request"), refusal.get());
		assertTrue(stayedOpen.get());
		Path chain = dir.resolve("laptop-5.chain.pem");
		assertTrue(Files.exists(chain), "the chain went beside the request");
		List<X509Certificate> written = DeviceIdentityFolder.readCertificates(chain);
		assertEquals(List.of(written.get(0)), known, "the device's certificate is known to headquarters");
		assertEquals(issuedBefore + 1, field.authority.authority().issuedCertificates().size());
		EventLoop.spinUntil(display, () -> table.getItemCount() == 2, "the enrolled device listed");
		EventLoop.spinUntil(display, () -> view.status().getText().startsWith("Enrolled laptop-5 for XVM"),
				"the enrolment said");
		int row = view.shown().stream().map(DeviceRow::deviceId).toList().indexOf(deviceId);
		assertEquals("laptop-5", table.getItem(row).getText(RegistryColumns.NAME.ordinal()));
		assertEquals(InboxColumns.formatTime(written.get(0).getNotAfter().toInstant()),
				table.getItem(row).getText(RegistryColumns.EXPIRY.ordinal()));

		assertFalse(view.revokeButton().isEnabled(), "nothing selected");
		view.viewer().setSelection(new StructuredSelection(view.shown().get(row)));
		EventLoop.flush(display);
		assertTrue(view.revokeButton().isEnabled());
		whenShown(RevokeDialog.class, dialog -> {
			assertEquals("unspecified - no reason given", dialog.reasons().getText());
			dialog.reasons().select(RevocationReason.KEY_COMPROMISE.ordinal());
			dialog.reasons().notifyListeners(SWT.Selection, new Event());
			click(dialog.okButton());
		});
		click(view.revokeButton());
		EventLoop.spinUntil(display, () -> view.status().getText().startsWith("Revoked 1 certificate(s) of laptop-5"),
				"the revocation said");
		assertTrue(view.status().getText().contains("keyCompromise"), view.status().getText());
		assertTrue(field.authority.authority().isRevoked(written.get(0).getSerialNumber()));

		Path list = dir.resolve("published.crl");
		view.chooseListFilesWith(shell -> list);
		click(view.publishButton());
		assertTrue(view.status().getText().startsWith("Published the revocation list (1 revoked)"),
				view.status().getText());
		X509CRL read = (X509CRL) CertificateFactory.getInstance("X.509")
				.generateCRL(new ByteArrayInputStream(Files.readAllBytes(list)));
		read.verify(field.authority.certificate().getPublicKey());
		assertEquals(CRLReason.KEY_COMPROMISE, read.getRevokedCertificate(written.get(0)).getRevocationReason());
		assertEquals(List.of(read), installed, "installed for the baselines to carry");
	}

	/** Runs {@code action} on the dialog of {@code type} once it is shown (while the click that opens it waits). */
	private <T> void whenShown(Class<T> type, java.util.function.Consumer<T> action) {
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && type.isInstance(shell.getData())) {
						action.accept(type.cast(shell.getData()));
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
	}

	private void click(org.eclipse.swt.widgets.Widget widget) {
		widget.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
	}

	/** The test's authority and store; remembers what was enrolled and installed. */
	private final class TestAuthorityService implements AuthorityService {

		@Override
		public DeviceAuthority authority(Shell shell) {
			return new DeviceAuthority(field.authority.authority());
		}

		@Override
		public List<IssuedCertificate> revoke(DeviceAuthority authority, String subject, RevocationReason reason)
				throws IOException {
			try {
				synchronized (field.store) {
					return authority.revoke(subject, reason, field.store, Instant.now());
				}
			} catch (CredentialException | StoreException e) {
				throw new IOException(e.getMessage(), e);
			}
		}

		@Override
		public void enrolled(Path chainFile) throws IOException {
			try {
				known.add(DeviceIdentityFolder.readCertificates(chainFile).get(0));
			} catch (CredentialException e) {
				throw new IOException(e.getMessage(), e);
			}
		}

		@Override
		public void published(X509CRL list) {
			installed.add(list);
		}

		@Override
		public void dispose() {
			// the authority is the test's
		}
	}
}
