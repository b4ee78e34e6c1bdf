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
	public static String Session_noTheater;
	public static String Session_saveJob;
	public static String Session_saveFailed;

	public static String Storage_reading;
	public static String Storage_writing;
	public static String Storage_unlocking;
	public static String Storage_creating;
	public static String Storage_locked;

	public static String Passphrase_createShellTitle;
	public static String Passphrase_unlockShellTitle;
	public static String Passphrase_createTitle;
	public static String Passphrase_unlockTitle;
	public static String Passphrase_createMessage;
	public static String Passphrase_unlockMessage;
	public static String Passphrase_label;
	public static String Passphrase_confirmLabel;
	public static String Passphrase_strengthHint;
	public static String Passphrase_createButton;
	public static String Passphrase_unlockButton;
	public static String Passphrase_quitButton;
	public static String Passphrase_empty;
	public static String Passphrase_tooShort;
	public static String Passphrase_mismatch;
	public static String Passphrase_failed;
	public static String Passphrase_failedLog;

	public static String Guard_environmentRefused;
	public static String Guard_lockFailed;
	public static String Guard_saveFailedTitle;
	public static String Guard_saveFailedQuit;
	public static String Guard_clockTitle;
	public static String Guard_clockAhead;
	public static String Guard_clockBehind;

	public static String SecurityPreferences_description;
	public static String SecurityPreferences_lockAfter;
	public static String SecurityPreferences_invalid;

	public static String Explorer_loading;
	public static String Explorer_cancelled;
	public static String Explorer_locked;
	public static String Explorer_loadFailedTitle;
	public static String Explorer_categoryLabel;
	public static String Explorer_institutions;
	public static String Explorer_contacts;
	public static String Explorer_relationships;
	public static String Explorer_engagements;
	public static String Explorer_observations;
	public static String Explorer_objectives;

	public static String Properties_invalid;
	public static String Properties_none;
	public static String Explorer_linkWithEditor;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
