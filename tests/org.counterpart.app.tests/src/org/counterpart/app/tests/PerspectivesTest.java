package org.counterpart.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Field, Headquarters and Exercise perspectives open with their views.
 */
public class PerspectivesTest {

	@AfterEach
	public void backToField() throws WorkbenchException {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
	}

	@ParameterizedTest
	@CsvSource({ "org.counterpart.app.perspectives.field, Field",
			"org.counterpart.app.perspectives.headquarters, Headquarters",
			"org.counterpart.app.perspectives.exercise, Exercise" })
	public void perspectiveOpensWithItsLabelAndTheStartView(String id, String label) throws WorkbenchException {
		DisplayRequirement.requireDisplay();
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = workbench.showPerspective(id, window);
		assertEquals(id, page.getPerspective().getId());
		assertEquals(label, page.getPerspective().getLabel());
		assertTrue(WorkbenchWindowTest.isShown(page, CounterpartPerspectives.START_VIEW));
		Screenshots.save(window.getShell(), "perspective-" + label.toLowerCase());
	}

	@Test
	public void allThreePerspectivesAreRegistered() {
		var registry = PlatformUI.getWorkbench().getPerspectiveRegistry();
		for (String id : new String[] { CounterpartPerspectives.FIELD, CounterpartPerspectives.HEADQUARTERS,
				CounterpartPerspectives.EXERCISE }) {
			assertTrue(registry.findPerspectiveWithId(id) != null, id);
		}
	}
}
