package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Theater;
import org.counterpart.model.xmi.TheaterXmi;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.XmiWorkspaceStorage;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the explorer does with an empty workspace (the start view stays in front) and with one it cannot read (it says
 * so, in place and in a dialog, and leaves the file alone).
 */
public class ExplorerWorkspaceStatesTest {

	@TempDir
	Path folder;

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
	}

	@AfterEach
	public void backToTheWorkbenchWorkspace() {
		explorer.show(WorkspaceEditingSession.getDefault());
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workbench's workspace again");
		page.bringToTop(explorer);
	}

	@Test
	public void anEmptyWorkspaceKeepsTheStartViewInFront() throws Exception {
		Path file = folder.resolve("counterpart.xmi");
		Theater empty = CounterpartFactory.eINSTANCE.createTheater();
		empty.setPartnerCountry("Nowhere");
		TheaterXmi.save(empty, file);
		WorkspaceEditingSession session = new WorkspaceEditingSession(new XmiWorkspaceStorage(file));
		IViewPart start = page.findView(CounterpartPerspectives.START_VIEW);
		assertNotNull(start);
		assertFalse(page.isPartVisible(start), "the explorer covers the start view at first");

		explorer.show(session);
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the empty workspace is open");
		Workbench.spinUntil(display, () -> page.isPartVisible(start), "the start view comes to the front");
		assertFalse(page.isPartVisible(explorer));
		for (TreeItem category : explorer.getViewer().getTree().getItems()) {
			assertTrue(category.getText().endsWith(" (0)"), category.getText());
			assertEquals(0, category.getItemCount());
		}
		Screenshots.save(page.getWorkbenchWindow().getShell(), "field-empty-workspace");
		session.dispose();
	}

	@Test
	public void aDamagedWorkspaceIsReportedInTheViewAndInADialogAndLeftAsItWas() throws Exception {
		Path file = folder.resolve("counterpart.xmi");
		byte[] damaged = "<?xml version=\"1.0\"?>\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\"><Theater"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, damaged);
		WorkspaceEditingSession session = new WorkspaceEditingSession(new XmiWorkspaceStorage(file));
		Shell window = page.getWorkbenchWindow().getShell();
		List<String> dialog = new ArrayList<>();
		// Reads and closes the error dialog from a timer, so the test also gets through if the dialog blocks.
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell != window && shell.isVisible()) {
						dialog.add(shell.getText());
						Workbench.find(shell, Label.class).forEach(label -> dialog.add(label.getText()));
						Workbench.find(shell, Text.class).forEach(text -> dialog.add(text.getText()));
						Screenshots.save(shell, "load-error-dialog");
						shell.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		});

		// The test harness suppresses error dialogs (automated mode); this test is about the dialog.
		boolean automated = ErrorDialog.AUTOMATED_MODE;
		ErrorDialog.AUTOMATED_MODE = false;
		try {
			explorer.show(session);
			Workbench.spinUntil(display, () -> !dialog.isEmpty(), "an error dialog");
		} finally {
			ErrorDialog.AUTOMATED_MODE = automated;
		}
		String said = String.join("\n", dialog);
		assertTrue(said.contains("Counterpart could not open the workspace stored in " + file.toAbsolutePath()), said);
		assertTrue(said.contains("Restore the file from a backup"), "the dialog says what to do: " + said);
		assertTrue(explorer.isShowingMessage());
		assertTrue(explorer.getMessage().contains("damaged"), explorer.getMessage());
		assertTrue(explorer.getMessage().contains("Restore the file from a backup"), explorer.getMessage());
		Screenshots.save(window, "field-load-error");
		assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file is left as it was");
		session.dispose();
	}
}
