package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.forms.ObjectEditorInput;
import org.counterpart.ui.internal.forms.ObjectEditorInputFactory;
import org.counterpart.ui.internal.forms.ObjectFormEditor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The form editors, driven as an officer drives them: opened from the explorer, typed into, undone and redone from
 * the Edit menu, saved with Ctrl+S into the store and found there after it is closed and opened again; references
 * chosen by typing; validation in the header; the Properties view editing through the command stack.
 */
public class FormEditorTest {

	private static final CounterpartPackage MODEL = CounterpartPackage.eINSTANCE;

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private WorkspaceEditingSession session;
	private Theater theater;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
		theater = session.getTheater();
		shell().forceActive();
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
		Workbench.flush(display);
	}

	@Test
	public void aContactEditedInItsFormIsUndoneRedoneSavedAndFoundAfterReopening() throws Exception {
		Contact contact = theater.getContacts().get(2);
		String id = contact.getId();
		String before = contact.getPosition();
		ObjectFormEditor editor = openFromExplorer(contact);
		assertSame(contact, editor.getObject());

		Text position = (Text) editor.getControl(contact, MODEL.getContact_Position());
		assertNotNull(position, "the form has a field for the position");
		assertEquals(before == null ? "" : before, position.getText());
		typeInto(position, "Deputy chief of plans");
		pressTab();
		Workbench.spinUntil(display, () -> "Deputy chief of plans".equals(contact.getPosition()),
				"leaving the field sets the position; it is " + contact.getPosition());
		assertTrue(editor.isDirty(), "the editor shows the unsaved workspace");

		runEditMenu("Undo");
		Workbench.spinUntil(display, () -> java.util.Objects.equals(before, contact.getPosition()),
				"Edit > Undo restores the position");
		assertEquals(before == null ? "" : before, position.getText(), "the field follows the undo");
		runEditMenu("Redo");
		Workbench.spinUntil(display, () -> "Deputy chief of plans".equals(contact.getPosition()), "Edit > Redo");
		assertEquals("Deputy chief of plans", position.getText());

		position.setFocus();
		pressCtrl('s');
		Workbench.spinUntil(display, () -> Job.getJobManager().find(WorkspaceEditingSession.SAVE_FAMILY).length == 0
				&& !session.isDirty(), "Ctrl+S saves the workspace");
		Workbench.spinUntil(display, () -> !editor.isDirty(), "the editor is clean after saving");

		// Close the store as the next start finds it, read it on its own, then open the workspace again.
		session.close(null);
		Workbench.spinUntil(display, () -> page.getEditorReferences().length == 0, "closing the workspace closes the form");
		StoreWorkspaceStorage storage = (StoreWorkspaceStorage) session.getStorage();
		try (WorkspaceStore store = WorkspaceStore.open(storage.folder(), passphrase())) {
			Theater stored = (Theater) store.load(new ResourceSetImpl()).getContents().get(0);
			assertEquals("Deputy chief of plans", ((Contact) ObjectEditorInputFactory.find(stored, id)).getPosition());
		}
		storage.open(passphrase(), null);
		session.load().join();
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is shown again");
		theater = session.getTheater();
		Contact reopened = (Contact) ObjectEditorInputFactory.find(theater, id);
		assertNotSame(contact, reopened);
		ObjectFormEditor again = (ObjectFormEditor) ObjectEditors.open(page, reopened);
		Workbench.flush(display);
		assertEquals("Deputy chief of plans", ((Text) again.getControl(reopened, MODEL.getContact_Position())).getText());
	}

	@Test
	public void theAffiliationIsChosenByTypingPartOfTheInstitutionsName() throws Exception {
		Contact contact = theater.getContacts().get(3);
		PartnerInstitution old = contact.getAffiliation();
		PartnerInstitution wanted = theater.getInstitutions().stream().filter(i -> i != old && uniquePart(i) != null)
				.findFirst().orElseThrow();
		String typed = uniquePart(wanted);
		ObjectFormEditor editor = open(contact);
		Text affiliation = (Text) editor.getControl(contact, MODEL.getContact_Affiliation());
		assertEquals(ObjectLabels.labelOf(old), affiliation.getText());

		affiliation.setFocus();
		affiliation.selectAll();
		pressKey(SWT.BS, '\b');
		type(typed);
		Workbench.spinUntil(display, () -> proposalTable() != null && proposalTable().getItemCount() == 1,
				"the chooser proposes the one institution matching \"" + typed + "\"");
		assertEquals(ObjectLabels.labelOf(wanted), proposalTable().getItem(0).getText());
		Screenshots.save(shell(), "form-contact-affiliation-typeahead");
		// The proposal list takes the choice as on a double-click or Enter in it.
		proposalTable().notifyListeners(SWT.DefaultSelection, new Event());
		spin(() -> contact.getAffiliation() == wanted, () -> "Enter chooses the proposed institution; text \"" + affiliation.getText()
				+ "\", popup " + (proposalTable() != null) + ", focus " + display.getFocusControl() + " in "
				+ (display.getFocusControl() == null ? null : display.getFocusControl().getShell().getText() + "/" + display.getFocusControl().getParent()) + ", affiliation "
				+ ObjectLabels.labelOf(contact.getAffiliation()));
		assertEquals(ObjectLabels.labelOf(wanted), affiliation.getText());

		CommandStack stack = session.getEditingDomain().getCommandStack();
		assertSame(contact, stack.getUndoCommand().getAffectedObjects().iterator().next(), "one command on the stack");
		stack.undo();
		Workbench.flush(display);
		assertSame(old, contact.getAffiliation());
		assertEquals(ObjectLabels.labelOf(old), affiliation.getText());
	}

	@Test
	public void anInvalidValueShowsInTheFormsHeaderAndChangesNothing() throws Exception {
		Contact contact = theater.getContacts().get(4);
		var lastContact = contact.getLastContact();
		ObjectFormEditor editor = open(contact);
		assertEquals(null, editor.getScrolledForm().getMessage(), "a valid contact has no message");

		Text date = (Text) editor.getControl(contact, MODEL.getContact_LastContact());
		typeInto(date, "next tuesday");
		pressTab();
		Workbench.spinUntil(display, () -> editor.getScrolledForm().getMessageType() == IMessageProvider.ERROR,
				"the header shows an error");
		assertTrue(Arrays.stream(editor.getScrolledForm().getForm().getChildrenMessages())
				.anyMatch(m -> m.getMessage().contains("next tuesday")), editor.getScrolledForm().getMessage());
		assertEquals(lastContact, contact.getLastContact(), "the model keeps its date");
		Screenshots.save(editor.getScrolledForm(), "form-contact-invalid-date");

		// The model's validator: a contact without a name.
		date.setFocus();
		date.selectAll();
		pressKey(SWT.BS, '\b');
		pressTab();
		Text given = (Text) editor.getControl(contact, MODEL.getContact_GivenName());
		Text family = (Text) editor.getControl(contact, MODEL.getContact_FamilyName());
		for (Text name : List.of(given, family)) {
			name.setFocus();
			name.selectAll();
			pressKey(SWT.BS, '\b');
			pressTab();
		}
		Workbench.spinUntil(display, () -> contact.getGivenName() == null && contact.getFamilyName() == null,
				"both names are cleared");
		Workbench.spinUntil(display, () -> editor.getScrolledForm().getMessageType() == IMessageProvider.ERROR,
				"the validator's error shows in the header");
		Screenshots.save(editor.getScrolledForm(), "form-contact-no-name");
		session.getEditingDomain().getCommandStack().undo();
		session.getEditingDomain().getCommandStack().undo();
		Workbench.spinUntil(display, () -> editor.getScrolledForm().getMessage() == null, "undo clears the message");
	}

	@Test
	public void thePropertiesViewEditsThroughAnUndoableCommand() throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(explorer);
		Contact contact = theater.getContacts().get(5);
		String before = contact.getRank();
		explorer.getViewer().setSelection(new StructuredSelection(contact), true);
		Workbench.spinUntil(display, () -> ExplorerViewTest.properties(sheet).containsKey("Rank"), "the sheet shows the contact");
		Tree rows = ExplorerViewTest.propertyRows(sheet);
		TreeItem rank = Arrays.stream(rows.getItems()).flatMap(i -> Arrays.stream(i.getItems().length > 0 ? i.getItems()
				: new TreeItem[] { i })).filter(i -> "Rank".equals(i.getText(0))).findFirst().orElseThrow();
		rows.showItem(rank);
		Workbench.flush(display);
		Rectangle value = rank.getBounds(1);
		Event down = new Event();
		down.x = value.x + value.width / 2;
		down.y = value.y + value.height / 2;
		down.button = 1;
		rows.notifyListeners(SWT.MouseDown, down);
		spin(() -> Workbench.find(rows, Text.class).stream().anyMatch(Control::isVisible),
				() -> "a click on the value opens the cell editor; under the tree: "
						+ Workbench.find(rows, Control.class).stream().map(c -> c + (c.isVisible() ? "" : " (hidden)")).toList()
						+ ", selected " + Arrays.toString(rows.getSelection()) + ", focus " + display.getFocusControl());
		Text cell = Workbench.find(rows, Text.class).stream().filter(Control::isVisible).findFirst().orElseThrow();
		cell.setFocus();
		cell.selectAll();
		type("Brig Gen");
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> "brig gen".equalsIgnoreCase(contact.getRank()),
				"Enter in the cell sets the rank; it is " + contact.getRank());
		Screenshots.save(sheet.getCurrentPage().getControl(), "properties-contact-edited");
		CommandStack stack = session.getEditingDomain().getCommandStack();
		assertTrue(stack.getUndoCommand() instanceof org.eclipse.emf.edit.command.SetCommand, "a set command: " + stack.getUndoCommand());
		assertTrue(stack.getUndoCommand().getAffectedObjects().contains(contact), "the edit is a command on the stack");
		stack.undo();
		assertEquals(before, contact.getRank(), "and undo restores it");
		Workbench.spinUntil(display, () -> java.util.Objects.equals(before == null ? "" : before,
				ExplorerViewTest.properties(sheet).get("Rank")), "the sheet follows the undo");

		var tabbed = (org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage) sheet.getCurrentPage();
		var title = Workbench.find(tabbed.getControl(), org.eclipse.swt.custom.CLabel.class).stream()
				.filter(label -> ObjectLabels.labelOf(contact).equals(label.getText())).findFirst();
		assertTrue(title.isPresent(), "the sheet's title is the contact's label");
		assertNotNull(title.get().getImage(), "and its icon");
		tabbed.setSelectedTab("org.counterpart.ui.properties.tabs.record");
		Workbench.spinUntil(display, () -> ExplorerViewTest.properties(sheet).containsKey("Id"), "the Record tab shows the id");
		assertEquals(contact.getId(), ExplorerViewTest.properties(sheet).get("Id"));
		assertFalse(ExplorerViewTest.properties(sheet).containsKey("Rank"), "the Record tab shows only the record");
		ExplorerViewTest.assertNoNameCut(ExplorerViewTest.propertyRows(sheet));
		Screenshots.save(sheet.getCurrentPage().getControl(), "properties-contact-record");
		tabbed.setSelectedTab("org.counterpart.ui.properties.tabs.properties");
	}

	@Test
	public void theMarkingStripEditsTheObjectsOwnMarkingInOneCommand() throws Exception {
		Objective engagement = theater.getObjectives().get(0).getSubObjectives().get(0);
		assertNull(engagement.getMarking(), "the demo's intermediate objectives carry their end state's marking");
		ObjectFormEditor editor = open(engagement);
		assertTrue(editor.getMarkingText().endsWith("(inherited)"), editor.getMarkingText());
		List<String> seen = new java.util.ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && "Marking".equals(s.getText()))
						.findFirst().orElse(null);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				org.eclipse.swt.widgets.Button inherit = Workbench.find(dialog, org.eclipse.swt.widgets.Button.class).stream()
						.filter(b -> (b.getStyle() & SWT.CHECK) != 0).findFirst().orElseThrow();
				inherit.setSelection(false);
				inherit.notifyListeners(SWT.Selection, new Event());
				List<Text> texts = Workbench.find(dialog, Text.class);
				texts.get(0).setText("NOFORN");
				texts.get(1).setText("");
				Screenshots.save(dialog, "form-marking-dialog");
				seen.add("answered");
				dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			}
		});
		editor.editMarking();
		assertEquals(List.of("answered"), seen);
		assertNotNull(engagement.getMarking(), "the objective has a marking of its own");
		assertEquals(List.of("NOFORN"), engagement.getMarking().getDisseminationControls());
		Workbench.flush(display);
		assertEquals("CUI//NOFORN", editor.getMarkingText());
		session.getEditingDomain().getCommandStack().undo();
		Workbench.flush(display);
		assertNull(engagement.getMarking(), "one undo takes the marking away again");
		assertTrue(editor.getMarkingText().endsWith("(inherited)"), editor.getMarkingText());
	}

	@Test
	public void everyEditorShowsTheWorkspacesDirtyStateAndClosesWhenItsObjectGoes() throws Exception {
		Contact contact = theater.getContacts().get(6);
		ObjectFormEditor first = open(contact);
		ObjectFormEditor second = open(theater.getObservations().get(0));
		assertFalse(first.isDirty());
		CommandStack stack = session.getEditingDomain().getCommandStack();
		stack.execute(DeleteCommand.create(session.getEditingDomain(), contact));
		Workbench.spinUntil(display, () -> !Arrays.asList(page.getEditors()).contains(first), "deleting the contact closes its form");
		assertTrue(second.isDirty(), "another form shows the unsaved workspace");
		stack.undo();
		Workbench.flush(display);
		assertTrue(Arrays.asList(page.getEditors()).contains(second));
	}

	@Test
	public void linkWithEditorSelectsTheEditedObjectInTheExplorer() throws Exception {
		explorer.getEditorLink().setLinking(true);
		try {
			Engagement engagement = theater.getEngagements().get(1);
			FieldObservation observation = theater.getObservations().get(2);
			ObjectFormEditor engagementForm = open(engagement);
			open(observation);
			Workbench.spinUntil(display, () -> explorer.getViewer().getStructuredSelection().getFirstElement() == observation,
					"the explorer selects the observation");
			page.activate(engagementForm);
			Workbench.spinUntil(display, () -> explorer.getViewer().getStructuredSelection().getFirstElement() == engagement,
					"activating the engagement's form selects the engagement");
		} finally {
			explorer.getEditorLink().setLinking(false);
		}
		assertFalse(explorer.getEditorLink().isLinking());
	}

	@Test
	public void anEditorsInputIsRememberedByIdAndFoundAgain() {
		Objective objective = theater.getObjectives().get(0).getSubObjectives().get(0);
		ObjectEditorInput input = new ObjectEditorInput(objective);
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		input.saveState(memento);
		ObjectEditorInput found = (ObjectEditorInput) new ObjectEditorInputFactory().createElement(memento);
		assertEquals(input, found);
		assertSame(objective, found.getObject());
		assertSame(objective, ObjectEditors.formOwner(objective.getIndicators().isEmpty() ? objective : objective.getIndicators().get(0)));
		XMLMemento unknown = XMLMemento.createWriteRoot("editor");
		unknown.putString("id", "00000000-0000-0000-0000-000000000000");
		assertNull(new ObjectEditorInputFactory().createElement(unknown));
	}

	@Test
	public void everyKindOfObjectHasAForm() throws Exception {
		List<Identified> objects = List.of(theater.getContacts().get(0), theater.getInstitutions().get(1),
				theater.getRelationships().get(0), theater.getEngagements().get(0), observationWithEverything(),
				objectiveWithIndicators(), theater);
		List<String> names = List.of("contact", "institution", "relationship", "engagement", "observation", "objective",
				"theater");
		for (int i = 0; i < objects.size(); i++) {
			ObjectFormEditor editor = open(objects.get(i));
			String title = editor.getScrolledForm().getText();
			assertTrue(objects.get(i) instanceof Contact contact ? title.equals(ObjectLabels.personName(contact))
					: title.equals(ObjectLabels.labelOf(objects.get(i)))
							|| ObjectLabels.labelOf(objects.get(i)).startsWith(title.substring(0, title.length() - 1)), title);
			assertFalse(editor.getMarkingText().isEmpty(), "the marking strip says something");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			Workbench.flush(display);
			Screenshots.save(editor.getScrolledForm(), "form-" + names.get(i));
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	public void theExplorerWithAFormForTheReadme() throws Exception {
		explorer.getEditorLink().setLinking(true);
		try {
			FieldObservation observation = observationWithEverything();
			if (session.isDirty()) {
				session.save(null); // what earlier tests left unsaved would show as "*" in the picture
			}
			open(observation);
			Workbench.spinUntil(display, () -> explorer.getViewer().getStructuredSelection().getFirstElement() == observation,
					"the explorer follows the form");
			// The README shows the explorer beside the form, without the Properties view below.
			org.eclipse.ui.IViewReference sheet = page.findViewReference(IPageLayout.ID_PROP_SHEET);
			page.setPartState(sheet, IWorkbenchPage.STATE_MINIMIZED);
			Workbench.flush(display);
			Screenshots.save(shell(), "explorer-with-form");
			page.setPartState(sheet, IWorkbenchPage.STATE_RESTORED);
		} finally {
			explorer.getEditorLink().setLinking(false);
		}
	}

	private FieldObservation observationWithEverything() {
		return theater.getObservations().stream().filter(o -> o.getSource() != null && !o.getAboutActors().isEmpty()
				&& o.getText() != null && o.getPlaceName() != null).findFirst().orElse(theater.getObservations().get(0));
	}

	private Objective objectiveWithIndicators() {
		List<Objective> all = new java.util.ArrayList<>();
		theater.eAllContents().forEachRemaining(o -> {
			if (o instanceof Objective objective && !objective.getIndicators().isEmpty()) {
				all.add(objective);
			}
		});
		return all.isEmpty() ? theater.getObjectives().get(0) : all.get(0);
	}

	/** Waits (a short while: these are single user steps) until {@code condition} holds, else fails with the details. */
	private void spin(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> what) {
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				org.junit.jupiter.api.Assertions.fail("Gave up waiting: " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
	}

	private ObjectFormEditor open(Identified object) throws Exception {
		IEditorPart editor = ObjectEditors.open(page, object);
		Workbench.flush(display);
		assertTrue(editor instanceof ObjectFormEditor, "a form editor opens for " + object.eClass().getName());
		return (ObjectFormEditor) editor;
	}

	/**
	 * Reveals {@code object} in the explorer and opens it: first as a double-click does (the tree reports the
	 * double-click as a default selection of the item), then, once that editor is closed, with the Enter key.
	 */
	private ObjectFormEditor openFromExplorer(Identified object) {
		explorer.getViewer().setSelection(new StructuredSelection(object), true);
		page.activate(explorer);
		Workbench.flush(display);
		Tree tree = explorer.getViewer().getTree();
		Event doubleClick = new Event();
		doubleClick.item = tree.getSelection()[0];
		tree.notifyListeners(SWT.DefaultSelection, doubleClick);
		spin(() -> page.getActiveEditor() instanceof ObjectFormEditor form && form.getObject() == object,
				() -> "a double-click on the object opens its form");
		page.closeAllEditors(false);
		Workbench.flush(display);

		page.activate(explorer);
		tree.setFocus();
		Workbench.flush(display);
		Workbench.pressEnter(display);
		spin(() -> page.getActiveEditor() instanceof ObjectFormEditor form && form.getObject() == object,
				() -> "Enter on the object opens its form; focus " + display.getFocusControl());
		return (ObjectFormEditor) page.getActiveEditor();
	}

	/** Replaces the text of {@code text} by typing, as the keyboard does. */
	private void typeInto(Text text, String typed) {
		text.setFocus();
		text.selectAll();
		pressKey(SWT.BS, '\b');
		type(typed);
	}

	private void type(String typed) {
		for (char c : typed.toCharArray()) {
			pressKey(0, c);
		}
		Workbench.flush(display);
	}

	private void pressKey(int keyCode, char character) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			assertTrue(display.post(event), "the display accepts key events");
		}
		Workbench.flush(display);
	}

	private void pressTab() {
		pressKey(SWT.TAB, '\t');
	}

	private void pressCtrl(char key) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = SWT.CTRL;
		display.post(down);
		pressKey(0, key);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = SWT.CTRL;
		display.post(up);
		Workbench.flush(display);
	}

	/** Chooses the Edit menu's item that starts with {@code action} ("Undo", "Redo"), as a click on it does. */
	private void runEditMenu(String action) {
		Menu bar = shell().getMenuBar();
		MenuItem edit = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Edit")).findFirst()
				.orElseThrow();
		Menu menu = edit.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		Workbench.flush(display);
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith(action))
				.findFirst().orElseThrow(() -> new AssertionError("no " + action + " in the Edit menu"));
		assertTrue(item.isEnabled(), action + " is enabled: " + item.getText());
		item.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		Workbench.flush(display);
	}

	/** The table of the content proposal popup, if one is open. */
	private Table proposalTable() {
		for (Shell shell : display.getShells()) {
			if (shell != shell() && shell.isVisible()) {
				List<Table> tables = Workbench.find(shell, Table.class);
				if (!tables.isEmpty()) {
					return tables.get(0);
				}
			}
		}
		return null;
	}

	/** A part of the institution's label, of letters only, that no other institution's label contains. */
	private String uniquePart(PartnerInstitution institution) {
		String label = ObjectLabels.labelOf(institution);
		for (String word : label.split("[^A-Za-z]+")) {
			if (word.length() >= 4) {
				String part = word.toLowerCase();
				long matching = theater.getInstitutions().stream()
						.filter(i -> ObjectLabels.labelOf(i).toLowerCase().contains(part)).count();
				if (matching == 1) {
					return part;
				}
			}
		}
		return null;
	}

	private Shell shell() {
		return page.getWorkbenchWindow().getShell();
	}

	private static char[] passphrase() {
		String passphrase = System.getenv("COUNTERPART_PASSPHRASE");
		assertNotNull(passphrase, "the test run sets COUNTERPART_PASSPHRASE (see pom.xml)");
		return passphrase.toCharArray();
	}
}
