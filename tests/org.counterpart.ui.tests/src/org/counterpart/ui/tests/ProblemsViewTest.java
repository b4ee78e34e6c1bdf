package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Classification;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.ProblemsView;
import org.counterpart.ui.internal.ProblemsView.Problem;
import org.counterpart.ui.internal.WorkspaceProblems;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Problems view: an object made invalid by an edit shows up, its quick fix from the context menu clears it (and is
 * undone like any edit), and double-click or Enter shows the object.
 */
public class ProblemsViewTest {

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private ProblemsView view;
	private WorkspaceProblems problems;
	private Theater theater;
	private EditingDomain domain;
	private CommandStack stack;

	@BeforeEach
	public void openProblems() throws Exception {
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
		view = (ProblemsView) page.showView(ProblemsView.ID);
		problems = WorkspaceProblems.of(WorkspaceEditingSession.getDefault());
		Workbench.spinUntil(display, () -> !problems.isValidating(), "the workspace is validated");
		Workbench.flush(display);
	}

	@AfterEach
	public void undoAll() {
		while (stack.canUndo()) {
			stack.undo();
		}
	}

	@Test
	public void anInvalidObjectShowsAndItsQuickFixFromTheContextMenuClearsIt() {
		Engagement engagement = theater.getEngagements().get(3);
		assertFalse(hasProblem(engagement), "valid to begin with");
		Marking unclassified = CounterpartFactory.eINSTANCE.createMarking();
		unclassified.setClassification(Classification.UNCLASSIFIED);
		stack.execute(SetCommand.create(domain, engagement, CounterpartPackage.Literals.IDENTIFIED__MARKING, unclassified));

		Workbench.spinUntil(display, () -> hasProblem(engagement), "the looser marking shows in Problems");
		Problem problem = problemOf(engagement);
		assertEquals(Diagnostic.ERROR, problem.severity());
		assertEquals(CounterpartValidator.RELEASABILITY, problem.diagnostic().getCode());
		assertEquals(ObjectLabels.labelOf(engagement), problem.object());
		assertEquals("Engagement", problem.type());
		assertTrue(problem.message().contains("UNCLASSIFIED"), problem.message());

		Table table = view.getViewer().getTable();
		int row = view.getRows().indexOf(problem);
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selectionEvent(table, row));
		Workbench.flush(display);
		table.setTopIndex(Math.max(0, row - 2));
		Screenshots.save(page.getWorkbenchWindow().getShell(), "field-problems");
		Screenshots.save(table, "problems-view");

		MenuItem fix = quickFixItem(table, "Mark it " + ObjectLabels.banner(theater.getMarking()));
		fix.notifyListeners(SWT.Selection, new Event());
		Workbench.spinUntil(display, () -> !hasProblem(engagement) && !problems.isValidating(), "the quick fix clears the problem");
		assertEquals(ObjectLabels.banner(theater.getMarking()), ObjectLabels.banner(engagement.getMarking()));
		assertTrue(stack.canUndo(), "the fix is on the command stack");

		stack.undo();
		Workbench.spinUntil(display, () -> hasProblem(engagement), "undoing the fix brings the problem back");
	}

	@Test
	public void anUngradedFinalObservationIsGradedCannotBeJudgedOnceTheOfficerConfirms() {
		FieldObservation observation = theater.getObservations().stream()
				.filter(o -> o.getStatus() == ObservationStatus.FINAL && o.getSourceReliability() != SourceReliability.UNGRADED
						&& o.getInformationCredibility() != InformationCredibility.UNGRADED)
				.findFirst().orElseThrow();
		stack.execute(SetCommand.create(domain, observation, CounterpartPackage.Literals.FIELD_OBSERVATION__SOURCE_RELIABILITY,
				SourceReliability.UNGRADED));
		Workbench.spinUntil(display, () -> hasProblem(observation), "the ungraded final observation shows");
		assertEquals(Diagnostic.ERROR, problemOf(observation).severity(), "a final observation must be graded");
		Table table = view.getViewer().getTable();
		int row = view.getRows().indexOf(problemOf(observation));
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selectionEvent(table, row));

		MenuItem fix = quickFixItem(table, "Grade it F6");
		List<String> asked = new ArrayList<>();
		// The confirmation is modal: the officer's answer comes from a timer, while the dialog runs its own event loop.
		display.timerExec(300, () -> answer(asked, "Cancel"));
		fix.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of("Grade as cannot be judged"), asked, "the officer is asked");
		assertEquals(SourceReliability.UNGRADED, observation.getSourceReliability(), "declined: nothing changes");

		display.timerExec(300, () -> answer(asked, "OK"));
		quickFixItem(table, "Grade it F6").notifyListeners(SWT.Selection, new Event());
		assertEquals(SourceReliability.F, observation.getSourceReliability());
		assertEquals(InformationCredibility.CANNOT_BE_JUDGED, observation.getInformationCredibility());
		Workbench.spinUntil(display, () -> !hasProblem(observation) && !problems.isValidating(), "grading clears the problem");
		assertEquals("Grade Observation", stack.getUndoCommand().getLabel());
	}

	@Test
	public void theGradeQuickFixAsksForTheGradingWithItsMeanings() {
		FieldObservation observation = theater.getObservations().stream()
				.filter(o -> o.getStatus() == ObservationStatus.FINAL && o.getSourceReliability() != SourceReliability.UNGRADED
						&& o.getInformationCredibility() != InformationCredibility.UNGRADED)
				.skip(1).findFirst().orElseThrow();
		CompoundCommand ungrade = new CompoundCommand();
		ungrade.append(SetCommand.create(domain, observation, CounterpartPackage.Literals.FIELD_OBSERVATION__SOURCE_RELIABILITY,
				SourceReliability.UNGRADED));
		ungrade.append(SetCommand.create(domain, observation, CounterpartPackage.Literals.FIELD_OBSERVATION__INFORMATION_CREDIBILITY,
				InformationCredibility.UNGRADED));
		stack.execute(ungrade);
		Workbench.spinUntil(display, () -> hasProblem(observation), "the ungraded final observation shows");
		Table table = view.getViewer().getTable();
		int row = view.getRows().indexOf(problemOf(observation));
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selectionEvent(table, row));

		List<String> items = new ArrayList<>();
		display.timerExec(300, () -> grade(items));
		quickFixItem(table, "Grade the observation").notifyListeners(SWT.Selection, new Event());
		assertTrue(items.contains("B \u2014 usually reliable") && items.contains("3 \u2014 possibly true"), items.toString());
		assertTrue(items.contains("OK enabled before choosing: false"), "nothing to confirm before both are chosen");
		assertEquals(SourceReliability.B, observation.getSourceReliability());
		assertEquals(InformationCredibility.POSSIBLY_TRUE, observation.getInformationCredibility());
		Workbench.spinUntil(display, () -> !hasProblem(observation) && !problems.isValidating(), "grading clears the problem");
		stack.undo();
		assertEquals(SourceReliability.UNGRADED, observation.getSourceReliability(), "one undo takes the grading back");
		assertEquals(InformationCredibility.UNGRADED, observation.getInformationCredibility());
	}

	/** In the grading dialog: notes the choices, chooses B and 3 as the officer would, and presses OK. */
	private void grade(List<String> items) {
		Shell dialog = display.getActiveShell();
		if (dialog == null || dialog == page.getWorkbenchWindow().getShell()) {
			display.timerExec(100, () -> grade(items));
			return;
		}
		List<Combo> combos = Workbench.find(dialog, Combo.class);
		assertEquals(2, combos.size(), "reliability and credibility");
		Button ok = Workbench.find(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "").equals("OK")).findFirst()
				.orElseThrow();
		boolean enabledBefore = ok.isEnabled();
		for (Combo combo : combos) {
			items.addAll(Arrays.asList(combo.getItems()));
		}
		combos.get(0).select(1);
		combos.get(0).notifyListeners(SWT.Selection, new Event());
		combos.get(1).select(2);
		combos.get(1).notifyListeners(SWT.Selection, new Event());
		Screenshots.save(dialog, "problems-grade-dialog");
		items.add("OK enabled before choosing: " + enabledBefore);
		ok.notifyListeners(SWT.Selection, new Event());
	}

	/** Notes the title of the dialog on screen and presses its button {@code button}. */
	private void answer(List<String> asked, String button) {
		Shell dialog = display.getActiveShell();
		if (dialog == null || dialog == page.getWorkbenchWindow().getShell()) {
			display.timerExec(100, () -> answer(asked, button));
			return;
		}
		asked.add(dialog.getText());
		if (asked.size() == 1) {
			Screenshots.save(dialog, "problems-quick-fix-confirm");
		}
		Button pressed = Workbench.find(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "").equals(button))
				.findFirst().orElseThrow();
		pressed.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	public void theContextMenuOffersNoFixWhereNoneIsObviousAndTheColumnsSort() {
		stack.execute(SetCommand.create(domain, theater.getContacts().get(5), CounterpartPackage.Literals.CONTACT__AFFILIATION, null));
		stack.execute(SetCommand.create(domain, theater.getRelationships().get(2), CounterpartPackage.Literals.RELATIONSHIP__STRENGTH, 9));
		Workbench.spinUntil(display, () -> hasProblem(theater.getContacts().get(5)) && hasProblem(theater.getRelationships().get(2)),
				"both problems show");
		Table table = view.getViewer().getTable();
		int row = view.getRows().indexOf(problemOf(theater.getContacts().get(5)));
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selectionEvent(table, row));
		Menu fixes = quickFixMenu(table);
		assertEquals(1, fixes.getItemCount());
		assertFalse(fixes.getItem(0).isEnabled(), "no obvious fix for a missing affiliation");

		table.getColumn(3).notifyListeners(SWT.Selection, new Event());
		List<String> types = view.getRows().stream().map(Problem::type).toList();
		assertEquals(types.stream().sorted().toList(), types, "sorted by type");
		table.getColumn(3).notifyListeners(SWT.Selection, new Event());
		List<String> reversed = view.getRows().stream().map(Problem::type).toList();
		assertEquals(types.stream().sorted().toList().reversed(), reversed, "and the other way round");
		assertEquals(SWT.DOWN, table.getSortDirection());
	}

	@Test
	public void doubleClickAndEnterShowTheObject() {
		var contact = theater.getContacts().get(7);
		stack.execute(SetCommand.create(domain, contact, CounterpartPackage.Literals.CONTACT__AFFILIATION, null));
		Workbench.spinUntil(display, () -> hasProblem(contact), "the contact's problem shows");
		Table table = view.getViewer().getTable();
		int row = view.getRows().indexOf(problemOf(contact));

		page.activate(view);
		table.setFocus();
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, selectionEvent(table, row));
		Workbench.flush(display);
		explorer.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		// A double-click reaches the table as a default selection of the clicked row.
		table.notifyListeners(SWT.DefaultSelection, selectionEvent(table, row));
		Workbench.spinUntil(display, () -> shows(contact), "double-click shows the contact");

		explorer.getViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
		page.activate(view);
		table.getShell().forceActive();
		table.setFocus();
		Workbench.flush(display);
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> shows(contact), "Enter shows the contact");
	}

	private boolean shows(EObject object) {
		Object selected = ((IStructuredSelection) explorer.getViewer().getSelection()).getFirstElement();
		if (selected == object) {
			return true;
		}
		return Arrays.stream(page.getEditorReferences()).map(reference -> reference.getEditor(false))
				.anyMatch(editor -> editor != null && editor.getEditorInput().getAdapter(EObject.class) == object);
	}

	private static Event selectionEvent(Table table, int row) {
		Event event = new Event();
		event.item = table.getItem(row);
		return event;
	}

	private Menu quickFixMenu(Table table) {
		Menu menu = table.getMenu();
		assertNotNull(menu, "the table has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem quickFix = Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals("Quick Fix"))
				.findFirst().orElseThrow(() -> new AssertionError("no Quick Fix in " + Arrays.toString(menu.getItems())));
		Menu fixes = quickFix.getMenu();
		fixes.notifyListeners(SWT.Show, new Event());
		return fixes;
	}

	private MenuItem quickFixItem(Table table, String label) {
		Menu fixes = quickFixMenu(table);
		return Arrays.stream(fixes.getItems()).filter(item -> item.getText().replace("&", "").startsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + label + "' in " + Arrays.toString(fixes.getItems())));
	}

	private boolean hasProblem(EObject object) {
		view.refresh();
		return view.getRows().stream().anyMatch(row -> row.subject() == object);
	}

	private Problem problemOf(EObject object) {
		return view.getRows().stream().filter(row -> row.subject() == object).findFirst().orElseThrow();
	}
}
