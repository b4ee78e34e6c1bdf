package org.counterpart.cli.internal;

import java.util.Iterator;

import org.counterpart.model.Theater;

/**
 * Sizes of a workspace, for the command line's summary lines.
 */
final class WorkspaceCounts {

	private WorkspaceCounts() {
	}

	/** The number of objects in the workspace, the root included. */
	static int objects(Theater theater) {
		int count = 1;
		for (Iterator<?> contents = theater.eAllContents(); contents.hasNext(); contents.next()) {
			count++;
		}
		return count;
	}
}
