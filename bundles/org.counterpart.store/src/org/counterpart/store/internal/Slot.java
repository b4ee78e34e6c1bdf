package org.counterpart.store.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** Where a stored object's row places it: the containment list (no owner for a root) and its position there. */
record Slot(EObject owner, EReference reference, long position) {
}
