package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.counterpart.tests.harness.EventLoop;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * Waiting for the workbench and finding widgets, for the tests of this bundle.
 */
final class Workbench {

	/** Runs the event loop until {@code condition} holds; fails the test if it never does. */
	static void spinUntil(Display display, BooleanSupplier condition, String what) {
		EventLoop.spinUntil(display, condition, what);
	}

	/** As {@link #spinUntil(Display, BooleanSupplier, String)}, saying {@code what} as it stands when giving up. */
	static void spinUntil(Display display, BooleanSupplier condition, Supplier<String> what) {
		EventLoop.spinUntil(display, condition, what);
	}

	/** The titles and texts of the shells open now: what a test that gives up waiting saw. */
	static String openShells(Display display) {
		StringBuilder seen = new StringBuilder();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible()) {
				// a dialog's texts; the workbench window's title only
				String texts = shell.getParent() == null ? "" : ": " + labels(shell).strip().replace('\n', '|');
				seen.append(" [").append(shell.getText()).append(texts).append(']');
			}
		}
		return seen.toString();
	}

	/** Runs pending events. */
	static void flush(Display display) {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Presses and releases a key through the window system, as the keyboard does, and lets the events arrive. */
	static void press(Display display, int keyCode, char character) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			display.post(event);
		}
		flush(display);
	}

	static void pressEnter(Display display) {
		press(display, SWT.CR, '\r');
	}

	static void pressEscape(Display display) {
		press(display, SWT.ESC, (char) 0x1B);
	}

	/** Presses {@code key} with Ctrl held, e.g. Ctrl+Z. */
	static void pressWithCtrl(Display display, char key) {
		post(display, SWT.KeyDown, SWT.CTRL, '\0');
		post(display, SWT.KeyDown, key, key);
		post(display, SWT.KeyUp, key, key);
		post(display, SWT.KeyUp, SWT.CTRL, '\0');
		flush(display);
	}

	/** Types {@code text} (lower-case letters, digits and spaces) key by key. */
	static void type(Display display, String text) {
		for (char c : text.toCharArray()) {
			press(display, c, c);
		}
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	/**
	 * The item reached by following {@code path} of menu item texts (without mnemonics and accelerators) from the
	 * menu bar of {@code shell}; each menu on the way is shown, as a click would, so that its items are up to date.
	 */
	static MenuItem menuItem(Shell shell, String... path) {
		Menu menu = shell.getMenuBar();
		MenuItem found = null;
		for (String text : path) {
			if (menu == null) {
				fail("No menu to find " + text + " in");
			}
			menu.notifyListeners(SWT.Show, new Event());
			found = null;
			for (MenuItem item : menu.getItems()) {
				if (text.equals(plain(item.getText()))) {
					found = item;
					break;
				}
			}
			if (found == null) {
				List<String> texts = new ArrayList<>();
				for (MenuItem item : menu.getItems()) {
					texts.add(plain(item.getText()));
				}
				fail("No menu item " + text + " among " + texts);
			}
			menu.notifyListeners(SWT.Hide, new Event());
			menu = found.getMenu();
		}
		return found;
	}

	/** A menu item's text as the user reads it: no mnemonic, no accelerator. */
	static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}

	/** Chooses a menu item, as a click does. */
	static void choose(MenuItem item) {
		item.getParent().notifyListeners(SWT.Show, new Event());
		item.notifyListeners(SWT.Selection, new Event());
		item.getParent().notifyListeners(SWT.Hide, new Event());
		flush(item.getDisplay());
	}

	/** The visible dialog shell titled {@code title} other than {@code besides}, or null. */
	static Shell dialog(Display display, Shell besides, String title) {
		for (Shell shell : display.getShells()) {
			if (shell != besides && !shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** Presses the button labelled {@code text} (without mnemonic) below {@code root}. */
	static void pressButton(Control root, String text) {
		for (Button button : find(root, Button.class)) {
			if (text.equals(button.getText().replace("&", ""))) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		fail("No button " + text);
	}

	/** The texts of the labels below {@code root}, joined by new lines. */
	static String labels(Control root) {
		StringBuilder text = new StringBuilder();
		for (Label label : find(root, Label.class)) {
			text.append(label.getText()).append('\n');
		}
		return text.toString();
	}

	/** All controls of type {@code type} below {@code root}, depth first. */
	static <T extends Control> List<T> find(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}
}
