package org.counterpart.interchange;

/** The field formats Counterpart writes, and what each one carries. */
public enum ExportFormat {

	/** Observations as CSV (RFC 4180, UTF-8): one column per field, the grading as two columns. */
	CSV("csv", "observations"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Located observations as a GeoJSON FeatureCollection (RFC 7946). */
	GEOJSON("geojson", "observations"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Located observations as KML 2.2 Placemarks with time stamps. */
	KML("kml", "observations"), //$NON-NLS-1$ //$NON-NLS-2$
	/** Contacts as vCard 4.0 (RFC 6350). */
	VCARD("vcf", "contacts"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String extension;
	private final String kind;

	ExportFormat(String extension, String kind) {
		this.extension = extension;
		this.kind = kind;
	}

	/** The usual file name extension, without the dot. */
	public String extension() {
		return extension;
	}

	/** What the format carries, in the plural: {@code observations} or {@code contacts}. */
	public String kind() {
		return kind;
	}

	/** Whether the format holds only observations that have a location. */
	public boolean needsLocation() {
		return this == GEOJSON || this == KML;
	}
}
