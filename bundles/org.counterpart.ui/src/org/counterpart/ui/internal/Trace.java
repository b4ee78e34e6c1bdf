package org.counterpart.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.osgi.service.debug.DebugOptions;

/**
 * Eclipse tracing of this bundle: with {@code -debug <options file>} and {@value #WORKSPACE} set to true there, the
 * workbench says in its trace (the console unless a trace file is set) when the explorer shows a workspace. Scripts and
 * tests read it to know that a workbench has unlocked and shows the Theater, in any workbench application.
 */
final class Trace {

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$
	private static final String WORKSPACE_OPTION = "/debug/workspace"; //$NON-NLS-1$
	/** The option, as it is written in an options file. */
	static final String WORKSPACE = BUNDLE + WORKSPACE_OPTION;

	/** Traces {@code message} under {@value #WORKSPACE}, if that option is on. */
	static void workspace(String message) {
		if (!Platform.inDebugMode() || !Boolean.parseBoolean(Platform.getDebugOption(WORKSPACE))) {
			return;
		}
		ServiceCaller.callOnce(Trace.class, DebugOptions.class,
				options -> options.newDebugTrace(BUNDLE, Trace.class).trace(WORKSPACE_OPTION, message));
	}

	private Trace() {
	}
}
