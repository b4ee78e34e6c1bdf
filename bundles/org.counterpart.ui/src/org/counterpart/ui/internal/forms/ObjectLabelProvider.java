package org.counterpart.ui.internal.forms;

import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.internal.ItemImages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Objects of the Theater as the rest of Counterpart names them, with their item providers' icons. */
final class ObjectLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	ObjectLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	@Override
	public String getText(Object element) {
		return ObjectLabels.labelOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (images != null && adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			return images.image(labels.getImage(element));
		}
		return null;
	}
}
