package org.counterpart.ui.internal;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One object's properties as its item provider describes them. Values are handed to the sheet unwrapped, and the
 * descriptors turn them into readable labels.
 */
public final class ReadOnlyPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemSource;
	private final ItemImages images;

	public ReadOnlyPropertySource(Object object, IItemPropertySource itemSource, ItemImages images) {
		this.object = object;
		this.itemSource = itemSource;
		this.images = images;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
		IPropertyDescriptor[] result = new IPropertyDescriptor[descriptors.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = new ReadOnlyPropertyDescriptor(object, descriptors.get(i), images);
		}
		return result;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// Item providers wrap values (PropertyValueWrapper) so that nested properties can be shown; this sheet shows
		// the value itself as one line, and a referenced object (e.g. an affiliation) is not expanded in place.
		return new ShownValue(value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value);
	}

	/**
	 * A property value as the sheet holds it: the sheet asks the property source provider about every value it gets,
	 * and must not find a source (and nested rows) for a referenced object.
	 */
	record ShownValue(Object value) {
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
