package org.counterpart.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.interchange.ExportFormat;
import org.counterpart.interchange.ExportReport;
import org.counterpart.interchange.InterchangeExport;
import org.counterpart.interchange.Refusal;
import org.counterpart.tests.harness.Ogrinfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;

/**
 * Observations out as CSV, GeoJSON and KML: every field comes back when the file is read again by the library that
 * reads the format, GDAL's ogrinfo counts the expected features, the marking is in the file (between exercise words
 * when an exercise workspace writes it), and what the recipient country may not see is left out and reported.
 */
class ObservationExportTest {

	@TempDir
	Path folder;

	private final FieldWorkspace workspace = new FieldWorkspace();

	@Test
	void csvHoldsEveryFieldAndTheGradingAsTwoColumns() throws Exception {
		Path file = folder.resolve("observations.csv");
		ExportReport report = InterchangeExport.writeFile(workspace.theater, ExportFormat.CSV, null, file);

		assertEquals(4, report.written());
		assertTrue(report.refused().isEmpty());
		List<CSVRecord> rows = readCsv(file);
		assertEquals(4, rows.size());
		CSVRecord bridge = rows.get(0);
		assertEquals(workspace.bridge.getId(), bridge.get("id"));
		assertEquals("2026-03-04T09:15:00Z", bridge.get("observedAt"));
		assertEquals("58.3801", bridge.get("latitude"));
		assertEquals("26.722", bridge.get("longitude"));
		assertEquals(workspace.bridge.getText(), bridge.get("text"), "quotes, commas and line breaks survive");
		assertEquals("B", bridge.get("sourceReliability"));
		assertEquals("2", bridge.get("informationCredibility"));
		assertEquals("infrastructure; engineers", bridge.get("topics"));
		assertEquals("Col. Marta Ilves", bridge.get("source"));
		assertEquals("CUI//REL TO USA, XVM", bridge.get("marking"));
		CSVRecord depot = rows.get(1);
		assertEquals("", depot.get("sourceReliability"), "ungraded stays empty");
		assertEquals("", depot.get("informationCredibility"));
		assertEquals("CUI//NOFORN", rows.get(2).get("marking"));
		assertEquals("", rows.get(3).get("latitude"));
		assertEquals(4, Ogrinfo.totalFeatures(file));
		String bytes = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(bytes.contains("\r\n"), "RFC 4180 lines end in CRLF");
		assertFalse(bytes.startsWith("\uFEFF"), "no byte order mark");
	}

	@Test
	void exportsForACountryLeaveOutAndReportWhatItMayNotSee() throws Exception {
		Path file = folder.resolve("for-xvm.csv");
		ExportReport report = InterchangeExport.writeFile(workspace.theater, ExportFormat.CSV, FieldWorkspace.PARTNER, file);

		assertEquals(3, report.written());
		assertEquals(List.of(workspace.noforn.getId()), report.refused().stream().map(Refusal::objectId).toList());
		assertEquals("marked CUI//NOFORN, which XVM may not see", report.refused().get(0).reason());
		assertTrue(report.summary().contains("1 left out: not releasable to XVM"), report.summary());
		List<CSVRecord> rows = readCsv(file);
		assertEquals(3, rows.size());
		assertFalse(rows.stream().anyMatch(row -> row.get("id").equals(workspace.noforn.getId())));
		assertEquals(3, Ogrinfo.totalFeatures(file));
	}

	@Test
	void geoJsonHasOneFeaturePerLocatedObservationWithGradingAndMarking() throws Exception {
		Path file = folder.resolve("observations.geojson");
		ExportReport report = InterchangeExport.writeFile(workspace.theater, ExportFormat.GEOJSON, FieldWorkspace.PARTNER, file);

		assertEquals(2, report.written(), "the NOFORN one is refused, the unlocated one cannot be placed");
		assertEquals(1, report.refused().size());
		assertEquals(List.of(workspace.unlocated.getId()), report.unlocated().stream().map(Refusal::objectId).toList());
		assertEquals("CUI//REL TO USA, XVM", report.marking());

		Map<String, Object> collection = new HashMap<>();
		List<Map<String, Object>> features = readGeoJson(file, collection);
		assertEquals("FeatureCollection", collection.get("type"));
		assertEquals("CUI//REL TO USA, XVM", collection.get("marking"));
		assertEquals(2, features.size());
		Map<String, Object> bridge = features.get(0);
		assertEquals(List.of(26.722, 58.3801), bridge.get("coordinates"), "RFC 7946: longitude first");
		assertEquals("B", bridge.get("sourceReliability"));
		assertEquals("2", bridge.get("informationCredibility"));
		assertEquals("CUI//REL TO USA, XVM", bridge.get("marking"));
		assertEquals(workspace.bridge.getText(), bridge.get("text"));
		assertEquals("2026-03-04T09:15:00Z", bridge.get("observedAt"));
		assertEquals(2, Ogrinfo.totalFeatures(file));
	}

	@Test
	void kmlHasPlacemarksWithTimeStampsAndTheMarkingAsExtendedData() throws Exception {
		Path file = folder.resolve("observations.kml");
		ExportReport report = InterchangeExport.writeFile(workspace.theater, ExportFormat.KML, null, file);

		assertEquals(3, report.written());
		assertEquals("CUI//NOFORN", report.marking(), "the file's marking covers the NOFORN observation it holds");
		List<Map<String, String>> placemarks = readKml(file);
		assertEquals(3, placemarks.size());
		Map<String, String> bridge = placemarks.get(0);
		assertEquals("2026-03-04T09:15:00Z", bridge.get("when"));
		assertEquals("26.722,58.3801", bridge.get("coordinates"));
		assertEquals("B", bridge.get("sourceReliability"));
		assertEquals("CUI//REL TO USA, XVM", bridge.get("marking"));
		assertEquals("CUI//NOFORN", placemarks.get(2).get("marking"));
		assertEquals(3, Ogrinfo.totalFeatures(file));
		assertTrue(Files.readString(file).contains("<ExtendedData><Data name=\"marking\"><value>CUI//NOFORN</value>"));
	}

	@Test
	void everyFormatOfAnExerciseWorkspaceCarriesTheExerciseWordsInEveryMarkingAndARealOneNone() throws Exception {
		String exercise = "EXERCISE EXERCISE EXERCISE - CUI//REL TO USA, XVM - EXERCISE EXERCISE EXERCISE";
		Path csv = folder.resolve("exercise.csv");
		ExportReport report = InterchangeExport.writeFile(workspace.theater, ExportFormat.CSV, FieldWorkspace.PARTNER, true, csv);
		assertEquals(exercise, report.marking());
		assertTrue(report.summary().contains("marked " + exercise), report.summary());
		List<CSVRecord> rows = readCsv(csv);
		assertEquals(3, rows.size(), "the same rows as a real export");
		for (CSVRecord row : rows) {
			assertEquals(exercise, row.get("marking"), "row " + row.get("id"));
		}
		assertEquals(3, Ogrinfo.totalFeatures(csv), "a reader of the format still reads it");

		Path geoJson = folder.resolve("exercise.geojson");
		InterchangeExport.writeFile(workspace.theater, ExportFormat.GEOJSON, FieldWorkspace.PARTNER, true, geoJson);
		Map<String, Object> collection = new HashMap<>();
		List<Map<String, Object>> features = readGeoJson(geoJson, collection);
		assertEquals(exercise, collection.get("marking"));
		assertTrue(features.stream().allMatch(feature -> exercise.equals(feature.get("marking"))), features.toString());

		Path kml = folder.resolve("exercise.kml");
		InterchangeExport.writeFile(workspace.theater, ExportFormat.KML, FieldWorkspace.PARTNER, true, kml);
		assertTrue(Files.readString(kml).contains("<name>" + exercise + " - Counterpart observations</name>"),
				"the document's name, which map programs show, says it");
		assertTrue(readKml(kml).stream().allMatch(placemark -> exercise.equals(placemark.get("marking"))));

		ByteArrayOutputStream cards = new ByteArrayOutputStream();
		InterchangeExport.write(workspace.theater, ExportFormat.VCARD, FieldWorkspace.PARTNER, true, cards);
		try (VCardReader reader = new VCardReader(cards.toString(StandardCharsets.UTF_8))) {
			List<VCard> read = reader.readAll();
			assertEquals(2, read.size());
			for (VCard card : read) {
				assertEquals(exercise, card.getExtendedProperty("X-COUNTERPART-MARKING").getValue());
			}
		}

		Path real = folder.resolve("real.csv");
		InterchangeExport.writeFile(workspace.theater, ExportFormat.CSV, FieldWorkspace.PARTNER, false, real);
		assertFalse(Files.readString(real).contains("EXERCISE"), "a real workspace's file never says exercise");
	}

	@Test
	void aCountryCodeThatIsNotOneIsRefusedAndNoFileIsWritten() {
		Path file = folder.resolve("never.csv");
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> InterchangeExport.writeFile(workspace.theater, ExportFormat.CSV, "valmaa", file));
		assertTrue(error.getMessage().contains("'valmaa' is not a country code"), error.getMessage());
		assertFalse(Files.exists(file));
	}

	private static List<CSVRecord> readCsv(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
	}

	/** The features' properties, with each one's coordinates under "coordinates"; top-level strings into {@code collection}. */
	private static List<Map<String, Object>> readGeoJson(Path file, Map<String, Object> collection) throws Exception {
		List<Map<String, Object>> features = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); JsonParser json = new JsonFactory().createParser(in)) {
			assertEquals(JsonToken.START_OBJECT, json.nextToken());
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				if ("features".equals(name)) {
					while (json.nextToken() == JsonToken.START_OBJECT) {
						features.add(feature(json));
					}
				} else if (value == JsonToken.VALUE_STRING) {
					collection.put(name, json.getText());
				} else {
					json.skipChildren();
				}
			}
		}
		return features;
	}

	private static Map<String, Object> feature(JsonParser json) throws Exception {
		Map<String, Object> feature = new HashMap<>();
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String name = json.currentName();
			json.nextToken();
			if ("geometry".equals(name)) {
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					String member = json.currentName();
					json.nextToken();
					if ("coordinates".equals(member)) {
						List<Double> coordinates = new ArrayList<>();
						while (json.nextToken() != JsonToken.END_ARRAY) {
							coordinates.add(json.getDoubleValue());
						}
						feature.put("coordinates", coordinates);
					} else {
						json.skipChildren();
					}
				}
			} else if ("properties".equals(name)) {
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					String property = json.currentName();
					json.nextToken();
					feature.put(property, json.getText());
				}
			} else {
				json.skipChildren();
			}
		}
		return feature;
	}

	private static List<Map<String, String>> readKml(Path file) throws Exception {
		List<Map<String, String>> placemarks = new ArrayList<>();
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			Map<String, String> current = null;
			String dataName = null;
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				assertEquals("http://www.opengis.net/kml/2.2", xml.getNamespaceURI());
				switch (xml.getLocalName()) {
					case "Placemark" -> {
						current = new HashMap<>();
						placemarks.add(current);
					}
					case "Data" -> dataName = xml.getAttributeValue(null, "name");
					case "value" -> {
						if (current != null) {
							current.put(dataName, xml.getElementText());
						}
					}
					case "when", "coordinates", "name" -> {
						if (current != null) {
							current.put(xml.getLocalName(), xml.getElementText());
						}
					}
					default -> {
					}
				}
			}
		}
		return placemarks;
	}
}
