package org.counterpart.hq;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts per week for several series (devices, teams): {@code weeks} are the Mondays (UTC) of consecutive weeks, and each
 * series has one count per week, in the same order.
 */
public record WeeklyCounts(List<LocalDate> weeks, SortedMap<String, List<Integer>> series) {

	public WeeklyCounts {
		weeks = List.copyOf(weeks);
		TreeMap<String, List<Integer>> copy = new TreeMap<>();
		series.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
		series = java.util.Collections.unmodifiableSortedMap(copy);
	}

	/** The sum of every series' counts. */
	public int total() {
		return series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
	}

	/** The highest count of any series in any week, 0 if none. */
	public int max() {
		return series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
	}
}
