package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.store.RecoveredEdits;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.RecoveryOffer;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.UnsavedEditsKeeper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unsaved edits reach the store's recovery area within 30 seconds, without a save; when the workspace is dropped from
 * memory without saving (as a crash drops it) and opened again, the recovery offer brings them back as one command
 * that can be saved or undone, or discards them.
 */
public class RecoveredEditsTest {

	private static final String OFFER_TITLE = "Recovered edits";
	/** The promise of the recovery area: a crash loses at most this much of the officer's work. */
	private static final long KEPT_WITHIN_MILLIS = 30_000;

	private Display display;
	private ExplorerView explorer;
	private WorkspaceEditingSession session;
	private StoreWorkspaceStorage storage;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		storage = (StoreWorkspaceStorage) session.getStorage();
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is open");
	}

	@Test
	public void anUnsavedEditIsKeptWithinSecondsAndRestoredAsOneCommandThatSavesOrUndoes() throws Exception {
		String id = editAndWaitUntilKept("Recovered-Edit");
		String before = dropWithoutSavingAndOpenAgain(id);
		assertNotEquals("Recovered-Edit", before, "the edit was not saved");

		List<String> seen = new ArrayList<>();
		answerOffer(0, seen);
		assertEquals(RecoveryOffer.Outcome.RESTORED, RecoveryOffer.offer(window(), session));
		assertTrue(seen.get(0).startsWith("Unsaved edits from "), seen.get(0));
		assertEquals("Recovered-Edit", familyName(id));
		assertTrue(session.isDirty(), "restored, not saved");
		CommandStack stack = session.getEditingDomain().getCommandStack();
		assertEquals("Restore Recovered Edits", stack.getUndoCommand().getLabel());
		explorer.getViewer().setSelection(new StructuredSelection(contact(id)), true);
		Workbench.spinUntil(display, () -> explorerShows("Recovered-Edit"), "the explorer shows the restored edit");
		Screenshots.save(window(), "recovery-restored");

		stack.undo();
		assertEquals(before, familyName(id), "one undo takes the restored edits back");
		stack.redo();
		assertEquals("Recovered-Edit", familyName(id));
		session.save(null);
		assertFalse(session.isDirty());
		assertTrue(storage.recoveredEdits().isEmpty(), "the save emptied the recovery area");

		dropWithoutSavingAndOpenAgain(id);
		assertEquals("Recovered-Edit", familyName(id), "the restored edit was saved as an ordinary change");
		assertEquals(RecoveryOffer.Outcome.NOTHING_RECOVERED, RecoveryOffer.offer(window(), session));
	}

	@Test
	public void discardEmptiesTheRecoveryAreaAndChangesNothing() throws Exception {
		String id = editAndWaitUntilKept("Discarded-Edit");
		String before = dropWithoutSavingAndOpenAgain(id);

		List<String> seen = new ArrayList<>();
		answerOffer(1, seen);
		assertEquals(RecoveryOffer.Outcome.DISCARDED, RecoveryOffer.offer(window(), session));
		assertEquals(before, familyName(id));
		assertFalse(session.isDirty());
		assertTrue(storage.recoveredEdits().isEmpty());
	}

	/** Renames a contact through the command stack and waits (at most 30 s) until the recovery area holds it. */
	private String editAndWaitUntilKept(String familyName) throws IOException {
		Contact contact = session.getTheater().getContacts().get(2);
		session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), contact,
				CounterpartPackage.Literals.CONTACT__FAMILY_NAME, familyName));
		long start = System.currentTimeMillis();
		while (!kept(familyName)) {
			if (System.currentTimeMillis() - start > KEPT_WITHIN_MILLIS) {
				fail("The edit was not kept in the recovery area within 30 s");
			}
			Workbench.flush(display);
			sleepAWhile();
		}
		assertTrue(session.isDirty(), "keeping a copy is not a save");
		return contact.getId();
	}

	private boolean kept(String value) throws IOException {
		return storage.recoveredEdits().map(RecoveredEdits::operations).orElse(List.of()).stream()
				.anyMatch(op -> value.equals(op.value()));
	}

	/**
	 * Closes the store and drops the workspace without saving, as a crash would, then unlocks and loads it again.
	 *
	 * @return the contact's family name as loaded
	 */
	private String dropWithoutSavingAndOpenAgain(String id) throws Exception {
		session.close(null);
		// the copy kept in the background must not run between the reload and the offer (the workbench starts keeping
		// only after its offer)
		Workbench.spinUntil(display, () -> Job.getJobManager().find(UnsavedEditsKeeper.FAMILY).length == 0,
				"no copy is about to be kept");
		storage.open(passphrase(), null);
		session.load().join();
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() == session.getTheater(), "the workspace is shown again");
		return familyName(id);
	}

	/** Answers the recovery question with the button at {@code index} once it shows, after a screenshot. */
	private void answerOffer(int index, List<String> seen) {
		display.timerExec(100, new Runnable() {
			private int waits;

			@Override
			public void run() {
				Shell offer = findShell(OFFER_TITLE);
				if (offer == null) {
					if (++waits < 600) {
						display.timerExec(100, this);
					}
					return;
				}
				for (Label label : Workbench.find(offer, Label.class)) {
					if (label.getText().contains("were recovered")) {
						seen.add(label.getText());
					}
				}
				Screenshots.save(offer, index == 0 ? "recovery-offer" : "recovery-offer-discard");
				Screenshots.saveScreen(display, index == 0 ? "recovery-offer-screen" : "recovery-offer-discard-screen");
				String label = index == 0 ? "&Restore" : "&Discard";
				Button chosen = Workbench.find(offer, Button.class).stream().filter(b -> label.equals(b.getText()))
						.findFirst().orElseThrow();
				chosen.setFocus();
				chosen.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	private boolean explorerShows(String text) {
		return WorkspaceLockAndSaveTest.readableText(window()).stream().anyMatch(t -> t.contains(text));
	}

	private Shell findShell(String title) {
		for (Shell shell : display.getShells()) {
			if (shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	private String familyName(String id) {
		return contact(id).getFamilyName();
	}

	private Contact contact(String id) {
		return session.getTheater().getContacts().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
	}

	private Shell window() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static void sleepAWhile() {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static char[] passphrase() {
		String passphrase = System.getenv("COUNTERPART_PASSPHRASE");
		assertNotNull(passphrase, "the test run sets COUNTERPART_PASSPHRASE (see pom.xml)");
		return passphrase.toCharArray();
	}
}
