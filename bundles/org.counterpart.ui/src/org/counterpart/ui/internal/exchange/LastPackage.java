package org.counterpart.ui.internal.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The last package the export wizard wrote: its number, when and where, remembered in the workbench's instance
 * preferences so that the next export shows it.
 */
record LastPackage(long number, Instant written, String file) {

	private static final String NODE = "org.counterpart.ui"; //$NON-NLS-1$
	private static final String NUMBER = "exchange.lastPackage.number"; //$NON-NLS-1$
	private static final String WRITTEN = "exchange.lastPackage.written"; //$NON-NLS-1$
	private static final String FILE = "exchange.lastPackage.file"; //$NON-NLS-1$

	/** The remembered package, or null if none was written. */
	static LastPackage remembered() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		long number = preferences.getLong(NUMBER, 0);
		String written = preferences.get(WRITTEN, null);
		if (number == 0 || written == null) {
			return null;
		}
		return new LastPackage(number, Instant.parse(written), preferences.get(FILE, "")); //$NON-NLS-1$
	}

	/** Remembers this package as the last one. */
	void remember() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		preferences.putLong(NUMBER, number);
		preferences.put(WRITTEN, written.toString());
		preferences.put(FILE, file);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept for this session at least
		}
	}

	/** The time written, in the user's zone and locale. */
	String writtenText() {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault()).format(written);
	}
}
