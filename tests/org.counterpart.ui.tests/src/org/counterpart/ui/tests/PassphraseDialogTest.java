package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.internal.PassphraseDialog;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passphrase dialog, driven with the keyboard as a user does: Enter confirms, Escape quits, the cursor starts in
 * the passphrase field; refused passphrases are explained in place and leave the store as it was.
 */
public class PassphraseDialogTest {

	private static final String PASSPHRASE = "seven blue lanterns";

	@TempDir
	Path folder;

	private Display display;
	private StoreWorkspaceStorage storage;
	private PassphraseDialog dialog;

	@BeforeEach
	public void requireDisplay() {
		display = DisplayRequirement.requireDisplay();
	}

	@AfterEach
	public void closeAll() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		if (storage != null) {
			storage.close();
		}
	}

	@Test
	public void creatingRefusesMismatchesAndShortPassphrasesThenCreatesTheStoreSeededWithTheDemo() throws Exception {
		Path store = folder.resolve("store");
		storage = new StoreWorkspaceStorage(store);
		dialog = open(PassphraseDialog.Mode.CREATE);
		Text passphrase = dialog.getPassphraseField();
		Text confirmation = dialog.getConfirmationField();
		assertTrue(passphrase.isFocusControl(), "the cursor starts in the passphrase field");
		Screenshots.save(dialog.getShell(), "passphrase-create");

		type(passphrase, PASSPHRASE);
		type(confirmation, PASSPHRASE + "!");
		pressEnter(confirmation);
		assertEquals("The two passphrases differ. Type the same passphrase in both fields. Nothing was created.",
				dialog.getShownError());
		assertStillOpenAndNothingCreated(store);
		assertEquals("", passphrase.getText(), "a refused passphrase is not left in the field");
		assertTrue(passphrase.isFocusControl());
		Screenshots.save(dialog.getShell(), "passphrase-create-mismatch");

		type(passphrase, "short");
		type(confirmation, "short");
		pressEnter(confirmation);
		assertEquals("The passphrase is too short: use at least 8 characters. Nothing was created.", dialog.getShownError());
		assertStillOpenAndNothingCreated(store);

		type(passphrase, PASSPHRASE);
		type(confirmation, PASSPHRASE);
		pressEnter(confirmation);
		assertEquals(Window.OK, dialog.getReturnCode());
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closes once the store exists");
		assertTrue(storage.isOpen());
		storage.close();

		try (WorkspaceStore created = WorkspaceStore.open(store, PASSPHRASE.toCharArray())) {
			Theater theater = (Theater) created.load(new ResourceSetImpl()).getContents().get(0);
			assertEquals(DemoCountryGenerator.COUNTRY, theater.getPartnerCountry());
			assertEquals(DemoCountryGenerator.CONTACTS, theater.getContacts().size());
		}
	}

	@Test
	public void unlockingShowsTheStoresMessageForAWrongPassphraseAndLetsTheUserTryAgain() throws Exception {
		Path store = folder.resolve("store");
		storage = new StoreWorkspaceStorage(store);
		storage.create(PASSPHRASE.toCharArray(), 1, 1, null);
		storage.close();
		byte[] before = storeBytes(store);

		dialog = open(PassphraseDialog.Mode.UNLOCK);
		Text passphrase = dialog.getPassphraseField();
		assertNull(dialog.getConfirmationField(), "unlocking asks once");
		assertTrue(passphrase.isFocusControl(), "the cursor starts in the passphrase field");
		Screenshots.save(dialog.getShell(), "passphrase-unlock");

		type(passphrase, "seven blue lantern");
		pressEnter(passphrase);
		assertEquals(
				"The passphrase is not correct for this workspace store. Nothing was changed; enter the passphrase again.",
				dialog.getShownError());
		assertFalse(dialog.getShell().isDisposed());
		assertFalse(storage.isOpen());
		assertTrue(java.util.Arrays.equals(before, storeBytes(store)), "a wrong passphrase changes nothing on disk");
		Screenshots.save(dialog.getShell(), "passphrase-unlock-wrong");

		type(passphrase, PASSPHRASE);
		pressEnter(passphrase);
		assertEquals(Window.OK, dialog.getReturnCode());
		assertTrue(storage.isOpen());
		Theater theater = (Theater) storage.load(new ResourceSetImpl(), null).getContents().get(0);
		assertEquals(DemoCountryGenerator.COUNTRY, theater.getPartnerCountry());
	}

	@Test
	public void escapeQuitsWithoutTouchingTheStore() throws Exception {
		Path store = folder.resolve("store");
		storage = new StoreWorkspaceStorage(store);
		dialog = open(PassphraseDialog.Mode.CREATE);
		type(dialog.getPassphraseField(), PASSPHRASE);
		Workbench.pressEscape(display);
		Workbench.spinUntil(display, () -> dialog.getShell() == null || dialog.getShell().isDisposed(),
				"Escape closes the dialog");
		assertEquals(Window.CANCEL, dialog.getReturnCode());
		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed());
		assertFalse(Files.exists(store) && WorkspaceStore.exists(store), "cancelling creates nothing");
	}

	private PassphraseDialog open(PassphraseDialog.Mode mode) {
		PassphraseDialog opened = new PassphraseDialog(null, mode, storage.location(),
				mode == PassphraseDialog.Mode.CREATE
						? (passphrase, monitor) -> storage.create(passphrase, 1, 1, monitor)
						: (passphrase, monitor) -> storage.open(passphrase, monitor));
		opened.setBlockOnOpen(false);
		opened.open();
		opened.getShell().forceActive();
		Workbench.spinUntil(display, () -> opened.getPassphraseField().isFocusControl(), "the passphrase field has the focus");
		return opened;
	}

	private void assertStillOpenAndNothingCreated(Path store) {
		assertFalse(dialog.getShell().isDisposed(), "the dialog stays open to try again");
		assertFalse(WorkspaceStore.exists(store), "nothing is created");
		assertFalse(storage.isOpen());
	}

	private void type(Text field, String text) {
		field.setFocus();
		field.setText(text);
		Workbench.flush(display);
	}

	/** Enter, typed in {@code field}; waits until the dialog has answered (closed or shown an error). */
	private void pressEnter(Text field) {
		field.setFocus();
		String before = dialog.getShownError();
		if (before != null) {
			dialog.setErrorMessage(null);
		}
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> dialog.getShell() == null || dialog.getShell().isDisposed()
				|| dialog.getShownError() != null, "the dialog answers Enter");
	}

	private static byte[] storeBytes(Path store) throws Exception {
		java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
		try (var files = Files.walk(store)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				all.write(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
				all.write(Files.readAllBytes(file));
			}
		}
		return all.toByteArray();
	}
}
