package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;

/** A master scenario events list kept as a CSV file (see {@link org.counterpart.exercise.MselCsv}). */
public final class MselEditorInput extends CsvFileEditorInput {

	public MselEditorInput(Path file) {
		super(file);
	}
}
