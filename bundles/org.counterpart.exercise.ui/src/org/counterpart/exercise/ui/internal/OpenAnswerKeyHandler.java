package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;

/** File &gt; Open Objectives and Answer Key: asks for a CSV file and opens it in the answer key editor. */
public class OpenAnswerKeyHandler extends OpenCsvFileHandler {

	@Override
	protected IEditorInput input(Path file) {
		return new AnswerKeyEditorInput(file);
	}

	@Override
	protected String editorId() {
		return AnswerKeyEditor.ID;
	}
}
