package org.counterpart.ui.internal.capture;

import java.util.Locale;

import org.counterpart.model.Classification;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.Marking;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a marking typed as a banner line, the form {@link ObjectLabels#banner(Marking)} writes: the classification
 * first, then the dissemination controls and the release list, separated by {@code //}, e.g.
 * {@code CUI//NOFORN} or {@code CUI//REL TO USA, XVM}. Whether the parts make sense together (known controls,
 * country codes, NOFORN with REL TO) is the model validator's to say.
 */
final class MarkingBanner {

	private static final String REL_TO = "REL TO"; //$NON-NLS-1$

	private MarkingBanner() {
	}

	/**
	 * The marking a banner line describes.
	 *
	 * @throws IllegalArgumentException with a message for the user if the line does not start with a classification
	 */
	static Marking parse(String banner) {
		String[] parts = banner.trim().split("//"); //$NON-NLS-1$
		Classification classification = classification(parts[0].trim());
		if (classification == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Capture_markingUnreadable, banner.trim()));
		}
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(classification);
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i].trim();
			if (part.toUpperCase(Locale.ROOT).startsWith(REL_TO)) {
				for (String country : part.substring(REL_TO.length()).split(",")) { //$NON-NLS-1$
					if (!country.isBlank()) {
						marking.getRelTo().add(country.trim());
					}
				}
			} else {
				for (String control : part.split("/")) { //$NON-NLS-1$
					if (!control.isBlank()) {
						marking.getDisseminationControls().add(control.trim());
					}
				}
			}
		}
		return marking;
	}

	private static Classification classification(String text) {
		String upper = text.toUpperCase(Locale.ROOT);
		if ("U".equals(upper)) { //$NON-NLS-1$
			return Classification.UNCLASSIFIED;
		}
		return Classification.get(upper);
	}
}
