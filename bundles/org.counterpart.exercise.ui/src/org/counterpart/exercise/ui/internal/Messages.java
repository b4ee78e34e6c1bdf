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
	public static String Clock_followOrders;
	public static String Clock_following;
	public static String Clock_lastOrder;
	public static String Clock_orderPause;
	public static String Clock_orderResume;
	public static String Clock_orderRelease;
	public static String Clock_orderRefused;
	public static String Follow_shellTitle;
	public static String Follow_title;
	public static String Follow_message;
	public static String Follow_passphrase;
	public static String Follow_ok;
	public static String Follow_noFolder;
	public static String Follow_unlockFailed;
	public static String Injects_time;
	public static String Injects_number;
	public static String Injects_title;
	public static String Injects_arrived;
	public static String Injects_materialCommand;
	public static String Run_openFailed;
	public static String Msel_number;
	public static String Msel_time;
	public static String Msel_delivery;
	public static String Msel_title;
	public static String Msel_content;
	public static String Table_wrongFile;
	public static String Table_readFailed;
	public static String Key_item;
	public static String Key_add;
	public static String Key_inject;
	public static String Key_objective;
	public static String Key_text;
	public static String Key_target;
	public static String Key_relationship;
	public static String Key_grading;
	public static String Key_within;
	public static String Key_badItem;
	public static String Key_badGrading;
	public static String Key_badWithin;
	public static String Key_newText;
	public static String Msel_attachments;
	public static String Msel_newContacts;
	public static String Msel_expectedAction;
	public static String Msel_objective;
	public static String Msel_badNumber;
	public static String Msel_badDelivery;
	public static String Msel_add;
	public static String Msel_remove;
	public static String Msel_import;
	public static String Msel_export;
	public static String Msel_newTitle;
	public static String Msel_importFailed;
	public static String Msel_exportFailed;
	public static String Msel_saveFailed;
	public static String Msel_exportPackage;
	public static String Trainer_kit;
	public static String Trainer_identity;
	public static String Trainer_identityHint;
	public static String Trainer_passphrase;
	public static String Trainer_browse;
	public static String Trainer_noKit;
	public static String Trainer_unlockFailed;
	public static String Order_shellTitle;
	public static String Order_title;
	public static String Order_message;
	public static String Order_kind;
	public static String Order_pause;
	public static String Order_resume;
	public static String Order_release;
	public static String Order_untilHint;
	public static String Order_folder;
	public static String Order_send;
	public static String Order_noFolder;
	public static String Order_writeFailed;
	public static String Order_written;
	public static String Clock_orderClass;
	public static String Export_shellTitle;
	public static String Export_title;
	public static String Export_message;
	public static String Export_target;
	public static String Export_base;
	public static String Export_baseHint;
	public static String Export_ok;
	public static String Export_noTarget;
	public static String Export_baseNoKey;
	public static String Export_baseUnreadable;
	public static String Export_writeFailed;
	public static String Export_written;
	public static String Enrol_shellTitle;
	public static String Enrol_title;
	public static String Enrol_message;
	public static String Enrol_authorityPassphrase;
	public static String Enrol_identityPassphrase;
	public static String Enrol_list;
	public static String Enrol_listHint;
	public static String Enrol_importCsv;
	public static String Enrol_readFailed;
	public static String Enrol_ok;
	public static String Enrol_cancelled;
	public static String Enrol_noIdentityPassphrase;
	public static String Enrol_job;
	public static String Enrol_issued;
	public static String Enrol_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
