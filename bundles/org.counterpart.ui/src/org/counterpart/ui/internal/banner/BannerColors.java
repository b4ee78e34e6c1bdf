package org.counterpart.ui.internal.banner;

import java.util.Map;

import org.counterpart.model.marking.MarkingSummary;
import org.eclipse.swt.graphics.RGB;

/**
 * The conventional colours of classification banners: UNCLASSIFIED green, CUI purple, CONFIDENTIAL blue, SECRET red,
 * TOP SECRET orange; text in white, or black where white would not read (orange). Unmarked content shows grey.
 */
public final class BannerColors {

	/** Background and text colour of one banner. */
	public record Scheme(RGB background, RGB foreground) {
	}

	private static final RGB WHITE = new RGB(255, 255, 255);
	private static final RGB BLACK = new RGB(0, 0, 0);

	private static final Map<String, Scheme> BY_CLASSIFICATION = Map.of(
			"UNCLASSIFIED", new Scheme(new RGB(0, 122, 51), WHITE), //$NON-NLS-1$
			"CUI", new Scheme(new RGB(80, 43, 133), WHITE), //$NON-NLS-1$
			"CONFIDENTIAL", new Scheme(new RGB(0, 51, 160), WHITE), //$NON-NLS-1$
			"SECRET", new Scheme(new RGB(200, 16, 46), WHITE), //$NON-NLS-1$
			"TOP SECRET", new Scheme(new RGB(255, 140, 0), BLACK)); //$NON-NLS-1$

	private static final Scheme UNMARKED = new Scheme(new RGB(96, 96, 96), WHITE);

	private BannerColors() {
	}

	/** The colours of the banner of {@code summary}. */
	public static Scheme of(MarkingSummary summary) {
		if (summary == null || summary.classification() == null) {
			return UNMARKED;
		}
		return BY_CLASSIFICATION.getOrDefault(summary.classification().getLiteral(), UNMARKED);
	}
}
