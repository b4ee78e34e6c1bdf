package org.counterpart.ui.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One object's properties as its item provider describes them, editable: a new value becomes a {@link SetCommand} on
 * the editing domain's command stack (never a direct change of the model). Values are shown as the read-only sheet
 * shows them.
 */
public final class EditablePropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource itemSource;
	private final EditingDomain domain;
	private final ItemImages images;
	private final ReadOnlyPropertySource shown;

	public EditablePropertySource(EObject object, IItemPropertySource itemSource, EditingDomain domain, ItemImages images) {
		this.object = object;
		this.itemSource = itemSource;
		this.domain = domain;
		this.images = images;
		this.shown = new ReadOnlyPropertySource(object, itemSource, images);
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
			result[i] = new EditablePropertyDescriptor(object, descriptors.get(i), images);
		}
		return result;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return shown.getPropertyValue(id);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return shown.isPropertySet(id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature
				&& descriptor.canSetProperty(object) && EditablePropertyDescriptor.editable(feature) && object.eIsSet(feature)) {
			execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
		}
	}

	/** Sets a value a cell editor produced (already converted to the feature's type); an unchanged value does nothing. */
	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor == null || !descriptor.canSetProperty(object)
				|| !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
				|| !EditablePropertyDescriptor.editable(feature)) {
			return;
		}
		Object newValue = EditablePropertyDescriptor.toModel(feature, value);
		if (newValue == EditablePropertyDescriptor.INVALID || Objects.equals(object.eGet(feature), newValue)) {
			return;
		}
		execute(SetCommand.create(domain, object, feature, newValue));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
