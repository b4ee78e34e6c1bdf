package org.counterpart.ui.internal.forms;

import java.util.Objects;

import org.counterpart.model.Identified;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * One object of the Theater as an editor's input. Two inputs are equal when they hold the same object, so opening an
 * object twice brings its editor to the front. The input remembers the object's id, which is all a restarted workbench
 * needs to find it again ({@link ObjectEditorInputFactory}).
 */
public final class ObjectEditorInput implements IEditorInput, IPersistableElement {

	static final String ID_KEY = "id"; //$NON-NLS-1$

	private final Identified object;

	public ObjectEditorInput(Identified object) {
		this.object = Objects.requireNonNull(object);
	}

	public Identified getObject() {
		return object;
	}

	@Override
	public boolean exists() {
		return object.eResource() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return ObjectLabels.labelOf(object);
	}

	@Override
	public IPersistableElement getPersistable() {
		return object.getId() == null ? null : this;
	}

	@Override
	public String getToolTipText() {
		return ObjectLabels.labelOf(object);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(object) ? adapter.cast(object) : null;
	}

	@Override
	public String getFactoryId() {
		return ObjectEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(ID_KEY, object.getId());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ObjectEditorInput that && that.object == object;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(object);
	}
}
