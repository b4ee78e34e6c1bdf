package org.counterpart.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.Section;
import org.counterpart.app.internal.StartView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The empty-workspace state tells a new user what to do, and its links work.
 */
public class StartViewTest {

	@AfterEach
	public void backToField() throws Exception {
		PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
	}

	@Test
	public void explainsTheEmptyWorkspaceAndOffersEachRole() throws PartInitException {
		DisplayRequirement.requireDisplay();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var view = page.showView(CounterpartPerspectives.START_VIEW);
		Composite control = ((StartView) view).getForm();
		List<String> sections = AboutDialogTest.find(control, Section.class).stream().map(Section::getText).toList();
		assertEquals(List.of("This workspace is empty", "Where to begin", "From the command line"), sections);

		assertEquals(1, AboutDialogTest.find(control, FormText.class).size());
		Screenshots.save(control, "start-view");
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
