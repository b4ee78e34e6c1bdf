package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.counterpart.model.Contact;
import org.counterpart.model.Identified;
import org.counterpart.model.Indicator;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class DemoCountryGeneratorTest {

	@Test
	void scaleOneHasTheAgreedNumbersOfEachKind() {
		Theater theater = new DemoCountryGenerator(1, 1).generate();
		assertTrue(theater.getInstitutions().size() >= 40, "institutions");
		assertTrue(theater.getContacts().size() >= 150, "contacts");
		assertTrue(theater.getRelationships().size() >= 300, "relationships");
		assertTrue(theater.getEngagements().size() >= 60, "engagements");
		assertEquals(1000, theater.getObservations().size(), "observations");
		List<Objective> objectives = theater.getObjectives().stream().flatMap(endState -> endState.getSubObjectives().stream()).toList();
		assertTrue(objectives.size() >= 12, "objectives");
		for (Objective objective : objectives) {
			assertFalse(objective.getIndicators().isEmpty(), "every objective has indicators");
			for (Indicator indicator : objective.getIndicators()) {
				assertFalse(indicator.getMeasurements().isEmpty(), "every indicator has measurements");
			}
		}
		assertTrue(theater.getObservations().stream().anyMatch(o -> !o.getAttachments().isEmpty()), "some observations have attachments");
	}

	@Test
	void scaleOneValidatesWithoutErrors() {
		Diagnostic result = WorkspaceValidation.validate(new DemoCountryGenerator(1, 1).generate());
		List<Diagnostic> errors = WorkspaceValidation.problems(result, Diagnostic.ERROR);
		assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void scaleOneHundredIsAHundredTimesLargerAndValidatesWithoutErrors() {
		Theater theater = new DemoCountryGenerator(5, 100).generate();
		assertEquals(100_000, theater.getObservations().size());
		assertEquals(100 * DemoCountryGenerator.CONTACTS, theater.getContacts().size());
		assertEquals(100 * DemoCountryGenerator.RELATIONSHIPS, theater.getRelationships().size());
		List<Diagnostic> errors = WorkspaceValidation.problems(WorkspaceValidation.validate(theater), Diagnostic.ERROR);
		assertTrue(errors.isEmpty(), () -> errors.stream().limit(10).map(Diagnostic::getMessage).toList().toString());
	}

	@Test
	void theSameSeedGivesAnEqualModel() {
		Theater first = new DemoCountryGenerator(42, 1).generate();
		Theater second = new DemoCountryGenerator(42, 1).generate();
		assertTrue(EcoreUtil.equals(first, second));
		assertEquals(first.getObservations().get(500).getId(), second.getObservations().get(500).getId());
	}

	@Test
	void generatingTwiceFromOneGeneratorGivesEqualModels() {
		DemoCountryGenerator generator = new DemoCountryGenerator(42, 1);
		assertTrue(EcoreUtil.equals(generator.generate(), generator.generate()));
	}

	@Test
	void aDifferentSeedGivesADifferentModel() {
		Theater first = new DemoCountryGenerator(42, 1).generate();
		Theater second = new DemoCountryGenerator(43, 1).generate();
		assertFalse(EcoreUtil.equals(first, second));
		assertFalse(first.getContacts().get(1).getId().equals(second.getContacts().get(1).getId()));
	}

	@Test
	void everyObjectHasAUniqueUuidACreatorAndAMarking() {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		Set<String> ids = new HashSet<>();
		for (Iterator<EObject> contents = EcoreUtil.getAllContents(theater, true); contents.hasNext();) {
			if (contents.next() instanceof Identified identified) {
				assertTrue(identified.getId().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), identified.getId());
				assertTrue(ids.add(identified.getId()), "duplicate id " + identified.getId());
				assertTrue(identified.getCreatedAt() != null && identified.getCreatedBy() != null, ObjectLabels.labelOf(identified));
				assertTrue(identified.getEffectiveMarking() != null, ObjectLabels.labelOf(identified));
			}
		}
		assertTrue(ids.size() > 2000, "objects: " + ids.size());
	}

	@Test
	void theFirstContactIsTheOneDemonstrationsStartFrom() {
		Contact first = new DemoCountryGenerator(9, 1).generate().getContacts().get(0);
		assertEquals("Col. Marta Ilves — Chief J5, General Staff", ObjectLabels.labelOf(first));
	}

	@Test
	void scaleBelowOneIsRefused() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new DemoCountryGenerator(1, 0));
		assertTrue(error.getMessage().contains("at least 1"));
	}
}
