package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;

/** File &gt; Open Scenario Events List: asks for a CSV file and opens it in the MSEL editor. */
public class OpenMselHandler extends OpenCsvFileHandler {

	@Override
	protected IEditorInput input(Path file) {
		return new MselEditorInput(file);
	}

	@Override
	protected String editorId() {
		return MselEditor.ID;
	}
}
