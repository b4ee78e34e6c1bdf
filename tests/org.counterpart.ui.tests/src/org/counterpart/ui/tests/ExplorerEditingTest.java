package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerCategory;
import org.counterpart.ui.internal.ExplorerDropAdapter;
import org.counterpart.ui.internal.ExplorerView;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The explorer edits the workspace through the one command stack: rename in place, delete with a confirmation that
 * names what else goes, new objects from File &gt; New, links by drag and drop, filters; Edit &gt; Undo names and
 * undoes each of them.
 */
public class ExplorerEditingTest {

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
				"the explorer shows the workspace; it says: " + explorer.getMessage());
		// each test starts with nothing to undo, so the labels it reads are its own
		if (session.isDirty()) {
			session.revert(null);
		} else {
			session.getEditingDomain().getCommandStack().flush();
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() == session.getTheater(), "the workspace shows");
		activateWindow();
	}

	/**
	 * Makes the workbench window the active one again, with the explorer's tree focused: without a window manager
	 * (Xvfb) nothing hands the activation back when a dialog closes, and the window's handlers (Edit > Undo) and key
	 * bindings only work while it is active.
	 */
	private void activateWindow() {
		page.activate(explorer);
		window.forceActive();
		Workbench.spinUntil(display, () -> display.getActiveShell() == window
				&& PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, "the workbench window is active");
		explorer.getViewer().getControl().setFocus();
		Workbench.flush(display);
	}

	/** Leaves the workspace as stored, so the next test (and the closing workbench) finds nothing unsaved. */
	@AfterEach
	public void discardEdits() throws Exception {
		explorer.getEditing().getFilter().clear();
		explorer.getViewer().refresh();
		if (session.isDirty()) {
			session.revert(null);
			Workbench.spinUntil(display, () -> explorer.getViewer().getInput() == session.getTheater(), "the reverted workspace shows");
		}
	}

	private Theater theater() {
		return session.getTheater();
	}

	private Tree tree() {
		return explorer.getViewer().getTree();
	}

	private void select(Object element) {
		explorer.getViewer().setSelection(new StructuredSelection(element), true);
		tree().setFocus();
		Workbench.flush(display);
	}

	/** The current text of Edit > Undo (it starts with "Undo"). */
	private String undoText() {
		Menu edit = Workbench.menuItem(window, "Edit").getMenu();
		edit.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		try {
			for (MenuItem item : edit.getItems()) {
				if (Workbench.plain(item.getText()).startsWith("Undo")) {
					return Workbench.plain(item.getText());
				}
			}
			throw new AssertionError("Edit has no Undo item");
		} finally {
			edit.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
		}
	}

	/** Waits for Edit > Undo to read {@code expected} (the menu learns of a command a moment after it ran). */
	private void awaitUndo(String expected) {
		long end = System.currentTimeMillis() + 10_000;
		while (!expected.equals(undoText()) && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
		var top = session.getEditingDomain().getCommandStack().getUndoCommand();
		assertEquals(expected, undoText(), "the command to undo: " + (top == null ? null : top.getLabel()));
	}

	@Test
	public void f2RenamesInPlaceAndEditUndoNamesAndUndoesTheRename() {
		PartnerInstitution institution = theater().getInstitutions().get(0);
		String before = institution.getName();
		select(institution);

		Workbench.press(display, SWT.F2, '\0');
		Workbench.spinUntil(display, () -> explorer.getEditing().isRenaming(), "F2 opens the name field");
		assertTrue(display.getFocusControl() instanceof Text, "the name field has the focus");
		Text field = (Text) display.getFocusControl();
		assertEquals(before, field.getText());
		Screenshots.save(window, "explorer-rename-in-place");
		// Del in the name field edits the name; it must not delete the institution (a question would be answered No)
		List<String> unexpected = new ArrayList<>();
		Runnable refuseDelete = new Runnable() {
			@Override
			public void run() {
				Shell dialog = Workbench.dialog(display, window, "Delete");
				if (dialog != null) {
					unexpected.add("asked to delete");
					Workbench.pressButton(dialog, "Cancel");
				} else if (unexpected.isEmpty()) {
					display.timerExec(100, this);
				}
			}
		};
		display.timerExec(100, refuseDelete);
		Workbench.press(display, SWT.DEL, (char) 0x7F);
		Workbench.spinUntil(display, () -> field.getText().isEmpty(), "Del clears the selected name in the field");
		assertEquals(List.of(), unexpected);
		assertSame(theater(), institution.eContainer());
		unexpected.add("done"); // stops the timer
		Workbench.type(display, "renamed hq");
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> "renamed hq".equals(institution.getName()), "Enter renames the institution");
		assertTrue(session.isDirty());
		Workbench.spinUntil(display, () -> window.getText().startsWith("*"), "the window title shows unsaved changes");
		awaitUndo("Undo Rename");

		Workbench.choose(Workbench.menuItem(window, "Edit", "Undo Rename"));
		assertEquals(before, institution.getName(), "Edit > Undo put the name back");
		awaitUndo("Undo");
		Workbench.spinUntil(display, () -> Workbench.plain(Workbench.menuItem(window, "Edit", "Redo Rename").getText())
				.equals("Redo Rename"), "Edit > Redo names the rename");
		assertFalse(session.isDirty(), "undone back to the saved state");
		Workbench.spinUntil(display, () -> !window.getText().startsWith("*"), "the title no longer shows unsaved changes");
	}

	@Test
	public void deleteAsksNamingWhatGoesAndUndoBringsItAllBack() {
		// the institution with the most contacts, so the question has links to name
		PartnerInstitution institution = theater().getInstitutions().stream()
				.max(Comparator.comparingLong(i -> affiliated(i).size())).orElseThrow();
		List<Contact> contacts = affiliated(institution);
		assertFalse(contacts.isEmpty());
		List<PartnerInstitution> subordinates = theater().getInstitutions().stream().filter(i -> i.getParent() == institution).toList();
		List<Relationship> relationships = theater().getRelationships().stream()
				.filter(r -> r.getSource() == institution || r.getTarget() == institution).toList();
		int institutions = theater().getInstitutions().size();
		int allRelationships = theater().getRelationships().size();
		select(institution);

		List<String> question = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Workbench.dialog(display, window, "Delete");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				question.add(Workbench.labels(dialog));
				Screenshots.save(dialog, "explorer-delete-confirmation");
				Workbench.pressButton(dialog, "Delete");
			}
		});
		Workbench.press(display, SWT.DEL, (char) 0x7F);
		Workbench.spinUntil(display, () -> !question.isEmpty() && institution.eContainer() == null,
				"Del asks and the institution is deleted");
		String asked = question.get(0);
		assertTrue(asked.contains("Delete \u201c" + institution.getName()), asked);
		assertTrue(asked.contains("References that will be cleared"), asked);
		assertTrue(asked.contains("affiliation of "), asked);
		if (!relationships.isEmpty()) {
			assertTrue(asked.contains("Also deleted (" + relationships.size() + ")"), asked);
		}
		assertEquals(institutions - 1, theater().getInstitutions().size());
		assertEquals(allRelationships - relationships.size(), theater().getRelationships().size());
		contacts.forEach(contact -> assertNull(contact.getAffiliation()));
		subordinates.forEach(sub -> assertNull(sub.getParent()));
		awaitUndo("Undo Delete");
		Workbench.spinUntil(display, () -> label(ExplorerCategory.Kind.INSTITUTIONS).equals("Institutions (" + (institutions - 1) + ")"),
				"the category count follows the delete");

		activateWindow();
		Workbench.pressWithCtrl(display, 'z');
		Workbench.spinUntil(display, () -> institution.eContainer() == theater(), "Ctrl+Z brings the institution back");
		contacts.forEach(contact -> assertSame(institution, contact.getAffiliation()));
		subordinates.forEach(sub -> assertSame(institution, sub.getParent()));
		assertEquals(allRelationships, theater().getRelationships().size());
		assertTrue(theater().getRelationships().containsAll(relationships));
		Workbench.spinUntil(display, () -> label(ExplorerCategory.Kind.INSTITUTIONS).equals("Institutions (" + institutions + ")"),
				"the category count follows the undo");
		assertFalse(session.isDirty());
	}

	@Test
	public void fileNewContactAddsOneAndOpensItsNameField() {
		int contacts = theater().getContacts().size();
		Workbench.choose(Workbench.menuItem(window, "File", "New", "Contact"));
		Workbench.spinUntil(display, () -> theater().getContacts().size() == contacts + 1, "File > New > Contact adds a contact");
		Contact created = theater().getContacts().get(contacts);
		assertEquals("New contact", created.getFamilyName());
		assertNotNull(created.getCreatedAt());
		assertEquals(System.getProperty("user.name"), created.getCreatedBy());
		assertSame(created, explorer.getViewer().getStructuredSelection().getFirstElement(), "the new contact is selected");
		Workbench.spinUntil(display, () -> explorer.getEditing().isRenaming(), "its name field is open");
		Workbench.type(display, "ada lovelace");
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> "lovelace".equals(created.getFamilyName()), "the typed name is taken");
		assertEquals("ada", created.getGivenName());
		awaitUndo("Undo Rename");
		Workbench.spinUntil(display, () -> label(ExplorerCategory.Kind.CONTACTS).equals("Contacts (" + (contacts + 1) + ")"),
				"the category count follows");

		Workbench.choose(Workbench.menuItem(window, "Edit", "Undo Rename"));
		awaitUndo("Undo New Contact");
		Workbench.choose(Workbench.menuItem(window, "Edit", "Undo New Contact"));
		assertEquals(contacts, theater().getContacts().size());
		assertFalse(session.isDirty());
	}

	@Test
	public void contextMenuOffersNewRenameCopyDelete() {
		Contact contact = theater().getContacts().get(0);
		select(contact);
		Menu menu = tree().getMenu();
		assertNotNull(menu, "the explorer has a context menu");
		TreeItem item = tree().getSelection()[0];
		var where = display.map(tree(), null, item.getBounds().x + 20, item.getBounds().y + item.getBounds().height / 2);
		menu.setLocation(where);
		menu.setVisible(true);
		Workbench.spinUntil(display, () -> menu.getItemCount() > 0, "the context menu fills");
		long until = System.currentTimeMillis() + 500;
		Workbench.spinUntil(display, () -> System.currentTimeMillis() > until, "the menu is drawn");
		List<String> texts = new ArrayList<>();
		for (MenuItem menuItem : menu.getItems()) {
			texts.add(Workbench.plain(menuItem.getText()));
		}
		Screenshots.saveScreen(display, "explorer-context-menu");
		menu.setVisible(false);
		Workbench.flush(display);
		assertTrue(texts.containsAll(List.of("New", "Rename", "Copy", "Delete")), texts.toString());
	}

	@Test
	public void droppingAContactOnAnInstitutionSetsItsAffiliationAndCyclesAreRefused() {
		Contact contact = theater().getContacts().stream().filter(c -> c.getAffiliation() != null).findFirst().orElseThrow();
		PartnerInstitution former = contact.getAffiliation();
		PartnerInstitution other = theater().getInstitutions().stream().filter(i -> i != former).findFirst().orElseThrow();
		ExplorerDropAdapter drop = explorer.getEditing().getDropAdapter();
		var type = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
		// Mouse drag and drop under Xvfb is not reliable: the test drives the viewer's drop adapter as the drop does.
		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(contact));
		try {
			assertFalse(drop.validateDrop(theater().getContacts().get(1), DND.DROP_LINK, type), "a contact on a contact means nothing");
			assertTrue(drop.validateDrop(other, DND.DROP_LINK, type));
			assertTrue(drop.performDrop(new StructuredSelection(contact)));
		} finally {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
		assertSame(other, contact.getAffiliation());
		awaitUndo("Undo Set Affiliation");

		PartnerInstitution parent = theater().getInstitutions().stream().filter(i -> i.getParent() != null).findFirst()
				.orElseThrow().getParent();
		PartnerInstitution child = theater().getInstitutions().stream().filter(i -> i.getParent() == parent).findFirst().orElseThrow();
		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(parent));
		try {
			assertFalse(drop.validateDrop(child, DND.DROP_LINK, type), "an institution under its own subordinate is refused");
			assertFalse(drop.validateDrop(parent, DND.DROP_LINK, type), "nor under itself");
		} finally {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
		Workbench.choose(Workbench.menuItem(window, "Edit", "Undo Set Affiliation"));
		assertSame(former, contact.getAffiliation());
	}

	@Test
	public void filtersChangeWhatTheTreeShows() {
		long ungraded = theater().getObservations().stream().filter(ExplorerEditingTest::ungraded).count();
		assertTrue(ungraded > 0 && ungraded < theater().getObservations().size(), "the demo has graded and ungraded observations");
		runViewMenuAction("Ungraded observations");
		explorer.getViewer().expandToLevel(2);
		Workbench.flush(display);
		assertEquals(ungraded, categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItemCount());
		for (TreeItem item : categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItems()) {
			assertTrue(ungraded((FieldObservation) item.getData()));
		}
		assertEquals(0, categoryItem(ExplorerCategory.Kind.CONTACTS).getItemCount(), "other kinds are hidden");
		assertEquals("Observations (" + ungraded + " of " + theater().getObservations().size() + ")",
				label(ExplorerCategory.Kind.OBSERVATIONS));
		Screenshots.save(tree(), "explorer-filter-ungraded");
		runViewMenuAction("Ungraded observations");
		explorer.getViewer().expandToLevel(2);
		Workbench.flush(display);
		assertEquals(theater().getObservations().size(), categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItemCount());

		runViewMenuAction("My drafts");
		explorer.getViewer().expandToLevel(2);
		assertEquals(0, categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItemCount(), "the demo's drafts are not mine");
		explorer.getEditing().createNew(ExplorerCategory.Kind.OBSERVATIONS);
		explorer.getViewer().expandToLevel(2);
		Workbench.flush(display);
		assertEquals(1, categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItemCount(), "a new observation is my draft");
		runViewMenuAction("My drafts");
	}

	@Test
	public void ctrlCCopiesTheLabelsAndSortByNameOrdersThem() {
		Contact contact = theater().getContacts().get(7);
		select(contact);
		String label = tree().getSelection()[0].getText();
		Workbench.pressWithCtrl(display, 'c');
		Clipboard clipboard = new Clipboard(display);
		try {
			Workbench.spinUntil(display, () -> label.equals(clipboard.getContents(TextTransfer.getInstance())),
					"Ctrl+C puts the label on the clipboard");
		} finally {
			clipboard.dispose();
		}

		runViewMenuAction("sort", "By name");
		explorer.getViewer().expandToLevel(2);
		Workbench.flush(display);
		List<String> names = new ArrayList<>();
		for (TreeItem item : categoryItem(ExplorerCategory.Kind.CONTACTS).getItems()) {
			names.add(item.getText());
		}
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, names);
		assertEquals("Institutions (" + theater().getInstitutions().size() + ")", label(ExplorerCategory.Kind.INSTITUTIONS),
				"the categories keep their order");
		runViewMenuAction("sort", "By date (newest first)");
		explorer.getViewer().expandToLevel(2);
		Workbench.flush(display);
		TreeItem[] observations = categoryItem(ExplorerCategory.Kind.OBSERVATIONS).getItems();
		for (int i = 1; i < observations.length; i++) {
			assertFalse(((FieldObservation) observations[i].getData()).getObservedAt()
					.after(((FieldObservation) observations[i - 1].getData()).getObservedAt()), "newest first");
		}
		runViewMenuAction("sort", "As stored");
	}

	private void runViewMenuAction(String text) {
		runViewMenuAction("filters", text);
	}

	private void runViewMenuAction(String submenu, String text) {
		var menu = explorer.getViewSite().getActionBars().getMenuManager();
		var filters = (org.eclipse.jface.action.IMenuManager) menu.find(submenu);
		for (var contribution : filters.getItems()) {
			if (contribution instanceof org.eclipse.jface.action.ActionContributionItem actionItem
					&& text.equals(actionItem.getAction().getText().replace("&", ""))) {
				if (actionItem.getAction().getStyle() == org.eclipse.jface.action.IAction.AS_RADIO_BUTTON) {
					actionItem.getAction().setChecked(true);
				}
				actionItem.getAction().run();
				Workbench.flush(display);
				return;
			}
		}
		throw new AssertionError("no view menu action " + text);
	}

	private static boolean ungraded(FieldObservation observation) {
		return observation.getSourceReliability() == SourceReliability.UNGRADED
				|| observation.getInformationCredibility() == InformationCredibility.UNGRADED;
	}

	private TreeItem categoryItem(ExplorerCategory.Kind kind) {
		return tree().getItem(kind.ordinal());
	}

	private String label(ExplorerCategory.Kind kind) {
		return categoryItem(kind).getText();
	}

	private List<Contact> affiliated(PartnerInstitution institution) {
		return theater().getContacts().stream().filter(c -> c.getAffiliation() == institution).toList();
	}
}
