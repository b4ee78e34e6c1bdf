package org.counterpart.model.tests;

import java.time.Instant;
import java.util.Date;

import org.counterpart.model.Attachment;
import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

/** A small, valid workspace with one object of each kind, for tests to break one rule at a time. */
final class SmallTheater {

	static final CounterpartFactory FACTORY = CounterpartFactory.eINSTANCE;

	final Theater theater = FACTORY.createTheater();
	final PartnerInstitution ministry = FACTORY.createPartnerInstitution();
	final PartnerInstitution generalStaff = FACTORY.createPartnerInstitution();
	final PartnerInstitution embassy = FACTORY.createPartnerInstitution();
	final Contact ilves = FACTORY.createContact();
	final Contact reyes = FACTORY.createContact();
	final Relationship counterpart = FACTORY.createRelationship();
	final Engagement kle = FACTORY.createEngagement();
	final FieldObservation observation = FACTORY.createFieldObservation();
	final Attachment attachment = FACTORY.createAttachment();
	final Objective endState = FACTORY.createObjective();
	final Objective objective = FACTORY.createObjective();
	final Indicator indicator = FACTORY.createIndicator();
	final Measurement measurement = FACTORY.createMeasurement();

	SmallTheater() {
		theater.setPartnerCountry("Republic of Valmaa");
		theater.setPartnerCountryCode("XVM");
		theater.setOfficeName("Office of Defense Cooperation Kaarlinna");
		theater.setMarking(relToUsaXvm());

		ministry.setName("Ministry of Defence");
		ministry.setKind(InstitutionKind.MINISTRY_OF_DEFENCE);
		generalStaff.setName("General Staff");
		generalStaff.setAcronym("GS");
		generalStaff.setKind(InstitutionKind.GENERAL_STAFF);
		generalStaff.setParent(ministry);
		embassy.setName("U.S. Embassy Kaarlinna, Office of Defense Cooperation");
		embassy.setKind(InstitutionKind.EMBASSY_SECTION);
		theater.getInstitutions().add(ministry);
		theater.getInstitutions().add(generalStaff);
		theater.getInstitutions().add(embassy);

		ilves.setRank("Col.");
		ilves.setGivenName("Marta");
		ilves.setFamilyName("Ilves");
		ilves.setPosition("Chief J5");
		ilves.setAffiliation(generalStaff);
		ilves.setMarking(noforn());
		reyes.setRank("MAJ");
		reyes.setGivenName("Daniel");
		reyes.setFamilyName("Reyes");
		reyes.setPosition("Training Officer");
		reyes.setAffiliation(embassy);
		theater.getContacts().add(ilves);
		theater.getContacts().add(reyes);

		counterpart.setSource(reyes);
		counterpart.setTarget(ilves);
		counterpart.setKind(RelationshipKind.COUNTERPART_OF);
		counterpart.setStrength(4);
		theater.getRelationships().add(counterpart);

		endState.setTitle("Valmaa defends its borders with interoperable forces");
		objective.setTitle("Border Guard controls the eastern border");
		endState.getSubObjectives().add(objective);
		theater.getObjectives().add(endState);

		kle.setKind(EngagementKind.KEY_LEADER_ENGAGEMENT);
		kle.setTitle("Border security priorities");
		kle.setStart(date("2026-03-04"));
		kle.setEnd(date("2026-03-04"));
		kle.getParticipants().add(ilves);
		kle.getParticipants().add(reyes);
		kle.getObjectivesSupported().add(objective);
		theater.getEngagements().add(kle);

		observation.setObservedAt(date("2026-03-04"));
		observation.setRecordedAt(date("2026-03-05"));
		observation.setAuthor("MAJ Daniel Reyes");
		observation.setText("Col. Ilves said the eastern border posts will receive radios by June.");
		observation.setLatitude(58.02);
		observation.setLongitude(24.11);
		observation.setPlaceName("Kaarlinna");
		observation.setSource(ilves);
		observation.setSourceReliability(SourceReliability.B);
		observation.setInformationCredibility(InformationCredibility.PROBABLY_TRUE);
		observation.setStatus(ObservationStatus.FINAL);
		observation.getAboutActors().add(generalStaff);
		attachment.setFileName("IMG_1234.jpg");
		attachment.setMediaType("image/jpeg");
		attachment.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
		attachment.setSize(123_456);
		observation.getAttachments().add(attachment);
		theater.getObservations().add(observation);

		indicator.setName("Border posts with working radios");
		indicator.setUnit("posts");
		indicator.setBaseline(2);
		indicator.setTarget(12);
		indicator.setPeriodStart(date("2026-01-01"));
		indicator.setPeriodEnd(date("2026-12-31"));
		measurement.setDate(date("2026-06-30"));
		measurement.setValue(5);
		measurement.getSupportingObservations().add(observation);
		indicator.getMeasurements().add(measurement);
		objective.getIndicators().add(indicator);
	}

	static Date date(String isoDate) {
		return Date.from(Instant.parse(isoDate + "T00:00:00Z"));
	}

	static Marking relToUsaXvm() {
		Marking marking = FACTORY.createMarking();
		marking.setClassification(Classification.CUI);
		marking.getRelTo().add("USA");
		marking.getRelTo().add("XVM");
		return marking;
	}

	static Marking noforn() {
		Marking marking = FACTORY.createMarking();
		marking.setClassification(Classification.CUI);
		marking.getDisseminationControls().add("NOFORN");
		return marking;
	}
}
