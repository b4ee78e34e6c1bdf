package org.counterpart.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.counterpart.model.Actor;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * The sections of each kind of object's form, laid out as an officer reads the object: who a contact is and where
 * they serve side by side with how to work with them; an observation's grading beside its source; an objective with
 * its indicators.
 */
final class EntityForms {

	private static final CounterpartPackage MODEL = CounterpartPackage.eINSTANCE;

	private final FormFields fields;
	private final Supplier<Theater> theater;

	EntityForms(FormFields fields, Supplier<Theater> theater) {
		this.fields = fields;
		this.theater = theater;
	}

	/** Fills {@code body} (two columns) with the sections of {@code object}'s kind. */
	void build(Composite body, Identified object) {
		switch (object) {
			case Contact contact -> contact(body, contact);
			case PartnerInstitution institution -> institution(body, institution);
			case Relationship relationship -> relationship(body, relationship);
			case Engagement engagement -> engagement(body, engagement);
			case FieldObservation observation -> observation(body, observation);
			case Objective objective -> new ObjectiveSections(fields).build(body, objective);
			case Theater root -> theater(body, root);
			default -> record(body, object, 2);
		}
	}

	private void contact(Composite body, Contact contact) {
		Composite person = fields.section(body, Messages.Contact_person, Messages.Contact_personDescription, 1);
		fields.text(person, contact, MODEL.getContact_GivenName());
		fields.text(person, contact, MODEL.getContact_FamilyName());
		fields.text(person, contact, MODEL.getContact_Rank());
		fields.text(person, contact, MODEL.getContact_Position());
		fields.reference(person, contact, MODEL.getContact_Affiliation(), this::institutions);
		fields.text(person, contact, MODEL.getContact_Nationality());

		Composite working = fields.section(body, Messages.Contact_working, Messages.Contact_workingDescription, 1);
		fields.choice(working, contact, MODEL.getContact_Disposition(), fields.itemLabels(contact, MODEL.getContact_Disposition()));
		fields.date(working, contact, MODEL.getContact_LastContact());
		fields.stringList(working, contact, MODEL.getContact_Languages());
		fields.stringList(working, contact, MODEL.getContact_Channels());

		Composite notes = fields.section(body, Messages.Section_notes, null, 1);
		fields.longText(notes, contact, MODEL.getActor_Notes(), 5, false);

		related(body, Messages.Contact_relationships, Messages.Contact_relationshipsDescription,
				() -> relationshipsOf(contact));
		record(body, contact, 2);
	}

	private void institution(Composite body, PartnerInstitution institution) {
		Composite main = fields.section(body, Messages.Institution_main, Messages.Institution_mainDescription, 1);
		fields.text(main, institution, MODEL.getPartnerInstitution_Name());
		fields.text(main, institution, MODEL.getPartnerInstitution_Acronym());
		fields.choice(main, institution, MODEL.getPartnerInstitution_Kind(),
				fields.itemLabels(institution, MODEL.getPartnerInstitution_Kind()));
		fields.reference(main, institution, MODEL.getPartnerInstitution_Parent(),
				() -> institutions().stream().filter(i -> i != institution).toList());
		fields.text(main, institution, MODEL.getPartnerInstitution_Location());

		Composite notes = fields.section(body, Messages.Section_notes, null, 1);
		fields.longText(notes, institution, MODEL.getActor_Notes(), 7, false);

		related(body, Messages.Institution_people, Messages.Institution_peopleDescription,
				() -> theater.get().getContacts().stream().filter(c -> c.getAffiliation() == institution).toList());
		related(body, Messages.Institution_units, Messages.Institution_unitsDescription,
				() -> theater.get().getInstitutions().stream().filter(i -> i.getParent() == institution).toList());
		record(body, institution, 2);
	}

	private void relationship(Composite body, Relationship relationship) {
		Composite between = fields.section(body, Messages.Relationship_between, Messages.Relationship_betweenDescription, 1);
		fields.reference(between, relationship, MODEL.getRelationship_Source(), this::actors);
		fields.choice(between, relationship, MODEL.getRelationship_Kind(),
				fields.itemLabels(relationship, MODEL.getRelationship_Kind()));
		fields.reference(between, relationship, MODEL.getRelationship_Target(), this::actors);

		Composite assessment = fields.section(body, Messages.Relationship_assessment,
				Messages.Relationship_assessmentDescription, 1);
		fields.number(assessment, relationship, MODEL.getRelationship_Strength());
		fields.choice(assessment, relationship, MODEL.getRelationship_Confidence(),
				fields.itemLabels(relationship, MODEL.getRelationship_Confidence()));

		Composite notes = fields.section(body, Messages.Section_notes, null, 2);
		fields.longText(notes, relationship, MODEL.getRelationship_Notes(), 5, false);
		record(body, relationship, 2);
	}

	private void engagement(Composite body, Engagement engagement) {
		Composite main = fields.section(body, Messages.Engagement_main, Messages.Engagement_mainDescription, 1);
		fields.text(main, engagement, MODEL.getEngagement_Title());
		fields.choice(main, engagement, MODEL.getEngagement_Kind(), fields.itemLabels(engagement, MODEL.getEngagement_Kind()));
		fields.date(main, engagement, MODEL.getEngagement_Start());
		fields.date(main, engagement, MODEL.getEngagement_End());
		fields.text(main, engagement, MODEL.getEngagement_Location());

		Composite outcome = fields.section(body, Messages.Engagement_outcome, Messages.Engagement_outcomeDescription, 1);
		fields.longText(outcome, engagement, MODEL.getEngagement_Outcome(), 7, false);

		Composite participants = fields.section(body, Messages.Engagement_participants, null, 1);
		fields.references(participants, engagement, MODEL.getEngagement_Participants(), this::actors);
		Composite objectives = fields.section(body, Messages.Engagement_objectives, null, 1);
		fields.references(objectives, engagement, MODEL.getEngagement_ObjectivesSupported(), this::objectives);

		related(body, Messages.Engagement_observations, Messages.Engagement_observationsDescription,
				() -> theater.get().getObservations().stream().filter(o -> o.getAboutEngagements().contains(engagement))
						.toList());
		record(body, engagement, 2);
	}

	private void observation(Composite body, FieldObservation observation) {
		Composite main = fields.section(body, Messages.Observation_main, Messages.Observation_mainDescription, 1);
		fields.date(main, observation, MODEL.getFieldObservation_ObservedAt());
		fields.date(main, observation, MODEL.getFieldObservation_RecordedAt());
		fields.text(main, observation, MODEL.getFieldObservation_Author());
		fields.choice(main, observation, MODEL.getFieldObservation_Status(),
				fields.itemLabels(observation, MODEL.getFieldObservation_Status()));
		fields.stringList(main, observation, MODEL.getFieldObservation_Topics());

		Composite grading = fields.section(body, Messages.Observation_grading, Messages.Observation_gradingDescription, 1);
		fields.reference(grading, observation, MODEL.getFieldObservation_Source(), this::actors);
		fields.choice(grading, observation, MODEL.getFieldObservation_SourceReliability(), EntityForms::reliability,
				Messages.Observation_reliability).getCombo().setToolTipText(Messages.Observation_reliabilityTip);
		fields.choice(grading, observation, MODEL.getFieldObservation_InformationCredibility(), EntityForms::credibility,
				Messages.Observation_credibility).getCombo().setToolTipText(Messages.Observation_credibilityTip);
		fields.readOnly(grading, Messages.Observation_grade, () -> ObjectLabels.grade(observation));

		Composite report = fields.section(body, Messages.Observation_report, null, 2);
		fields.longText(report, observation, MODEL.getFieldObservation_Text(), 6, false);

		Composite place = fields.section(body, Messages.Observation_place, Messages.Observation_placeDescription, 1);
		fields.text(place, observation, MODEL.getFieldObservation_PlaceName());
		fields.number(place, observation, MODEL.getFieldObservation_Latitude());
		fields.number(place, observation, MODEL.getFieldObservation_Longitude());

		Composite actors = fields.section(body, Messages.Observation_aboutActors, null, 1);
		fields.references(actors, observation, MODEL.getFieldObservation_AboutActors(), this::actors);
		Composite engagements = fields.section(body, Messages.Observation_aboutEngagements, null, 1);
		fields.references(engagements, observation, MODEL.getFieldObservation_AboutEngagements(), this::engagements);
		Composite objectives = fields.section(body, Messages.Observation_aboutObjectives, null, 1);
		fields.references(objectives, observation, MODEL.getFieldObservation_AboutObjectives(), this::objectives);
		Composite attachments = fields.section(body, Messages.Observation_attachments, null, 2);
		fields.references(attachments, observation, MODEL.getFieldObservation_Attachments(), null);
		record(body, observation, 2);
	}

	private void theater(Composite body, Theater root) {
		Composite main = fields.section(body, Messages.Theater_main, Messages.Theater_mainDescription, 1);
		fields.text(main, root, MODEL.getTheater_PartnerCountry());
		fields.text(main, root, MODEL.getTheater_PartnerCountryCode());
		fields.text(main, root, MODEL.getTheater_OfficeName());

		Composite contents = fields.section(body, Messages.Theater_contents, Messages.Theater_contentsDescription, 1);
		fields.readOnly(contents, Messages.Theater_institutions, () -> Integer.toString(root.getInstitutions().size()));
		fields.readOnly(contents, Messages.Theater_contacts, () -> Integer.toString(root.getContacts().size()));
		fields.readOnly(contents, Messages.Theater_relationships, () -> Integer.toString(root.getRelationships().size()));
		fields.readOnly(contents, Messages.Theater_engagements, () -> Integer.toString(root.getEngagements().size()));
		fields.readOnly(contents, Messages.Theater_observations, () -> Integer.toString(root.getObservations().size()));
		fields.readOnly(contents, Messages.Theater_objectives, () -> Integer.toString(root.getObjectives().size()));
		record(body, root, 2);
	}

	/** Who made the object and when, and its id: read-only. */
	private void record(Composite body, Identified object, int span) {
		Composite record = fields.section(body, Messages.Section_record, null, span);
		fields.readOnly(record, fields.labelOf(object, MODEL.getIdentified_Id()), () -> nonNull(object.getId()));
		fields.readOnly(record, fields.labelOf(object, MODEL.getIdentified_CreatedAt()),
				() -> object.getCreatedAt() == null ? "" : FormFields.DATE_TIME.format(object.getCreatedAt().toInstant()) + " UTC"); //$NON-NLS-1$ //$NON-NLS-2$
		fields.readOnly(record, fields.labelOf(object, MODEL.getIdentified_CreatedBy()), () -> nonNull(object.getCreatedBy()));
	}

	/** A read-only table of objects related to this one (computed after each change); double-click opens one. */
	private void related(Composite body, String title, String description, Supplier<List<? extends EObject>> objects) {
		Composite client = fields.section(body, title, description, 1);
		TableViewer viewer = new TableViewer(fields.toolkit().createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.widthHint = FormFields.FIELD_WIDTH;
		data.heightHint = viewer.getTable().getItemHeight() * 5;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new ObjectLabelProvider(fields.adapterFactory(),
				new org.counterpart.ui.internal.ItemImages(viewer.getControl())));
		viewer.setInput(objects.get());
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject object) {
				fields.opener().open(object);
			}
		});
		fields.onChange(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.setInput(objects.get());
			}
		});
	}

	private List<Relationship> relationshipsOf(Actor actor) {
		return theater.get().getRelationships().stream()
				.filter(r -> r.getSource() == actor || r.getTarget() == actor).toList();
	}

	private List<PartnerInstitution> institutions() {
		return theater.get().getInstitutions();
	}

	private List<Actor> actors() {
		List<Actor> actors = new ArrayList<>(theater.get().getContacts());
		actors.addAll(theater.get().getInstitutions());
		return actors;
	}

	private List<Engagement> engagements() {
		return theater.get().getEngagements();
	}

	private List<Objective> objectives() {
		List<Objective> objectives = new ArrayList<>();
		theater.get().eAllContents().forEachRemaining(o -> {
			if (o instanceof Objective objective) {
				objectives.add(objective);
			}
		});
		return objectives;
	}

	/** A source reliability grade with its STANAG 2511 meaning, e.g. "B — Usually reliable". */
	static String reliability(Object value) {
		SourceReliability grade = (SourceReliability) value;
		return switch (grade) {
			case UNGRADED -> Messages.Grade_ungraded;
			case A -> Messages.Reliability_A;
			case B -> Messages.Reliability_B;
			case C -> Messages.Reliability_C;
			case D -> Messages.Reliability_D;
			case E -> Messages.Reliability_E;
			case F -> Messages.Reliability_F;
		};
	}

	/** An information credibility grade with its STANAG 2511 meaning, e.g. "2 — Probably true". */
	static String credibility(Object value) {
		InformationCredibility grade = (InformationCredibility) value;
		return switch (grade) {
			case UNGRADED -> Messages.Grade_ungraded;
			case CONFIRMED -> Messages.Credibility_1;
			case PROBABLY_TRUE -> Messages.Credibility_2;
			case POSSIBLY_TRUE -> Messages.Credibility_3;
			case DOUBTFUL -> Messages.Credibility_4;
			case IMPROBABLE -> Messages.Credibility_5;
			case CANNOT_BE_JUDGED -> Messages.Credibility_6;
		};
	}

	private static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

}
