package org.counterpart.ui;

import org.counterpart.ui.internal.ExplorerView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The one way every view opens an object of the Theater (explorer, problems, search, timeline, capture):
 * shows it where the officer edits it.
 */
public final class ObjectEditors {

	private ObjectEditors() {
	}

	/** Shows {@code object} on {@code page}: selects and reveals it in the explorer. */
	public static void open(IWorkbenchPage page, EObject object) throws PartInitException {
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		explorer.getViewer().setSelection(new StructuredSelection(object), true);
	}
}
