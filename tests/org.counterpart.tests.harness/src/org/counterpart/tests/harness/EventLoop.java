package org.counterpart.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Running the SWT event loop from a test until something has happened. */
public final class EventLoop {
	/** A safety net against a hanging build, not a speed requirement. */
	private static final long PATIENCE_MILLIS = 120_000;

	private EventLoop() {
	}

	/** Runs the event loop until {@code condition} holds; fails the test, saying {@code what}, if it never does. */
	public static void spinUntil(Display display, BooleanSupplier condition, String what) {
		spinUntil(display, condition, () -> what);
	}

	/** As {@link #spinUntil(Display, BooleanSupplier, String)}, saying {@code what} as it stands when giving up. */
	public static void spinUntil(Display display, BooleanSupplier condition, Supplier<String> what) {
		long end = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("Gave up waiting: " + what.get()); //$NON-NLS-1$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
	}

	/** Runs the events that are pending now. */
	public static void flush(Display display) {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}
}
