package org.counterpart.ui.internal.exchange;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the package export and import wizards and the import summary.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.exchange.messages"; //$NON-NLS-1$

	public static String Identity_noKey;
	public static String Identity_notReady;
	public static String Recipients_title;
	public static String Recipients_message;
	public static String Recipients_subject;
	public static String Recipients_country;
	public static String Recipients_expires;
	public static String Recipients_state;
	public static String Recipients_headquarters;
	public static String Recipients_trusted;
	public static String Recipients_untrusted;
	public static String Recipients_add;
	public static String Recipients_addDialog;
	public static String Recipients_addFailed;
	public static String Recipients_none;
	public static String Recipients_lastPackage;
	public static String Recipients_noLastPackage;
	public static String Preview_title;
	public static String Preview_message;
	public static String Preview_operations;
	public static String Preview_marking;
	public static String Preview_attachments;
	public static String Preview_attachmentsLine;
	public static String Preview_number;
	public static String Preview_kind;
	public static String Preview_count;
	public static String Preview_refused;
	public static String Preview_folder;
	public static String Preview_browse;
	public static String Preview_folderDialog;
	public static String Preview_file;
	public static String Preview_noFolder;
	public static String Preview_exists;
	public static String Preview_computing;
	public static String Preview_failed;
	public static String Export_shellTitle;
	public static String Export_windowTitle;
	public static String Export_saveQuestion;
	public static String Export_saveButton;
	public static String Export_writing;
	public static String Export_written;
	public static String Export_failed;
	public static String Export_doneTitle;
	public static String Export_done;
	public static String Export_cancelled;
	public static String Import_shellTitle;
	public static String Import_title;
	public static String Import_message;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_fileDialog;
	public static String Import_noFile;
	public static String Import_notAFile;
	public static String Import_saveTitle;
	public static String Import_saveQuestion;
	public static String Import_saveButton;
	public static String Import_saveFailed;
	public static String Import_job;
	public static String Import_reading;
	public static String Import_applying;
	public static String Import_refusedTitle;
	public static String Import_internalError;
	public static String Import_refused;
	public static String Import_crlFailed;
	public static String Import_certificatesFailed;
	public static String Summary_shellTitle;
	public static String Summary_title;
	public static String Summary_applied;
	public static String Summary_replay;
	public static String Summary_gap;
	public static String Summary_warning;
	public static String Summary_crlInstalled;
	public static String Summary_certificatesLearned;
	public static String Summary_totals;
	public static String Summary_byKind;
	public static String Summary_byAuthor;
	public static String Summary_objects;
	public static String Summary_conflicts;
	public static String Summary_kind;
	public static String Summary_author;
	public static String Summary_added;
	public static String Summary_changed;
	public static String Summary_deleted;
	public static String Summary_change;
	public static String Summary_object;
	public static String Summary_feature;
	public static String Summary_conflictKind;
	public static String Summary_open;
	public static String Summary_gone;
	public static String Command_export;
	public static String Command_import;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
