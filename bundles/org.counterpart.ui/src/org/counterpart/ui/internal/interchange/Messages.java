package org.counterpart.ui.internal.interchange;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the field-format import and export wizards.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.interchange.messages"; //$NON-NLS-1$

	public static String Import_windowTitle;
	public static String Import_sourceTitle;
	public static String Import_sourceMessage;
	public static String Import_formatGroup;
	public static String Import_csvInstitutions;
	public static String Import_csvContacts;
	public static String Import_vcard;
	public static String Import_gpx;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_noFile;
	public static String Import_fileMissing;
	public static String Import_previewTitle;
	public static String Import_previewMessage;
	public static String Import_previewMessageCsv;
	public static String Import_columnsGroup;
	public static String Import_required;
	public static String Import_noColumn;
	public static String Import_dryRunGroup;
	public static String Import_lineColumn;
	public static String Import_outcomeColumn;
	public static String Import_whatColumn;
	public static String Import_willAdd;
	public static String Import_duplicate;
	public static String Import_cannotTake;
	public static String Import_nothingToAdd;
	public static String Import_hasProblems;
	public static String Import_noWorkspace;
	public static String Import_reading;
	public static String Import_failedTitle;
	public static String Import_failed;
	public static String Export_windowTitle;
	public static String Export_title;
	public static String Export_message;
	public static String Export_formatGroup;
	public static String Export_csv;
	public static String Export_geojson;
	public static String Export_kml;
	public static String Export_vcard;
	public static String Export_country;
	public static String Export_countryHint;
	public static String Export_file;
	public static String Export_browse;
	public static String Export_noFile;
	public static String Export_noFolder;
	public static String Export_preview;
	public static String Export_leftOut;
	public static String Export_overwriteTitle;
	public static String Export_overwrite;
	public static String Export_writing;
	public static String Export_failedTitle;
	public static String Export_failed;
	public static String Export_noWorkspace;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
