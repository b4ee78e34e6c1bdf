package org.counterpart.interchange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a CSV file fills which field of the objects it describes ({@link CsvKind#fields()}). A field
 * not mapped explicitly takes the column of the same name (case-insensitive) when the file has one; a field mapped
 * to nothing ({@code field=}) is left empty even then.
 */
public final class ColumnMapping {

	private final Map<String, String> columns;

	private ColumnMapping(Map<String, String> columns) {
		this.columns = Collections.unmodifiableMap(columns);
	}

	/** The mapping that takes each field from the column of the same name. */
	public static ColumnMapping byHeader() {
		return new ColumnMapping(new LinkedHashMap<>());
	}

	/** The mapping of {@code columns} (field to column header; an empty header leaves the field empty). */
	public static ColumnMapping of(Map<String, String> columns) {
		return new ColumnMapping(new LinkedHashMap<>(columns));
	}

	/**
	 * Reads {@code field=Column,field=Column}, as the command line takes it; a comma or an equals sign inside a
	 * column name is not supported there (use {@link #of(Map)}).
	 *
	 * @throws IllegalArgumentException if {@code spec} names a field {@code kind} does not have, or is malformed
	 */
	public static ColumnMapping parse(String spec, CsvKind kind) {
		Map<String, String> columns = new LinkedHashMap<>();
		if (spec != null && !spec.isBlank()) {
			for (String pair : spec.split(",")) { //$NON-NLS-1$
				int equals = pair.indexOf('=');
				if (equals <= 0) {
					throw new IllegalArgumentException("A column mapping is field=Column, not '" + pair.trim() + "'."); //$NON-NLS-1$ //$NON-NLS-2$
				}
				columns.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
			}
		}
		ColumnMapping mapping = of(columns);
		mapping.checkFields(kind);
		return mapping;
	}

	/** The explicit choices: field to column header (empty: left empty). */
	public Map<String, String> columns() {
		return columns;
	}

	/**
	 * The column index of each field of {@code kind} that is filled from {@code header}.
	 *
	 * @throws InterchangeException (line 1) if a mapped column is missing, or a required field has no column
	 */
	public Map<String, Integer> resolve(CsvKind kind, List<String> header) throws InterchangeException {
		checkFields(kind);
		Map<String, Integer> indexes = new LinkedHashMap<>();
		for (String field : kind.fields()) {
			String column = columns.containsKey(field) ? columns.get(field) : null;
			int index;
			if (column == null) {
				index = indexOf(header, field);
			} else if (column.isEmpty()) {
				index = -1;
			} else {
				index = indexOf(header, column);
				if (index < 0) {
					throw new InterchangeException(1, "the file has no column '" + column + "' for the field " + field //$NON-NLS-1$ //$NON-NLS-2$
							+ "; its columns are " + String.join(", ", header) + ".", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			if (index >= 0) {
				indexes.put(field, index);
			} else if (kind.required().contains(field)) {
				throw new InterchangeException(1, "no column gives the " + field + " of the " + kind.label() //$NON-NLS-1$ //$NON-NLS-2$
						+ "; the file's columns are " + String.join(", ", header) //$NON-NLS-1$ //$NON-NLS-2$
						+ ". Map a column to " + field + ".", null); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return indexes;
	}

	private void checkFields(CsvKind kind) {
		for (String field : columns.keySet()) {
			if (!kind.fields().contains(field)) {
				throw new IllegalArgumentException("The " + kind.label() + " have no field '" + field + "'; they have " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ String.join(", ", kind.fields()) + "."); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static int indexOf(List<String> header, String name) {
		String wanted = name.trim().toLowerCase(Locale.ROOT);
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String toString() {
		return columns.toString();
	}
}
