package org.counterpart.model.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.tests.harness.SeededRuns;
import org.junit.jupiter.api.Test;

/**
 * The marking summary that every banner shows: worked examples, and the lattice laws on seeded random markings.
 */
public class MarkingSummaryTest {

	private static final String[] COUNTRIES = { "USA", "XVM", "GBR", "FRA", "DEU" };
	private static final String[] CONTROLS = { "NOFORN", "FEDCON", "PROPIN" };

	@Test
	public void oneMarkingReadsAsItsBannerLine() {
		assertEquals("CUI//REL TO USA, XVM", MarkingSummary.of(marking(Classification.CUI, List.of(), "XVM", "USA")).banner());
		assertEquals("UNCLASSIFIED", MarkingSummary.of(marking(Classification.UNCLASSIFIED, List.of())).banner());
		assertEquals("CUI//NOFORN", MarkingSummary.of(marking(Classification.CUI, List.of("NOFORN"))).banner());
		assertEquals("CUI", MarkingSummary.of(marking(Classification.CUI, List.of())).banner());
	}

	@Test
	public void nothingMarkedIsUnmarkedAndNeutral() {
		assertTrue(MarkingSummary.EMPTY.isEmpty());
		assertNull(MarkingSummary.EMPTY.classification());
		assertEquals("UNMARKED", MarkingSummary.EMPTY.banner());
		assertEquals(MarkingSummary.EMPTY, MarkingSummary.of(null));
		MarkingSummary cui = MarkingSummary.of(marking(Classification.CUI, List.of(), "USA", "XVM"));
		assertEquals(cui, cui.with(MarkingSummary.EMPTY));
		assertEquals(cui, MarkingSummary.EMPTY.with(cui));
	}

	@Test
	public void theHighestClassificationTheCommonCountriesAndAllControlsWin() {
		MarkingSummary summary = MarkingSummary.ofMarkings(List.of(
				marking(Classification.UNCLASSIFIED, List.of(), "USA", "XVM", "GBR"),
				marking(Classification.CUI, List.of("FEDCON"), "USA", "XVM", "FRA"),
				marking(Classification.CUI, List.of("PROPIN"), "USA", "GBR", "XVM")));
		assertEquals(Classification.CUI, summary.classification());
		assertEquals(List.of("USA", "XVM"), summary.relTo());
		assertEquals("CUI//FEDCON//PROPIN//REL TO USA, XVM", summary.banner());
	}

	@Test
	public void relToListsWithNoForeignCountryInCommonMakeNoforn() {
		MarkingSummary summary = MarkingSummary.ofMarkings(List.of(
				marking(Classification.CUI, List.of(), "USA", "XVM"), marking(Classification.CUI, List.of(), "USA", "GBR")));
		assertEquals(List.of(), summary.relTo());
		assertEquals(List.of("USA"), summary.releasableTo());
		assertEquals("CUI//NOFORN", summary.banner());
		assertFalse(summary.disseminationControls().contains("NOFORN"), "the derived NOFORN is the banner's, not a part's");
	}

	@Test
	public void exerciseMaterialIsFramedByExerciseWords() {
		MarkingSummary summary = MarkingSummary.of(marking(Classification.CUI, List.of(), "USA", "XVM")).withExercise(true);
		assertTrue(summary.isExercise());
		assertEquals("CUI//REL TO USA, XVM", summary.marking());
		assertEquals("EXERCISE EXERCISE EXERCISE - CUI//REL TO USA, XVM - EXERCISE EXERCISE EXERCISE", summary.banner());
		assertTrue(summary.with(MarkingSummary.of(marking(Classification.UNCLASSIFIED, List.of()))).isExercise(),
				"exercise material stays exercise material when joined");
	}

	@Test
	public void objectsCountWithTheMarkingThatGovernsThem() {
		Theater theater = CounterpartFactory.eINSTANCE.createTheater();
		theater.setMarking(marking(Classification.CUI, List.of(), "USA", "XVM"));
		Contact inherits = CounterpartFactory.eINSTANCE.createContact();
		Contact noforn = CounterpartFactory.eINSTANCE.createContact();
		noforn.setMarking(marking(Classification.CUI, List.of("NOFORN")));
		theater.getContacts().add(inherits);
		theater.getContacts().add(noforn);
		assertEquals("CUI//REL TO USA, XVM", MarkingSummary.ofObjects(List.of(inherits, "not a model object")).banner());
		assertEquals("CUI//NOFORN", MarkingSummary.ofObjects(List.of(inherits, noforn)).banner());
		assertEquals(MarkingSummary.EMPTY, MarkingSummary.ofObjects(List.of(CounterpartFactory.eINSTANCE.createContact())),
				"an object that nothing marks counts for nothing");
	}

	@Test
	public void theSummaryOfAUnionIsAtLeastEachPart() {
		SeededRuns.check(getClass(), "unionCoversParts", 200, random -> {
			List<Marking> all = randomMarkings(random, 1 + random.nextInt(6));
			int split = random.nextInt(all.size() + 1);
			MarkingSummary left = MarkingSummary.ofMarkings(all.subList(0, split));
			MarkingSummary right = MarkingSummary.ofMarkings(all.subList(split, all.size()));
			MarkingSummary whole = MarkingSummary.ofMarkings(all);
			assertEquals(whole, left.with(right), "the join of the parts' summaries is the summary of the union");
			for (Marking part : all) {
				MarkingSummary one = MarkingSummary.of(part);
				assertTrue(whole.classification().getValue() >= one.classification().getValue(), "classification");
				assertTrue(whole.disseminationControls().containsAll(part.getDisseminationControls()), "controls");
				assertTrue(one.releasableTo().containsAll(whole.releasableTo()), "countries");
				for (String country : whole.releasableTo()) {
					assertTrue(Releasability.isReleasableTo(part, country), country + " may receive every part");
				}
			}
			for (String country : COUNTRIES) {
				boolean everyPart = all.stream().allMatch(part -> Releasability.isReleasableTo(part, country));
				assertEquals(everyPart, whole.releasableTo().contains(country), country);
			}
		});
	}

	@Test
	public void theIntersectionOfRelToDoesNotDependOnOrder() {
		SeededRuns.check(getClass(), "orderIndependent", 200, random -> {
			List<Marking> all = randomMarkings(random, random.nextInt(7));
			List<Marking> shuffled = new ArrayList<>(all);
			Collections.shuffle(shuffled, random);
			MarkingSummary summary = MarkingSummary.ofMarkings(all);
			MarkingSummary again = MarkingSummary.ofMarkings(shuffled);
			assertEquals(summary, again);
			assertEquals(summary.relTo(), again.relTo());
			assertEquals(summary.banner(), again.banner());
			if (all.size() >= 2) {
				MarkingSummary a = MarkingSummary.of(all.get(0));
				MarkingSummary b = MarkingSummary.of(all.get(1));
				assertEquals(a.with(b), b.with(a), "commutative");
				assertEquals(a.with(a), a, "idempotent");
			}
		});
	}

	private static List<Marking> randomMarkings(Random random, int count) {
		List<Marking> markings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Classification classification = Classification.VALUES.get(random.nextInt(Classification.VALUES.size()));
			List<String> controls = new ArrayList<>();
			for (String control : CONTROLS) {
				if (classification == Classification.CUI && random.nextInt(4) == 0) {
					controls.add(control);
				}
			}
			List<String> relTo = new ArrayList<>();
			if (!controls.contains("NOFORN")) {
				for (String country : COUNTRIES) {
					if (random.nextBoolean()) {
						relTo.add(country);
					}
				}
			}
			markings.add(marking(classification, controls, relTo.toArray(String[]::new)));
		}
		return markings;
	}

	static Marking marking(Classification classification, List<String> controls, String... relTo) {
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(classification);
		marking.getDisseminationControls().addAll(controls);
		marking.getRelTo().addAll(List.of(relTo));
		return marking;
	}
}
