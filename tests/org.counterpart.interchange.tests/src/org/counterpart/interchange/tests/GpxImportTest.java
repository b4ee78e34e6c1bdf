package org.counterpart.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.InterchangeImport;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.tests.harness.Ogrinfo;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waypoints and tracks of a GPS unit in as draft observations: the GPX file the test writes is read by ogrinfo with
 * the expected waypoints and tracks, each becomes a draft observation at its place and time, a second import finds
 * only duplicates, and a broken file is an error naming the line.
 */
class GpxImportTest {

	private static final String GPX = "http://www.topografix.com/GPX/1/1";
	private static final Date NOW = new Date(1_780_000_000_000L);

	@TempDir
	Path folder;

	@Test
	void waypointsAndTracksBecomeDraftObservations() throws Exception {
		Path file = folder.resolve("patrol.gpx");
		writeGpx(file);
		Map<String, Integer> layers = Ogrinfo.featureCounts(file);
		assertEquals(3, layers.get("waypoints"));
		assertEquals(1, layers.get("tracks"));
		assertEquals(4, layers.get("track_points"));

		FieldWorkspace workspace = FieldWorkspace.institutionsOnly();
		InterchangeImport importer = new InterchangeImport(workspace.theater, "Capt. Lee", NOW);
		ImportPlan plan = importer.gpx(Files.readAllBytes(file), "patrol.gpx");

		assertTrue(plan.canImport(), plan.problems().toString());
		assertEquals(4, plan.objects().size());
		FieldObservation checkpoint = (FieldObservation) plan.objects().get(0);
		assertEquals(ObservationStatus.DRAFT, checkpoint.getStatus());
		assertEquals(58.38, checkpoint.getLatitude());
		assertEquals(26.72, checkpoint.getLongitude());
		assertEquals(Date.from(Instant.parse("2026-03-04T09:00:00Z")), checkpoint.getObservedAt());
		assertEquals("Checkpoint Alpha", checkpoint.getPlaceName());
		assertEquals("Two APCs at the checkpoint", checkpoint.getText());
		assertEquals(SourceReliability.UNGRADED, checkpoint.getSourceReliability());
		assertEquals(InformationCredibility.UNGRADED, checkpoint.getInformationCredibility());
		assertEquals("Capt. Lee", checkpoint.getAuthor());
		assertEquals(NOW, checkpoint.getRecordedAt());
		FieldObservation unnamed = (FieldObservation) plan.objects().get(2);
		assertEquals("Waypoint", unnamed.getText());
		FieldObservation track = (FieldObservation) plan.objects().get(3);
		assertEquals(Date.from(Instant.parse("2026-03-04T10:00:00Z")), track.getObservedAt(), "the track's first point's time");
		assertEquals(58.0, track.getLatitude(), "placed where the track ends");
		assertTrue(track.getText().startsWith("GPS track Road to Valga: 4 points from 2026-03-04T10:00:00Z to 2026-03-04T10:45:00Z"),
				track.getText());

		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(plan.toCommand(null));
		assertEquals(4, workspace.theater.getObservations().size());
		ImportPlan again = importer.gpx(Files.readAllBytes(file), "patrol.gpx");
		assertEquals(0, again.objects().size());
		assertEquals(4, again.duplicates().size());
		stack.undo();
		assertTrue(workspace.theater.getObservations().isEmpty());
	}

	@Test
	void aBrokenGpxFileIsAnErrorNamingTheLine() {
		FieldWorkspace workspace = FieldWorkspace.institutionsOnly();
		InterchangeImport importer = new InterchangeImport(workspace.theater, "Capt. Lee", NOW);

		String unclosed = "<?xml version=\"1.0\"?>\n<gpx xmlns=\"" + GPX + "\" version=\"1.1\">\n<wpt lat=\"58\" lon=\"26\">\n<name>A</name>\n</gpx>\n";
		InterchangeException xml = assertThrows(InterchangeException.class, () -> importer.gpx(bytes(unclosed), "x.gpx"));
		assertEquals(5, xml.line(), xml.getMessage());
		assertTrue(xml.getMessage().contains("not well-formed"), xml.getMessage());

		String badLatitude = "<gpx xmlns=\"" + GPX + "\" version=\"1.1\">\n<wpt lat=\"58\" lon=\"26\"/>\n<wpt lat=\"95.5\" lon=\"26\"/>\n</gpx>";
		InterchangeException latitude = assertThrows(InterchangeException.class, () -> importer.gpx(bytes(badLatitude), "x.gpx"));
		assertEquals(3, latitude.line());
		assertTrue(latitude.getMessage().contains("lat=\"95.5\" is not a latitude"), latitude.getMessage());

		String badTime = "<gpx xmlns=\"" + GPX + "\" version=\"1.1\">\n<wpt lat=\"58\" lon=\"26\">\n<time>yesterday</time>\n</wpt>\n</gpx>";
		InterchangeException time = assertThrows(InterchangeException.class, () -> importer.gpx(bytes(badTime), "x.gpx"));
		assertEquals(3, time.line());

		InterchangeException notGpx = assertThrows(InterchangeException.class, () -> importer.gpx(bytes("<kml/>"), "x.gpx"));
		assertTrue(notGpx.getMessage().contains("not a GPX file"), notGpx.getMessage());

		String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<gpx xmlns=\"" + GPX
				+ "\"><wpt lat=\"1\" lon=\"1\"><desc>&x;</desc></wpt></gpx>";
		assertThrows(InterchangeException.class, () -> importer.gpx(bytes(entity), "x.gpx"), "no external entities");
		assertTrue(workspace.theater.getObservations().isEmpty());
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A GPS unit's export: three waypoints (one without name or time) and a track of four points. */
	private static void writeGpx(Path file) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(GPX);
			xml.writeStartElement(GPX, "gpx");
			xml.writeDefaultNamespace(GPX);
			xml.writeAttribute("version", "1.1");
			xml.writeAttribute("creator", "Counterpart tests");
			waypoint(xml, "58.38", "26.72", "2026-03-04T09:00:00Z", "Checkpoint Alpha", "Two APCs at the checkpoint");
			waypoint(xml, "58.1", "26.5", "2026-03-04T09:30:00Z", "Ferry", null);
			waypoint(xml, "57.9", "26.1", null, null, null);
			xml.writeStartElement(GPX, "trk");
			text(xml, "name", "Road to Valga");
			xml.writeStartElement(GPX, "trkseg");
			String[][] points = { { "58.3", "26.7", "10:00" }, { "58.2", "26.5", "10:15" }, { "58.1", "26.3", "10:30" },
					{ "58.0", "26.1", "10:45" } };
			for (String[] point : points) {
				xml.writeStartElement(GPX, "trkpt");
				xml.writeAttribute("lat", point[0]);
				xml.writeAttribute("lon", point[1]);
				text(xml, "ele", "61.0");
				text(xml, "time", "2026-03-04T" + point[2] + ":00Z");
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
	}

	private static void waypoint(XMLStreamWriter xml, String lat, String lon, String time, String name, String description) throws Exception {
		xml.writeStartElement(GPX, "wpt");
		xml.writeAttribute("lat", lat);
		xml.writeAttribute("lon", lon);
		text(xml, "ele", "70.5");
		if (time != null) {
			text(xml, "time", time);
		}
		if (name != null) {
			text(xml, "name", name);
		}
		if (description != null) {
			text(xml, "desc", description);
		}
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws Exception {
		xml.writeStartElement(GPX, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}
}
