package org.counterpart.interchange.tests;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Disposition;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.InstitutionKind;
import org.counterpart.model.Marking;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A small workspace with known content: two institutions, three contacts (one NOFORN), four observations (one
 * NOFORN, one without a location), marked CUI and releasable to XVM unless said otherwise.
 */
final class FieldWorkspace {

	static final String PARTNER = "XVM";
	static final CounterpartFactory FACTORY = CounterpartFactory.eINSTANCE;

	final Theater theater;
	final PartnerInstitution ministry;
	final PartnerInstitution staff;
	final Contact ilves;
	final Contact tanev;
	final Contact sorensen;
	final FieldObservation bridge;
	final FieldObservation depot;
	final FieldObservation noforn;
	final FieldObservation unlocated;

	FieldWorkspace() {
		theater = FACTORY.createTheater();
		theater.setId("00000000-0000-4000-8000-000000000001");
		theater.setPartnerCountry("Republic of Valmaa");
		theater.setPartnerCountryCode(PARTNER);
		theater.setMarking(marking(Classification.CUI, List.of("USA", PARTNER)));
		Resource resource = new ResourceImpl();
		resource.getContents().add(theater);

		ministry = institution("00000000-0000-4000-8000-000000000011", "Ministry of Defence", "MOD", InstitutionKind.MINISTRY_OF_DEFENCE, null);
		staff = institution("00000000-0000-4000-8000-000000000012", "General Staff", "GS", InstitutionKind.GENERAL_STAFF, ministry);

		ilves = contact("00000000-0000-4000-8000-000000000021", "Col.", "Marta", "Ilves", "Chief J5", staff);
		ilves.getChannels().addAll(List.of("office phone: +999 6123 4567", "email: marta.ilves@mod.example", "signal: @milves"));
		ilves.getLanguages().addAll(List.of("vl", "en"));
		ilves.setNationality(PARTNER);
		ilves.setDisposition(Disposition.SUPPORTIVE);
		ilves.setNotes("Met at the staff talks; prefers mornings.");
		tanev = contact("00000000-0000-4000-8000-000000000022", "Maj.", "Ivo", "Tanev", "J2 analyst", staff);
		tanev.setMarking(marking(Classification.CUI, List.of()));
		sorensen = contact("00000000-0000-4000-8000-000000000023", null, "Åsa", "Sørensen", "Defence attaché", null);
		sorensen.getChannels().add("mobile phone: +47 912 34 567");

		bridge = observation("00000000-0000-4000-8000-000000000031", "2026-03-04T09:15:00Z", 58.3801, 26.7220,
				"Tartu bridge", "Engineers, \"Bravo\" company, rebuilt the bridge deck;\nconvoys crossing again.",
				SourceReliability.B, InformationCredibility.PROBABLY_TRUE);
		bridge.getTopics().addAll(List.of("infrastructure", "engineers"));
		bridge.setSource(ilves);
		bridge.getAboutActors().add(staff);
		depot = observation("00000000-0000-4000-8000-000000000032", "2026-03-05T16:40:00Z", 57.7781, 26.0473,
				"Valga depot", "Fuel depot guarded by border police.", SourceReliability.UNGRADED, InformationCredibility.UNGRADED);
		noforn = observation("00000000-0000-4000-8000-000000000033", "2026-03-06T07:05:00Z", 59.4370, 24.7536,
				"Capital", "Internal assessment, not for release.", SourceReliability.A, InformationCredibility.CONFIRMED);
		noforn.setMarking(marking(Classification.CUI, List.of()));
		unlocated = observation("00000000-0000-4000-8000-000000000034", "2026-03-07T12:00:00Z", null, null, null,
				"Phone call about the exercise plan.", SourceReliability.C, InformationCredibility.POSSIBLY_TRUE);
	}

	/** {@code classification//REL TO relTo}, or {@code classification//NOFORN} for an empty list. */
	static Marking marking(Classification classification, List<String> relTo) {
		Marking marking = FACTORY.createMarking();
		marking.setClassification(classification);
		marking.getRelTo().addAll(relTo);
		if (relTo.isEmpty()) {
			marking.getDisseminationControls().add("NOFORN");
		}
		return marking;
	}

	private PartnerInstitution institution(String id, String name, String acronym, InstitutionKind kind, PartnerInstitution parent) {
		PartnerInstitution institution = FACTORY.createPartnerInstitution();
		stamp(institution, id);
		institution.setName(name);
		institution.setAcronym(acronym);
		institution.setKind(kind);
		institution.setParent(parent);
		theater.getInstitutions().add(institution);
		return institution;
	}

	private Contact contact(String id, String rank, String given, String family, String position, PartnerInstitution affiliation) {
		Contact contact = FACTORY.createContact();
		stamp(contact, id);
		contact.setRank(rank);
		contact.setGivenName(given);
		contact.setFamilyName(family);
		contact.setPosition(position);
		contact.setAffiliation(affiliation);
		theater.getContacts().add(contact);
		return contact;
	}

	private FieldObservation observation(String id, String observedAt, Double latitude, Double longitude, String place, String text,
			SourceReliability reliability, InformationCredibility credibility) {
		FieldObservation observation = FACTORY.createFieldObservation();
		stamp(observation, id);
		observation.setObservedAt(Date.from(Instant.parse(observedAt)));
		observation.setRecordedAt(Date.from(Instant.parse(observedAt).plusSeconds(3600)));
		observation.setAuthor("Capt. Lee");
		observation.setLatitude(latitude);
		observation.setLongitude(longitude);
		observation.setPlaceName(place);
		observation.setText(text);
		observation.setSourceReliability(reliability);
		observation.setInformationCredibility(credibility);
		observation.setStatus(ObservationStatus.FINAL);
		theater.getObservations().add(observation);
		return observation;
	}

	private static void stamp(Identified object, String id) {
		object.setId(id);
		object.setCreatedAt(Date.from(Instant.parse("2026-03-01T08:00:00Z")));
		object.setCreatedBy("Capt. Lee");
	}

	/** An empty workspace with the same two institutions (and ids), to import into. */
	static FieldWorkspace institutionsOnly() {
		FieldWorkspace workspace = new FieldWorkspace();
		workspace.theater.getContacts().clear();
		workspace.theater.getObservations().clear();
		return workspace;
	}
}
