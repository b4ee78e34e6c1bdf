package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.model.Contact;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.model.demo.OfflineEditGenerator.EditKind;
import org.counterpart.model.demo.OfflineEditGenerator.Summary;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class OfflineEditGeneratorTest {

	private static final String AUTHOR = "CPT Field Tester";

	@Test
	void theSameSeedOnTheSameStateMakesTheSameEdits() {
		Theater first = new DemoCountryGenerator(1, 1).generate();
		Theater second = new DemoCountryGenerator(1, 1).generate();
		Summary firstSummary = new OfflineEditGenerator(9, AUTHOR).apply(first, 300);
		Summary secondSummary = new OfflineEditGenerator(9, AUTHOR).apply(second, 300);
		assertEquals(firstSummary, secondSummary);
		assertTrue(EcoreUtil.equals(first, second), "equal workspaces after the same edits");
	}

	@Test
	void anotherSeedMakesOtherEdits() {
		Theater first = new DemoCountryGenerator(1, 1).generate();
		Theater second = new DemoCountryGenerator(1, 1).generate();
		new OfflineEditGenerator(9, AUTHOR).apply(first, 50);
		new OfflineEditGenerator(10, AUTHOR).apply(second, 50);
		assertFalse(EcoreUtil.equals(first, second));
	}

	@Test
	void runningAgainOnTheResultMakesNewEditsAndNewIds() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		new OfflineEditGenerator(9, AUTHOR).apply(theater, 200);
		Theater afterFirstRun = EcoreUtil.copy(theater);
		new OfflineEditGenerator(9, AUTHOR).apply(theater, 200);
		assertFalse(EcoreUtil.equals(afterFirstRun, theater), "a second run with the same seed still edits");
		assertIdsUnique(theater);
	}

	@Test
	void theMixHasEveryKindInRoughlyItsShare() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		int before = theater.getObservations().size();
		int contactsBefore = theater.getContacts().size();
		Summary summary = new OfflineEditGenerator(3, AUTHOR).apply(theater, 1000);
		assertEquals(1000, summary.total());
		for (EditKind kind : EditKind.values()) {
			int count = summary.count(kind);
			assertTrue(count > 0, kind + " occurs");
			// Kinds that find nothing to edit fall back to new observations, so only those may exceed their share much.
			if (kind != EditKind.NEW_OBSERVATION) {
				assertTrue(Math.abs(count - 10 * kind.percent()) <= 3 * kind.percent() + 15, kind + ": " + count);
			}
		}
		assertEquals(before + summary.count(EditKind.NEW_OBSERVATION) - summary.count(EditKind.OBSERVATION_DELETED), theater.getObservations().size());
		assertEquals(contactsBefore + summary.count(EditKind.NEW_CONTACT), theater.getContacts().size());
		assertTrue(summary.toString().startsWith(summary.count(EditKind.NEW_OBSERVATION) + " new observations, "), summary.toString());
	}

	@Test
	void newObservationsAreMostlyDraftsByTheAuthor() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		Set<String> existing = ids(theater);
		new OfflineEditGenerator(4, AUTHOR).apply(theater, 500);
		List<FieldObservation> created = theater.getObservations().stream().filter(o -> !existing.contains(o.getId())).toList();
		assertFalse(created.isEmpty());
		for (FieldObservation observation : created) {
			assertEquals(AUTHOR, observation.getAuthor());
			assertEquals(AUTHOR, observation.getCreatedBy());
			assertFalse(observation.getText().isBlank());
			assertFalse(observation.getRecordedAt().before(observation.getObservedAt()), "recorded after observed");
			assertTrue(observation.getMarking() != null, "marked");
		}
		long drafts = created.stream().filter(o -> o.getStatus() == ObservationStatus.DRAFT).count();
		assertTrue(drafts > created.size() / 2, drafts + " drafts of " + created.size());
		List<Contact> newContacts = theater.getContacts().stream().filter(c -> !existing.contains(c.getId())).toList();
		assertFalse(newContacts.isEmpty());
		for (Contact contact : newContacts) {
			assertTrue(contact.getAffiliation() != null && theater.getInstitutions().contains(contact.getAffiliation()), "affiliated in the workspace");
		}
	}

	@Test
	void aThousandEditsOnTheDemoLeaveNoValidationErrorsAndNoDanglingReferences() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		Summary summary = new OfflineEditGenerator(1, AUTHOR).apply(theater, 1000);
		assertTrue(summary.count(EditKind.OBSERVATION_DELETED) > 0 && summary.count(EditKind.OBJECTIVE_MOVED) > 0);
		List<Diagnostic> errors = WorkspaceValidation.problems(WorkspaceValidation.validate(theater), Diagnostic.ERROR);
		assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(Diagnostic::getMessage).toList().toString());
		assertNoDanglingReferences(theater);
		assertIdsUnique(theater);
	}

	@Test
	void deletingASupportingObservationRemovesItFromMeasurements() {
		// Seed 1's demo has retracted observations that measurements cite; the edits must not leave those citations behind.
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		for (int run = 0; run < 5; run++) {
			new OfflineEditGenerator(run, AUTHOR).apply(theater, 400);
			assertNoDanglingReferences(theater);
		}
		List<Diagnostic> errors = WorkspaceValidation.problems(WorkspaceValidation.validate(theater), Diagnostic.ERROR);
		assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void anEmptyWorkspaceGetsObservationEditsOnly() {
		Theater theater = new SmallTheater().theater;
		theater.getObservations().clear();
		theater.getRelationships().clear();
		theater.getEngagements().clear();
		theater.getContacts().clear();
		theater.getInstitutions().clear();
		theater.getObjectives().clear();
		Summary summary = new OfflineEditGenerator(5, AUTHOR).apply(theater, 20);
		// With nothing else in the workspace, every edit is about the observations the edits themselves create.
		assertEquals(20, summary.total());
		Set<EditKind> observationEdits = Set.of(EditKind.NEW_OBSERVATION, EditKind.OBSERVATION_FINALISED, EditKind.OBSERVATION_RETRACTED, EditKind.OBSERVATION_DELETED);
		assertTrue(observationEdits.containsAll(summary.counts().keySet()), summary.toString());
		assertEquals(summary.count(EditKind.NEW_OBSERVATION) - summary.count(EditKind.OBSERVATION_DELETED), theater.getObservations().size());
		assertTrue(theater.getContacts().isEmpty());
		assertNoValidationErrors(theater);
	}

	@Test
	void aSmallWorkspaceStaysValid() {
		Theater theater = new SmallTheater().theater;
		Summary summary = new OfflineEditGenerator(5, AUTHOR).apply(theater, 200);
		assertEquals(200, summary.total());
		assertNoValidationErrors(theater);
		assertNoDanglingReferences(theater);
	}

	private static void assertNoValidationErrors(Theater theater) {
		List<Diagnostic> errors = WorkspaceValidation.problems(WorkspaceValidation.validate(theater), Diagnostic.ERROR);
		assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void badArgumentsAreRefusedAndChangeNothing() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		Theater copy = EcoreUtil.copy(theater);
		assertThrows(IllegalArgumentException.class, () -> new OfflineEditGenerator(1, AUTHOR).apply(theater, 0));
		assertThrows(IllegalArgumentException.class, () -> new OfflineEditGenerator(1, " "));
		assertTrue(EcoreUtil.equals(copy, theater));
		assertTrue(theater.eAdapters().isEmpty(), "no adapter left behind");
	}

	@Test
	void summaryNamesEachKindMade() {
		Summary summary = new Summary(Map.of(EditKind.NEW_CONTACT, 1, EditKind.NEW_OBSERVATION, 61));
		assertEquals("61 new observations, 1 new contact", summary.toString());
		assertEquals(62, summary.total());
		assertNotEquals(summary, new Summary(Map.of(EditKind.NEW_CONTACT, 1)));
	}

	private static void assertNoDanglingReferences(Theater theater) {
		for (Iterator<EObject> contents = theater.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer()) {
					continue;
				}
				List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference) : java.util.Collections.singletonList(object.eGet(reference));
				for (Object target : targets) {
					if (target != null) {
						assertSame(theater, EcoreUtil.getRootContainer((EObject) target),
							() -> reference.getName() + " of " + object + " points outside the workspace: " + target);
					}
				}
			}
		}
	}

	private static Set<String> ids(Theater theater) {
		Set<String> ids = new HashSet<>();
		theater.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified) {
				ids.add(identified.getId());
			}
		});
		return ids;
	}

	private static void assertIdsUnique(Theater theater) {
		int count = 0;
		for (Iterator<EObject> contents = theater.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified) {
				count++;
			}
		}
		assertEquals(count, ids(theater).size(), "ids are unique");
	}
}
