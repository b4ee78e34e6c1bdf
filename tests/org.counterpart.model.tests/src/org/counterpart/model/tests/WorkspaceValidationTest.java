package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Marking;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

class WorkspaceValidationTest {

	private final SmallTheater fixture = new SmallTheater();

	/** The problems found in the fixture's workspace with the given code. */
	private List<Diagnostic> problems(int code) {
		Diagnostic result = WorkspaceValidation.validate(fixture.theater);
		return result.getChildren().stream().filter(d -> d.getCode() == code && CounterpartValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
	}

	private Diagnostic onlyProblem(int code, int severity, Object on) {
		List<Diagnostic> found = problems(code);
		assertEquals(1, found.size(), () -> "expected one problem with code " + code + ", found " + found);
		Diagnostic problem = found.get(0);
		assertEquals(severity, problem.getSeverity(), problem.getMessage());
		assertSame(on, problem.getData().get(0), "the problem names the object to correct");
		return problem;
	}

	@Test
	void theFixtureHasNoProblems() {
		Diagnostic result = WorkspaceValidation.validate(fixture.theater);
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
	}

	// --- observation grading

	@Test
	void aFinalObservationWithoutGradingIsAnError() {
		fixture.observation.setSourceReliability(SourceReliability.UNGRADED);
		Diagnostic problem = onlyProblem(CounterpartValidator.UNGRADED, Diagnostic.ERROR, fixture.observation);
		assertTrue(problem.getMessage().contains("Col. Ilves said the eastern border posts"), problem.getMessage());
		assertTrue(problem.getMessage().contains("?2"), problem.getMessage());
		assertTrue(problem.getMessage().contains("Grade the source reliability"), problem.getMessage());
	}

	@Test
	void aDraftObservationWithoutGradingIsAWarning() {
		fixture.observation.setStatus(ObservationStatus.DRAFT);
		fixture.observation.setInformationCredibility(InformationCredibility.UNGRADED);
		onlyProblem(CounterpartValidator.UNGRADED, Diagnostic.WARNING, fixture.observation);
	}

	@Test
	void aGradedObservationPassesAndARetractedOneNeedsNoGrading() {
		assertTrue(problems(CounterpartValidator.UNGRADED).isEmpty());
		fixture.observation.setStatus(ObservationStatus.RETRACTED);
		fixture.observation.setSourceReliability(SourceReliability.UNGRADED);
		fixture.observation.setInformationCredibility(InformationCredibility.UNGRADED);
		assertTrue(problems(CounterpartValidator.UNGRADED).isEmpty());
	}

	// --- contact affiliation

	@Test
	void aContactWithoutAffiliationIsAWarningThatNamesTheContact() {
		fixture.ilves.setAffiliation(null);
		Diagnostic problem = onlyProblem(CounterpartValidator.CONTACT_WITHOUT_AFFILIATION, Diagnostic.WARNING, fixture.ilves);
		assertTrue(problem.getMessage().startsWith("Contact \"Col. Marta Ilves — Chief J5\" has no affiliation."), problem.getMessage());
	}

	@Test
	void anAffiliatedContactPasses() {
		assertTrue(problems(CounterpartValidator.CONTACT_WITHOUT_AFFILIATION).isEmpty());
	}

	// --- relationships

	@Test
	void aRelationshipFromAnActorToItselfIsAnError() {
		fixture.counterpart.setTarget(fixture.reyes);
		Diagnostic problem = onlyProblem(CounterpartValidator.SELF_RELATIONSHIP, Diagnostic.ERROR, fixture.counterpart);
		assertTrue(problem.getMessage().contains("to itself"), problem.getMessage());
	}

	@Test
	void aRelationshipBetweenTwoActorsPasses() {
		assertTrue(problems(CounterpartValidator.SELF_RELATIONSHIP).isEmpty());
	}

	@Test
	void relationshipStrengthMustBeFromOneToFive() {
		fixture.counterpart.setStrength(7);
		onlyProblem(CounterpartValidator.OUT_OF_RANGE, Diagnostic.ERROR, fixture.counterpart);
		fixture.counterpart.setStrength(5);
		assertTrue(problems(CounterpartValidator.OUT_OF_RANGE).isEmpty());
	}

	@Test
	void aRelationshipWithoutTargetIsAnError() {
		Relationship dangling = SmallTheater.FACTORY.createRelationship();
		dangling.setSource(fixture.ilves);
		fixture.theater.getRelationships().add(dangling);
		Diagnostic result = WorkspaceValidation.validate(fixture.theater);
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		assertTrue(result.getChildren().stream().anyMatch(d -> d.getData().get(0) == dangling && d.getMessage().contains("target")), () -> result.getChildren().toString());
	}

	// --- institution hierarchy

	@Test
	void aCycleInTheInstitutionHierarchyIsAnErrorOnEachMember() {
		fixture.ministry.setParent(fixture.generalStaff);
		List<Diagnostic> found = problems(CounterpartValidator.HIERARCHY_CYCLE);
		assertEquals(2, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().contains("Ministry of Defence → General Staff → Ministry of Defence"), found.get(0).getMessage());
	}

	@Test
	void anInstitutionThatIsItsOwnParentIsAnError() {
		fixture.embassy.setParent(fixture.embassy);
		onlyProblem(CounterpartValidator.HIERARCHY_CYCLE, Diagnostic.ERROR, fixture.embassy);
	}

	@Test
	void aChainBelowACycleIsNotReportedTwice() {
		PartnerInstitution j5 = SmallTheater.FACTORY.createPartnerInstitution();
		j5.setName("J5 Plans and Policy Directorate");
		j5.setParent(fixture.generalStaff);
		fixture.theater.getInstitutions().add(j5);
		assertTrue(problems(CounterpartValidator.HIERARCHY_CYCLE).isEmpty(), "a plain hierarchy passes");
		fixture.generalStaff.setParent(fixture.generalStaff);
		onlyProblem(CounterpartValidator.HIERARCHY_CYCLE, Diagnostic.ERROR, fixture.generalStaff);
	}

	// --- measurements and indicators

	@Test
	void aMeasurementOutsideItsIndicatorPeriodIsAnError() {
		fixture.measurement.setDate(SmallTheater.date("2027-01-15"));
		Diagnostic problem = onlyProblem(CounterpartValidator.MEASUREMENT_OUTSIDE_PERIOD, Diagnostic.ERROR, fixture.measurement);
		assertTrue(problem.getMessage().contains("2027-01-15"), problem.getMessage());
		assertTrue(problem.getMessage().contains("2026-01-01 to 2026-12-31"), problem.getMessage());
	}

	@Test
	void aMeasurementOnThePeriodBoundaryPasses() {
		fixture.measurement.setDate(SmallTheater.date("2026-12-31"));
		assertTrue(problems(CounterpartValidator.MEASUREMENT_OUTSIDE_PERIOD).isEmpty());
		fixture.measurement.setDate(SmallTheater.date("2026-01-01"));
		assertTrue(problems(CounterpartValidator.MEASUREMENT_OUTSIDE_PERIOD).isEmpty());
	}

	@Test
	void anIndicatorPeriodThatEndsBeforeItStartsIsAnError() {
		fixture.indicator.setPeriodEnd(SmallTheater.date("2025-12-31"));
		onlyProblem(CounterpartValidator.DATES_REVERSED, Diagnostic.ERROR, fixture.indicator);
	}

	@Test
	void aMeasurementSupportedByARetractedObservationIsAWarning() {
		fixture.observation.setStatus(ObservationStatus.RETRACTED);
		onlyProblem(CounterpartValidator.RETRACTED_SUPPORT, Diagnostic.WARNING, fixture.measurement);
	}

	// --- releasability

	@Test
	void anObjectReleasableToMoreCountriesThanItsContainerIsAnError() {
		Marking wider = SmallTheater.relToUsaXvm();
		wider.getRelTo().add("GBR");
		fixture.observation.setMarking(wider);
		Diagnostic problem = onlyProblem(CounterpartValidator.RELEASABILITY, Diagnostic.ERROR, fixture.observation);
		assertTrue(problem.getMessage().contains("releasable to GBR"), problem.getMessage());
		assertTrue(problem.getMessage().contains("CUI//REL TO USA, XVM"), problem.getMessage());
	}

	@Test
	void anObjectLessRestrictiveThanItsContainerIsAnError() {
		Marking unclassified = SmallTheater.FACTORY.createMarking();
		unclassified.setClassification(Classification.UNCLASSIFIED);
		unclassified.getRelTo().add("USA");
		fixture.kle.setMarking(unclassified);
		Diagnostic problem = onlyProblem(CounterpartValidator.RELEASABILITY, Diagnostic.ERROR, fixture.kle);
		assertTrue(problem.getMessage().contains("marked UNCLASSIFIED, less restrictive than CUI"), problem.getMessage());
	}

	@Test
	void anObjectInsideANofornObjectMustBeNofornToo() {
		fixture.observation.setMarking(SmallTheater.noforn());
		fixture.attachment.setMarking(SmallTheater.relToUsaXvm());
		List<Diagnostic> found = problems(CounterpartValidator.RELEASABILITY);
		assertEquals(2, found.size(), found::toString); // REL TO wider than none, and NOFORN missing
		assertTrue(found.stream().allMatch(d -> d.getData().get(0) == fixture.attachment));
	}

	@Test
	void anObjectMarkedMoreNarrowlyThanItsContainerPasses() {
		fixture.observation.setMarking(SmallTheater.noforn());
		Marking usOnly = SmallTheater.noforn();
		fixture.attachment.setMarking(usOnly);
		assertTrue(problems(CounterpartValidator.RELEASABILITY).isEmpty());
	}

	@Test
	void aWorkspaceWithoutDefaultMarkingIsAnError() {
		fixture.theater.setMarking(null);
		Diagnostic problem = onlyProblem(CounterpartValidator.NO_DEFAULT_MARKING, Diagnostic.ERROR, fixture.theater);
		assertTrue(problem.getMessage().contains("CUI//REL TO USA, XVM"), problem.getMessage());
	}

	@Test
	void contradictoryOrMalformedMarkingsAreErrors() {
		Marking marking = SmallTheater.noforn();
		marking.getRelTo().add("USA");
		marking.getRelTo().add("uk");
		fixture.observation.setMarking(marking);
		List<Diagnostic> found = problems(CounterpartValidator.MALFORMED_MARKING);
		assertEquals(2, found.size(), found::toString);
		assertTrue(found.stream().anyMatch(d -> d.getMessage().contains("both NOFORN and REL TO")));
		assertTrue(found.stream().anyMatch(d -> d.getMessage().contains("\"uk\"")));
		assertTrue(found.stream().allMatch(d -> d.getData().get(0) == marking && d.getSeverity() == Diagnostic.ERROR));
	}

	@Test
	void controlsOnUnclassifiedAreAnErrorAndUnknownControlsAWarning() {
		fixture.theater.getMarking().setClassification(Classification.UNCLASSIFIED);
		fixture.theater.getMarking().getDisseminationControls().add("EYES ONLY");
		fixture.ilves.setMarking(null);
		List<Diagnostic> found = problems(CounterpartValidator.MALFORMED_MARKING);
		assertEquals(List.of(Diagnostic.ERROR, Diagnostic.WARNING), found.stream().map(Diagnostic::getSeverity).toList(), found::toString);
	}

	// --- engagements

	@Test
	void anEngagementEndingBeforeItStartsIsAnError() {
		fixture.kle.setEnd(SmallTheater.date("2026-03-03"));
		Diagnostic problem = onlyProblem(CounterpartValidator.DATES_REVERSED, Diagnostic.ERROR, fixture.kle);
		assertTrue(problem.getMessage().startsWith("Engagement \"KLE: Border security priorities (2026-03-04)\" ends on 2026-03-03, before it starts on 2026-03-04."), problem.getMessage());
	}

	@Test
	void anEngagementEndingOnItsStartDayOrWithoutEndPasses() {
		assertTrue(problems(CounterpartValidator.DATES_REVERSED).isEmpty());
		fixture.kle.setEnd(null);
		assertTrue(problems(CounterpartValidator.DATES_REVERSED).isEmpty());
	}

	// --- observations: text, position, time

	@Test
	void aFinalObservationWithoutTextIsAnError() {
		fixture.observation.setText("  ");
		onlyProblem(CounterpartValidator.FINAL_WITHOUT_TEXT, Diagnostic.ERROR, fixture.observation);
	}

	@Test
	void aDraftObservationMayHaveNoTextYet() {
		fixture.observation.setText(null);
		fixture.observation.setStatus(ObservationStatus.DRAFT);
		assertTrue(problems(CounterpartValidator.FINAL_WITHOUT_TEXT).isEmpty());
	}

	@Test
	void coordinatesOutOfRangeAreErrors() {
		fixture.observation.setLatitude(91.0);
		fixture.observation.setLongitude(-180.5);
		List<Diagnostic> found = problems(CounterpartValidator.INVALID_POSITION);
		assertEquals(2, found.size(), found::toString);
		assertTrue(found.get(0).getMessage().contains("latitude 91.0, outside -90 to 90"), found.get(0).getMessage());
		assertTrue(found.get(1).getMessage().contains("longitude -180.5, outside -180 to 180"), found.get(1).getMessage());
	}

	@Test
	void aLatitudeWithoutLongitudeIsAnError() {
		fixture.observation.setLongitude(null);
		onlyProblem(CounterpartValidator.INVALID_POSITION, Diagnostic.ERROR, fixture.observation);
	}

	@Test
	void extremeButValidCoordinatesAndNoPositionPass() {
		fixture.observation.setLatitude(-90.0);
		fixture.observation.setLongitude(180.0);
		assertTrue(problems(CounterpartValidator.INVALID_POSITION).isEmpty());
		fixture.observation.setLatitude(null);
		fixture.observation.setLongitude(null);
		assertTrue(problems(CounterpartValidator.INVALID_POSITION).isEmpty());
	}

	@Test
	void anObservationRecordedBeforeItWasObservedIsAWarning() {
		fixture.observation.setRecordedAt(SmallTheater.date("2026-03-01"));
		onlyProblem(CounterpartValidator.DATES_REVERSED, Diagnostic.WARNING, fixture.observation);
	}

	@Test
	void anAttachmentWithAMalformedHashIsAnError() {
		fixture.attachment.setSha256("not-a-hash");
		Diagnostic problem = onlyProblem(CounterpartValidator.MALFORMED_ATTACHMENT, Diagnostic.ERROR, fixture.attachment);
		assertTrue(problem.getMessage().contains("IMG_1234.jpg"), problem.getMessage());
	}

	// --- identity

	@Test
	void duplicateIdsAreAnError() {
		fixture.reyes.setId(fixture.ilves.getId());
		Diagnostic problem = onlyProblem(CounterpartValidator.DUPLICATE_ID, Diagnostic.ERROR, fixture.reyes);
		assertTrue(problem.getMessage().contains(fixture.ilves.getId()), problem.getMessage());
		assertTrue(problem.getMessage().contains("Col. Marta Ilves"), problem.getMessage());
	}

	@Test
	void theFactoryGivesEveryObjectAUniqueUuidAndCreationTime() {
		FieldObservation first = SmallTheater.FACTORY.createFieldObservation();
		FieldObservation second = SmallTheater.FACTORY.createFieldObservation();
		assertTrue(first.getId().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), first.getId());
		assertFalse(first.getId().equals(second.getId()));
		assertTrue(first.getCreatedAt() != null);
		assertTrue(problems(CounterpartValidator.DUPLICATE_ID).isEmpty());
	}

	@Test
	void missingOrMalformedIdsAreErrors() {
		fixture.kle.setId(null);
		onlyProblem(CounterpartValidator.INVALID_ID, Diagnostic.ERROR, fixture.kle);
		fixture.kle.setId("KLE-1");
		Diagnostic problem = onlyProblem(CounterpartValidator.INVALID_ID, Diagnostic.ERROR, fixture.kle);
		assertTrue(problem.getMessage().contains("\"KLE-1\", which is not a UUID"), problem.getMessage());
	}

	@Test
	void namesAndTitlesAreRequired() {
		fixture.generalStaff.setName(null);
		fixture.generalStaff.setAcronym(null);
		fixture.reyes.setGivenName(" ");
		fixture.reyes.setFamilyName(null);
		fixture.objective.setTitle("");
		fixture.indicator.setName(null);
		List<Diagnostic> found = problems(CounterpartValidator.MISSING_NAME);
		assertEquals(4, found.size(), found::toString);
		fixture.reyes.setFamilyName("Reyes");
		assertEquals(3, problems(CounterpartValidator.MISSING_NAME).size());
	}

	@Test
	void validatingASingleObjectChecksOnlyIt() {
		fixture.kle.setEnd(SmallTheater.date("2026-03-01"));
		fixture.observation.setText(null);
		Diagnostic result = WorkspaceValidation.validate(fixture.observation);
		assertEquals(1, result.getChildren().size(), () -> result.getChildren().toString());
		assertEquals(2, WorkspaceValidation.problems(WorkspaceValidation.validate(fixture.theater), Diagnostic.ERROR).size());
	}
}
