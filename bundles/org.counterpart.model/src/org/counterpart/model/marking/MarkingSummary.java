package org.counterpart.model.marking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.model.Classification;
import org.counterpart.model.Identified;
import org.counterpart.model.Marking;

/**
 * The one marking that covers several marked things shown or printed together, as a banner line.
 * <p>
 * The rules, so that every banner, export and picture agrees:
 * </p>
 * <ul>
 * <li>the classification is the highest of the parts;</li>
 * <li>the dissemination controls are the union of the parts' controls;</li>
 * <li>the countries released to are the intersection of what each part releases to (see
 * {@link Releasability}: the owner and the part's REL TO list); the banner names them as
 * {@code REL TO USA, ...} when a foreign country is left, and as {@code NOFORN} when the parts named REL TO
 * lists but no foreign country is common to all of them;</li>
 * <li>the exercise flag is set if any part is exercise material: the banner then starts and ends with
 * {@value #EXERCISE}.</li>
 * </ul>
 * <p>
 * A summary is immutable; {@link #with(MarkingSummary)} is the join of two summaries, so the summary of a
 * union of parts is the same whatever order the parts come in. Parts without a marking count for nothing.
 * </p>
 */
public final class MarkingSummary {

	/** What an exercise banner starts and ends with. */
	public static final String EXERCISE = "EXERCISE EXERCISE EXERCISE"; //$NON-NLS-1$

	/** The banner of a summary of nothing marked. */
	public static final String UNMARKED = "UNMARKED"; //$NON-NLS-1$

	private static final String NOFORN = "NOFORN"; //$NON-NLS-1$

	/** The summary of nothing: the neutral element of {@link #with(MarkingSummary)}. */
	public static final MarkingSummary EMPTY = new MarkingSummary(null, Collections.emptySortedSet(), null, false, false);

	private final Classification classification;
	private final Set<String> controls;
	/** The countries every part releases to; null while no part is marked (no restriction yet). */
	private final Set<String> releasableTo;
	private final boolean anyRelTo;
	private final boolean exercise;

	private MarkingSummary(Classification classification, Set<String> controls, Set<String> releasableTo,
			boolean anyRelTo, boolean exercise) {
		this.classification = classification;
		this.controls = controls;
		this.releasableTo = releasableTo;
		this.anyRelTo = anyRelTo;
		this.exercise = exercise;
	}

	/** The summary of one marking; {@link #EMPTY} for null. */
	public static MarkingSummary of(Marking marking) {
		if (marking == null) {
			return EMPTY;
		}
		Classification classification = marking.getClassification() == null ? Classification.UNCLASSIFIED
				: marking.getClassification();
		return new MarkingSummary(classification, Collections.unmodifiableSet(new TreeSet<>(marking.getDisseminationControls())),
				Collections.unmodifiableSet(sorted(Releasability.countries(marking))), !marking.getRelTo().isEmpty(), false);
	}

	/** The summary of {@code markings} (nulls count for nothing). */
	public static MarkingSummary ofMarkings(Iterable<? extends Marking> markings) {
		MarkingSummary summary = EMPTY;
		for (Marking marking : markings) {
			summary = summary.with(of(marking));
		}
		return summary;
	}

	/**
	 * The summary of the markings that govern {@code objects}: each one's effective marking (its own, or its
	 * nearest container's). Objects that are not {@link Identified} carry no marking.
	 */
	public static MarkingSummary ofObjects(Iterable<?> objects) {
		MarkingSummary summary = EMPTY;
		for (Object object : objects) {
			if (object instanceof Identified identified) {
				summary = summary.with(of(identified.getEffectiveMarking()));
			}
		}
		return summary;
	}

	/** The join: the summary of everything this one and {@code other} cover. */
	public MarkingSummary with(MarkingSummary other) {
		Objects.requireNonNull(other, "other"); //$NON-NLS-1$
		Classification higher = classification == null ? other.classification
				: other.classification == null || classification.getValue() >= other.classification.getValue()
						? classification : other.classification;
		Set<String> union = new TreeSet<>(controls);
		union.addAll(other.controls);
		Set<String> common;
		if (releasableTo == null) {
			common = other.releasableTo;
		} else if (other.releasableTo == null) {
			common = releasableTo;
		} else {
			Set<String> intersection = sorted(releasableTo);
			intersection.retainAll(other.releasableTo);
			common = Collections.unmodifiableSet(intersection);
		}
		return new MarkingSummary(higher, Collections.unmodifiableSet(union), common, anyRelTo || other.anyRelTo,
				exercise || other.exercise);
	}

	/** This summary, marked as exercise material or not. */
	public MarkingSummary withExercise(boolean isExercise) {
		return isExercise == exercise ? this : new MarkingSummary(classification, controls, releasableTo, anyRelTo, isExercise);
	}

	/** Whether no marked part went into this summary. */
	public boolean isEmpty() {
		return classification == null;
	}

	/** The highest classification of the parts, or null if none was marked. */
	public Classification classification() {
		return classification;
	}

	/** The union of the parts' dissemination controls, sorted (without a NOFORN the banner derives). */
	public Set<String> disseminationControls() {
		return controls;
	}

	/**
	 * The countries every part may go to, the owner first, then alphabetically; empty if nothing is marked.
	 */
	public List<String> releasableTo() {
		List<String> countries = new ArrayList<>();
		if (releasableTo != null) {
			countries.addAll(releasableTo);
			countries.sort(OWNER_FIRST);
		}
		return countries;
	}

	/** The REL TO list of the banner: {@link #releasableTo()} if it names a foreign country, else empty. */
	public List<String> relTo() {
		List<String> countries = releasableTo();
		return countries.stream().anyMatch(country -> !Releasability.OWNER.equals(country)) ? countries : List.of();
	}

	/** Whether any part is exercise material. */
	public boolean isExercise() {
		return exercise;
	}

	/** The banner line without exercise words, e.g. {@code CUI//REL TO USA, XVM}, {@code UNCLASSIFIED}. */
	public String marking() {
		if (classification == null) {
			return UNMARKED;
		}
		List<String> parts = new ArrayList<>();
		parts.add(classification.getLiteral());
		Set<String> shownControls = new TreeSet<>(controls);
		List<String> relTo = relTo();
		if (relTo.isEmpty() && anyRelTo && classification != Classification.UNCLASSIFIED) {
			// REL TO lists with no foreign country in common: the whole may go to no foreign country
			shownControls.add(NOFORN);
		}
		parts.addAll(shownControls);
		if (!relTo.isEmpty()) {
			parts.add("REL TO " + String.join(", ", relTo)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.join("//", parts); //$NON-NLS-1$
	}

	/**
	 * The banner line as shown at the top and bottom of a screen or page: {@link #marking()}, between
	 * {@value #EXERCISE} words for exercise material.
	 */
	public String banner() {
		return exercise ? EXERCISE + " - " + marking() + " - " + EXERCISE : marking(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MarkingSummary that && classification == that.classification
				&& controls.equals(that.controls) && Objects.equals(releasableTo, that.releasableTo)
				&& anyRelTo == that.anyRelTo && exercise == that.exercise;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classification, controls, releasableTo, anyRelTo, exercise);
	}

	@Override
	public String toString() {
		return banner();
	}

	private static Set<String> sorted(Set<String> countries) {
		return new TreeSet<>(countries);
	}

	private static final Comparator<String> OWNER_FIRST = Comparator
			.comparing((String country) -> !Releasability.OWNER.equals(country)).thenComparing(Comparator.naturalOrder());
}
