package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.internal.conflicts.ConflictsView;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The Headquarters perspective as it first opens: the inbox in front, with the registry, baselines and dashboard in
 * its folder across the width; the Conflicts view below it, beside the editor area, with nothing empty.
 */
class HeadquartersPerspectiveTest {

	@Test
	void showsTheInboxWithItsNeighboursAndTheConflictsBelowBesideTheEditors() throws Exception {
		Display display = PlatformUI.getWorkbench().getDisplay();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		page.resetPerspective();
		EventLoop.flush(display);

		IViewPart inbox = page.findView(InboxView.ID);
		IViewPart conflicts = page.findView(CounterpartPerspectives.CONFLICTS_VIEW);
		assertNotNull(inbox, "the inbox is open");
		assertNotNull(conflicts, "the Conflicts view is open");
		assertTrue(page.isPartVisible(conflicts), "the conflicts show");
		for (String id : List.of(DeviceRegistryView.ID, BaselinesView.ID, DashboardView.ID)) {
			assertNotNull(page.findViewReference(id), id + " is in the layout");
			page.showView(id, null, IWorkbenchPage.VIEW_CREATE); // made where the layout put it, behind the inbox
		}
		EventLoop.flush(display);
		List<String> stacked = Arrays.stream(page.getViewStack(inbox)).map(view -> view.getSite().getId()).toList();
		assertTrue(stacked.containsAll(List.of(InboxView.ID, DeviceRegistryView.ID, BaselinesView.ID, DashboardView.ID)),
				stacked.toString());
		assertFalse(stacked.contains(CounterpartPerspectives.CONFLICTS_VIEW), "the conflicts have a folder of their own");

		page.activate(inbox);
		EventLoop.flush(display);
		assertTrue(page.isPartVisible(inbox), "the inbox in front");
		Rectangle top = bounds(((InboxView) inbox).viewer().getControl());
		Rectangle below = bounds(((ConflictsView) conflicts).getViewer().getControl());
		assertTrue(below.y >= top.y + top.height, "below the inbox: " + top + " / " + below);
		assertTrue(below.width < window.getShell().getClientArea().width * 3 / 4,
				"beside the editor area, not across the width: " + below);
		Screenshots.save(window.getShell(), "hq-perspective");
	}

	private static Rectangle bounds(Control control) {
		assertNotNull(control, "the view has its control");
		return control.getDisplay().map(control.getParent(), null, control.getBounds());
	}
}
