package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.store.ServerStoreAddress;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.TestDatabase;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.SharedStoreFollower;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two headquarters workstations on one shared PostgreSQL store: what one saves, the other's workspace shows within
 * 5 s without a restart; a workspace with unsaved edits asks to save them first, and after "Save and Take In" holds
 * both its own edit and the other's, and the store holds both too.
 */
public class SharedStoreFollowTest {

	/** The promise: within 5 s; the store is polled every 2 s. */
	private static final long TAKE_IN_MILLIS = 5_000;

	@TempDir
	Path folder;

	private StoreWorkspaceStorage storage;
	private WorkspaceEditingSession session;
	private WorkspaceStore otherWorkstation;

	@AfterEach
	public void closeAll() throws Exception {
		if (session != null && session.getTheater() != null) {
			session.close(null);
		}
		if (storage != null) {
			storage.close();
		}
		if (otherWorkstation != null) {
			otherWorkstation.close();
		}
	}

	@Test
	public void whatAnotherWorkstationSavesIsTakenInAndUnsavedEditsAreSavedFirst() throws Exception {
		Display display = DisplayRequirement.requireDisplay();
		TestDatabase.requirePostgres("The workbench on a shared store");
		ServerStoreAddress address = ServerStoreAddress
				.parse(TestDatabase.newSchemaUrl() + "&user=" + TestDatabase.setting("USER"));
		storage = StoreWorkspaceStorage.chosen(new String[] { "-store", address.url() }, null, folder);
		assertTrue(storage.isShared());
		storage.open(password(), null); // the first opening starts the shared store with the demo country
		session = new WorkspaceEditingSession(storage);
		session.load();
		EventLoop.spinUntil(display, () -> session.getTheater() != null, "the shared workspace loads");
		SharedStoreFollower.follow(session, display);

		otherWorkstation = address.open(password());
		Theater elsewhere = (Theater) otherWorkstation.load().getContents().get(0);
		List<PartnerInstitution> institutions = elsewhere.getInstitutions();
		String first = institutions.get(0).getId();
		String second = institutions.get(1).getId();
		String third = institutions.get(2).getId();

		// 1. Nothing unsaved here: the other workstation's save shows up by itself.
		institutions.get(0).setName("Renamed at the other workstation");
		otherWorkstation.save();
		long saved = System.currentTimeMillis();
		EventLoop.spinUntil(display, () -> "Renamed at the other workstation".equals(nameHere(first)),
				"the other workstation's rename reaches this workbench");
		long tookMillis = System.currentTimeMillis() - saved;
		assertTrue(tookMillis <= TAKE_IN_MILLIS, "taken in after " + tookMillis + " ms");
		assertFalse(session.isDirty());

		// 2. An edit here, not saved, while the other workstation writes another object.
		PartnerInstitution mine = (PartnerInstitution) session.getTheater().eResource().getEObject(second);
		session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), mine,
				CounterpartPackage.Literals.PARTNER_INSTITUTION__NAME, "Edited here, not saved yet"));
		assertTrue(session.isDirty());
		institutions.get(2).setName("Second rename elsewhere");
		otherWorkstation.save();

		KeyboardRobot.drive(display, robot -> {
			robot.waitUntil(() -> robot.read(() -> questionShown(display)), "the question about unsaved edits");
			robot.read(() -> Screenshots.save(activeShell(display), "shared-store-take-in"));
			robot.press(SWT.CR); // "Save and Take In" is the default button
			robot.waitUntil(() -> robot.read(() -> !questionShown(display)), "the question closes");
		});
		EventLoop.spinUntil(display,
				() -> "Second rename elsewhere".equals(nameHere(third)) && !session.isDirty(),
				"the workspace saves its edit and takes in the other's");
		assertEquals("Edited here, not saved yet", nameHere(second), "the unsaved edit is kept, and saved");
		assertEquals("Renamed at the other workstation", nameHere(first));

		// The store holds both workstations' changes: the other one reads this one's edit.
		otherWorkstation.refresh();
		Theater reread = (Theater) otherWorkstation.resource().getContents().get(0);
		assertEquals("Edited here, not saved yet", ((PartnerInstitution) reread.eResource().getEObject(second)).getName());
	}

	@Test
	public void anUnusableStoreAddressIsRefusedWithAClearMessage() {
		IllegalArgumentException notPostgres = assertThrows(IllegalArgumentException.class,
				() -> StoreWorkspaceStorage.chosen(new String[] { "-store", "jdbc:mysql://hq/counterpart?user=a" }, null,
						folder));
		assertTrue(notPostgres.getMessage().contains("only PostgreSQL"), notPostgres.getMessage());
		IllegalArgumentException withPassword = assertThrows(IllegalArgumentException.class,
				() -> StoreWorkspaceStorage.chosen(new String[0],
						"jdbc:postgresql://hq:5432/counterpart?user=a&password=secret", folder));
		assertFalse(withPassword.getMessage().contains("secret"), "the password is not repeated");
		assertTrue(withPassword.getMessage().contains("must not hold the password"), withPassword.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> StoreWorkspaceStorage.chosen(new String[] { "-store", "jdbc:postgresql://hq:5432/counterpart" },
						null, folder), "the database user must be named");
		// without a choice, the local store in the default folder
		StoreWorkspaceStorage local = StoreWorkspaceStorage.chosen(new String[] { "-data", "x" }, "", folder);
		assertFalse(local.isShared());
		assertEquals(folder.toAbsolutePath(), local.folder());
	}

	private String nameHere(String id) {
		Theater theater = session.getTheater();
		if (theater == null) {
			return null;
		}
		return theater.eResource().getEObject(id) instanceof PartnerInstitution institution ? institution.getName() : null;
	}

	private static boolean questionShown(Display display) {
		return Arrays.stream(display.getShells())
				.anyMatch(shell -> !shell.isDisposed() && shell.isVisible() && "The shared store has changed".equals(shell.getText()));
	}

	private static Shell activeShell(Display display) {
		return Arrays.stream(display.getShells())
				.filter(shell -> !shell.isDisposed() && "The shared store has changed".equals(shell.getText())).findFirst()
				.orElseThrow();
	}

	private static char[] password() {
		return TestDatabase.setting("PASSWORD").toCharArray();
	}
}
