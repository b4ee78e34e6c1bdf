package org.counterpart.doc.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide in the workbench: Help > Help Contents and Search in the Help menu, the help window, and F1 in the
 * explorer.
 */
public class HelpWindowTest {

	private static final String EXPLORER = "org.counterpart.ui.views.explorer";
	private static final String HELP_VIEW = "org.eclipse.help.ui.HelpView";

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	public void showFieldPerspective() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		window = workbench.getActiveWorkbenchWindow();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, window);
		EventLoop.spinUntil(display, () -> WorkspaceEditingSession.getDefault().getTheater() != null,
				"the workspace is open");
	}

	@AfterEach
	public void closeHelp() {
		IViewPart help = page.findView(HELP_VIEW);
		if (help != null) {
			page.hideView(help);
		}
		for (Shell shell : display.getShells()) {
			if (shell != window.getShell() && !shell.isDisposed()) {
				shell.close();
			}
		}
		EventLoop.flush(display);
	}

	@Test
	public void theHelpMenuOffersTheContentsAndTheSearch() {
		assertTrue(helpItem("Help Contents").isEnabled(), "Help > Help Contents");
		assertTrue(helpItem("Search").isEnabled(), "Help > Search");
	}

	@Test
	public void helpContentsOpensTheGuideInTheHelpWindow() {
		List<Shell> before = List.of(display.getShells());
		MenuItem contents = helpItem("Help Contents");
		contents.notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> helpWindow(before) != null, "the help window opens");
		Shell help = helpWindow(before);
		Browser browser = find(help, Browser.class);
		assertNotNull(browser, "the help window shows the pages in its own browser");
		EventLoop.spinUntil(display, () -> browser.getUrl().contains("/help/index.jsp"),
				"the help window loads the contents from the help server: " + browser.getUrl());
		// The frames (contents, search, the first page) load after the frame set; give them time to draw.
		long end = System.currentTimeMillis() + 8_000;
		EventLoop.spinUntil(display, () -> System.currentTimeMillis() > end, "the help window's frames load");
		Screenshots.save(help, "help-contents");
	}

	@Test
	public void f1InTheExplorerShowsItsContextHelp() throws Exception {
		IViewPart explorer = page.showView(EXPLORER);
		page.activate(explorer);
		explorer.setFocus();
		EventLoop.flush(display);
		KeyboardRobot.drive(display, robot -> {
			robot.press(SWT.F1, (char) 0);
			robot.waitUntil(() -> page.findView(HELP_VIEW) != null, "F1 opens the help view");
		});
		// The help view beside the explorer shows the explorer's context, titled as contexts.xml says.
		long patience = System.currentTimeMillis() + 10_000;
		EventLoop.spinUntil(display, () -> texts(window.getShell()).contains("Working in the Explorer")
				|| System.currentTimeMillis() > patience, "the help view shows the explorer's context help");
		List<String> shown = texts(window.getShell());
		assertTrue(shown.contains("Working in the Explorer"), "the help view shows the explorer's context help: " + shown);
		Screenshots.save(window.getShell(), "help-f1-explorer");
	}

	private MenuItem helpItem(String text) {
		Menu bar = window.getShell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			if (plain(top.getText()).equals("Help")) {
				Menu menu = top.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				List<String> texts = new ArrayList<>();
				for (MenuItem item : menu.getItems()) {
					if (plain(item.getText()).equals(text)) {
						return item;
					}
					texts.add(plain(item.getText()));
				}
				throw new AssertionError("No " + text + " in the Help menu: " + texts);
			}
		}
		throw new AssertionError("No Help menu");
	}

	private Shell helpWindow(List<Shell> before) {
		for (Shell shell : display.getShells()) {
			if (!before.contains(shell) && shell.isVisible() && shell.getText().startsWith("Help")) {
				return shell;
			}
		}
		return null;
	}

	private static <T extends Control> T find(Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The texts of the labels, links and section titles inside {@code control}. */
	private static List<String> texts(Control control) {
		List<String> texts = new ArrayList<>();
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			texts.add(label.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.AbstractHyperlink link) {
			texts.add(link.getText());
		} else if (control instanceof org.eclipse.ui.forms.widgets.Section section) {
			texts.add(section.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				texts.addAll(texts(child));
			}
		}
		return texts;
	}

	private static String plain(String text) {
		String withoutAccelerator = text.contains("\t") ? text.substring(0, text.indexOf('\t')) : text;
		return withoutAccelerator.replace("&", "");
	}
}
