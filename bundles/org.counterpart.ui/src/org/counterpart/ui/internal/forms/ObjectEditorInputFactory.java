package org.counterpart.ui.internal.forms;

import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/**
 * Finds the object of a form editor again after a restart, by its id. Nothing is restored when the workspace cannot
 * be opened or no longer holds the object.
 */
public class ObjectEditorInputFactory implements IElementFactory {

	public static final String ID = "org.counterpart.ui.forms.objectEditorInputFactory"; //$NON-NLS-1$

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(ObjectEditorInput.ID_KEY);
		if (id == null) {
			return null;
		}
		try {
			WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
			if (session.isLocked()) {
				return null;
			}
			session.load().join();
			Identified found = find(session.getTheater(), id);
			return found == null ? null : new ObjectEditorInput(found);
		} catch (IllegalStateException e) {
			return null; // no workspace location
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The object of the Theater with {@code id}, or null. */
	public static Identified find(Theater theater, String id) {
		if (theater == null) {
			return null;
		}
		if (id.equals(theater.getId())) {
			return theater;
		}
		for (TreeIterator<EObject> contents = theater.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Identified identified && id.equals(identified.getId())) {
				return identified;
			}
		}
		return null;
	}
}
