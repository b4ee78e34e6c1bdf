package org.counterpart.ui.internal.forms;

import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the form editors.
 */
public class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.counterpart.ui.internal.forms.messages"; //$NON-NLS-1$

	public static String Page_title;
	public static String Editor_wrongInput;
	public static String Editor_saveFailed;
	public static String Editor_undo;
	public static String Editor_redo;
	public static String Field_dateHint;
	public static String Field_listHint;
	public static String Field_badDate;
	public static String Field_badNumber;
	public static String Field_badInteger;
	public static String Field_required;
	public static String Reference_browse;
	public static String Reference_typeHint;
	public static String Reference_openTip;
	public static String Reference_browseTitle;
	public static String Reference_browseMessage;
	public static String References_add;
	public static String References_remove;
	public static String References_addTitle;
	public static String References_tip;
	public static String Marking_tip;
	public static String Marking_unmarked;
	public static String Marking_inherited;
	public static String Marking_dialogTitle;
	public static String Marking_dialogHeading;
	public static String Marking_dialogMessage;
	public static String Marking_inherit;
	public static String Marking_classification;
	public static String Marking_dissemination;
	public static String Marking_disseminationHint;
	public static String Marking_relTo;
	public static String Marking_relToHint;
	public static String Marking_commandLabel;
	public static String Section_notes;
	public static String Section_record;
	public static String Contact_person;
	public static String Contact_personDescription;
	public static String Contact_working;
	public static String Contact_workingDescription;
	public static String Contact_relationships;
	public static String Contact_relationshipsDescription;
	public static String Institution_main;
	public static String Institution_mainDescription;
	public static String Institution_people;
	public static String Institution_peopleDescription;
	public static String Institution_units;
	public static String Institution_unitsDescription;
	public static String Relationship_between;
	public static String Relationship_betweenDescription;
	public static String Relationship_assessment;
	public static String Relationship_assessmentDescription;
	public static String Engagement_main;
	public static String Engagement_mainDescription;
	public static String Engagement_outcome;
	public static String Engagement_outcomeDescription;
	public static String Engagement_participants;
	public static String Engagement_objectives;
	public static String Engagement_observations;
	public static String Engagement_observationsDescription;
	public static String Observation_main;
	public static String Observation_mainDescription;
	public static String Observation_grading;
	public static String Observation_gradingDescription;
	public static String Observation_grade;
	public static String Observation_reliability;
	public static String Observation_reliabilityTip;
	public static String Observation_credibility;
	public static String Observation_credibilityTip;
	public static String Observation_report;
	public static String Observation_place;
	public static String Observation_placeDescription;
	public static String Observation_aboutActors;
	public static String Observation_aboutEngagements;
	public static String Observation_aboutObjectives;
	public static String Observation_attachments;
	public static String Objective_main;
	public static String Objective_mainDescription;
	public static String Objective_subObjectives;
	public static String Objective_subObjectivesDescription;
	public static String Objective_indicators;
	public static String Objective_indicatorsDescription;
	public static String Objective_addIndicator;
	public static String Objective_removeIndicator;
	public static String Objective_newIndicator;
	public static String Indicator_name;
	public static String Indicator_unit;
	public static String Indicator_baseline;
	public static String Indicator_target;
	public static String Indicator_periodStart;
	public static String Indicator_periodEnd;
	public static String Indicator_measurements;
	public static String Theater_main;
	public static String Theater_mainDescription;
	public static String Theater_contents;
	public static String Theater_contentsDescription;
	public static String Theater_institutions;
	public static String Theater_contacts;
	public static String Theater_relationships;
	public static String Theater_engagements;
	public static String Theater_observations;
	public static String Theater_objectives;
	public static String Grade_ungraded;
	public static String Reliability_A;
	public static String Reliability_B;
	public static String Reliability_C;
	public static String Reliability_D;
	public static String Reliability_E;
	public static String Reliability_F;
	public static String Credibility_1;
	public static String Credibility_2;
	public static String Credibility_3;
	public static String Credibility_4;
	public static String Credibility_5;
	public static String Credibility_6;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
