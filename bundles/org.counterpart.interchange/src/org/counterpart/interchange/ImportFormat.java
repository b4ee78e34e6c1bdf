package org.counterpart.interchange;

/** The field formats Counterpart reads. */
public enum ImportFormat {

	/** Institutions or contacts from CSV (RFC 4180, UTF-8) through a {@link ColumnMapping}. */
	CSV("csv"), //$NON-NLS-1$
	/** Contacts from vCard 3.0 or 4.0. */
	VCARD("vcf"), //$NON-NLS-1$
	/** Waypoints and tracks of a GPS unit (GPX 1.1 or 1.0) as draft observations. */
	GPX("gpx"); //$NON-NLS-1$

	private final String extension;

	ImportFormat(String extension) {
		this.extension = extension;
	}

	/** The usual file name extension, without the dot. */
	public String extension() {
		return extension;
	}
}
