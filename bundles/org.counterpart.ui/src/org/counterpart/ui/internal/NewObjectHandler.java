package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; New &gt; (Institution, Contact, ...): adds a new object of the kind the command's parameter names, shown
 * and selected in the explorer, with its name field open where it has one.
 */
public class NewObjectHandler extends AbstractHandler {

	public static final String COMMAND = "org.counterpart.ui.commands.newObject"; //$NON-NLS-1$
	public static final String KIND_PARAMETER = "org.counterpart.ui.commands.newObject.kind"; //$NON-NLS-1$

	@Override
	public boolean isEnabled() {
		try {
			return WorkspaceEditingSession.getDefault().getTheater() != null;
		} catch (IllegalStateException e) {
			return false;
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String kindName = event.getParameter(KIND_PARAMETER);
		ExplorerCategory.Kind kind;
		try {
			kind = ExplorerCategory.Kind.valueOf(kindName);
		} catch (IllegalArgumentException | NullPointerException e) {
			throw new ExecutionException("Unknown kind of object: " + kindName, e); //$NON-NLS-1$
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			ExplorerView explorer = (ExplorerView) window.getActivePage().showView(ExplorerView.ID);
			explorer.getEditing().createNew(kind);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
