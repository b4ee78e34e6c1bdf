package org.counterpart.exercise.ui.internal;

import org.counterpart.exercise.ScenarioException;

/** A column of a {@link CsvTableEditor}: its heading and width, how it shows a row's field and reads it back. */
interface RowColumn<R> {

	String heading();

	int width();

	/** The row's field as the table shows it. */
	String text(R row);

	/**
	 * The row with this field read from {@code text}.
	 *
	 * @throws ScenarioException with a message for the user if the text is not a valid value
	 */
	R with(R row, String text) throws ScenarioException;
}
