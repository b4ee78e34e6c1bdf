package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.IdleLock;
import org.counterpart.ui.internal.LockScreen;
import org.counterpart.ui.internal.PassphraseDialog;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
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
 * idle time the workspace locks (everything hidden, nothing saved, passphrase asked) and comes back with the right
 * passphrase, its unsaved edit still unsaved.
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

		// Read the store the way the next start does: close it, open it on its own, then open the session again.
		session.close(null);
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
	public void afterTheIdleTimeEverythingIsHiddenAndTheRightPassphraseShowsTheUnsavedEditAgain() throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(explorer);
		Theater theater = session.getTheater();
		Contact contact = theater.getContacts().get(1);
		String id = contact.getId();
		explorer.getViewer().setSelection(new StructuredSelection(contact), true);
		Workbench.spinUntil(display, () -> !ExplorerViewTest.properties(sheet).isEmpty(), "the Properties view shows the contact");
		session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), contact,
				CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Idle-Unsaved"));
		Shell window = page.getWorkbenchWindow().getShell();
		// the check below can see the data: before the lock, the edit is on screen
		Workbench.spinUntil(display, () -> readableText(window).stream().anyMatch(text -> text.contains("Idle-Unsaved")),
				"the edit is on screen");
		// the title's unsaved mark follows the edit a moment later; the unlocked window shows the same title
		Workbench.spinUntil(display, () -> window.getText().startsWith("*"), "the title marks the unsaved edit");
		String title = window.getText();

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
					seen.add("hidden=" + hidden(window, dialog));
					seen.add("locked=" + session.isLocked());
					seen.add("focus=" + field.isFocusControl());
					Screenshots.save(window, "field-locked");
					Screenshots.saveScreen(display, "field-locked-screen");
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
				seen.add("hiddenAfterWrong=" + hidden(window, dialog));
				seen.add("focusAfterWrong=" + field.isFocusControl());
				Screenshots.saveScreen(display, "field-locked-wrong-passphrase-screen");
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
		Workbench.spinUntil(display, () -> unlockDialog(window) == null && !session.isLocked(), "the workspace is unlocked");

		assertEquals(List.of("hidden=[]", "locked=true", "focus=true", "refused=true", "hiddenAfterWrong=[]",
				"focusAfterWrong=true", "answered"), seen);
		assertEquals(title, window.getText());
		assertNotNull(window.getMenuBar(), "the menu bar is back");
		assertSame(theater, session.getTheater(), "the workspace stayed in memory");
		assertSame(theater, explorer.getViewer().getInput());
		assertTrue(explorer.getViewer().getControl().isVisible());
		assertEquals("Idle-Unsaved", theater.getContacts().stream().filter(c -> id.equals(c.getId())).findFirst()
				.orElseThrow().getFamilyName());
		assertTrue(session.isDirty(), "the edit is still unsaved");
		assertTrue(session.getStorage().isDirty(), "the store has not saved it behind the officer's back");
		assertTrue(session.getEditingDomain().getCommandStack().canUndo(), "and it can still be undone");
		Workbench.spinUntil(display, () -> readableText(window).stream().anyMatch(text -> text.contains("Idle-Unsaved")),
				"the edit is on screen again");
		Screenshots.save(window, "field-unlocked-again");
		session.getEditingDomain().getCommandStack().undo();
		session.save(null);
	}

	/**
	 * What of {@code window} can be read: the text of every visible label, text, tree and table item, and the titles of
	 * visible tabs, except on the lock screen's cover.
	 */
	static List<String> readableText(Shell window) {
		List<String> texts = new ArrayList<>();
		for (Control control : Workbench.find(window, Control.class)) {
			if (!control.isVisible() || LockScreen.isCover(control)) {
				continue;
			}
			if (control instanceof Label label && !label.getText().isBlank()) {
				texts.add(label.getText());
			} else if (control instanceof Text text && !text.getText().isBlank()) {
				texts.add(text.getText());
			} else if (control instanceof Tree tree) {
				collect(tree.getItems(), Math.max(1, tree.getColumnCount()), texts);
			} else if (control instanceof Table table) {
				for (TableItem item : table.getItems()) {
					for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
						texts.add(item.getText(column));
					}
				}
			} else if (control instanceof CTabFolder tabs) {
				for (CTabItem item : tabs.getItems()) {
					texts.add(item.getText());
				}
			}
		}
		return texts;
	}

	private static void collect(TreeItem[] items, int columns, List<String> texts) {
		for (TreeItem item : items) {
			for (int column = 0; column < columns; column++) {
				if (!item.getText(column).isBlank()) {
					texts.add(item.getText(column));
				}
			}
			collect(item.getItems(), columns, texts);
		}
	}

	/**
	 * What shows while locked, besides the unlock dialog: readable text in the window, the window title unless it
	 * says locked, a menu bar, and any other visible window. Empty when all is hidden.
	 */
	private List<String> hidden(Shell window, Shell dialog) {
		List<String> showing = new ArrayList<>(readableText(window));
		if (!"Counterpart \u2014 Locked".equals(window.getText())) {
			showing.add("title " + window.getText());
		}
		if (window.getMenuBar() != null) {
			showing.add("menu bar");
		}
		if (Workbench.find(window, Control.class).stream().noneMatch(c -> c.isVisible() && LockScreen.isCover(c))) {
			showing.add("no cover");
		}
		if (explorer.getViewer().getControl().isVisible()) {
			showing.add("explorer");
		}
		for (Shell shell : display.getShells()) {
			if (shell != window && shell != dialog && shell.isVisible() && shell.getParent() != dialog) {
				showing.add("window " + shell.getText());
			}
		}
		return showing;
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
