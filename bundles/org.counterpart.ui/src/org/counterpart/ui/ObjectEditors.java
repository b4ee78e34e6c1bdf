package org.counterpart.ui;

import org.counterpart.model.Contact;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.ui.internal.forms.ObjectEditorInput;
import org.counterpart.ui.internal.forms.ObjectFormEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * The one way every view opens an object of the Theater (explorer, problems, search, timeline, capture):
 * shows it where the officer edits it.
 */
public final class ObjectEditors {

	private ObjectEditors() {
	}

	/**
	 * Opens {@code object}'s form editor on {@code page}, or brings it to the front if it is open. A part that has no
	 * form of its own (an indicator, a measurement, an attachment, a marking) opens the form of the object that holds
	 * it.
	 *
	 * @return the editor, or null if {@code object} belongs to no object with a form
	 */
	public static IEditorPart open(IWorkbenchPage page, EObject object) throws PartInitException {
		Identified shown = formOwner(object);
		if (shown == null) {
			return null;
		}
		return page.openEditor(new ObjectEditorInput(shown), ObjectFormEditor.ID, true);
	}

	/** The object whose form shows {@code object}: itself, or the nearest container that has a form. */
	public static Identified formOwner(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Contact || current instanceof PartnerInstitution || current instanceof Relationship
					|| current instanceof Engagement || current instanceof FieldObservation || current instanceof Objective
					|| current instanceof Theater) {
				return (Identified) current;
			}
		}
		return null;
	}
}
