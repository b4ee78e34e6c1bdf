package org.counterpart.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the field workbench.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.messages"; //$NON-NLS-1$

	public static String Session_loadJob;
	public static String Session_opening;
	public static String Session_generating;
	public static String Session_loadFailed;
	public static String Session_noInstanceLocation;
	public static String Session_nothingToSave;

	public static String Storage_reading;
	public static String Storage_writing;

	public static String Explorer_loading;
	public static String Explorer_cancelled;
	public static String Explorer_loadFailedTitle;
	public static String Explorer_categoryLabel;
	public static String Explorer_institutions;
	public static String Explorer_contacts;
	public static String Explorer_relationships;
	public static String Explorer_engagements;
	public static String Explorer_observations;
	public static String Explorer_objectives;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
