package org.counterpart.interchange;

import java.util.List;

/**
 * What the rows of an imported CSV file describe, and the fields a {@link ColumnMapping} can fill. A field marked
 * required must be mapped to a column, and every row must give it a value.
 */
public enum CsvKind {

	INSTITUTIONS("institutions", List.of("name"), //$NON-NLS-1$ //$NON-NLS-2$
			List.of("name", "acronym", "kind", "parent", "location", "notes")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	CONTACTS("contacts", List.of("familyName"), //$NON-NLS-1$ //$NON-NLS-2$
			List.of("familyName", "givenName", "rank", "position", "affiliation", "nationality", "languages", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					"channels", "disposition", "notes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String label;
	private final List<String> required;
	private final List<String> fields;

	CsvKind(String label, List<String> required, List<String> fields) {
		this.label = label;
		this.required = required;
		this.fields = fields;
	}

	/** The kind in the plural, as the command line and messages name it. */
	public String label() {
		return label;
	}

	/** Every field a column can be mapped to, in the order forms show them. */
	public List<String> fields() {
		return fields;
	}

	/** The fields that must be mapped and filled in every row. */
	public List<String> required() {
		return required;
	}

	/** The kind named {@code label} (case-insensitive), or null. */
	public static CsvKind byLabel(String label) {
		for (CsvKind kind : values()) {
			if (kind.label.equalsIgnoreCase(label)) {
				return kind;
			}
		}
		return null;
	}
}
