package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.store.journal.Operation;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerCategory;
import org.counterpart.ui.internal.ExplorerEdits;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Undo on the workspace's one command stack leaves no trace in the journal, File &gt; Revert drops unsaved changes,
 * and closing the workbench with unsaved changes asks instead of saving behind the officer's back.
 */
public class WorkspaceUndoAndCloseTest {

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private WorkspaceEditingSession session;
	private Shell window;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		window = page.getWorkbenchWindow().getShell();
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null && session.getTheater() != null,
				"the explorer shows the workspace");
		page.activate(explorer);
	}

	@AfterEach
	public void discardEdits() throws Exception {
		if (session.isDirty()) {
			session.revert(null);
		}
	}

	@Test
	public void anUndoneEditLeavesNoOperationInTheJournal() throws Exception {
		StoreWorkspaceStorage storage = (StoreWorkspaceStorage) session.getStorage();
		String device = storage.read(store -> store.deviceId());
		long head = storage.read(store -> store.journalHeads().getOrDefault(device, 0L));
		CommandStack stack = session.getEditingDomain().getCommandStack();
		Theater theater = session.getTheater();
		Contact undone = theater.getContacts().get(0);
		Contact kept = theater.getContacts().get(1);
		PartnerInstitution deleted = theater.getInstitutions().get(2);
		int contacts = theater.getContacts().size();
		String undoneRank = undone.getRank();

		// undone through Edit > Undo's command: a rename, a new contact, a delete with its cleared references
		execute(SetCommand.create(session.getEditingDomain(), undone, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Undone"));
		undo();
		execute(ExplorerEdits.add(session.getEditingDomain(), theater, ExplorerCategory.Kind.CONTACTS,
				ExplorerEdits.newObject(ExplorerCategory.Kind.CONTACTS, theater)));
		undo();
		execute(ExplorerEdits.delete(session.getEditingDomain(), ExplorerEdits.planDelete(List.of(deleted), theater)));
		undo();
		assertFalse(session.isDirty(), "undone back to the saved state: nothing to save");
		assertEquals(contacts, theater.getContacts().size());

		// a kept edit after an undone one: only the kept one reaches the journal
		execute(SetCommand.create(session.getEditingDomain(), undone, CounterpartPackage.Literals.CONTACT__RANK, "Undone Rank"));
		execute(SetCommand.create(session.getEditingDomain(), kept, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Kept"));
		undo(); // the kept rename
		stack.redo();
		assertTrue(session.isDirty());
		execute(SetCommand.create(session.getEditingDomain(), kept, CounterpartPackage.Literals.CONTACT__RANK, "Kept Rank"));
		undo(); // the rank of the kept contact goes again
		session.save(null);

		List<Operation> written = storage.read(store -> store.journal(device, head));
		List<String> seen = new ArrayList<>();
		for (Operation operation : written) {
			seen.add(operation.kind() + " " + operation.objectId() + " " + operation.feature() + "=" + operation.value());
		}
		assertEquals(List.of("SET " + undone.getId() + " rank=Undone Rank", "SET " + kept.getId() + " familyName=Kept"), seen,
				"the journal holds the kept edits, and nothing of the undone ones");
		// sequence numbers stay without gaps, so other devices do not wait for operations that never come
		assertEquals(head + 1, written.get(0).sequence());
		assertEquals(head + 2, written.get(1).sequence());

		// an undo of a saved edit is an edit of its own, and is journalled
		undo();
		session.save(null);
		List<Operation> afterSavedUndo = storage.read(store -> store.journal(device, head + 2));
		assertEquals(1, afterSavedUndo.size());
		assertEquals(Operation.Kind.SET, afterSavedUndo.get(0).kind());
		assertEquals(kept.getId(), afterSavedUndo.get(0).objectId());

		// leave the demo's names as they were for the tests that follow
		execute(SetCommand.create(session.getEditingDomain(), undone, CounterpartPackage.Literals.CONTACT__RANK, undoneRank));
		session.save(null);
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		session.getEditingDomain().getCommandStack().execute(command);
	}

	private void undo() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
	}

	@Test
	public void revertDropsUnsavedChangesAfterAsking() throws Exception {
		Contact contact = session.getTheater().getContacts().get(3);
		String id = contact.getId();
		String before = contact.getFamilyName();
		execute(SetCommand.create(session.getEditingDomain(), contact, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Reverted"));
		List<String> asked = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Workbench.dialog(display, window, "Revert the workspace");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				asked.add(Workbench.labels(dialog));
				Workbench.pressButton(dialog, "Revert");
			}
		});
		Workbench.choose(Workbench.menuItem(window, "File", "Revert"));
		Workbench.spinUntil(display, () -> !asked.isEmpty() && !session.isDirty(), "File > Revert asks and reverts");
		assertTrue(asked.get(0).contains("Discard every change"), asked.get(0));
		Contact reread = session.getTheater().getContacts().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
		assertEquals(before, reread.getFamilyName());
		assertFalse(session.getEditingDomain().getCommandStack().canUndo(), "the undo history is gone with the changes");
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() == session.getTheater(), "the explorer shows the workspace read again");
	}

	@Test
	public void closingWithUnsavedChangesAsksAndCancelKeepsTheWorkbenchOpen() throws Exception {
		Contact contact = session.getTheater().getContacts().get(4);
		execute(SetCommand.create(session.getEditingDomain(), contact, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Unsaved"));
		assertTrue(session.isDirty());
		List<String> asked = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Workbench.dialog(display, window, "Unsaved changes");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				asked.add(Workbench.labels(dialog));
				Screenshots.save(dialog, "close-with-unsaved-changes");
				Workbench.pressButton(dialog, "Cancel");
			}
		});
		boolean closed = PlatformUI.getWorkbench().close();
		assertFalse(closed, "Cancel keeps the workbench open");
		assertEquals(1, asked.size(), "the question was asked once");
		assertTrue(asked.get(0).contains("changes that are not saved"), asked.get(0));
		assertFalse(PlatformUI.getWorkbench().isClosing());
		assertTrue(session.isDirty(), "nothing was saved behind the officer's back");
		assertEquals("Unsaved", contact.getFamilyName());
	}
}
