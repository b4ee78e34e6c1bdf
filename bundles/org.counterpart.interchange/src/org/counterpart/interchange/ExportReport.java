package org.counterpart.interchange;

import java.util.List;

/**
 * What an export wrote and what it left out.
 *
 * @param format     the format written
 * @param country    the recipient's country the export was filtered for
 * @param written    how many objects the file holds
 * @param marking    the marking the file carries: the summary of the markings of what it holds
 * @param refused    objects the recipient's country may not see (left out)
 * @param unlocated  observations without a location, which a map format cannot hold (left out)
 */
public record ExportReport(ExportFormat format, String country, int written, String marking, List<Refusal> refused,
		List<Refusal> unlocated) {

	public ExportReport {
		refused = List.copyOf(refused);
		unlocated = List.copyOf(unlocated);
	}

	/**
	 * One line for the user, e.g. {@code 12 observations, marked CUI//REL TO USA, XVM; 3 left out: not releasable to
	 * XVM}.
	 */
	public String summary() {
		StringBuilder line = new StringBuilder();
		line.append(written).append(' ').append(format.kind()).append(", marked ").append(marking); //$NON-NLS-1$
		if (!refused.isEmpty()) {
			line.append("; ").append(refused.size()).append(" left out: not releasable to ").append(country); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!unlocated.isEmpty()) {
			line.append("; ").append(unlocated.size()).append(" left out: no location"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return line.toString();
	}
}
