package org.counterpart.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window a user sees when Counterpart starts.
 */
public class WorkbenchWindowTest {

	private IWorkbenchWindow window;

	@BeforeEach
	public void activeWindow() {
		DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the Counterpart workbench has no open window");
	}

	@Test
	public void windowIsTitledCounterpartAndHasAnIcon() {
		Shell shell = window.getShell();
		assertEquals("Counterpart", shell.getText());
		assertTrue(shell.getImages().length >= 4, "window icons in several sizes: " + shell.getImages().length);
		Screenshots.save(shell, "workbench-window");
	}

	@Test
	public void startsInTheFieldPerspectiveShowingTheStartView() {
		IWorkbenchPage page = window.getActivePage();
		page.resetPerspective();
		assertEquals(CounterpartPerspectives.FIELD, page.getPerspective().getId());
		assertEquals("Field", page.getPerspective().getLabel());
		assertTrue(isShown(page, CounterpartPerspectives.START_VIEW));
	}

	@Test
	public void menuBarHasFileEditWindowHelp() {
		Menu menuBar = window.getShell().getMenuBar();
		List<String> titles = Arrays.stream(menuBar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", ""))
				.toList();
		assertEquals(List.of("File", "Edit", "Window", "Help"), titles);
		MenuItem help = menuBar.getItem(3);
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> helpItems = Arrays.stream(help.getMenu().getItems()).map(MenuItem::getText).toList();
		assertTrue(helpItems.stream().anyMatch(text -> text.startsWith("&About Counterpart")), helpItems.toString());
	}

	static boolean isShown(IWorkbenchPage page, String viewId) {
		for (IViewReference reference : page.getViewReferences()) {
			if (reference.getId().equals(viewId)) {
				return true;
			}
		}
		return false;
	}
}
