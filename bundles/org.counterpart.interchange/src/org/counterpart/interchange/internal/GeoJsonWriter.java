package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.counterpart.model.FieldObservation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Located observations as one GeoJSON FeatureCollection (RFC 7946): a Point Feature per observation, longitude
 * first, WGS 84, with the observation's fields, its grading and its marking as properties. The collection's own
 * {@code marking} member (a foreign member, which RFC 7946 allows) carries the marking of the whole file.
 */
public final class GeoJsonWriter {

	private GeoJsonWriter() {
	}

	public static void write(List<FieldObservation> observations, String fileMarking, boolean exercise, OutputStream out) throws IOException {
		try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("type", "FeatureCollection"); //$NON-NLS-1$ //$NON-NLS-2$
			json.writeStringField("marking", fileMarking); //$NON-NLS-1$
			json.writeArrayFieldStart("features"); //$NON-NLS-1$
			for (FieldObservation observation : observations) {
				feature(json, observation, exercise);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
	}

	private static void feature(JsonGenerator json, FieldObservation observation, boolean exercise) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", "Feature"); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeStringField("id", observation.getId()); //$NON-NLS-1$
		json.writeObjectFieldStart("geometry"); //$NON-NLS-1$
		json.writeStringField("type", "Point"); //$NON-NLS-1$ //$NON-NLS-2$
		json.writeArrayFieldStart("coordinates"); //$NON-NLS-1$
		json.writeNumber(observation.getLongitude());
		json.writeNumber(observation.getLatitude());
		json.writeEndArray();
		json.writeEndObject();
		json.writeObjectFieldStart("properties"); //$NON-NLS-1$
		json.writeStringField("id", observation.getId()); //$NON-NLS-1$
		json.writeStringField("status", observation.getStatus().getLiteral()); //$NON-NLS-1$
		json.writeStringField("observedAt", Values.instant(observation.getObservedAt())); //$NON-NLS-1$
		json.writeStringField("recordedAt", Values.instant(observation.getRecordedAt())); //$NON-NLS-1$
		json.writeStringField("author", Values.text(observation.getAuthor())); //$NON-NLS-1$
		json.writeStringField("placeName", Values.text(observation.getPlaceName())); //$NON-NLS-1$
		json.writeStringField("text", Values.text(observation.getText())); //$NON-NLS-1$
		json.writeStringField("source", Values.actor(observation.getSource())); //$NON-NLS-1$
		json.writeStringField("sourceReliability", ObservationCsvWriter.reliability(observation.getSourceReliability())); //$NON-NLS-1$
		json.writeStringField("informationCredibility", //$NON-NLS-1$
				ObservationCsvWriter.credibility(observation.getInformationCredibility()));
		json.writeStringField("topics", Values.list(observation.getTopics())); //$NON-NLS-1$
		json.writeStringField("marking", RecipientSelection.markingOf(observation, exercise)); //$NON-NLS-1$
		json.writeEndObject();
		json.writeEndObject();
	}
}
