package org.counterpart.hq.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the headquarters views. */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.hq.ui.internal.messages"; //$NON-NLS-1$

	public static String Baselines_noStore;
	public static String Baselines_noTrust;
	public static String Baselines_notPrepared;
	public static String Baselines_preview;
	public static String Baselines_export;
	public static String Baselines_refresh;
	public static String Baselines_reading;
	public static String Baselines_readJob;
	public static String Baselines_previewJob;
	public static String Baselines_counted;
	public static String Baselines_failed;
	public static String Baselines_previewHint;
	public static String Baselines_previewing;
	public static String Baselines_previewFailed;
	public static String Baselines_previewCounts;
	public static String Baselines_exportTitle;
	public static String Baselines_exportJob;
	public static String Baselines_exportFailed;
	public static String Baselines_exportSomeFailed;
	public static String Baselines_exported;
	public static String Baselines_exportCancelled;
	public static String Baselines_chooseTitle;
	public static String Baselines_chooseMessage;
	public static String Baselines_columnName;
	public static String Baselines_columnDevice;
	public static String Baselines_columnCountry;
	public static String Baselines_columnLastSent;
	public static String Baselines_columnPackage;
	public static String Baselines_columnOperations;
	public static String Baselines_columnFile;
	public static String Baselines_noCountry;
	public static String Baselines_never;
	public static String Baselines_withheldKind;
	public static String Baselines_withheldObject;
	public static String Baselines_withheldReason;
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
