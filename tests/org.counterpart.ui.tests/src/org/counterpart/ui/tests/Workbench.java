package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Waiting for the workbench and finding widgets, for the tests of this bundle.
 */
final class Workbench {

	/** A safety net against a hanging build, not a speed requirement. */
	private static final long PATIENCE_MILLIS = 120_000;

	private Workbench() {
	}

	/** Runs the event loop until {@code condition} holds; fails the test if it never does. */
	static void spinUntil(Display display, BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Gave up waiting: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
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
