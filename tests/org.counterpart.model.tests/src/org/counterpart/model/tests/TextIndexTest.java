package org.counterpart.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.search.SearchHit;
import org.counterpart.model.search.SearchHit.MatchedText;
import org.counterpart.model.search.TextIndex;
import org.counterpart.model.search.TextIndexUpdater;
import org.counterpart.model.search.Words;
import org.counterpart.model.search.Words.Span;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory full-text index: prefixes, ranking, highlight spans, and keeping up with the model. */
public class TextIndexTest {

	private SmallTheater small;
	private TextIndex index;

	@BeforeEach
	public void index() {
		small = new SmallTheater();
		index = TextIndex.of(small.theater);
		small.theater.eAdapters().add(new TextIndexUpdater(index));
	}

	@Test
	public void aWordPrefixFindsTheWordWhateverItsCaseAndAccents() {
		small.reyes.setPosition("Ambassador's aide");
		assertEquals(List.of(small.reyes), objects("ambas"));
		assertEquals(List.of(small.reyes), objects("AMBASSADOR"));
		small.ilves.setPosition("Pääsekretär");
		assertEquals(List.of(small.ilves), objects("paasek"));
		assertEquals(List.of(), objects("mbassador"), "a word matches from its start only");
		assertEquals(List.of(), objects("   "), "a blank query finds nothing");
	}

	@Test
	public void everyKindOfTextIsSearched() {
		assertTrue(objects("kaarlinna").contains(small.observation), "place name");
		assertTrue(objects("radios").contains(small.observation), "observation text");
		assertTrue(objects("j5").contains(small.ilves), "position");
		assertTrue(objects("interoperable").contains(small.endState), "objective title");
		assertTrue(objects("valmaa").contains(small.theater), "the partner country");
		assertTrue(objects("img").contains(small.attachment), "attachment file name");
		small.observation.getTopics().add("Procurement");
		assertTrue(objects("procure").contains(small.observation), "topics");
		assertEquals(List.of(), objects("9f86d0"), "hashes are not searched");
	}

	@Test
	public void moreMatchedWordsRankFirstThenWeightierTexts() {
		// "border" is in the objective's title (weight 4), the indicator's name (4), the engagement title (4) and
		// the observation's text (1); "radios" only in the indicator's name and the observation's text.
		List<EObject> found = objects("border radios");
		assertEquals(small.indicator, found.get(0), "both words, in a name");
		assertEquals(small.observation, found.get(1), "both words, in a text");
		assertTrue(found.indexOf(small.objective) > 1 && found.indexOf(small.kle) > 1, "one word only: " + found);
		SearchHit first = index.search("border radios", 10).hits().get(0);
		assertEquals(2, first.matchedWords());
		assertTrue(first.score() > index.search("border radios", 10).hits().get(1).score());

		small.reyes.setNotes("Met at the border");
		List<EObject> border = objects("border");
		assertTrue(border.indexOf(small.kle) < border.indexOf(small.reyes), "a title outweighs a note: " + border);
		assertTrue(border.indexOf(small.objective) < border.indexOf(small.observation), "a title outweighs a text");
	}

	@Test
	public void anExactWordOutranksALongerWordWithThatPrefix() {
		small.reyes.setPosition("Post commander");
		small.ilves.setPosition("Posting officer");
		small.indicator.setName("Wells");
		small.observation.setText("nothing");
		List<EObject> found = objects("post");
		assertEquals(small.reyes, found.get(0));
		assertEquals(small.ilves, found.get(1));
	}

	@Test
	public void hitsCarryTheMatchedWordsPlacesForHighlighting() {
		SearchHit hit = index.search("eastern rad", 10).hits().stream().filter(h -> h.object() == small.observation)
				.findFirst().orElseThrow();
		MatchedText text = hit.best();
		assertEquals(CounterpartPackage.Literals.FIELD_OBSERVATION__TEXT, text.text().attribute());
		String observed = small.observation.getText();
		assertEquals(List.of("eastern", "radios"), text.spans().stream().map(s -> observed.substring(s.start(), s.end())).toList());

		List<Span> spans = Words.matches("Col. Ilves - Chief J5", Words.ofQuery("ilv j"));
		assertEquals(List.of(new Span(5, 10), new Span(19, 21)), spans);
	}

	@Test
	public void aChangedTextIsFoundAtOnceAndTheOldOneNoLonger() {
		assertEquals(List.of(), objects("zephyrine"));
		small.reyes.setFamilyName("Zephyrine");
		assertEquals(List.of(small.reyes), objects("zeph"));
		small.reyes.setFamilyName("Reyes");
		assertEquals(List.of(), objects("zeph"));
		assertTrue(objects("reyes").contains(small.reyes));
	}

	@Test
	public void addedObjectsAreFoundAndDeletedOnesAreNot() {
		FieldObservation added = SmallTheater.FACTORY.createFieldObservation();
		added.setText("Quartermaster inventory of night vision goggles");
		small.theater.getObservations().add(added);
		assertEquals(List.of(added), objects("goggl"));

		EcoreUtil.delete(small.observation, true);
		assertEquals(List.of(), objects("receive"), "the deleted observation's text is gone");
		assertEquals(List.of(), objects("img_1234"), "and its attachment with it");
		assertFalse(index.contains(small.attachment));
		small.theater.getObservations().add(small.observation);
		assertEquals(List.of(small.observation), objects("receive"), "undoing a delete brings it back");
	}

	@Test
	public void manyReplacedObjectsAreCompactedWithoutLosingAnything() {
		for (int i = 0; i < 3000; i++) {
			FieldObservation observation = SmallTheater.FACTORY.createFieldObservation();
			observation.setText("routine " + i);
			small.theater.getObservations().add(observation);
		}
		int before = index.size();
		List<FieldObservation> routine = small.theater.getObservations().subList(1, 2501);
		routine.clear();
		assertEquals(before - 2500, index.size());
		assertEquals(500, index.search("routine", 10_000).total());
		assertSame(small.observation, objects("receive").get(0));
		small.reyes.setFamilyName("Zephyrine");
		assertEquals(List.of(small.reyes), objects("zephyrine"));
	}

	private List<EObject> objects(String query) {
		return index.search(query, 100).hits().stream().map(SearchHit::object).toList();
	}
}
