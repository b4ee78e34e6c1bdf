package org.counterpart.ui.internal.interchange;

import org.counterpart.interchange.CsvKind;
import org.counterpart.interchange.ImportFormat;

/** What the import wizard can read: a format and, for CSV, what its rows are. */
enum ImportChoice {

	CSV_INSTITUTIONS(ImportFormat.CSV, CsvKind.INSTITUTIONS, Messages.Import_csvInstitutions),
	CSV_CONTACTS(ImportFormat.CSV, CsvKind.CONTACTS, Messages.Import_csvContacts),
	VCARD(ImportFormat.VCARD, null, Messages.Import_vcard),
	GPX(ImportFormat.GPX, null, Messages.Import_gpx);

	final ImportFormat format;
	final CsvKind kind;
	final String label;

	ImportChoice(ImportFormat format, CsvKind kind, String label) {
		this.format = format;
		this.kind = kind;
		this.label = label;
	}

	boolean isCsv() {
		return format == ImportFormat.CSV;
	}
}
