package org.counterpart.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.swt.widgets.Display;

/**
 * UI tests must fail, never skip, when there is no X display: a skipped UI test would let a build
 * stay green without the user interface having been exercised at all.
 */
public final class DisplayRequirement {

	private DisplayRequirement() {
	}

	/** Returns the display, or fails the test with a message that says how to provide one. */
	public static Display requireDisplay() {
		String display = System.getenv("DISPLAY"); //$NON-NLS-1$
		if (display == null || display.isBlank() || display.startsWith("${")) { //$NON-NLS-1$
			fail("UI tests need an X display and DISPLAY is not set: run the build under 'xvfb-run -a'."); //$NON-NLS-1$
		}
		Display current = Display.getCurrent();
		return current != null ? current : Display.getDefault();
	}
}
