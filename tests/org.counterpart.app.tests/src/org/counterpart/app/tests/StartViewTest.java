package org.counterpart.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.Section;
import org.counterpart.app.internal.StartView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start view says what the workspace holds, or, while it is empty, tells a new user what to do; its links work.
 */
public class StartViewTest {

	@AfterEach
	public void backToField() throws Exception {
		PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}

	@Test
	public void saysWhatTheWorkspaceHoldsOrThatItIsEmptyAndOffersEachRole() throws PartInitException {
		Display display = DisplayRequirement.requireDisplay();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var view = page.showView(CounterpartPerspectives.START_VIEW);
		Composite control = ((StartView) view).getForm();
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		session.load();
		spinUntil(display, () -> session.getTheater() != null, "the workspace is loaded");
		Theater theater = session.getTheater();
		spinUntil(display, () -> sections(control).get(0).equals("This workspace"), "what it holds: " + sections(control));
		assertEquals(List.of("This workspace", "Where to begin", "From the command line"), sections(control));
		String held = AboutDialogTest.find(control, Label.class).stream().map(Label::getText)
				.filter(text -> text.startsWith("It holds")).findFirst().orElseThrow(() -> new AssertionError("no counts"));
		assertTrue(held.startsWith("It holds " + theater.getInstitutions().size() + " institutions, "
				+ theater.getContacts().size() + " contacts, "), held);
		assertTrue(held.contains(" for " + theater.getPartnerCountry() + ","), held);

		// everything taken out in one edit: the workspace is empty, and says so; undo brings it back
		EditingDomain domain = session.getEditingDomain();
		CompoundCommand emptying = new CompoundCommand();
		for (EReference feature : List.of(CounterpartPackage.Literals.THEATER__INSTITUTIONS,
				CounterpartPackage.Literals.THEATER__CONTACTS, CounterpartPackage.Literals.THEATER__RELATIONSHIPS,
				CounterpartPackage.Literals.THEATER__ENGAGEMENTS, CounterpartPackage.Literals.THEATER__OBSERVATIONS,
				CounterpartPackage.Literals.THEATER__OBJECTIVES)) {
			List<?> contents = (List<?>) theater.eGet(feature);
			if (!contents.isEmpty()) {
				emptying.append(RemoveCommand.create(domain, theater, feature, List.copyOf(contents)));
			}
		}
		domain.getCommandStack().execute(emptying);
		try {
			spinUntil(display, () -> sections(control).get(0).equals("This workspace is empty"), "empty: " + sections(control));
			assertEquals(1, AboutDialogTest.find(control, FormText.class).size());
			Screenshots.save(control, "start-view");
		} finally {
			domain.getCommandStack().undo();
		}
		spinUntil(display, () -> sections(control).get(0).equals("This workspace"), "held again: " + sections(control));
	}

	private static List<String> sections(Composite control) {
		return AboutDialogTest.find(control, Section.class).stream().map(Section::getText).toList();
	}

	private static void spinUntil(Display display, BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, "Gave up waiting: " + what);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	@Test
	public void roleLinksAreReachableAndActivatedByKeyboard() throws PartInitException {
		DisplayRequirement.requireDisplay();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var view = page.showView(CounterpartPerspectives.START_VIEW);
		Composite control = ((StartView) view).getForm();
		FormText roles = AboutDialogTest.find(control, FormText.class).get(0);
		roles.setFocus();
		List<String> links = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			roles.traverse(SWT.TRAVERSE_TAB_NEXT);
			links.add(roles.getSelectedLinkHref().toString());
		}
		assertEquals(List.of(CounterpartPerspectives.FIELD, CounterpartPerspectives.HEADQUARTERS,
				CounterpartPerspectives.EXERCISE), links);

		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		roles.notifyListeners(SWT.KeyDown, enter);
		assertEquals(CounterpartPerspectives.EXERCISE,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId());
	}
}
