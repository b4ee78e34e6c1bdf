package org.counterpart.model.marking;

import java.util.LinkedHashSet;
import java.util.Set;

import org.counterpart.model.Marking;

/**
 * Who a marking lets information go to. The owner ({@value #OWNER}) may receive everything; any other
 * country only what names it in its REL TO list. A missing marking releases to nobody but the owner.
 */
public final class Releasability {

	/** The country that owns the information: everything is releasable to it. */
	public static final String OWNER = "USA"; //$NON-NLS-1$

	private Releasability() {
	}

	/** Whether information carrying {@code marking} may be released to {@code country}. */
	public static boolean isReleasableTo(Marking marking, String country) {
		if (OWNER.equals(country)) {
			return true;
		}
		return marking != null && marking.getRelTo().contains(country);
	}

	/** Every country {@code marking} releases to: the owner and its REL TO list. */
	public static Set<String> countries(Marking marking) {
		Set<String> countries = new LinkedHashSet<>();
		countries.add(OWNER);
		if (marking != null) {
			countries.addAll(marking.getRelTo());
		}
		return countries;
	}
}
