package org.counterpart.exercise.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the exercise views. */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.exercise.ui.internal.messages"; //$NON-NLS-1$

	public static String Clock_noRun;
	public static String Clock_time;
	public static String Clock_running;
	public static String Clock_paused;
	public static String Clock_next;
	public static String Clock_nothingNext;
	public static String Clock_pause;
	public static String Clock_resume;
	public static String Clock_releaseNext;
	public static String Clock_failed;
	public static String Injects_time;
	public static String Injects_number;
	public static String Injects_title;
	public static String Injects_arrived;
	public static String Run_openFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
