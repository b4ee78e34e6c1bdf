package org.counterpart.ui.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view what the EMF.Edit item providers know about an object's properties, read-only: the
 * workspace changes through the command stack only, not through cells of the property sheet.
 */
public final class ReadOnlyPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	public ReadOnlyPropertySourceProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof EObject
				&& adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource itemSource) {
			return new ReadOnlyPropertySource(object, itemSource, images);
		}
		return null;
	}
}
