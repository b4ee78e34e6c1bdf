package org.counterpart.model.search;

import java.util.List;

import org.counterpart.model.search.Words.Span;
import org.eclipse.emf.ecore.EObject;

/**
 * An object a search found: how well it matched ({@code matchedWords} of the query's words, then {@code score}, the
 * weights of the texts they matched in) and its texts that matched, with the matched words' places for highlighting.
 */
public record SearchHit(EObject object, int matchedWords, int score, List<MatchedText> texts) {

	/** A text of the object in which query words matched, and where. */
	public record MatchedText(IndexedTexts.Text text, List<Span> spans) {
	}

	/** The matched text that weighs most (the first if several weigh the same), or null. */
	public MatchedText best() {
		MatchedText best = null;
		for (MatchedText text : texts) {
			if (best == null || text.text().weight() > best.text().weight()) {
				best = text;
			}
		}
		return best;
	}
}
