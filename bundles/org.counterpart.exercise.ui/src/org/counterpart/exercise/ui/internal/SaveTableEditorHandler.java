package org.counterpart.exercise.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Save (Ctrl+S) while a trainer's table editor (MSEL, objectives and answer key) is active saves its file.
 * The workbench's own save handler stores the workspace whatever part is active; this one is more specific (the active
 * part), so it wins in the editor.
 */
public class SaveTableEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof CsvTableEditor<?> editor && editor.isDirty()) {
			editor.getSite().getPage().saveEditor(editor, false);
		}
		return null;
	}
}
