package org.counterpart.interchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.util.ObjectLabels;

/**
 * Located observations as KML 2.2: a Document whose name and ExtendedData carry the file's marking, and a Placemark
 * per observation with a TimeStamp (when it was observed), a Point, and its fields, grading and marking as
 * ExtendedData, so that a GIS's attribute table shows them.
 */
public final class KmlWriter {

	static final String KML_NAMESPACE = "http://www.opengis.net/kml/2.2"; //$NON-NLS-1$

	private KmlWriter() {
	}

	public static void write(List<FieldObservation> observations, String fileMarking, boolean exercise, OutputStream out) throws IOException {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
			xml.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.setDefaultNamespace(KML_NAMESPACE);
			xml.writeStartElement(KML_NAMESPACE, "kml"); //$NON-NLS-1$
			xml.writeDefaultNamespace(KML_NAMESPACE);
			xml.writeStartElement(KML_NAMESPACE, "Document"); //$NON-NLS-1$
			element(xml, "name", fileMarking + " - Counterpart observations"); //$NON-NLS-1$ //$NON-NLS-2$
			element(xml, "description", "Marking: " + fileMarking); //$NON-NLS-1$ //$NON-NLS-2$
			xml.writeStartElement(KML_NAMESPACE, "ExtendedData"); //$NON-NLS-1$
			data(xml, "marking", fileMarking); //$NON-NLS-1$
			xml.writeEndElement();
			for (FieldObservation observation : observations) {
				placemark(xml, observation, exercise);
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IOException("Cannot write KML: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static void placemark(XMLStreamWriter xml, FieldObservation observation, boolean exercise) throws XMLStreamException {
		xml.writeStartElement(KML_NAMESPACE, "Placemark"); //$NON-NLS-1$
		xml.writeAttribute("id", "obs-" + observation.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		element(xml, "name", ObjectLabels.labelOf(observation)); //$NON-NLS-1$
		element(xml, "description", Values.text(observation.getText())); //$NON-NLS-1$
		if (observation.getObservedAt() != null) {
			xml.writeStartElement(KML_NAMESPACE, "TimeStamp"); //$NON-NLS-1$
			element(xml, "when", Values.instant(observation.getObservedAt())); //$NON-NLS-1$
			xml.writeEndElement();
		}
		xml.writeStartElement(KML_NAMESPACE, "ExtendedData"); //$NON-NLS-1$
		data(xml, "id", observation.getId()); //$NON-NLS-1$
		data(xml, "status", observation.getStatus().getLiteral()); //$NON-NLS-1$
		data(xml, "placeName", Values.text(observation.getPlaceName())); //$NON-NLS-1$
		data(xml, "author", Values.text(observation.getAuthor())); //$NON-NLS-1$
		data(xml, "source", Values.actor(observation.getSource())); //$NON-NLS-1$
		data(xml, "sourceReliability", ObservationCsvWriter.reliability(observation.getSourceReliability())); //$NON-NLS-1$
		data(xml, "informationCredibility", ObservationCsvWriter.credibility(observation.getInformationCredibility())); //$NON-NLS-1$
		data(xml, "marking", RecipientSelection.markingOf(observation, exercise)); //$NON-NLS-1$
		xml.writeEndElement();
		xml.writeStartElement(KML_NAMESPACE, "Point"); //$NON-NLS-1$
		element(xml, "coordinates", observation.getLongitude() + "," + observation.getLatitude()); //$NON-NLS-1$ //$NON-NLS-2$
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void data(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(KML_NAMESPACE, "Data"); //$NON-NLS-1$
		xml.writeAttribute("name", name); //$NON-NLS-1$
		element(xml, "value", value); //$NON-NLS-1$
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(KML_NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
