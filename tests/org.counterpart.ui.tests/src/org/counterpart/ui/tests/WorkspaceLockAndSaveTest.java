package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.app.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.IdleLock;
import org.counterpart.ui.internal.PassphraseDialog;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench's workspace in its encrypted store: File &gt; Save writes an edit through the store, and after the
 * idle time the workspace locks (saved, hidden, passphrase asked) and comes back with the right passphrase.
 */
public class WorkspaceLockAndSaveTest {

	/** The unlock dialog's window title, as the user sees it. */
	private static final String UNLOCK_TITLE = "Counterpart \u2014 Unlock";

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private WorkspaceEditingSession session;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		explorer.show(session);
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is open");
	}

	@AfterEach
	public void backToThePreference() {
		IdleLock.running().overrideIdleTime(null);
	}

	@Test
	public void saveWritesAnEditThroughTheStore() throws Exception {
		Contact contact = session.getTheater().getContacts().get(0);
		String id = contact.getId();
		Command rename = SetCommand.create(session.getEditingDomain(), contact,
				CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Okonkwo-Saved");
		session.getEditingDomain().getCommandStack().execute(rename);
		assertTrue(session.isDirty());

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
		Workbench.spinUntil(display, () -> Job.getJobManager().find(WorkspaceEditingSession.SAVE_FAMILY).length == 0
				&& !session.isDirty(), "the save job has stored the edit");

		// Read the store the way the next start does: lock (closes it), open it on its own, then unlock the session.
		session.lock(null);
		StoreWorkspaceStorage storage = (StoreWorkspaceStorage) session.getStorage();
		try (WorkspaceStore store = WorkspaceStore.open(storage.folder(), passphrase())) {
			Theater stored = (Theater) store.load(new ResourceSetImpl()).getContents().get(0);
			Contact read = stored.getContacts().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
			assertEquals("Okonkwo-Saved", read.getFamilyName());
		}
		storage.open(passphrase(), null);
		session.load().join();
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is shown again");
		assertEquals("Okonkwo-Saved", ((Theater) explorer.getViewer().getInput()).getContacts().stream()
				.filter(c -> id.equals(c.getId())).findFirst().orElseThrow().getFamilyName());
	}

	@Test
	public void afterTheIdleTimeTheWorkspaceLocksAndTheRightPassphraseBringsItBack() throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(explorer);
		Contact contact = session.getTheater().getContacts().get(1);
		String id = contact.getId();
		explorer.getViewer().setSelection(new StructuredSelection(contact), true);
		Workbench.spinUntil(display, () -> !ExplorerViewTest.properties(sheet).isEmpty(), "the Properties view shows the contact");
		session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), contact,
				CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Idle-Saved"));
		int contacts = session.getTheater().getContacts().size();
		Shell window = page.getWorkbenchWindow().getShell();

		List<String> seen = new ArrayList<>();
		IdleLock idleLock = IdleLock.running();
		assertNotNull(idleLock, "the workbench watches for idle time");
		// The unlock dialog blocks in its own event loop; a timer looks at the locked workbench and answers it.
		display.timerExec(100, new Runnable() {
			private boolean wrongTried;
			private int waits;

			@Override
			public void run() {
				Shell dialog = unlockDialog(window);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				PassphraseDialog passphraseDialog = (PassphraseDialog) dialog.getData();
				Text field = passphraseDialog.getPassphraseField();
				if (!wrongTried) {
					idleLock.overrideIdleTime(Duration.ZERO); // no second lock while the test looks
					if (!field.isFocusControl() && ++waits < 50) {
						display.timerExec(100, this); // the window system hands the focus over a moment after opening
						return;
					}
					waits = 0;
					wrongTried = true;
					seen.add("locked=" + explorer.isShowingLocked());
					seen.add("input=" + explorer.getViewer().getInput());
					seen.add("properties=" + ExplorerViewTest.properties(sheet));
					seen.add("theater=" + session.getTheater());
					seen.add("focus=" + field.isFocusControl());
					Screenshots.save(window, "field-locked");
					Screenshots.save(dialog, "passphrase-unlock-after-idle");
					field.setText("not the passphrase");
					Workbench.pressEnter(display);
					display.timerExec(100, this);
					return;
				}
				if (passphraseDialog.getShownError() == null) {
					if (++waits > 100) {
						// Enter did nothing: record it, and press the button so the test ends instead of hanging.
						seen.add("Enter ignored");
						dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
					}
					display.timerExec(100, this);
					return;
				}
				seen.add("refused=" + passphraseDialog.getShownError().startsWith("The passphrase is not correct"));
				seen.add("focusAfterWrong=" + field.isFocusControl());
				Screenshots.save(dialog, "passphrase-unlock-after-idle-wrong");
				field.setText(new String(passphrase()));
				seen.add("answered");
				Workbench.pressEnter(display);
				display.timerExec(10_000, () -> {
					if (!dialog.isDisposed()) {
						seen.add("Enter ignored");
						dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
					}
				});
			}
		});
		idleLock.overrideIdleTime(Duration.ofSeconds(1));
		Workbench.spinUntil(display, () -> seen.contains("answered"), "the workspace locks and asks for the passphrase");

		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is shown again");
		assertEquals(List.of("locked=true", "input=null", "properties={}", "theater=null", "focus=true", "refused=true",
				"focusAfterWrong=true", "answered"), seen);
		assertFalse(explorer.isShowingLocked());
		Theater back = (Theater) explorer.getViewer().getInput();
		assertEquals(contacts, back.getContacts().size());
		assertEquals("Idle-Saved", back.getContacts().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow()
				.getFamilyName(), "locking saved the unsaved edit");
		assertFalse(session.isDirty());
		Screenshots.save(window, "field-unlocked-again");
		assertNull(unlockDialog(window));
	}

	private Shell unlockDialog(Shell window) {
		for (Shell shell : display.getShells()) {
			if (shell != window && shell.isVisible() && UNLOCK_TITLE.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	private static char[] passphrase() {
		String passphrase = System.getenv("COUNTERPART_PASSPHRASE");
		assertNotNull(passphrase, "the test run sets COUNTERPART_PASSPHRASE (see pom.xml)");
		return passphrase.toCharArray();
	}
}
