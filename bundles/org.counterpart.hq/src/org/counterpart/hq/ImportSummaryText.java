package org.counterpart.hq;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.store.Conflict;
import org.counterpart.sync.ChangeSummary;

/**
 * What an import did, as lines kept with the package's record so that an analyst can look back at it: the totals,
 * the counts by kind and by author, each conflict opened and each object changed (up to {@value #MAX_OBJECTS}).
 */
public final class ImportSummaryText {

	/** Objects listed at most: a baseline may change hundreds of thousands. */
	public static final int MAX_OBJECTS = 2000;

	public static final String TOTALS = "totals "; //$NON-NLS-1$
	public static final String KIND = "kind "; //$NON-NLS-1$
	public static final String AUTHOR = "author "; //$NON-NLS-1$
	public static final String CONFLICT = "conflict "; //$NON-NLS-1$
	public static final String OBJECT = "object "; //$NON-NLS-1$

	private ImportSummaryText() {
	}

	public static List<String> of(ChangeSummary changes) {
		List<String> lines = new ArrayList<>();
		lines.add(TOTALS + changes.brief());
		changes.byKind().forEach((kind, counts) -> lines.add(KIND + kind + ": " + counts(counts))); //$NON-NLS-1$
		changes.byAuthor().forEach((author, counts) -> lines.add(AUTHOR + changes.authorName(author) + ": " + counts(counts))); //$NON-NLS-1$
		for (Conflict conflict : changes.conflictsOpened()) {
			lines.add(CONFLICT + conflict.kind() + " " + conflict.objectId() + " " + conflict.key()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int listed = 0;
		for (ChangeSummary.ObjectChange object : changes.objects()) {
			if (listed++ == MAX_OBJECTS) {
				lines.add(OBJECT + "... " + (changes.objects().size() - MAX_OBJECTS) + " more"); //$NON-NLS-1$ //$NON-NLS-2$
				break;
			}
			lines.add(OBJECT + object.change() + " " + object.kind() + " " + object.objectId() //$NON-NLS-1$ //$NON-NLS-2$
					+ (object.label() == null ? "" : " " + object.label())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return lines;
	}

	/** The lines of {@code summary} that start with {@code prefix}, without it. */
	public static List<String> lines(List<String> summary, String prefix) {
		return summary.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
	}

	private static String counts(ChangeSummary.Counts counts) {
		return "+" + counts.added() + " ~" + counts.changed() + " -" + counts.deleted(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
