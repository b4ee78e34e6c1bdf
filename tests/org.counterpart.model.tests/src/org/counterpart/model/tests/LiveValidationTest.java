package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Marking;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.validation.LiveValidation;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Problems kept current object by object agree with a full validation after each kind of edit. */
public class LiveValidationTest {

	private SmallTheater small;
	private LiveValidation live;
	private int changes;

	@BeforeEach
	public void start() {
		small = new SmallTheater();
		live = new LiveValidation(small.theater);
		small.theater.eAdapters().add(live.tracker());
		live.setChangeListener(() -> changes++);
		live.validate(live.takeWork());
		assertFalse(live.hasWork());
	}

	@Test
	public void anUngradedFinalObservationShowsAndGradingItClearsIt() {
		small.observation.setSourceReliability(SourceReliability.UNGRADED);
		assertTrue(changes > 0 && live.hasWork(), "the change is noted");
		List<EObject> work = live.takeWork();
		assertTrue(work.size() < 5, "only what the change reaches: " + work);
		live.validate(work);
		assertEquals(List.of(CounterpartValidator.UNGRADED), codes());
		assertEquals(Diagnostic.ERROR, live.problems().get(0).getSeverity());
		assertEquals(small.observation, LiveValidation.subjectOf(live.problems().get(0)));

		small.observation.setSourceReliability(SourceReliability.F);
		small.observation.setInformationCredibility(InformationCredibility.CANNOT_BE_JUDGED);
		catchUp();
		assertEquals(List.of(), codes());
	}

	@Test
	public void aLooserMarkingShowsOnTheObjectAndTighteningClearsIt() {
		Marking loose = SmallTheater.FACTORY.createMarking();
		loose.setClassification(Classification.UNCLASSIFIED);
		small.kle.setMarking(loose);
		catchUp();
		assertTrue(codes().contains(CounterpartValidator.RELEASABILITY), codes().toString());
		assertEquals(small.kle, LiveValidation.subjectOf(live.problems().get(0)));
		small.kle.setMarking(EcoreUtil.copy(small.theater.getMarking()));
		catchUp();
		assertEquals(List.of(), codes());
	}

	@Test
	public void theTheatersMarkingReachesEveryObject() {
		small.theater.getMarking().getDisseminationControls().add("FEDONLY");
		assertEquals(fullCount(), live.takeWork().size(), "a full pass");
	}

	@Test
	public void retractingAnObservationReachesTheMeasurementItSupports() {
		small.observation.setStatus(ObservationStatus.RETRACTED);
		catchUp();
		assertEquals(List.of(CounterpartValidator.RETRACTED_SUPPORT), codes());
		assertEquals(small.measurement, LiveValidation.subjectOf(live.problems().get(0)));
	}

	@Test
	public void deletedObjectsLoseTheirProblemsAndUndoneDeletesBringThemBack() {
		small.reyes.setAffiliation(null);
		catchUp();
		assertEquals(List.of(CounterpartValidator.CONTACT_WITHOUT_AFFILIATION), codes());
		small.theater.getContacts().remove(small.reyes);
		catchUp();
		assertEquals(List.of(), codes());
		small.theater.getContacts().add(small.reyes);
		catchUp();
		assertEquals(List.of(CounterpartValidator.CONTACT_WITHOUT_AFFILIATION), codes());
	}

	@Test
	public void afterEditsTheLiveProblemsAreThoseOfAFullValidation() {
		small.reyes.setAffiliation(null);
		small.kle.setEnd(SmallTheater.date("2026-01-01"));
		small.generalStaff.setParent(small.ministry);
		small.ministry.setParent(small.generalStaff);
		small.counterpart.setStrength(9);
		catchUp();
		List<String> full = WorkspaceValidation.problems(WorkspaceValidation.validate(small.theater), Diagnostic.ERROR).stream()
				.map(Diagnostic::getMessage).sorted().toList();
		List<String> kept = live.problems().stream().filter(p -> p.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage)
				.sorted().toList();
		assertEquals(full, kept);
		assertTrue(full.size() >= 4, full.toString());
	}

	private void catchUp() {
		live.validate(live.takeWork());
	}

	private int fullCount() {
		int count = 1;
		for (var contents = small.theater.eAllContents(); contents.hasNext(); contents.next()) {
			count++;
		}
		return count;
	}

	private List<Integer> codes() {
		return live.problems().stream().map(Diagnostic::getCode).sorted().toList();
	}
}
