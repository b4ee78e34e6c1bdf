package org.counterpart.hq.internal;

import java.text.MessageFormat;

/** Texts of headquarters' logic that people read, in one place for review and translation. */
public final class Messages {

	public static final String IMPORTING = "Importing {0} packages";
	public static final String IMPORTING_ONE = "{0} (package {1} of {2})";
	public static final String SCANNING = "Reading the inbox";
	public static final String NOT_A_FOLDER = "The inbox {0} is not a folder that can be read ({1}). Choose the folder that receives the packages.";
	public static final String GONE = "The file is no longer in the inbox.";
	public static final String UNREADABLE = "The file could not be read: {0}";
	public static final String COUNTRY_NEEDED = "''{0}'' is not a country code. Enter the three capital letters of the country the device works for (ISO 3166-1 alpha-3, such as XVM); its baselines carry what is releasable to that country. Nothing was issued.";
	public static final String CHAIN_EXISTS = "{0} exists already. Choose another file for the certificate chain; nothing was issued.";
	public static final String REQUEST_MISSING = "{0} is not a file that can be read. Choose the certificate request (.csr) the device wrote; nothing was issued.";
	public static final String REQUEST_TOO_LARGE = "{0} is too large to be a certificate request. Choose the .csr file the device wrote; nothing was issued.";
	public static final String NOTHING_TO_REVOKE = "The authority issued no certificate to {0} that is not revoked already. Nothing was revoked.";
	public static final String EXPORTING = "Writing {0} baselines";
	public static final String EXPORTING_ONE = "{0} (baseline {1} of {2})";
	public static final String WITHHELD_MARKING = "Marked {0}: not releasable to {1}";
	public static final String WITHHELD_INSIDE = "Inside {0}, which is withheld";
	public static final String NO_COUNTRY = "The certificate of {0} names no country (C=), so what is releasable to the device cannot be judged. Enrol the device again with its country. No baseline was written for it.";

	private Messages() {
	}

	public static String format(String pattern, Object... args) {
		return MessageFormat.format(pattern, args);
	}
}
