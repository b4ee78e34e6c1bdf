package org.counterpart.ui.internal;

import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** The title of the tabbed Properties view: the selected object's label and icon, as the explorer shows them. */
public class PropertySheetTitle extends LabelProvider {

	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	@Override
	public String getText(Object element) {
		return shown(element) instanceof EObject object ? ObjectLabels.labelOf(object) : ""; //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		if (shown(element) instanceof EObject object && WorkspaceEditingSession.getDefault().getAdapterFactory()
				.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			ImageDescriptor descriptor = ItemImages.descriptor(labels.getImage(object));
			return descriptor == null ? null : images.create(descriptor);
		}
		return null;
	}

	private static Object shown(Object element) {
		return element instanceof IStructuredSelection selection ? selection.getFirstElement() : element;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
