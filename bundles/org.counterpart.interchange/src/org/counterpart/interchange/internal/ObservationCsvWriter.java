package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.util.ObjectLabels;

/**
 * Observations as CSV (RFC 4180: CRLF, quotes where needed; UTF-8 without byte order mark): a header row, then one
 * row per observation and one column per field. The grading takes two columns, source reliability (A-F) and
 * information credibility (1-6), empty while ungraded; the last column is each row's marking, so that the marking
 * stays with every row a spreadsheet sorts or filters.
 */
public final class ObservationCsvWriter {

	/** The header row. */
	public static final List<String> COLUMNS = List.of("id", "status", "observedAt", "recordedAt", "author", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"latitude", "longitude", "placeName", "text", "source", "sourceReliability", "informationCredibility", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"topics", "aboutActors", "aboutEngagements", "aboutObjectives", "createdBy", "createdAt", "marking"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private ObservationCsvWriter() {
	}

	public static void write(List<FieldObservation> observations, boolean exercise, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (FieldObservation observation : observations) {
				printer.printRecord(row(observation, exercise));
			}
			printer.flush();
		}
	}

	private static List<String> row(FieldObservation observation, boolean exercise) {
		return List.of(Values.text(observation.getId()), observation.getStatus().getLiteral(),
				Values.instant(observation.getObservedAt()), Values.instant(observation.getRecordedAt()),
				Values.text(observation.getAuthor()), Values.number(observation.getLatitude()),
				Values.number(observation.getLongitude()), Values.text(observation.getPlaceName()),
				Values.text(observation.getText()), Values.actor(observation.getSource()),
				reliability(observation.getSourceReliability()), credibility(observation.getInformationCredibility()),
				Values.list(observation.getTopics()), Values.actors(observation.getAboutActors()),
				String.join(Values.LIST_SEPARATOR, observation.getAboutEngagements().stream().map(ObjectLabels::labelOf).toList()),
				String.join(Values.LIST_SEPARATOR, observation.getAboutObjectives().stream().map(ObjectLabels::labelOf).toList()),
				Values.text(observation.getCreatedBy()), Values.instant(observation.getCreatedAt()),
				RecipientSelection.markingOf(observation, exercise));
	}

	static String reliability(SourceReliability reliability) {
		return reliability == null || reliability == SourceReliability.UNGRADED ? "" : reliability.getLiteral(); //$NON-NLS-1$
	}

	static String credibility(InformationCredibility credibility) {
		return credibility == null || credibility == InformationCredibility.UNGRADED ? "" : credibility.getLiteral(); //$NON-NLS-1$
	}
}
