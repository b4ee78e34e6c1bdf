package org.counterpart.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.EngagementKind;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.provider.CounterpartItemProviderAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The labels the explorer, properties and diagrams show, through the generated item providers. */
class ItemLabelTest {

	private static final CounterpartFactory FACTORY = CounterpartFactory.eINSTANCE;

	private final CounterpartItemProviderAdapterFactory adapterFactory = new CounterpartItemProviderAdapterFactory();

	@AfterEach
	void dispose() {
		adapterFactory.dispose();
	}

	private String text(EObject object) {
		IItemLabelProvider provider = (IItemLabelProvider)adapterFactory.adapt(object, IItemLabelProvider.class);
		return provider.getText(object);
	}

	private static Date date(String isoDate) {
		return Date.from(Instant.parse(isoDate + "T10:00:00Z"));
	}

	private PartnerInstitution generalStaff() {
		PartnerInstitution institution = FACTORY.createPartnerInstitution();
		institution.setName("General Staff");
		institution.setAcronym("GS");
		return institution;
	}

	private Contact ilves() {
		Contact contact = FACTORY.createContact();
		contact.setRank("Col.");
		contact.setGivenName("Marta");
		contact.setFamilyName("Ilves");
		contact.setPosition("Chief J5");
		contact.setAffiliation(generalStaff());
		return contact;
	}

	@Test
	void aContactReadsAsRankNamePositionAndAffiliation() {
		assertEquals("Col. Marta Ilves — Chief J5, General Staff", text(ilves()));
	}

	@Test
	void aContactLabelLeavesOutWhatIsNotKnown() {
		Contact contact = ilves();
		contact.setAffiliation(null);
		assertEquals("Col. Marta Ilves — Chief J5", text(contact));
		contact.setPosition(null);
		contact.setRank("");
		assertEquals("Marta Ilves", text(contact));
		assertEquals("Unnamed contact", text(FACTORY.createContact()));
	}

	@Test
	void anInstitutionReadsAsItsName() {
		assertEquals("General Staff", text(generalStaff()));
		PartnerInstitution acronymOnly = FACTORY.createPartnerInstitution();
		acronymOnly.setAcronym("NDA");
		assertEquals("NDA", text(acronymOnly));
	}

	@Test
	void anEngagementReadsAsKindTitleAndStartDate() {
		Engagement engagement = FACTORY.createEngagement();
		engagement.setKind(EngagementKind.KEY_LEADER_ENGAGEMENT);
		engagement.setTitle("Border security priorities");
		engagement.setStart(date("2026-03-04"));
		assertEquals("KLE: Border security priorities (2026-03-04)", text(engagement));
		engagement.setKind(EngagementKind.FMS_FMF_CASE);
		engagement.setStart(null);
		assertEquals("FMS/FMF: Border security priorities", text(engagement));
	}

	@Test
	void anObservationReadsAsItsFirstWordsAndGrade() {
		FieldObservation observation = FACTORY.createFieldObservation();
		observation.setText("Col. Ilves said that the eastern border posts will receive new tactical radios by June, but not spare parts.");
		observation.setSourceReliability(SourceReliability.B);
		observation.setInformationCredibility(InformationCredibility.PROBABLY_TRUE);
		assertEquals("Col. Ilves said that the eastern border posts will receive… [B2]", text(observation));
		observation.setText("Short note.");
		observation.setInformationCredibility(InformationCredibility.UNGRADED);
		assertEquals("Short note. [B?]", text(observation));
		observation.setSourceReliability(SourceReliability.UNGRADED);
		observation.setStatus(ObservationStatus.RETRACTED);
		assertEquals("(retracted) Short note. [ungraded]", text(observation));
	}

	@Test
	void aRelationshipReadsAsASentence() {
		Relationship relationship = FACTORY.createRelationship();
		relationship.setSource(ilves());
		relationship.setTarget(generalStaff());
		relationship.setKind(RelationshipKind.REPORTS_TO);
		assertEquals("Col. Marta Ilves reports to General Staff", text(relationship));
	}

	@Test
	void aMeasurementReadsAsDateValueAndUnit() {
		Indicator indicator = FACTORY.createIndicator();
		indicator.setName("Border posts with working radios");
		indicator.setUnit("posts");
		Measurement measurement = FACTORY.createMeasurement();
		measurement.setDate(date("2026-06-30"));
		measurement.setValue(5);
		indicator.getMeasurements().add(measurement);
		assertEquals("Border posts with working radios (posts)", text(indicator));
		assertEquals("2026-06-30: 5 posts", text(measurement));
	}

	@Test
	void aMarkingReadsAsItsBanner() {
		Marking marking = FACTORY.createMarking();
		marking.setClassification(Classification.CUI);
		marking.getRelTo().addAll(List.of("USA", "XVM"));
		assertEquals("CUI//REL TO USA, XVM", text(marking));
		marking.getRelTo().clear();
		marking.getDisseminationControls().add("NOFORN");
		assertEquals("CUI//NOFORN", text(marking));
	}

	@Test
	void theWorkspaceReadsAsCountryAndOffice() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		assertEquals("Republic of Valmaa — Office of Defense Cooperation Kaarlinna", text(theater));
		assertEquals("Col. Marta Ilves — Chief J5, General Staff", text(theater.getContacts().get(0)));
	}

	@Test
	void theWorkspaceTreeShowsItsContentsWithIcons() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		ITreeItemContentProvider tree = (ITreeItemContentProvider)adapterFactory.adapt(theater, ITreeItemContentProvider.class);
		Collection<?> children = tree.getChildren(theater);
		int expected = 1 + theater.getInstitutions().size() + theater.getContacts().size() + theater.getRelationships().size() + theater.getEngagements().size()
			+ theater.getObservations().size() + theater.getObjectives().size();
		assertEquals(expected, children.size(), "the marking and every top-level object");
		IItemLabelProvider labels = (IItemLabelProvider)adapterFactory.adapt(theater.getContacts().get(0), IItemLabelProvider.class);
		assertNotNull(labels.getImage(theater.getContacts().get(0)), "the generated contact icon");
	}

	@Test
	void propertiesShowReadableEnumerationLiterals() {
		Engagement engagement = FACTORY.createEngagement();
		engagement.setKind(EngagementKind.KEY_LEADER_ENGAGEMENT);
		IItemPropertySource properties = (IItemPropertySource)adapterFactory.adapt(engagement, IItemPropertySource.class);
		IItemPropertyDescriptor kind = properties.getPropertyDescriptor(engagement, CounterpartPackage.Literals.ENGAGEMENT__KIND);
		assertEquals("Key leader engagement (KLE)", kind.getLabelProvider(engagement).getText(EngagementKind.KEY_LEADER_ENGAGEMENT));
		FieldObservation observation = FACTORY.createFieldObservation();
		IItemPropertySource observationProperties = (IItemPropertySource)adapterFactory.adapt(observation, IItemPropertySource.class);
		IItemPropertyDescriptor reliability = observationProperties.getPropertyDescriptor(observation, CounterpartPackage.Literals.FIELD_OBSERVATION__SOURCE_RELIABILITY);
		assertEquals("B - Usually reliable", reliability.getLabelProvider(observation).getText(SourceReliability.B));
		assertTrue(reliability.getDisplayName(observation).contains("Reliability"), reliability.getDisplayName(observation));
	}
}
