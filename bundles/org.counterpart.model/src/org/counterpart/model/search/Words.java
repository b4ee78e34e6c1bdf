package org.counterpart.model.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts texts into words the way the index and the queries both see them: runs of letters and digits, compared in
 * lower case and without accents, so that "Valmaa" is found by "valm" and "Määrä" by "maara".
 */
public final class Words {

	private Words() {
	}

	/** A word of a text: its folded form and where it stands in the original text ({@code start} inclusive, {@code end} exclusive). */
	public record Word(String folded, int start, int end) {
	}

	/** The words of {@code text}, in order; none for null or blank text. */
	public static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		int length = text.length();
		int i = 0;
		while (i < length) {
			while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			if (i > start) {
				words.add(new Word(fold(text.substring(start, i)), start, i));
			}
		}
		return words;
	}

	/** The folded words of a query, duplicates dropped, in order. */
	public static List<String> ofQuery(String query) {
		List<String> folded = new ArrayList<>();
		for (Word word : of(query)) {
			if (!folded.contains(word.folded())) {
				folded.add(word.folded());
			}
		}
		return folded;
	}

	/** Lower case without diacritics; plain ASCII words (most of them) are only lower-cased. */
	public static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			if (lower.charAt(i) > 0x7f) {
				String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
				StringBuilder plain = new StringBuilder(decomposed.length());
				for (int j = 0; j < decomposed.length(); j++) {
					char c = decomposed.charAt(j);
					if (Character.getType(c) != Character.NON_SPACING_MARK) {
						plain.append(c);
					}
				}
				return plain.toString();
			}
		}
		return lower;
	}

	/**
	 * Where the words of {@code text} that start with one of {@code prefixes} (folded, see {@link #ofQuery(String)})
	 * stand, as {@code [start, end)} pairs in order: what a view highlights.
	 */
	public static List<Span> matches(String text, List<String> prefixes) {
		List<Span> spans = new ArrayList<>();
		if (prefixes.isEmpty()) {
			return spans;
		}
		for (Word word : of(text)) {
			for (String prefix : prefixes) {
				if (word.folded().startsWith(prefix)) {
					spans.add(new Span(word.start(), word.end()));
					break;
				}
			}
		}
		return spans;
	}

	/** A stretch of a text, {@code start} inclusive, {@code end} exclusive. */
	public record Span(int start, int end) {
		public int length() {
			return end - start;
		}
	}
}
