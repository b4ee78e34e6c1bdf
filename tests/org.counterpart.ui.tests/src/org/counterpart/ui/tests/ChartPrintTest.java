package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.pictures.TimelineView;
import org.eclipse.core.commands.Command;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing a picture: File > Print and the view's tool bar offer it while the timeline is active, and the picture
 * with its banner strips reaches the printer (GTK's Print to File printer, writing into a temporary folder).
 */
public class ChartPrintTest {

	private Display display;
	private IWorkbenchPage page;

	@BeforeEach
	public void openWorkbench() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		page.closeAllEditors(false);
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		if (explorer.getSession() != WorkspaceEditingSession.getDefault()) {
			explorer.show(WorkspaceEditingSession.getDefault());
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
	}

	@AfterEach
	public void hideTimeline() {
		IViewPart view = page.findView(TimelineView.ID);
		if (view != null) {
			page.hideView(view);
		}
	}

	@Test
	public void filePrintAndTheToolbarOfferPrintingWhileThePictureIsActive() throws Exception {
		Command print = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(IWorkbenchCommandConstants.FILE_PRINT);
		page.activate(page.findView(ExplorerView.ID));
		Workbench.flush(display);
		assertFalse(print.isEnabled(), "File > Print does nothing for the explorer");
		TimelineView timeline = showTimeline();
		page.activate(timeline);
		Workbench.spinUntil(display, print::isEnabled, "File > Print prints the active timeline");
		boolean onToolbar = Arrays.stream(timeline.getViewSite().getActionBars().getToolBarManager().getItems())
				.anyMatch(item -> item instanceof ActionContributionItem action && "Print...".equals(action.getAction().getText()));
		assertTrue(onToolbar, "the timeline's tool bar has Print");
	}

	@Test
	public void aPrintedTimelineReachesThePrinter(@TempDir Path folder) throws Exception {
		TimelineView timeline = showTimeline();
		PrinterData[] printers = Printer.getPrinterList();
		assertTrue(printers.length > 0, "a print backend offers a printer (GTK's Print to File)");
		PrinterData printer = Arrays.stream(printers).filter(p -> p.name.toLowerCase().contains("file")).findFirst()
				.orElse(printers[0]);
		Path file = folder.resolve("timeline.pdf");
		printer.printToFile = true;
		printer.fileName = file.toString();
		timeline.print(printer);
		// the print job is sent in the background: wait for the document's end
		Workbench.spinUntil(display, () -> text(file).stripTrailing().endsWith("%%EOF"),
				"the printer " + printer.name + " writes a whole document to " + file);
		assertTrue(text(file).startsWith("%PDF"), "a PDF document");
		assertTrue(Files.size(file) > 10_000, "with the picture in it: " + Files.size(file) + " bytes");
		Files.copy(file, org.counterpart.tests.harness.Screenshots.folder().resolve("timeline-print.pdf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private static String text(Path file) {
		try {
			return Files.isRegularFile(file) ? new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1) : "";
		} catch (java.io.IOException e) {
			return "";
		}
	}

	private TimelineView showTimeline() throws Exception {
		TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
		Workbench.spinUntil(display, () -> !timeline.getShown().observations().isEmpty(), "the timeline shows the workspace");
		Workbench.flush(display);
		return timeline;
	}
}
