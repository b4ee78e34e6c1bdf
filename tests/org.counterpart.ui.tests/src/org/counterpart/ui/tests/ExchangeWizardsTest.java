package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.DeviceTokenChoice;
import org.counterpart.security.HeadquartersAnswer;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.UnlockedDevice;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.SoftHsmTokens;
import org.counterpart.tests.harness.TestAuthority;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerEdits;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.exchange.ImportPackageJob;
import org.counterpart.ui.internal.exchange.TrustView;
import org.counterpart.ui.internal.forms.ObjectEditorInput;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Packages through the workbench: File &gt; Export Package writes a package for headquarters that a second store
 * imports; headquarters' answer comes back through File &gt; Import Package or Baseline, after the unsaved edits are
 * saved, and the summary shows what it changed with links to the objects; a refused package shows the command line's
 * reason; a cancelled import leaves the store as it was. Real dialogs, driven through their widgets.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class ExchangeWizardsTest {

	private static final String DEVICE_PASSPHRASE = "device passphrase of the test";
	private static final String HQ_PASSPHRASE = "headquarters store passphrase";
	private static final String UNLOCK = "Unlock the Device Key";
	private static final String EXPORT = "Export Counterpart Package";
	/** Contacts the tests add at headquarters; they go again after each test, as the other tests count the demo's. */
	private static final Set<String> ADDED_AT_HEADQUARTERS = Set.of("Added at headquarters", "Never arrives",
			"Sent with the baseline");

	/** Shared by the tests of this class: an authority, this workbench's device, and headquarters with its store. */
	private static Path folder;
	private static TestAuthority authority;
	private static DeviceIdentity field;
	private static DeviceIdentity headquarters;
	private static WorkspaceStore hqStore;
	private static DeviceIdentityFolder identity;
	private static Path headquartersFile;

	private Display display;
	private Shell window;
	private IWorkbenchPage page;
	private WorkspaceEditingSession session;
	private StoreWorkspaceStorage storage;

	@BeforeEach
	public void setUp() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		window = page.getWorkbenchWindow().getShell();
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> session.getTheater() != null, "the workspace is open");
		storage = (StoreWorkspaceStorage) session.getStorage();
		if (authority == null) {
			folder = Files.createTempDirectory("exchange-test");
			authority = TestAuthority.create(folder.resolve("ca"));
			String deviceId = storage.read(WorkspaceStore::deviceId);
			field = authority.issue("Workbench Test Laptop", deviceId, "XVM", false);
			hqStore = WorkspaceStore.create(folder.resolve("hq"), HQ_PASSPHRASE.toCharArray());
			hqStore.load();
			headquarters = authority.issue("Headquarters Test", hqStore.deviceId(), null, true);
			identity = DeviceIdentityFolder.inStore(storage.folder());
			authority.install(identity, field, DEVICE_PASSPHRASE.toCharArray());
			headquartersFile = TestAuthority.writePem(headquarters.certificate().orElseThrow(),
					folder.resolve("headquarters.crt"));
		}
	}

	@AfterEach
	public void closeDialogs() throws Exception {
		for (Shell shell : display.getShells()) {
			if (shell != window && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		page.closeAllEditors(false);
		if (session.isDirty()) {
			session.revert(null);
		}
		// the other tests count the demo's contacts: the one headquarters added goes again
		List<Contact> addedAtHeadquarters = session.getTheater().getContacts().stream()
				.filter(contact -> ADDED_AT_HEADQUARTERS.contains(contact.getFamilyName())).toList();
		if (!addedAtHeadquarters.isEmpty()) {
			execute(ExplorerEdits.delete(session.getEditingDomain(),
					ExplorerEdits.planDelete(List.copyOf(addedAtHeadquarters), session.getTheater())));
			session.save(null);
		}
	}

	@Test
	@Order(1)
	public void aPackageGoesToHeadquartersAndItsAnswerShowsWhatItChanged() throws Exception {
		Contact exported = session.getTheater().getContacts().get(0);
		String exportedName = "Exported " + System.nanoTime();
		execute(SetCommand.create(session.getEditingDomain(), exported, CounterpartPackage.Literals.CONTACT__FAMILY_NAME,
				exportedName));
		session.save(null);
		Path out = Files.createDirectories(folder.resolve("out-" + System.nanoTime()));
		List<String> written = new ArrayList<>();
		// headquarters' certificate is taken in the Trust view; the export offers what the Trust view trusts
		TrustView trustView = showTrustView();
		trustView.installKnown(headquartersFile);
		assertTrue(trustView.shownStatus().startsWith("Installed the certificate of CN=Headquarters Test"),
				trustView.shownStatus());
		List<String> trusted = trustedKnown(trustView);
		page.hideView(trustView);
		assertEquals(1, trusted.size(), trusted.toString());

		DialogSteps export = new DialogSteps(display, window)
				.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, "export-passphrase"))
				.then(EXPORT, shell -> !checkTable(shell).isEmpty() && checkTable(shell).get(0).getItemCount() > 0,
						shell -> {
							Table recipients = checkTable(shell).get(0);
							assertEquals(trusted, trustedRecipients(recipients));
							TableItem hq = Stream.of(recipients.getItems())
									.filter(item -> item.getText(0).contains("CN=Headquarters Test")).findFirst().orElseThrow();
							assertEquals("headquarters", hq.getText(1));
							assertEquals("yes", hq.getText(3));
							hq.setChecked(true);
							Event check = new Event();
							check.detail = SWT.CHECK;
							check.item = hq;
							recipients.notifyListeners(SWT.Selection, check);
							Screenshots.save(shell, "export-recipients");
							Workbench.pressButton(shell, "Next >");
						})
				.then(EXPORT, shell -> kindsTable(shell) != null && kindsTable(shell).getItemCount() > 0,
						shell -> {
							String labels = Workbench.labels(shell);
							assertTrue(labels.contains("Operations since the last package:"), labels);
							assertTrue(Stream.of(kindsTable(shell).getItems()).anyMatch(item -> item.getText(0).equals("Contact")),
									show(rows(kindsTable(shell))));
							Text target = Workbench.find(shell, Text.class).stream()
									.filter(text -> (text.getStyle() & SWT.READ_ONLY) == 0 && text.isVisible()).findFirst()
									.orElseThrow();
							target.setText(out.toString());
							Screenshots.save(shell, "export-preview");
							Workbench.pressButton(shell, "Finish");
						})
				.then("Package Written", shell -> {
					written.add(Workbench.labels(shell));
					Screenshots.save(shell, "export-written");
					Workbench.pressButton(shell, "OK");
				}).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Export Package..."));
		Workbench.spinUntil(display, export::finished, "the export wizard ran: " + export.done());
		assertNull(export.failure(), () -> String.valueOf(export.failure()));

		List<Path> files;
		try (Stream<Path> listed = Files.list(out)) {
			files = listed.toList();
		}
		assertEquals(1, files.size(), files.toString());
		Path written1 = files.get(0);
		assertTrue(written1.getFileName().toString().matches("counterpart-package-[0-9]+\\.cpkg"), written1.toString());
		assertTrue(written.get(0).contains(written1.toString()), written.get(0));

		// headquarters imports it into a store of its own
		ImportResult atHq;
		try (InputStream in = Files.newInputStream(written1)) {
			atHq = new PackageReader(headquarters, authority.trust()).importPackage(in, hqStore);
		}
		assertEquals(ImportResult.Status.APPLIED, atHq.status(), atHq.summary());
		assertEquals(exportedName, ((Contact) find(hqStore, exported.getId())).getFamilyName(),
				"the package carried the edit");

		// headquarters answers: one contact added, one changed, one observation deleted
		Theater atHqTheater = (Theater) hqStore.resource().getContents().get(0);
		Contact added = CounterpartFactory.eINSTANCE.createContact();
		added.setFamilyName("Added at headquarters");
		atHqTheater.getContacts().add(added);
		Contact changed = (Contact) find(hqStore, session.getTheater().getContacts().get(1).getId());
		changed.setFamilyName("Changed at headquarters");
		EObject deletedAtHq = find(hqStore, session.getTheater().getObservations().get(0).getId());
		String deletedLabel = ObjectLabels.labelOf(deletedAtHq);
		EcoreUtil.delete(deletedAtHq, true);
		hqStore.save();
		Path answer = folder.resolve("answer-" + System.nanoTime() + ".cpkg");
		try (OutputStream target = Files.newOutputStream(answer)) {
			new PackageWriter(headquarters).write(hqStore, List.of(field.certificate().orElseThrow()), List.of(), target);
		}

		// an unsaved edit: the import asks to save it first
		Contact unsaved = session.getTheater().getContacts().get(2);
		execute(SetCommand.create(session.getEditingDomain(), unsaved, CounterpartPackage.Literals.CONTACT__RANK,
				"Saved before import"));
		assertTrue(session.isDirty());
		DialogSteps importing = new DialogSteps(display, window)
				.then("Unsaved Changes", shell -> {
					Screenshots.save(shell, "import-save-first");
					Workbench.pressButton(shell, "Save and Import");
				})
				.then("Import Counterpart Package or Baseline", shell -> chooseFile(shell, answer, "import-file"))
				.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, "import-passphrase")).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
		Workbench.spinUntil(display, () -> importing.finished() && Workbench.dialog(display, window, "Import Summary") != null
				|| importing.failure() != null, "the import ran and shows its summary: " + importing.done());
		assertNull(importing.failure(), () -> String.valueOf(importing.failure()));
		Shell summary = Workbench.dialog(display, window, "Import Summary");

		String labels = Workbench.labels(summary);
		assertTrue(labels.matches("(?s).*Added 1, changed [0-9]+, deleted [0-9]+; conflicts opened: 0\\..*"), labels);
		List<String[]> byKind = rows(group(summary, "By kind"));
		assertTrue(byKind.stream().anyMatch(row -> List.of(row).equals(List.of("Contact", "1", "1", "0"))), show(byKind));
		assertTrue(byKind.stream().anyMatch(row -> row[0].equals("FieldObservation") && row[3].equals("1")), show(byKind));
		List<String[]> byAuthor = rows(group(summary, "By author"));
		assertEquals(1, byAuthor.size(), show(byAuthor));
		assertTrue(byAuthor.get(0)[0].contains("CN=Headquarters Test"), show(byAuthor));
		Table objects = group(summary, "Objects (double-click to open)");
		int addedRow = -1;
		for (int i = 0; i < objects.getItemCount(); i++) {
			if (objects.getItem(i).getText(0).equals("Added") && objects.getItem(i).getText(2).contains("Added at headquarters")) {
				addedRow = i;
			}
		}
		assertTrue(addedRow >= 0, show(rows(objects)));
		assertTrue(rows(objects).stream().anyMatch(row -> row[0].equals("Deleted") && row[1].equals("FieldObservation")
				&& row[2].startsWith("(deleted) ") && row[2].contains(deletedLabel)), show(rows(objects)));
		Screenshots.save(summary, "import-summary");

		// the workspace was read again: the import is there, the saved edit too, and undo stops at the import
		assertFalse(session.isDirty());
		assertFalse(session.getEditingDomain().getCommandStack().canUndo(), "the undo history ends at the import");
		assertTrue(session.getTheater().getContacts().stream().anyMatch(c -> "Added at headquarters".equals(c.getFamilyName())));
		assertEquals("Saved before import",
				((Contact) byId(session.getTheater(), unsaved.getId())).getRank(), "the unsaved edit was saved first");

		// a link opens the object's form
		objects.setSelection(addedRow);
		objects.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.spinUntil(display, () -> page.getActiveEditor() != null, "the form opens");
		IEditorPart editor = page.getActiveEditor();
		assertEquals(added.getId(), ((ObjectEditorInput) editor.getEditorInput()).getObject().getId());
		Workbench.pressButton(summary, "Close");
		Workbench.flush(display);
		assertTrue(summary.isDisposed());
	}

	@Test
	@Order(2)
	public void aRefusedPackageShowsTheCommandLinesReasonAndChangesNothing() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(18).nextBytes(garbage);
		Path file = Files.write(folder.resolve("not-a-package.cpkg"), garbage);
		String reason;
		try {
			new PackageReader(field, authority.trust()).read(new ByteArrayInputStream(garbage), operation -> {
			});
			fail("random bytes are no package");
			return;
		} catch (PackageException e) {
			reason = e.getMessage();
		}
		String hashBefore = storage.read(WorkspaceStore::stateHash);
		List<String> shown = new ArrayList<>();
		DialogSteps steps = new DialogSteps(display, window)
				.then("Import Counterpart Package or Baseline", shell -> chooseFile(shell, file, null))
				.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, null))
				.then("Package Refused", shell -> {
					shown.add(Workbench.labels(shell));
					Screenshots.save(shell, "import-refused");
					Workbench.pressButton(shell, "OK");
				}).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
		Workbench.spinUntil(display, steps::finished, "the refusal is shown: " + steps.done());
		assertNull(steps.failure(), () -> String.valueOf(steps.failure()));
		assertEquals("not-a-package.cpkg: refused: " + reason, shown.get(0).strip());
		assertEquals(hashBefore, storage.read(WorkspaceStore::stateHash), "nothing was imported");
	}

	@Test
	@Order(3)
	public void aCancelledImportLeavesTheStoreAsItWas() throws Exception {
		Theater atHqTheater = (Theater) hqStore.resource().getContents().get(0);
		Contact added = CounterpartFactory.eINSTANCE.createContact();
		added.setFamilyName("Never arrives");
		atHqTheater.getContacts().add(added);
		hqStore.save();
		Path answer = folder.resolve("cancelled-" + System.nanoTime() + ".cpkg");
		try (OutputStream target = Files.newOutputStream(answer)) {
			new PackageWriter(headquarters).write(hqStore, List.of(field.certificate().orElseThrow()), List.of(), target);
		}
		String hashBefore = storage.read(WorkspaceStore::stateHash);
		// the officer presses Cancel as the job starts: before the package is read to its end
		List<Job> cancelled = new CopyOnWriteArrayList<>();
		IJobChangeListener cancelAtStart = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ImportPackageJob.FAMILY)) {
					cancelled.add(event.getJob());
					event.getJob().cancel();
				}
			}
		};
		Job.getJobManager().addJobChangeListener(cancelAtStart);
		try {
			DialogSteps steps = new DialogSteps(display, window)
					.then("Import Counterpart Package or Baseline", shell -> chooseFile(shell, answer, null))
					.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, null)).start();
			Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
			Workbench.spinUntil(display, steps::finished, "the import starts: " + steps.done());
			assertNull(steps.failure(), () -> String.valueOf(steps.failure()));
			Workbench.spinUntil(display, () -> !cancelled.isEmpty() && cancelled.get(0).getState() == Job.NONE,
					"the import job runs and ends");
		} finally {
			Job.getJobManager().removeJobChangeListener(cancelAtStart);
		}
		Job job = cancelled.get(0);
		assertNotNull(job.getResult());
		assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		Workbench.flush(display);
		assertNull(Workbench.dialog(display, window, "Import Summary"), "a cancelled import shows no summary");
		assertEquals(hashBefore, storage.read(WorkspaceStore::stateHash), "the store is as it was");
		assertTrue(session.getTheater().getContacts().stream().noneMatch(c -> "Never arrives".equals(c.getFamilyName())));
	}

	@Test
	@Order(4)
	public void theExportOffersExactlyTheCertificatesTheTrustViewTrusts() throws Exception {
		X509Certificate colleague = authority.issue("Colleague Laptop", UUID.randomUUID().toString(), "XVM", false)
				.certificate().orElseThrow();
		X509Certificate older = authority.issue("Older Recipient", UUID.randomUUID().toString(), "XVM", false)
				.certificate().orElseThrow();
		// an earlier version kept recipients' certificates in identity/recipients/: they are moved to the known ones
		Path olderFolder = identity.directory().resolve(KnownCertificates.OLDER_FOLDER);
		TestAuthority.writePem(older, olderFolder.resolve("older.crt"));
		Path colleagueFile = TestAuthority.writePem(colleague, folder.resolve("colleague.crt"));
		TrustView trustView = showTrustView();
		try {
			trustView.installKnown(colleagueFile);
			List<String> trusted = trustedKnown(trustView);
			assertTrue(trusted.containsAll(List.of(subject(colleague), subject(older), subject(headquarters.certificate()
					.orElseThrow()))), trusted.toString());
			assertFalse(Files.exists(olderFolder), "the older folder's certificate moved to the known ones");
			assertEquals(trusted, recipientsOfTheExportWizard("export-recipients-trusted"));

			// the colleague's country may not see all the package would carry: the wizard says why and does not finish
			List<String> refusal = new ArrayList<>();
			DialogSteps refused = new DialogSteps(display, window)
					.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, null))
					.then(EXPORT, shell -> !checkTable(shell).isEmpty() && checkTable(shell).get(0).getItemCount() > 0,
							shell -> {
								choose(checkTable(shell).get(0), subject(colleague));
								Workbench.pressButton(shell, "Next >");
							})
					.then(EXPORT, shell -> kindsTable(shell) != null && kindsTable(shell).getItemCount() > 0, shell -> {
						refusal.add(Workbench.find(shell, Text.class).stream()
								.filter(text -> (text.getStyle() & SWT.MULTI) != 0 && text.isVisible()).findFirst()
								.map(Text::getText).orElse("no reason shown"));
						refusal.add("finish enabled: " + Workbench.find(shell, Button.class).stream()
								.filter(button -> button.getText().replace("&", "").equals("Finish")).findFirst()
								.orElseThrow().isEnabled());
						Screenshots.save(shell, "export-refused");
						Workbench.pressButton(shell, "Cancel");
					}).start();
			Workbench.choose(Workbench.menuItem(window, "File", "Export Package..."));
			Workbench.spinUntil(display, refused::finished, "the export wizard showed its refusal: " + refused.done());
			assertNull(refused.failure(), () -> String.valueOf(refused.failure()));
			assertTrue(refusal.get(0).contains("may not be released to XVM, the country of " + subject(colleague)),
					refusal.get(0));
			assertEquals("finish enabled: false", refusal.get(1));

			// removed in the Trust view, the colleague is no longer offered
			Table rows = trustView.getTable();
			int colleagueRow = -1;
			for (int i = 0; i < rows.getItemCount(); i++) {
				if (rows.getItem(i).getText(1).equals(subject(colleague))) {
					colleagueRow = i;
				}
			}
			assertTrue(colleagueRow >= 0, trusted.toString());
			rows.setSelection(colleagueRow);
			rows.notifyListeners(SWT.Selection, new Event());
			DialogSteps confirm = new DialogSteps(display, window)
					.then("Remove Certificate", shell -> Workbench.pressButton(shell, "Remove")).start();
			trustView.getRemoveButton().notifyListeners(SWT.Selection, new Event());
			Workbench.spinUntil(display, confirm::finished, "the removal was confirmed: " + confirm.done());
			List<String> afterRemoval = trustedKnown(trustView);
			assertFalse(afterRemoval.contains(subject(colleague)), afterRemoval.toString());
			assertEquals(trusted.size() - 1, afterRemoval.size(), afterRemoval.toString());
			assertEquals(afterRemoval, recipientsOfTheExportWizard(null));
		} finally {
			new KnownCertificates(identity).remove(older);
			new KnownCertificates(identity).remove(colleague);
			page.hideView(trustView);
		}
	}

	@Test
	@Order(5)
	public void aDeviceKeyOnATokenSignsAPackageThroughTheWizardThatHeadquartersImports() throws Exception {
		SoftHsmTokens.Token token = UiTestTokens.token(UiTestTokens.EXCHANGE);
		// this device's identity becomes one whose key is on the token; the file key comes back afterwards
		Path fileKeyIdentity = folder.resolve("file-key-identity-" + System.nanoTime());
		Files.move(identity.directory(), fileKeyIdentity);
		try {
			Files.createDirectories(identity.directory());
			X509Certificate issued;
			try (UnlockedDevice onToken = UnlockedDevice.createOnToken(identity,
					new DeviceTokenChoice(SoftHsmTokens.MODULE, token.label()), KeyAlgorithm.EC_P256,
					SoftHsmTokens.PIN.toCharArray())) {
				String request = onToken.identity().certificationRequestPem("CN=Workbench Token Laptop,OU=Field,O=Counterpart",
						storage.read(WorkspaceStore::deviceId));
				issued = authority.authority().issue(request, Instant.now().minus(Duration.ofMinutes(5)),
						Instant.now().plus(Duration.ofDays(365)), "XVM", false);
				Path chain = Files.writeString(folder.resolve("token-chain.pem"),
						CertificatePem.encode(List.of(issued, authority.certificate())));
				Path authorityFile = TestAuthority.writePem(authority.certificate(), folder.resolve("token-ca.crt"));
				Path list = Files.writeString(folder.resolve("token-crl.pem"), CertificatePem.encode(authority.revocationList()));
				HeadquartersAnswer.read(identity, chain, authorityFile, list).install(onToken);
			}
			assertFalse(identity.hasKeyStore(), "no device.p12: the key is on the token");
			new KnownCertificates(identity).install(headquartersFile, identity.trust());

			Contact exported = session.getTheater().getContacts().get(3);
			String exportedName = "Signed on the token " + System.nanoTime();
			execute(SetCommand.create(session.getEditingDomain(), exported, CounterpartPackage.Literals.CONTACT__FAMILY_NAME,
					exportedName));
			session.save(null);
			Path out = Files.createDirectories(folder.resolve("token-out-" + System.nanoTime()));
			List<String> asked = new ArrayList<>();
			DialogSteps export = new DialogSteps(display, window)
					.then(UNLOCK, shell -> {
						// the title area's message is a read-only text; the field's label says PIN
						asked.add(Workbench.labels(shell) + Workbench.find(shell, Text.class).stream()
								.filter(text -> (text.getStyle() & SWT.PASSWORD) == 0).map(Text::getText).toList());
						unlock(shell, SoftHsmTokens.PIN, "export-unlock-pin");
					})
					.then(EXPORT, shell -> !checkTable(shell).isEmpty() && checkTable(shell).get(0).getItemCount() > 0,
							shell -> {
								Table recipients = checkTable(shell).get(0);
								TableItem hq = Stream.of(recipients.getItems())
										.filter(item -> item.getText(0).contains("CN=Headquarters Test")).findFirst()
										.orElseThrow();
								hq.setChecked(true);
								Event check = new Event();
								check.detail = SWT.CHECK;
								check.item = hq;
								recipients.notifyListeners(SWT.Selection, check);
								Workbench.pressButton(shell, "Next >");
							})
					.then(EXPORT, shell -> kindsTable(shell) != null && kindsTable(shell).getItemCount() > 0, shell -> {
						Workbench.find(shell, Text.class).stream()
								.filter(text -> (text.getStyle() & SWT.READ_ONLY) == 0 && text.isVisible()).findFirst()
								.orElseThrow().setText(out.toString());
						Workbench.pressButton(shell, "Finish");
					})
					.then("Package Written", shell -> Workbench.pressButton(shell, "OK")).start();
			Workbench.choose(Workbench.menuItem(window, "File", "Export Package..."));
			Workbench.spinUntil(display, export::finished, "the export wizard ran: " + export.done());
			assertNull(export.failure(), () -> String.valueOf(export.failure()));
			assertTrue(asked.get(0).contains("Type the PIN of the PKCS#11 token '" + token.label() + "'"), asked.get(0));
			assertTrue(asked.get(0).contains("&PIN:"), asked.get(0));

			List<Path> files;
			try (Stream<Path> listed = Files.list(out)) {
				files = listed.toList();
			}
			assertEquals(1, files.size(), files.toString());
			ImportResult atHq;
			try (InputStream in = Files.newInputStream(files.get(0))) {
				atHq = new PackageReader(headquarters, authority.trust()).importPackage(in, hqStore);
			}
			assertEquals(ImportResult.Status.APPLIED, atHq.status(), atHq.summary());
			assertTrue(atHq.signer().contains("CN=Workbench Token Laptop"), atHq.signer());
			assertEquals(exportedName, ((Contact) find(hqStore, exported.getId())).getFamilyName(),
					"the package signed on the token carried the edit");
		} finally {
			deleteTree(identity.directory());
			Files.move(fileKeyIdentity, identity.directory());
		}
	}

	@Test
	@Order(6)
	public void aBaselineFromHeadquartersImportsThroughTheWizardAndShowsItsSummary() throws Exception {
		Theater atHqTheater = (Theater) hqStore.resource().getContents().get(0);
		Contact sent = CounterpartFactory.eINSTANCE.createContact();
		sent.setFamilyName("Sent with the baseline");
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(Classification.CUI);
		marking.getRelTo().addAll(List.of("USA", "XVM"));
		sent.setMarking(marking);
		atHqTheater.getContacts().add(sent);
		hqStore.save();
		// a teammate in the same country, whose certificate the baseline carries; one elsewhere, whose it does not
		X509Certificate teammate = authority.issue("Teammate Laptop", UUID.randomUUID().toString(), "XVM", false)
				.certificate().orElseThrow();
		X509Certificate elsewhere = authority.issue("Laptop Elsewhere", UUID.randomUUID().toString(), "ZZA", false)
				.certificate().orElseThrow();
		X509CRL newerList = authority.revocationList();
		Path baseline = folder.resolve("baseline-" + System.nanoTime() + ".cpkg");
		BaselineWriter.Baseline written;
		try (OutputStream target = Files.newOutputStream(baseline)) {
			written = new BaselineWriter(headquarters, Clock.systemUTC(), newerList, List.of(teammate, elsewhere))
					.write(hqStore, field.certificate().orElseThrow(), target);
		}
		assertEquals("XVM", written.country());

		DialogSteps importing = new DialogSteps(display, window)
				.then("Import Counterpart Package or Baseline", shell -> chooseFile(shell, baseline, null))
				.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, null)).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Import Package or Baseline..."));
		Workbench.spinUntil(display, () -> importing.finished() && Workbench.dialog(display, window, "Import Summary") != null
				|| importing.failure() != null, "the baseline imported and shows its summary: " + importing.done());
		assertNull(importing.failure(), () -> String.valueOf(importing.failure()));
		Shell summary = Workbench.dialog(display, window, "Import Summary");
		String labels = Workbench.labels(summary);
		assertTrue(labels.contains("The package carried a newer revocation list; it was installed."), labels);
		assertTrue(labels.contains("Teammates now known as recipients (Trust view): CN=Teammate Laptop,OU=Field,O=Counterpart"),
				labels);
		assertFalse(labels.contains("Laptop Elsewhere"), labels);
		assertTrue(new KnownCertificates(identity).list().contains(teammate), "the teammate can be written for now");
		assertFalse(new KnownCertificates(identity).list().contains(elsewhere));
		assertTrue(labels.matches("(?s).*Added [1-9][0-9]*, changed [0-9]+, deleted [0-9]+; conflicts opened: 0\\..*"), labels);
		assertTrue(rows(group(summary, "By kind")).stream().anyMatch(row -> row[0].equals("Contact") && !row[1].equals("0")),
				show(rows(group(summary, "By kind"))));
		assertTrue(rows(group(summary, "By author")).stream().anyMatch(row -> row[0].contains("CN=Headquarters Test")),
				show(rows(group(summary, "By author"))));
		Table objects = group(summary, "Objects (double-click to open)");
		int sentRow = -1;
		for (int i = 0; i < objects.getItemCount(); i++) {
			if (objects.getItem(i).getText(0).equals("Added") && objects.getItem(i).getText(2).contains("Sent with the baseline")) {
				sentRow = i;
			}
		}
		assertTrue(sentRow >= 0, show(rows(objects)));
		Screenshots.save(summary, "import-baseline-summary");
		assertEquals(RevocationLists.number(newerList), RevocationLists.number(identity.installedRevocationList()),
				"the baseline's newer revocation list is installed");
		assertTrue(session.getTheater().getContacts().stream().anyMatch(c -> "Sent with the baseline".equals(c.getFamilyName())));
		assertFalse(session.getEditingDomain().getCommandStack().canUndo(), "the undo history ends at the import");

		objects.setSelection(sentRow);
		objects.notifyListeners(SWT.DefaultSelection, new Event());
		Workbench.spinUntil(display, () -> page.getActiveEditor() != null, "the form opens");
		assertEquals(sent.getId(), ((ObjectEditorInput) page.getActiveEditor().getEditorInput()).getObject().getId());
		Workbench.pressButton(summary, "Close");
	}

	/** Checks the recipient whose subject is {@code subject}, as a click on its check box does. */
	private static void choose(Table recipients, String subject) {
		TableItem item = Stream.of(recipients.getItems()).filter(row -> row.getText(0).equals(subject)).findFirst()
				.orElseThrow();
		item.setChecked(true);
		Event check = new Event();
		check.detail = SWT.CHECK;
		check.item = item;
		recipients.notifyListeners(SWT.Selection, check);
	}

	private static String subject(X509Certificate certificate) {
		return certificate.getSubjectX500Principal().getName();
	}

	private static void deleteTree(Path root) throws Exception {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void unlock(Shell shell, String secret, String screenshot) {
		Text field = Workbench.find(shell, Text.class).stream().filter(text -> (text.getStyle() & SWT.PASSWORD) != 0)
				.findFirst().orElseThrow();
		field.setText(secret);
		if (screenshot != null) {
			Screenshots.save(shell, screenshot);
		}
		Workbench.pressButton(shell, "Unlock");
	}

	private TrustView showTrustView() throws Exception {
		TrustView view = (TrustView) page.showView(TrustView.ID);
		view.show(identity);
		return view;
	}

	/** The subjects of the known devices and headquarters identities the Trust view shows as trusted, sorted. */
	private static List<String> trustedKnown(TrustView view) {
		return Stream.of(view.getTable().getItems())
				.filter(item -> List.of("Device", "Headquarters identity").contains(item.getText(0))
						&& item.getText(6).equals("trusted"))
				.map(item -> item.getText(1)).sorted().toList();
	}

	/** The subjects of the recipients the export wizard lets the user choose, sorted. */
	private static List<String> trustedRecipients(Table recipients) {
		return Stream.of(recipients.getItems()).filter(item -> item.getText(3).equals("yes")).map(item -> item.getText(0))
				.sorted().toList();
	}

	/** Opens File &gt; Export Package, and cancels it at its recipients page; returns the recipients offered there. */
	private List<String> recipientsOfTheExportWizard(String screenshot) {
		List<String> offered = new ArrayList<>();
		DialogSteps steps = new DialogSteps(display, window)
				.then(UNLOCK, shell -> unlock(shell, DEVICE_PASSPHRASE, null))
				.then(EXPORT, shell -> !checkTable(shell).isEmpty(), shell -> {
					offered.addAll(trustedRecipients(checkTable(shell).get(0)));
					if (screenshot != null) {
						Screenshots.save(shell, screenshot);
					}
					Workbench.pressButton(shell, "Cancel");
				}).start();
		Workbench.choose(Workbench.menuItem(window, "File", "Export Package..."));
		Workbench.spinUntil(display, steps::finished, "the export wizard showed its recipients: " + steps.done());
		assertNull(steps.failure(), () -> String.valueOf(steps.failure()));
		return offered;
	}

	private static void chooseFile(Shell shell, Path file, String screenshot) {
		Text text = Workbench.find(shell, Text.class).stream().filter(Control::isVisible).findFirst().orElseThrow();
		text.setText(file.toString());
		if (screenshot != null) {
			Screenshots.save(shell, screenshot);
		}
		Workbench.pressButton(shell, "Finish");
	}

	private static List<Table> checkTable(Shell shell) {
		return Workbench.find(shell, Table.class).stream().filter(t -> (t.getStyle() & SWT.CHECK) != 0 && t.isVisible()).toList();
	}

	private static Table kindsTable(Shell shell) {
		return Workbench.find(shell, Table.class).stream()
				.filter(t -> t.isVisible() && t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Kind of object"))
				.findFirst().orElse(null);
	}

	private static Table group(Shell shell, String title) {
		for (Group group : Workbench.find(shell, Group.class)) {
			if (group.getText().equals(title)) {
				return Workbench.find(group, Table.class).get(0);
			}
		}
		fail("No group " + title);
		return null;
	}

	private static List<String[]> rows(Table table) {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			String[] row = new String[table.getColumnCount()];
			for (int i = 0; i < row.length; i++) {
				row[i] = item.getText(i);
			}
			rows.add(row);
		}
		return rows;
	}

	private static String show(List<String[]> rows) {
		return rows.stream().map(List::of).toList().toString();
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		session.getEditingDomain().getCommandStack().execute(command);
	}

	private static EObject find(WorkspaceStore store, String id) {
		return byId(store.resource().getContents().get(0), id);
	}

	private static EObject byId(EObject root, String id) {
		for (var it = root.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (id.equals(EcoreUtil.getID(object))) {
				return object;
			}
		}
		throw new AssertionError("no object " + id);
	}
}
