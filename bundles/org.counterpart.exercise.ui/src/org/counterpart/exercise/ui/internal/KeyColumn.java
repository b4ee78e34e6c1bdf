package org.counterpart.exercise.ui.internal;

import java.util.List;
import java.util.Locale;

import org.counterpart.exercise.ScenarioException;

/**
 * A column of the answer key table. A cell takes what its column can hold whatever the row's item; the whole file is
 * checked when it is saved (see {@link org.counterpart.exercise.AnswerKeyCsv#read}).
 */
enum KeyColumn implements RowColumn<KeyRow> {
	ITEM(90), INJECT(60), OBJECTIVE(80), TEXT(200), TARGET(130), RELATIONSHIP(100), GRADING(70), WITHIN(80);

	static final List<String> ITEMS = List.of("title", "objective", "contact", "institution", "relationship", "grading", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"finding"); //$NON-NLS-1$

	private final int width;

	KeyColumn(int width) {
		this.width = width;
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public String heading() {
		return switch (this) {
		case ITEM -> Messages.Key_item;
		case INJECT -> Messages.Key_inject;
		case OBJECTIVE -> Messages.Key_objective;
		case TEXT -> Messages.Key_text;
		case TARGET -> Messages.Key_target;
		case RELATIONSHIP -> Messages.Key_relationship;
		case GRADING -> Messages.Key_grading;
		case WITHIN -> Messages.Key_within;
		};
	}

	@Override
	public String text(KeyRow row) {
		return row.cells().get(ordinal());
	}

	@Override
	public KeyRow with(KeyRow row, String text) throws ScenarioException {
		String value = text.strip();
		switch (this) {
		case ITEM -> {
			value = value.toLowerCase(Locale.ROOT);
			if (!ITEMS.contains(value)) {
				throw new ScenarioException(Messages.bind(Messages.Key_badItem, text));
			}
		}
		case INJECT -> {
			if (!value.isEmpty() && !value.matches("[1-9][0-9]{0,5}")) { //$NON-NLS-1$
				throw new ScenarioException(Messages.bind(Messages.Msel_badNumber, text));
			}
		}
		case GRADING -> {
			value = value.toUpperCase(Locale.ROOT);
			if (!value.isEmpty() && !value.matches("[A-F][1-6]")) { //$NON-NLS-1$
				throw new ScenarioException(Messages.bind(Messages.Key_badGrading, text));
			}
		}
		case WITHIN -> {
			if (!value.isEmpty() && !value.matches("[0-9]{1,3}(\\.[0-9]+)?")) { //$NON-NLS-1$
				throw new ScenarioException(Messages.bind(Messages.Key_badWithin, text));
			}
		}
		default -> {
			// free text
		}
		}
		return row.with(ordinal(), value);
	}
}
