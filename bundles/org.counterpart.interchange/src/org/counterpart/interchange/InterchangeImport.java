package org.counterpart.interchange;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.counterpart.interchange.internal.CsvTableReader;
import org.counterpart.interchange.internal.GpxObservationReader;
import org.counterpart.interchange.internal.NewObjects;
import org.counterpart.interchange.internal.VCardContactReader;
import org.counterpart.model.Theater;

/**
 * Reads a field-format file into an {@link ImportPlan} for a workspace, without changing the workspace: the plan
 * is a dry run's report, and its command the import. A file that cannot be read throws
 * {@link InterchangeException} naming the line.
 */
public final class InterchangeImport {

	private final NewObjects newObjects;

	/**
	 * An import into a real workspace, which refuses files marked exercise.
	 *
	 * @param theater the workspace the objects would go into
	 * @param author  who creates them (and, for observations, their author)
	 * @param now     when they are created and recorded
	 */
	public InterchangeImport(Theater theater, String author, Date now) {
		this(theater, author, now, false);
	}

	/**
	 * @param exerciseWorkspace whether {@code theater} is exercise material (an exercise store's): only then are
	 *                          files marked exercise (cards or rows whose marking is between exercise words) taken;
	 *                          a real workspace refuses them whole with {@link InterchangeException}
	 */
	public InterchangeImport(Theater theater, String author, Date now, boolean exerciseWorkspace) {
		this.newObjects = new NewObjects(Objects.requireNonNull(theater, "theater"), author, now, exerciseWorkspace); //$NON-NLS-1$
	}

	/** Contacts from a vCard 3.0 or 4.0 file. */
	public ImportPlan vcard(byte[] bytes, String source) throws InterchangeException {
		return new VCardContactReader(newObjects).read(bytes, source);
	}

	/** Draft observations from a GPX file's waypoints and tracks. */
	public ImportPlan gpx(byte[] bytes, String source) throws InterchangeException {
		return new GpxObservationReader(newObjects).read(bytes, source);
	}

	/** Institutions or contacts from a CSV file, the columns chosen by {@code mapping}. */
	public ImportPlan csv(CsvKind kind, ColumnMapping mapping, byte[] bytes, String source) throws InterchangeException {
		return new CsvTableReader(newObjects).read(kind, mapping, bytes, source);
	}

	/** {@code format} from {@code bytes}; {@code kind} and {@code mapping} only matter for CSV. */
	public ImportPlan read(ImportFormat format, CsvKind kind, ColumnMapping mapping, byte[] bytes, String source)
			throws InterchangeException {
		return switch (format) {
			case VCARD -> vcard(bytes, source);
			case GPX -> gpx(bytes, source);
			case CSV -> {
				if (kind == null) {
					throw new IllegalArgumentException("A CSV import needs the kind of its rows: institutions or contacts."); //$NON-NLS-1$
				}
				yield csv(kind, mapping == null ? ColumnMapping.byHeader() : mapping, bytes, source);
			}
		};
	}

	/** The column names in a CSV file's header row, for a mapping page. */
	public static List<String> csvHeader(byte[] bytes) throws InterchangeException {
		return CsvTableReader.header(bytes);
	}
}
