package org.counterpart.diagram.ui.internal;

import java.util.Objects;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A representation of a root object as an editor's input. Two inputs are equal when they draw the same spec of the
 * same object, so opening a diagram twice brings its editor to the front, while other representations of the same
 * object open beside it. Not kept across restarts: a diagram opens again from the explorer.
 */
public final class DiagramEditorInput implements IEditorInput {
	private final LoadedSpec spec;
	private final EObject root;

	public DiagramEditorInput(LoadedSpec spec, EObject root) {
		this.spec = Objects.requireNonNull(spec);
		this.root = Objects.requireNonNull(root);
	}

	public LoadedSpec getSpec() {
		return spec;
	}

	public EObject getRoot() {
		return root;
	}

	/** The representation's name as users read it. */
	public String getRepresentationLabel() {
		String label = spec.spec().getLabel();
		return label == null || label.isBlank() ? spec.name() : label;
	}

	@Override
	public boolean exists() {
		return root.eResource() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Editor_title, getRepresentationLabel(), ObjectLabels.labelOf(root));
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(root) ? adapter.cast(root) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiagramEditorInput that && that.root == root && that.spec.name().equals(spec.name());
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(root) * 31 + spec.name().hashCode();
	}
}
