package org.counterpart.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.counterpart.design.CounterpartServices;
import org.counterpart.model.Classification;
import org.counterpart.model.Confidence;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.Engagement;
import org.counterpart.model.Indicator;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.junit.jupiter.api.Test;

/** The services answer what their names say, also on unset values and objects outside a theater. */
class CounterpartServicesTest {

	private static final CounterpartFactory MODEL = CounterpartFactory.eINSTANCE;
	private final CounterpartServices services = new CounterpartServices();

	@Test
	void keyContactsAreThoseAffiliatedWithTheInstitution() {
		Theater theater = MODEL.createTheater();
		PartnerInstitution ministry = MODEL.createPartnerInstitution();
		PartnerInstitution navy = MODEL.createPartnerInstitution();
		theater.getInstitutions().addAll(List.of(ministry, navy));
		Contact first = contact(theater, ministry);
		Contact second = contact(theater, navy);
		Contact third = contact(theater, ministry);
		contact(theater, null);
		assertEquals(List.of(first, third), services.keyContacts(ministry));
		assertEquals(List.of(second), services.keyContacts(navy));
		assertEquals(List.of(), services.keyContacts(MODEL.createPartnerInstitution()), "an institution outside a theater has none");
	}

	@Test
	void subObjectivesAtAnyDepthWithoutEndStates() {
		Theater theater = MODEL.createTheater();
		Objective endState = MODEL.createObjective();
		Objective child = MODEL.createObjective();
		Objective grandChild = MODEL.createObjective();
		theater.getObjectives().add(endState);
		endState.getSubObjectives().add(child);
		child.getSubObjectives().add(grandChild);
		Indicator onEndState = MODEL.createIndicator();
		Indicator onGrandChild = MODEL.createIndicator();
		endState.getIndicators().add(onEndState);
		grandChild.getIndicators().add(onGrandChild);
		assertEquals(List.of(child, grandChild), services.allSubObjectives(theater));
		assertEquals(List.of(onGrandChild), services.allSubObjectiveIndicators(theater));
	}

	@Test
	void indicatorAgainstTarget() {
		Indicator indicator = MODEL.createIndicator();
		indicator.setName("Courses held");
		indicator.setTarget(20);
		assertTrue(services.isUnmeasured(indicator));
		assertFalse(services.isOnTarget(indicator));
		assertFalse(services.isBelowTarget(indicator));
		assertEquals("Courses held: no measurement / 20", services.progressLabel(indicator));
		indicator.getMeasurements().add(measurement(25, 1));
		indicator.getMeasurements().add(measurement(12, 2));
		indicator.getMeasurements().add(MODEL.createMeasurement()); // undated: not a measurement to count
		indicator.setUnit("%");
		assertFalse(services.isUnmeasured(indicator));
		assertTrue(services.isBelowTarget(indicator), "the latest value counts, not the highest");
		assertEquals("Courses held: 12 / 20 %", services.progressLabel(indicator));
		indicator.getMeasurements().add(measurement(20, 3));
		assertTrue(services.isOnTarget(indicator));
		assertFalse(services.isBelowTarget(indicator));
	}

	@Test
	void predicates() {
		PartnerInstitution institution = MODEL.createPartnerInstitution();
		institution.setKind(InstitutionKind.GENERAL_STAFF);
		assertTrue(services.isSeniorInstitution(institution));
		institution.setKind(InstitutionKind.EMBASSY_SECTION);
		assertFalse(services.isSeniorInstitution(institution));
		assertTrue(services.isEmbassySection(institution));

		Contact contact = MODEL.createContact();
		contact.setDisposition(Disposition.RECEPTIVE);
		assertTrue(services.isWellDisposed(contact) && services.isReceptive(contact));
		assertFalse(services.isSupportive(contact) || services.isSkeptical(contact) || services.isOpposed(contact));

		Relationship relationship = MODEL.createRelationship();
		assertEquals(3, relationship.getStrength());
		relationship.setConfidence(Confidence.MODERATE);
		assertFalse(services.isWeakTie(relationship));
		relationship.setStrength(1);
		assertTrue(services.isWeakTie(relationship), "strength 1 is weak");
		relationship.setStrength(4);
		relationship.setConfidence(Confidence.LOW);
		assertTrue(services.isWeakTie(relationship) && services.isLowConfidence(relationship), "low confidence is weak");
		relationship.setKind(RelationshipKind.RIVALS);
		assertTrue(services.isRivalry(relationship));

		Engagement engagement = MODEL.createEngagement();
		assertFalse(services.supportsAnObjective(engagement));
		engagement.getObjectivesSupported().add(MODEL.createObjective());
		assertTrue(services.supportsAnObjective(engagement));
	}

	@Test
	void labelsAndBanner() {
		Marking marking = MODEL.createMarking();
		marking.setClassification(Classification.CUI);
		marking.getDisseminationControls().add("NOFORN");
		PartnerInstitution institution = MODEL.createPartnerInstitution();
		institution.setName("General Staff");
		assertNull(services.banner(institution), "no marking, no banner");
		institution.setMarking(marking);
		assertEquals("CUI//NOFORN", services.banner(institution));
		assertEquals("CUI//NOFORN", services.banner(marking));
		assertTrue(services.isCui(marking));
		assertEquals(ObjectLabels.labelOf(institution), services.displayName(institution));
		assertEquals(CounterpartServices.NEW_INSTITUTION_NAME, services.newInstitutionName(institution));
		assertEquals(CounterpartServices.NEW_OBJECTIVE_TITLE, services.newObjectiveTitle(institution));
		assertEquals(3, services.newRelationshipStrength(institution));
	}

	private static Contact contact(Theater theater, PartnerInstitution affiliation) {
		Contact contact = MODEL.createContact();
		contact.setAffiliation(affiliation);
		theater.getContacts().add(contact);
		return contact;
	}

	private static Measurement measurement(double value, int day) {
		Measurement measurement = MODEL.createMeasurement();
		measurement.setValue(value);
		measurement.setDate(new Date(day * 86_400_000L));
		return measurement;
	}
}
