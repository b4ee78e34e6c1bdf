package org.counterpart.ui.internal.capture;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of observation capture.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.capture.messages"; //$NON-NLS-1$

	public static String Capture_shellTitle;
	public static String Capture_title;
	public static String Capture_message;
	public static String Capture_noWorkspace;
	public static String Capture_notOpenTitle;
	public static String Capture_commandLabel;
	public static String Capture_commandDescription;
	public static String Capture_observedAt;
	public static String Capture_text;
	public static String Capture_source;
	public static String Capture_sourceHint;
	public static String Capture_reliability;
	public static String Capture_credibility;
	public static String Capture_reliabilityA;
	public static String Capture_reliabilityB;
	public static String Capture_reliabilityC;
	public static String Capture_reliabilityD;
	public static String Capture_reliabilityE;
	public static String Capture_reliabilityF;
	public static String Capture_credibility1;
	public static String Capture_credibility2;
	public static String Capture_credibility3;
	public static String Capture_credibility4;
	public static String Capture_credibility5;
	public static String Capture_credibility6;
	public static String Capture_about;
	public static String Capture_aboutHint;
	public static String Capture_matches;
	public static String Capture_chosen;
	public static String Capture_removeHint;
	public static String Capture_topics;
	public static String Capture_topicsHint;
	public static String Capture_latitude;
	public static String Capture_longitude;
	public static String Capture_latitudeHint;
	public static String Capture_longitudeHint;
	public static String Capture_latitudeName;
	public static String Capture_longitudeName;
	public static String Capture_place;
	public static String Capture_marking;
	public static String Capture_attachments;
	public static String Capture_addFile;
	public static String Capture_removeFile;
	public static String Capture_dropHint;
	public static String Capture_chooseFiles;
	public static String Capture_attachmentLine;
	public static String Capture_saveDraft;
	public static String Capture_saveFinal;
	public static String Capture_kindContact;
	public static String Capture_kindInstitution;
	public static String Capture_kindEngagement;
	public static String Capture_kindObjective;
	public static String Capture_notANumber;
	public static String Capture_latitudeRange;
	public static String Capture_longitudeRange;
	public static String Capture_unknownSource;
	public static String Capture_markingUnreadable;
	public static String Capture_moreProblems;
	public static String Capture_attachmentUnreadable;
	public static String Capture_attachmentNotStored;
	public static String Capture_cannotFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
