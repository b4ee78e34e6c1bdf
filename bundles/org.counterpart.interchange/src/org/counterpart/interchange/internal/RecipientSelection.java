package org.counterpart.interchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.interchange.Refusal;
import org.counterpart.model.Identified;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.sync.ReleasabilityFilter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Splits the objects an export would write into those the recipient's country may see and those it may not, by
 * the same rule packages follow ({@link ReleasabilityFilter}: the object's effective marking and its containers').
 */
public final class RecipientSelection<T extends Identified> {

	private final List<T> releasable = new ArrayList<>();
	private final List<Refusal> refused = new ArrayList<>();

	public RecipientSelection(List<T> candidates, String country) {
		ReleasabilityFilter filter = null;
		for (T candidate : candidates) {
			if (filter == null) {
				filter = new ReleasabilityFilter(resourceOf(candidate), country);
			}
			if (filter.isReleasable(candidate)) {
				releasable.add(candidate);
			} else {
				refused.add(new Refusal(candidate.getId(), label(candidate), "marked " + markingOf(candidate) //$NON-NLS-1$
						+ ", which " + country + " may not see")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** The objects the country may see, in their order. */
	public List<T> releasable() {
		return releasable;
	}

	/** The objects left out, each with its marking. */
	public List<Refusal> refused() {
		return refused;
	}

	/** The marking of one object, as a banner names it: its effective marking's. */
	public static String markingOf(Identified object) {
		return MarkingSummary.of(object.getEffectiveMarking()).marking();
	}

	/** The marking a written file gives {@code object}: its banner, between exercise words for exercise material. */
	public static String markingOf(Identified object, boolean exercise) {
		return MarkingSummary.of(object.getEffectiveMarking()).withExercise(exercise).banner();
	}

	/** How the object is named to the user. */
	public static String label(Identified object) {
		String label = ObjectLabels.labelOf(object);
		return label == null || label.isBlank() ? object.eClass().getName() + " " + object.getId() : label; //$NON-NLS-1$
	}

	private static Resource resourceOf(Identified object) {
		Resource resource = object.eResource();
		// The filter only looks objects up by id; containers are judged through eContainer(), resource or not.
		return resource != null ? resource : new ResourceImpl();
	}
}
