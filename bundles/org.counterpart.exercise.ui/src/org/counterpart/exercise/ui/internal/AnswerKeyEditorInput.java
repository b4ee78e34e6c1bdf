package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;

/** A scenario's title, learning objectives and answer key kept as a CSV file (see {@link org.counterpart.exercise.AnswerKeyCsv}). */
public final class AnswerKeyEditorInput extends CsvFileEditorInput {

	public AnswerKeyEditorInput(Path file) {
		super(file);
	}
}
