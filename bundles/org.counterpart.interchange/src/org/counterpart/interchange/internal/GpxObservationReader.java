package org.counterpart.interchange.internal;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.counterpart.interchange.Duplicate;
import org.counterpart.interchange.ImportPlan;
import org.counterpart.interchange.InterchangeException;
import org.counterpart.interchange.RowProblem;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage.Literals;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.ObservationStatus;

/**
 * Draft observations from a GPS unit's GPX file (1.1, or 1.0), read with the JDK's StAX parser (no DTDs, no external
 * entities). Each waypoint becomes an observation at its position and time, named by the waypoint's name and
 * described by its description or comment. Each track becomes one observation at the track's last point (where the
 * officer arrived), observed at its first point's time, whose text says the track's name, length in points and
 * time span; the whole track stays in the GPS file. Observations are drafts, ungraded, for the officer to complete.
 * A point at the same time and position as an observation the workspace has (or, for a point without a time, at
 * the same position) is a duplicate.
 */
public final class GpxObservationReader {

	private final NewObjects newObjects;

	public GpxObservationReader(NewObjects newObjects) {
		this.newObjects = newObjects;
	}

	public ImportPlan read(byte[] bytes, String source) throws InterchangeException {
		Utf8Text.decode(bytes, "GPX"); // a clear error for a file that is not UTF-8, before the XML parser's //$NON-NLS-1$
		List<FieldObservation> created = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		Set<String> known = new HashSet<>();
		for (FieldObservation observation : newObjects.theater().getObservations()) {
			known.add(key(observation.getObservedAt(), observation.getLatitude(), observation.getLongitude()));
			known.add(key(null, observation.getLatitude(), observation.getLongitude()));
		}
		XMLStreamReader xml = null;
		boolean sawGpx = false;
		try {
			xml = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (!sawGpx) {
					if (!"gpx".equals(name)) { //$NON-NLS-1$
						throw new InterchangeException(xml.getLocation().getLineNumber(),
								"this is not a GPX file: it starts with <" + name + ">, not <gpx>.", null); //$NON-NLS-1$ //$NON-NLS-2$
					}
					sawGpx = true;
				} else if ("wpt".equals(name)) { //$NON-NLS-1$
					int line = xml.getLocation().getLineNumber();
					double latitude = coordinate(xml, "lat", 90, line); //$NON-NLS-1$
					double longitude = coordinate(xml, "lon", 180, line); //$NON-NLS-1$
					Item waypoint = item(xml);
					add(created, duplicates, known, new Point(line, latitude, longitude, waypoint.time()), waypoint.time(),
							waypointText(waypoint), waypoint.name());
				} else if ("trk".equals(name)) { //$NON-NLS-1$
					track(xml, created, duplicates, problems, known);
				}
			}
			if (!sawGpx) {
				throw new InterchangeException(1, "the file is empty: it holds no <gpx> element.", null); //$NON-NLS-1$
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new InterchangeException(line, "the GPX file is not well-formed XML: " + xmlMessage(e) + " Nothing was imported.", e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException ignored) {
					// nothing was held open beyond the byte array
				}
			}
		}
		return new ImportPlan(newObjects.theater(), Literals.THEATER__OBSERVATIONS, "observations", source, created, problems, //$NON-NLS-1$
				duplicates);
	}

	private record Point(int line, double latitude, double longitude, Date time) {
	}

	private record Item(String name, String description, Date time, List<Point> points) {
	}

	private void add(List<FieldObservation> created, List<Duplicate> duplicates, Set<String> known, Point at, Date observedAt,
			String text, String placeName) {
		// a point without a time (some units leave it out) matches any observation at the same position
		String key = key(observedAt, at.latitude(), at.longitude());
		boolean seen = !known.add(key);
		known.add(key(null, at.latitude(), at.longitude()));
		if (seen) {
			duplicates.add(new Duplicate(at.line(), text, "an observation at the same time and position exists already")); //$NON-NLS-1$
			return;
		}
		FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
		observation.setStatus(ObservationStatus.DRAFT);
		observation.setAuthor(newObjects.author());
		observation.setRecordedAt(newObjects.now());
		observation.setObservedAt(observedAt != null ? observedAt : newObjects.now());
		observation.setLatitude(at.latitude());
		observation.setLongitude(at.longitude());
		observation.setPlaceName(placeName);
		observation.setText(text);
		created.add(newObjects.stamp(observation));
	}

	private void track(XMLStreamReader xml, List<FieldObservation> created, List<Duplicate> duplicates, List<RowProblem> problems,
			Set<String> known) throws XMLStreamException, InterchangeException {
		int line = xml.getLocation().getLineNumber();
		Item track = item(xml);
		if (track.points().isEmpty()) {
			problems.add(new RowProblem(line, "the track " + (track.name() == null ? "" : "'" + track.name() + "' ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ "has no points.")); //$NON-NLS-1$
			return;
		}
		Point first = track.points().get(0);
		Point last = track.points().get(track.points().size() - 1);
		StringBuilder text = new StringBuilder("GPS track"); //$NON-NLS-1$
		if (track.name() != null) {
			text.append(' ').append(track.name());
		}
		text.append(": ").append(track.points().size()).append(" points"); //$NON-NLS-1$ //$NON-NLS-2$
		if (first.time() != null && last.time() != null) {
			text.append(" from ").append(Values.instant(first.time())).append(" to ").append(Values.instant(last.time())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.append(String.format(Locale.ROOT, ", starting at %.5f, %.5f", first.latitude(), first.longitude())); //$NON-NLS-1$
		if (track.description() != null) {
			text.append(". ").append(track.description()); //$NON-NLS-1$
		}
		add(created, duplicates, known, new Point(line, last.latitude(), last.longitude(), last.time()),
				first.time() != null ? first.time() : last.time(), text.toString(), track.name());
	}

	/**
	 * Reads the children of the element {@code xml} is on (a wpt, trk or trkpt), up to its end tag: its own name,
	 * description, comment and time, and the track points anywhere below it.
	 */
	private static Item item(XMLStreamReader xml) throws XMLStreamException, InterchangeException {
		String name = null;
		String description = null;
		String comment = null;
		Date time = null;
		List<Point> points = new ArrayList<>();
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String child = xml.getLocalName();
				if (depth == 1 && "name".equals(child)) { //$NON-NLS-1$
					name = blankToNull(xml.getElementText());
				} else if (depth == 1 && "desc".equals(child)) { //$NON-NLS-1$
					description = blankToNull(xml.getElementText());
				} else if (depth == 1 && "cmt".equals(child)) { //$NON-NLS-1$
					comment = blankToNull(xml.getElementText());
				} else if (depth == 1 && "time".equals(child)) { //$NON-NLS-1$
					time = time(xml, xml.getLocation().getLineNumber());
				} else if ("trkpt".equals(child)) { //$NON-NLS-1$
					int line = xml.getLocation().getLineNumber();
					double latitude = coordinate(xml, "lat", 90, line); //$NON-NLS-1$
					double longitude = coordinate(xml, "lon", 180, line); //$NON-NLS-1$
					points.add(new Point(line, latitude, longitude, item(xml).time()));
				} else {
					depth++;
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return new Item(name, description != null ? description : comment, time, points);
	}

	private static Date time(XMLStreamReader xml, int line) throws XMLStreamException, InterchangeException {
		String text = xml.getElementText().trim();
		try {
			return Values.parseInstant(text);
		} catch (DateTimeParseException e) {
			throw new InterchangeException(line, "'" + text + "' is not a GPX time (e.g. 2026-03-04T09:15:00Z). Nothing was imported.", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static double coordinate(XMLStreamReader xml, String attribute, double limit, int line) throws InterchangeException {
		String text = xml.getAttributeValue(null, attribute);
		if (text == null) {
			throw new InterchangeException(line, "the <" + xml.getLocalName() + "> has no " + attribute + " attribute. Nothing was imported.", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		try {
			double value = Double.parseDouble(text.trim());
			if (Double.isNaN(value) || Math.abs(value) > limit) {
				throw new NumberFormatException();
			}
			return value;
		} catch (NumberFormatException e) {
			throw new InterchangeException(line, attribute + "=\"" + text + "\" is not a " + (limit == 90 ? "latitude" : "longitude") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " (-" + (int) limit + " to " + (int) limit + "). Nothing was imported.", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static String waypointText(Item item) {
		if (item.description() != null) {
			return item.description();
		}
		return item.name() != null ? "Waypoint " + item.name() : "Waypoint"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String key(Date time, Double latitude, Double longitude) {
		return (time == null ? "" : time.getTime()) + "|" + latitude + "|" + longitude; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	private static String xmlMessage(XMLStreamException e) {
		String message = e.getMessage();
		int detail = message == null ? -1 : message.indexOf("Message: "); //$NON-NLS-1$
		return detail >= 0 ? message.substring(detail + "Message: ".length()).trim() : String.valueOf(message); //$NON-NLS-1$
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
