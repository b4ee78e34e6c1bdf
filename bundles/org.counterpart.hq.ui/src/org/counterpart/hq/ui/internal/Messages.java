package org.counterpart.hq.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the headquarters views. */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.hq.ui.internal.messages"; //$NON-NLS-1$

	public static String Registry_noStore;
	public static String Registry_refresh;
	public static String Registry_reading;
	public static String Registry_job;
	public static String Registry_failed;
	public static String Registry_counted;
	public static String Registry_columnName;
	public static String Registry_columnDevice;
	public static String Registry_columnLastPackage;
	public static String Registry_columnImported;
	public static String Registry_columnOperations;
	public static String Registry_columnGaps;
	public static String Registry_columnConflicts;
	public static String Registry_columnExpiry;
	public static String Inbox_title;
	public static String Inbox_noStore;
	public static String Inbox_noTrust;
	public static String Inbox_notPrepared;
	public static String Inbox_folder;
	public static String Inbox_noFolder;
	public static String Inbox_choose;
	public static String Inbox_chooseTitle;
	public static String Inbox_chooseMessage;
	public static String Inbox_chooseFirst;
	public static String Inbox_filter;
	public static String Inbox_filterHint;
	public static String Inbox_import;
	public static String Inbox_showSummary;
	public static String Inbox_pollJob;
	public static String Inbox_scanFailed;
	public static String Inbox_counted;
	public static String Inbox_importJob;
	public static String Inbox_importTitle;
	public static String Inbox_importFailed;
	public static String Inbox_imported;
	public static String Inbox_columnFile;
	public static String Inbox_columnSender;
	public static String Inbox_columnDevice;
	public static String Inbox_columnNumber;
	public static String Inbox_columnSize;
	public static String Inbox_columnArrival;
	public static String Inbox_columnStatus;
	public static String Inbox_statusNew;
	public static String Inbox_statusImported;
	public static String Inbox_statusReplay;
	public static String Inbox_statusRefused;
	public static String Inbox_statusGap;
	public static String Summary_title;
	public static String Summary_none;
	public static String Summary_shellTitle;
	public static String Summary_heading;
	public static String Summary_totals;
	public static String Summary_byKind;
	public static String Summary_byAuthor;
	public static String Summary_conflicts;
	public static String Summary_objects;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
