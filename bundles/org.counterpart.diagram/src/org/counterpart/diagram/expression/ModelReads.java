package org.counterpart.diagram.expression;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Told what an evaluation read from the model, so that an incremental interpretation knows which changes can alter
 * a result. Reads are reported conservatively: a service call reports the whole contents of the objects it was given,
 * since a Java service may read anything below them.
 */
public interface ModelReads {
	/** Records nothing. */
	ModelReads NONE = new ModelReads() {
		@Override
		public void feature(EObject object, EStructuralFeature feature) {
		}

		@Override
		public void container(EObject object) {
		}

		@Override
		public void contents(EObject object) {
		}
	};

	/** The evaluation read {@code feature} of {@code object}. */
	void feature(EObject object, EStructuralFeature feature);

	/** The evaluation read the container of {@code object}. */
	void container(EObject object);

	/** The evaluation may have read anything of {@code object} or of the objects it contains, at any depth. */
	void contents(EObject object);
}
