package org.counterpart.interchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.counterpart.interchange.internal.GeoJsonWriter;
import org.counterpart.interchange.internal.KmlWriter;
import org.counterpart.interchange.internal.ObservationCsvWriter;
import org.counterpart.interchange.internal.RecipientSelection;
import org.counterpart.interchange.internal.VCardContactWriter;
import org.counterpart.model.Contact;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.marking.Releasability;

/**
 * Writes a workspace's observations or contacts in a field format for one recipient country. Objects the country
 * may not see ({@link org.counterpart.sync.ReleasabilityFilter}'s rule) are left out and reported; every file
 * carries the marking (per row, feature, placemark or card, and for the whole file where the format has a place
 * for it).
 */
public final class InterchangeExport {

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}"); //$NON-NLS-1$

	private InterchangeExport() {
	}

	/** Writes {@code format} of a real workspace to {@code out} (which stays open); see the exercise variant. */
	public static ExportReport write(Theater theater, ExportFormat format, String country, OutputStream out) throws IOException {
		return write(theater, format, country, false, out);
	}

	/**
	 * Writes {@code format} to {@code out} (which stays open).
	 *
	 * @param country  the recipient's ISO 3166-1 alpha-3 code; null for the owner, who may see everything
	 * @param exercise whether the workspace is exercise material: every marking the file carries (its own, each
	 *                 row's, feature's, placemark's or card's) is then the banner between exercise words
	 * @throws IllegalArgumentException if {@code country} is not three capital letters
	 */
	public static ExportReport write(Theater theater, ExportFormat format, String country, boolean exercise,
			OutputStream out) throws IOException {
		Objects.requireNonNull(theater, "theater"); //$NON-NLS-1$
		String recipient = checkedCountry(country);
		// the writers close what they write to (the libraries' writers do); the caller's stream stays open
		OutputStream unclosable = new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
		if (format == ExportFormat.VCARD) {
			RecipientSelection<Contact> selection = new RecipientSelection<>(new ArrayList<>(theater.getContacts()), recipient);
			String marking = fileMarking(theater, selection.releasable(), exercise);
			VCardContactWriter.write(selection.releasable(), exercise, unclosable);
			return new ExportReport(format, recipient, selection.releasable().size(), marking, selection.refused(), List.of());
		}
		RecipientSelection<FieldObservation> selection = new RecipientSelection<>(new ArrayList<>(theater.getObservations()),
				recipient);
		List<FieldObservation> written = new ArrayList<>();
		List<Refusal> unlocated = new ArrayList<>();
		for (FieldObservation observation : selection.releasable()) {
			if (format.needsLocation() && (observation.getLatitude() == null || observation.getLongitude() == null)) {
				unlocated.add(new Refusal(observation.getId(), RecipientSelection.label(observation), "it has no location")); //$NON-NLS-1$
			} else {
				written.add(observation);
			}
		}
		String marking = fileMarking(theater, written, exercise);
		switch (format) {
			case CSV -> ObservationCsvWriter.write(written, exercise, unclosable);
			case GEOJSON -> GeoJsonWriter.write(written, marking, exercise, unclosable);
			case KML -> KmlWriter.write(written, marking, exercise, unclosable);
			default -> throw new IllegalStateException(format.name());
		}
		return new ExportReport(format, recipient, written.size(), marking, selection.refused(), unlocated);
	}

	/**
	 * Writes {@code format} to {@code file}: to a temporary file beside it first, moved into place once complete, so
	 * that a failed export leaves no half-written file (and an existing file as it was).
	 */
	public static ExportReport writeFile(Theater theater, ExportFormat format, String country, Path file) throws IOException {
		return writeFile(theater, format, country, false, file);
	}

	/** As {@link #writeFile(Theater, ExportFormat, String, Path)}, marked exercise if {@code exercise}. */
	public static ExportReport writeFile(Theater theater, ExportFormat format, String country, boolean exercise, Path file)
			throws IOException {
		Path target = file.toAbsolutePath();
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			ExportReport report;
			try (OutputStream out = Files.newOutputStream(temporary)) {
				report = write(theater, format, country, exercise, out);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return report;
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The country an export goes to: {@code country}, or the owner for null. */
	public static String checkedCountry(String country) {
		if (country == null || country.isBlank()) {
			return Releasability.OWNER;
		}
		if (!COUNTRY_CODE.matcher(country).matches()) {
			throw new IllegalArgumentException("'" + country + "' is not a country code: use the three capital letters of ISO 3166-1 (e.g. USA, DEU)."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return country;
	}

	/** The file's marking: the summary of what it holds, or of the workspace's own marking if it holds nothing. */
	private static String fileMarking(Theater theater, List<? extends Identified> written, boolean exercise) {
		MarkingSummary summary = written.isEmpty() ? MarkingSummary.of(theater.getEffectiveMarking()) : MarkingSummary.ofObjects(written);
		return summary.withExercise(exercise).banner();
	}
}
