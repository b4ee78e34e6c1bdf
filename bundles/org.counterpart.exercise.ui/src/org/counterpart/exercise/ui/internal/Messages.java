package org.counterpart.exercise.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the exercise views. */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.exercise.ui.internal.messages"; //$NON-NLS-1$

	public static String Clock_noRun;
	public static String Clock_caption;
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
	public static String Msel_number;
	public static String Msel_time;
	public static String Msel_delivery;
	public static String Msel_title;
	public static String Msel_content;
	public static String Msel_expectedAction;
	public static String Msel_objective;
	public static String Msel_badNumber;
	public static String Msel_badDelivery;
	public static String Msel_add;
	public static String Msel_remove;
	public static String Msel_import;
	public static String Msel_export;
	public static String Msel_newTitle;
	public static String Msel_notAnMsel;
	public static String Msel_readFailed;
	public static String Msel_importFailed;
	public static String Msel_exportFailed;
	public static String Msel_saveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
