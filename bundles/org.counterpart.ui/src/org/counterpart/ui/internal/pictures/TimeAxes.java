package org.counterpart.ui.internal.pictures;

import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Time axes that read as dates: the range fits the data with a small margin, and tick labels are as short as the
 * visible span allows (years, months, days), far enough apart not to overlap.
 */
final class TimeAxes {

	private static final long DAY = 24L * 3600 * 1000;
	/** Pixels between tick labels: room for the longest label, "30 Sep 2026". */
	private static final int TICK_STEP_HINT = 110;

	private TimeAxes() {
	}

	/** Sets up {@code axis} for dates. */
	static void setUp(IAxis axis, String title) {
		axis.getTitle().setText(title);
		axis.getTick().setTickMarkStepHint(TICK_STEP_HINT);
		updateFormat(axis);
	}

	/** Sets {@code axis} to span {@code dates} with a margin; leaves it alone if there are none. */
	static void fit(IAxis axis, Collection<Date> dates) {
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		for (Date date : dates) {
			if (date != null) {
				min = Math.min(min, date.getTime());
				max = Math.max(max, date.getTime());
			}
		}
		if (min > max) {
			return;
		}
		long margin = Math.max(DAY, (max - min) / 40);
		axis.setRange(new Range(min - margin, max + margin));
		updateFormat(axis);
	}

	/** Picks the tick label format for the span {@code axis} shows now. */
	static void updateFormat(IAxis axis) {
		Range range = axis.getRange();
		double span = range.upper - range.lower;
		String pattern = span > 6 * 365 * DAY ? "yyyy" : span > 120 * DAY ? "MMM yyyy" : "d MMM yyyy"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SimpleDateFormat format = new SimpleDateFormat(pattern, Locale.ENGLISH);
		format.setTimeZone(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
		axis.getTick().setFormat(format);
	}
}
