package org.counterpart.model.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.counterpart.model.Theater;
import org.counterpart.model.search.SearchHit.MatchedText;
import org.counterpart.model.search.Words.Span;
import org.counterpart.model.search.Words.Word;
import org.eclipse.emf.ecore.EObject;

/**
 * An in-memory full-text index of the texts of a Theater (see {@link IndexedTexts}), answering word-prefix queries
 * ranked by how many query words matched and in which texts. It lives in memory only, is built when the workspace is
 * opened and dropped with it, so no plaintext word list is ever written to disk.
 * <p>
 * Layout: a sorted dictionary of folded words, each with the ascending numbers of the objects (documents) that
 * contain it and the weight of the weightiest text it occurs in. A changed object gets a new number and its old one
 * is marked gone (skipped by queries); the postings are compacted when a quarter of the numbers are gone. Safe for
 * use from several threads: queries share a read lock, changes take the write lock.
 */
public final class TextIndex {

	/** At most this many query words count; more are ignored. */
	public static final int MAX_QUERY_WORDS = 16;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
	private final TreeMap<String, Postings> dictionary = new TreeMap<>();
	/** Document number to object; null for a number that is gone. */
	private final ArrayList<EObject> documents = new ArrayList<>();
	private final Map<EObject, Integer> numbers = new HashMap<>();
	private int gone;

	/** An index of {@code theater} and everything it contains. */
	public static TextIndex of(Theater theater) {
		TextIndex index = new TextIndex();
		index.addTree(theater);
		return index;
	}

	/** Indexes {@code root} and everything it contains (replacing what was indexed for them). */
	public void addTree(EObject root) {
		lock.writeLock().lock();
		try {
			put(root);
			for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				put(contents.next());
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** Indexes the current texts of {@code object} (not its contents), replacing what was indexed for it. */
	public void update(EObject object) {
		lock.writeLock().lock();
		try {
			put(object);
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** Forgets {@code root} and everything it contains. */
	public void removeTree(EObject root) {
		lock.writeLock().lock();
		try {
			drop(root);
			for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				drop(contents.next());
			}
			if (gone > 1024 && gone > documents.size() / 4) {
				compact();
			}
		} finally {
			lock.writeLock().unlock();
		}
	}

	/** How many objects are indexed. */
	public int size() {
		lock.readLock().lock();
		try {
			return numbers.size();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** How many distinct words are indexed. */
	public int wordCount() {
		lock.readLock().lock();
		try {
			return dictionary.size();
		} finally {
			lock.readLock().unlock();
		}
	}

	/** Whether {@code object} is indexed. */
	public boolean contains(EObject object) {
		lock.readLock().lock();
		try {
			return numbers.containsKey(object);
		} finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Finds the objects with words that start with the words of {@code query} (case and accents ignored): those that
	 * match more of the query's words first, then those whose matches weigh more (an exact word counts twice a prefix;
	 * a name more than a note, see {@link IndexedTexts}), then in the order they were indexed.
	 *
	 * @param query what the officer typed; blank finds nothing
	 * @param limit the most hits to return with their matched texts
	 */
	public Results search(String query, int limit) {
		List<String> words = Words.ofQuery(query);
		if (words.size() > MAX_QUERY_WORDS) {
			words = words.subList(0, MAX_QUERY_WORDS);
		}
		if (words.isEmpty()) {
			return new Results(words, List.of(), 0);
		}
		lock.readLock().lock();
		try {
			return rank(words, limit);
		} finally {
			lock.readLock().unlock();
		}
	}

	/** The hits of a query, best first, and how many objects matched in all. */
	public record Results(List<String> words, List<SearchHit> hits, int total) {
	}

	private Results rank(List<String> words, int limit) {
		int count = documents.size();
		int[] mask = new int[count];
		int[] score = new int[count];
		int[] best = new int[count];
		int[] touched = new int[64];
		int[] hits = new int[64];
		int hitCount = 0;
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			int touchedCount = 0;
			SortedMap<String, Postings> range = dictionary.subMap(word, word + Character.MAX_VALUE);
			for (Map.Entry<String, Postings> entry : range.entrySet()) {
				boolean exact = entry.getKey().length() == word.length();
				Postings postings = entry.getValue();
				for (int i = 0; i < postings.size; i++) {
					int document = postings.documents[i];
					int weight = exact ? 2 * postings.weights[i] : postings.weights[i];
					if (best[document] == 0) {
						if (touchedCount == touched.length) {
							touched = Arrays.copyOf(touched, touchedCount * 2);
						}
						touched[touchedCount++] = document;
					}
					if (weight > best[document]) {
						best[document] = weight;
					}
				}
			}
			for (int i = 0; i < touchedCount; i++) {
				int document = touched[i];
				if (documents.get(document) != null) {
					if (mask[document] == 0) {
						if (hitCount == hits.length) {
							hits = Arrays.copyOf(hits, hitCount * 2);
						}
						hits[hitCount++] = document;
					}
					mask[document] |= 1 << w;
					score[document] += best[document];
				}
				best[document] = 0;
			}
		}
		// One sortable key per hit: matched words, then score, then the earlier document.
		long[] keys = new long[hitCount];
		for (int i = 0; i < hitCount; i++) {
			int document = hits[i];
			long matched = Integer.bitCount(mask[document]);
			long weight = Math.min(score[document], (1 << 20) - 1);
			keys[i] = matched << 52 | weight << 32 | (0xFFFFFFFFL - document);
		}
		Arrays.sort(keys);
		List<SearchHit> results = new ArrayList<>(Math.min(limit, hitCount));
		for (int i = hitCount - 1; i >= 0 && results.size() < limit; i--) {
			int document = (int) (0xFFFFFFFFL - (keys[i] & 0xFFFFFFFFL));
			EObject object = documents.get(document);
			List<MatchedText> texts = new ArrayList<>(2);
			for (IndexedTexts.Text text : IndexedTexts.of(object)) {
				List<Span> spans = Words.matches(text.text(), words);
				if (!spans.isEmpty()) {
					texts.add(new MatchedText(text, spans));
				}
			}
			results.add(new SearchHit(object, Integer.bitCount(mask[document]), score[document], Collections.unmodifiableList(texts)));
		}
		return new Results(words, Collections.unmodifiableList(results), hitCount);
	}

	private void put(EObject object) {
		if (!IndexedTexts.isSearched(object)) {
			return;
		}
		drop(object);
		int document = documents.size();
		documents.add(object);
		numbers.put(object, document);
		Map<String, Integer> weights = new HashMap<>();
		for (IndexedTexts.Text text : IndexedTexts.of(object)) {
			int weight = text.weight();
			for (Word word : Words.of(text.text())) {
				weights.merge(word.folded(), weight, Math::max);
			}
		}
		for (Map.Entry<String, Integer> entry : weights.entrySet()) {
			dictionary.computeIfAbsent(entry.getKey(), key -> new Postings()).add(document, entry.getValue());
		}
	}

	private void drop(EObject object) {
		Integer document = numbers.remove(object);
		if (document != null) {
			documents.set(document, null);
			gone++;
		}
	}

	/** Renumbers the documents that are not gone and drops the postings of those that are. */
	private void compact() {
		int[] renumbered = new int[documents.size()];
		ArrayList<EObject> kept = new ArrayList<>(numbers.size());
		for (int i = 0; i < documents.size(); i++) {
			EObject object = documents.get(i);
			renumbered[i] = object == null ? -1 : kept.size();
			if (object != null) {
				numbers.put(object, kept.size());
				kept.add(object);
			}
		}
		for (Iterator<Postings> postings = dictionary.values().iterator(); postings.hasNext();) {
			Postings list = postings.next();
			list.renumber(renumbered);
			if (list.size == 0) {
				postings.remove();
			}
		}
		documents.clear();
		documents.addAll(kept);
		documents.trimToSize();
		gone = 0;
	}

	/** The documents that contain one word, ascending, with the weight of the weightiest text it occurs in. */
	private static final class Postings {
		int[] documents = new int[2];
		byte[] weights = new byte[2];
		int size;

		void add(int document, int weight) {
			if (size == documents.length) {
				int capacity = size < 64 ? size * 2 : size + (size >> 1);
				documents = Arrays.copyOf(documents, capacity);
				weights = Arrays.copyOf(weights, capacity);
			}
			documents[size] = document;
			weights[size] = (byte) weight;
			size++;
		}

		void renumber(int[] renumbered) {
			int kept = 0;
			for (int i = 0; i < size; i++) {
				int document = renumbered[documents[i]];
				if (document >= 0) {
					documents[kept] = document;
					weights[kept] = weights[i];
					kept++;
				}
			}
			size = kept;
		}
	}
}
