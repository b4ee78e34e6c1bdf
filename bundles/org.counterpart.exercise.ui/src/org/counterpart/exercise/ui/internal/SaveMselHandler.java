package org.counterpart.exercise.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Save (Ctrl+S) while an MSEL editor is active saves its list. The workbench's own save handler stores the
 * workspace whatever part is active; this one is more specific (the active part), so it wins in the editor.
 */
public class SaveMselHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof MselEditor editor && editor.isDirty()) {
			editor.getSite().getPage().saveEditor(editor, false);
		}
		return null;
	}
}
