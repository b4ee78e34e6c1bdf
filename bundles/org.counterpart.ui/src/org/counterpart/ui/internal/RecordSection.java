package org.counterpart.ui.internal;

import java.util.Arrays;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The "Record" tab: only what records the object (its id, when and by whom it was created), which no cell edits, so
 * an officer checking provenance sees it apart from the values of the day.
 */
public class RecordSection extends PropertiesSection {

	@Override
	protected IPropertySourceProvider sources(EditablePropertySourceProvider editable) {
		return object -> {
			IPropertySource source = editable.getPropertySource(object);
			return source == null ? null : new RecordOnly(source);
		};
	}

	private record RecordOnly(IPropertySource all) implements IPropertySource {

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			return Arrays.stream(all.getPropertyDescriptors())
					.filter(d -> d instanceof EditablePropertyDescriptor editable && editable.isRecord())
					.toArray(IPropertyDescriptor[]::new);
		}

		@Override
		public Object getEditableValue() {
			return all.getEditableValue();
		}

		@Override
		public Object getPropertyValue(Object id) {
			return all.getPropertyValue(id);
		}

		@Override
		public boolean isPropertySet(Object id) {
			return all.isPropertySet(id);
		}

		@Override
		public void resetPropertyValue(Object id) {
			// the record is not edited
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			// the record is not edited
		}
	}
}
