package org.counterpart.ui.internal;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view what the EMF.Edit item providers know about an object's properties, and lets it change
 * them: each edit in a cell is a command on the workspace's command stack, so it is undoable like any other.
 */
public final class EditablePropertySourceProvider implements IPropertySourceProvider {

	private final WorkspaceEditingSession session;
	private final ItemImages images;

	public EditablePropertySourceProvider(WorkspaceEditingSession session, ItemImages images) {
		this.session = session;
		this.images = images;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof EObject eObject
				&& session.getAdapterFactory().adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			return new EditablePropertySource(eObject, itemSource, session.getEditingDomain(), images);
		}
		return null;
	}
}
