package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.search.SearchHit;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.SearchView;
import org.counterpart.ui.internal.WorkspaceSearch;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Search view: a word typed into an object a moment ago is found by its first letters typed into the search field,
 * highlighted; Enter shows it; a deleted object is no longer found.
 */
public class SearchViewTest {

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private SearchView view;
	private Theater theater;
	private EditingDomain domain;
	private CommandStack stack;

	@BeforeEach
	public void openSearch() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		if (explorer.getSession() != WorkspaceEditingSession.getDefault()) {
			explorer.show(WorkspaceEditingSession.getDefault());
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null,
				"the explorer shows the workspace; it says: " + explorer.getMessage());
		theater = explorer.getSession().getTheater();
		domain = explorer.getSession().getEditingDomain();
		stack = domain.getCommandStack();
		view = (SearchView) page.showView(SearchView.ID);
		WorkspaceSearch search = WorkspaceSearch.of(WorkspaceEditingSession.getDefault());
		Workbench.spinUntil(display, () -> search.index() != null, "the search index is built");
		view.getField().setText("");
	}

	@AfterEach
	public void undoAll() {
		while (stack.canUndo()) {
			stack.undo();
		}
	}

	@Test
	public void aWordTypedAMomentAgoIsFoundByItsPrefixHighlightedAndEnterShowsIt() {
		Contact contact = theater.getContacts().get(11);
		stack.execute(SetCommand.create(domain, contact, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, "Quillfeather"));

		Text field = view.getField();
		page.activate(view);
		field.getShell().forceActive();
		field.setFocus();
		Workbench.flush(display);
		for (char c : "quillf".toCharArray()) {
			Workbench.press(display, c, c);
		}
		Workbench.spinUntil(display, () -> field.getText().equals("quillf") && found().contains(contact),
				"typing the prefix finds the new name; the field holds '" + field.getText() + "'");
		assertEquals(List.of(contact), found(), "the word is new: nothing else has it");
		SearchHit hit = hits().get(0);
		assertEquals(List.of("Quillfeather"), highlighted(hit, 0), "the matched word is highlighted in the label");
		assertEquals(List.of("Quillfeather"), highlighted(hit, 1), "and in the matched text");
		assertTrue(view.getSummary().startsWith("1 found"), view.getSummary());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "field-search");
		Screenshots.save(view.getField().getParent(), "search-view");

		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> shows(contact), "Enter in the field shows the first result");
	}

	@Test
	public void resultsAreRankedAndFollowDeletesAndUndo() {
		Contact contact = theater.getContacts().get(12);
		stack.execute(SetCommand.create(domain, contact, CounterpartPackage.Literals.CONTACT__POSITION, "Ambassador for Zanthic affairs"));
		var observation = theater.getObservations().get(4);
		stack.execute(SetCommand.create(domain, observation, CounterpartPackage.Literals.FIELD_OBSERVATION__TEXT,
				"Met the ambassador; zanthic matters were raised."));
		view.getField().setText("zanthic ambas");
		Workbench.flush(display);
		assertEquals(List.of(contact, observation), found().subList(0, 2), "both words first; a position outweighs an observation's text");
		assertEquals(List.of("Ambassador", "Zanthic"), highlighted(hits().get(0), 1));
		assertEquals(List.of("ambassador", "zanthic"), highlighted(hits().get(1), 1));
		Screenshots.save(view.getField().getParent(), "search-ranked");

		stack.execute(DeleteCommand.create(domain, contact));
		Workbench.spinUntil(display, () -> !found().contains(contact) && found().get(0) == observation,
				"the deleted contact is gone from the results");
		stack.undo();
		Workbench.spinUntil(display, () -> found().size() > 1 && found().subList(0, 2).equals(List.of(contact, observation)),
				"undoing the delete brings it back");

		Table table = view.getViewer().getTable();
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
		page.activate(view);
		view.getField().getShell().forceActive();
		view.getField().setFocus();
		Workbench.flush(display);
		Workbench.press(display, SWT.ARROW_DOWN, (char) 0);
		Workbench.spinUntil(display, () -> table.isFocusControl() && table.getSelectionIndex() == 0,
				"the down arrow goes from the field to the first result");
		Workbench.press(display, SWT.ARROW_DOWN, (char) 0);
		Workbench.spinUntil(display, () -> table.getSelectionIndex() == 1, "and on to the second");
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> shows(observation), "Enter on a result shows its object");
	}

	@Test
	public void controlShiftFOpensSearchWithTheCursorInItsField() {
		page.hideView(view);
		page.activate(explorer);
		explorer.getViewer().getControl().getShell().forceActive();
		explorer.getViewer().getControl().setFocus();
		Workbench.flush(display);
		post(SWT.KeyDown, SWT.CTRL, (char) 0);
		post(SWT.KeyDown, SWT.SHIFT, (char) 0);
		post(SWT.KeyDown, 'f', 'f');
		post(SWT.KeyUp, 'f', 'f');
		post(SWT.KeyUp, SWT.SHIFT, (char) 0);
		post(SWT.KeyUp, SWT.CTRL, (char) 0);
		Workbench.spinUntil(display, () -> page.findView(SearchView.ID) instanceof SearchView opened
				&& opened.getField().isFocusControl(), "Ctrl+Shift+F opens Search with the cursor in the field");
	}

	private void post(int type, int keyCode, char character) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event), "the display accepts key events");
		Workbench.flush(display);
	}

	private List<SearchHit> hits() {
		Workbench.flush(display);
		return Arrays.stream(view.getViewer().getTable().getItems()).map(item -> (SearchHit) item.getData()).toList();
	}

	private List<EObject> found() {
		return hits().stream().map(SearchHit::object).toList();
	}

	private List<String> highlighted(SearchHit hit, int column) {
		var shown = view.shown(hit, column);
		return shown.spans().stream().map(span -> shown.text().substring(span.start(), span.end())).toList();
	}

	private boolean shows(EObject object) {
		Object selected = ((IStructuredSelection) explorer.getViewer().getSelection()).getFirstElement();
		if (selected == object) {
			return true;
		}
		return Arrays.stream(page.getEditorReferences()).map(reference -> reference.getEditor(false))
				.anyMatch(editor -> editor != null && editor.getEditorInput().getAdapter(EObject.class) == object);
	}
}
