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
	public static String Session_unsavedBeforeImport;
	public static String Session_saveJob;
	public static String Session_saveFailed;

	public static String Storage_reading;
	public static String Storage_writing;
	public static String Storage_unlocking;
	public static String Storage_creating;
	public static String Storage_locked;
	public static String Storage_noAttachments;

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
	public static String Passphrase_sharedShellTitle;
	public static String Passphrase_sharedTitle;
	public static String Passphrase_sharedMessage;
	public static String Passphrase_passwordLabel;
	public static String Passphrase_connectButton;
	public static String Passphrase_empty;
	public static String Passphrase_tooShort;
	public static String Passphrase_mismatch;
	public static String Passphrase_failed;
	public static String Passphrase_failedLog;

	public static String Guard_storeTitle;
	public static String Guard_storeRefused;
	public static String Guard_environmentRefused;
	public static String Guard_saveFailedTitle;
	public static String Guard_saveFailedQuit;
	public static String Guard_clockTitle;
	public static String Guard_clockJob;
	public static String Guard_clockAhead;
	public static String Guard_clockBehind;

	public static String Lock_shellTitle;
	public static String Lock_heading;
	public static String Lock_message;
	public static String Keeper_job;
	public static String Keeper_failed;
	public static String Recovery_title;
	public static String Recovery_message;
	public static String Recovery_restore;
	public static String Recovery_discard;
	public static String Recovery_command;
	public static String Recovery_failed;
	public static String Recovery_readFailed;

	public static String SecurityPreferences_description;
	public static String SecurityPreferences_lockAfter;
	public static String SecurityPreferences_invalid;

	public static String Explorer_loading;
	public static String Explorer_cancelled;
	public static String Explorer_locked;
	public static String Explorer_loadFailedTitle;
	public static String Explorer_categoryLabel;
	public static String Explorer_categoryFilteredLabel;
	public static String Explorer_institutions;
	public static String Explorer_contacts;
	public static String Explorer_relationships;
	public static String Explorer_engagements;
	public static String Explorer_observations;
	public static String Explorer_objectives;

	public static String Problems_job;
	public static String Problems_severity;
	public static String Problems_message;
	public static String Problems_object;
	public static String Problems_type;
	public static String Problems_error;
	public static String Problems_warning;
	public static String Problems_summary;
	public static String Problems_validating;
	public static String Problems_locked;
	public static String Problems_quickFix;
	public static String Problems_noQuickFix;
	public static String Problems_show;
	public static String QuickFix_grade;
	public static String QuickFix_cannotBeJudged;
	public static String QuickFix_cannotBeJudgedTitle;
	public static String QuickFix_cannotBeJudgedConfirm;
	public static String QuickFix_gradeCommand;
	public static String QuickFix_tightenMarking;
	public static String QuickFix_backToDraft;
	public static String Grade_shellTitle;
	public static String Grade_title;
	public static String Grade_message;
	public static String Grade_reliability;
	public static String Grade_credibility;
	public static String Grade_reliabilities;
	public static String Grade_credibilities;
	public static String Type_observation;
	public static String Type_institution;

	public static String Search_indexJob;
	public static String Search_hint;
	public static String Search_object;
	public static String Search_match;
	public static String Search_type;
	public static String Search_indexing;
	public static String Search_locked;
	public static String Search_ready;
	public static String Search_results;
	public static String Search_someResults;
	// editing in the explorer, undo and redo, revert, closing
	public static String Explorer_newMenu;
	public static String Explorer_newCommand;
	public static String Explorer_institution;
	public static String Explorer_contact;
	public static String Explorer_relationship;
	public static String Explorer_engagement;
	public static String Explorer_observation;
	public static String Explorer_objective;
	public static String Explorer_newInstitutionName;
	public static String Explorer_newContactName;
	public static String Explorer_newEngagementTitle;
	public static String Explorer_newObjectiveTitle;
	public static String Explorer_deleteAction;
	public static String Explorer_renameAction;
	public static String Explorer_copyAction;
	public static String Explorer_deleteTitle;
	public static String Explorer_deleteButton;
	public static String Explorer_deleteCommand;
	public static String Explorer_deleteOne;
	public static String Explorer_deleteMany;
	public static String Explorer_deleteAlso;
	public static String Explorer_deleteCleared;
	public static String Explorer_deleteClearedLine;
	public static String Explorer_deleteMore;
	public static String Explorer_deleteUndoHint;
	public static String Explorer_renameCommand;
	public static String Explorer_affiliationCommand;
	public static String Explorer_parentCommand;
	public static String Explorer_filtersMenu;
	public static String Explorer_filterMyDrafts;
	public static String Explorer_filterUngraded;
	public static String Explorer_filterMarking;
	public static String Explorer_filterAnyMarking;
	public static String Explorer_filterDateRange;
	public static String Explorer_filterClear;
	public static String Explorer_sortMenu;
	public static String Explorer_sortNone;
	public static String Explorer_sortByName;
	public static String Explorer_sortByDate;
	public static String Explorer_dateRangeTitle;
	public static String Explorer_dateFrom;
	public static String Explorer_dateTo;
	public static String Explorer_dateApply;
	public static String Edit_undo;
	public static String Edit_redo;
	public static String Edit_undoCommand;
	public static String Edit_redoCommand;
	public static String Revert_title;
	public static String Revert_question;
	public static String Revert_button;
	public static String Revert_failed;
	public static String Guard_closeTitle;
	public static String Guard_closeQuestion;
	public static String Guard_closeSave;
	public static String Guard_closeDiscard;
	public static String Properties_invalid;
	public static String Properties_none;
	public static String Explorer_linkWithEditor;

	public static String Shared_title;
	public static String Shared_question;
	public static String Shared_saveAndTakeIn;
	public static String Shared_later;
	public static String Shared_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
