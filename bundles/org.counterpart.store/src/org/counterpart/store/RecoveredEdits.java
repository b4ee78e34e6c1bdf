package org.counterpart.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.counterpart.store.journal.OperationApplier;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Unsaved changes that a store kept in its recovery area ({@link WorkspaceStore#keepUnsaved()}) and that were never
 * saved: what an earlier session left when it ended without saving (a crash, a kill, a power cut).
 *
 * @param keptAt     when the copy was written
 * @param operations the changes, in the order they were made, relative to the stored state
 */
public record RecoveredEdits(Instant keptAt, List<Operation> operations) {

	public RecoveredEdits {
		Objects.requireNonNull(keptAt);
		operations = List.copyOf(operations);
	}

	/**
	 * Makes the changes again on {@code resource}, a workspace loaded from the store that kept them. Made on a loaded
	 * store's resource, they are recorded as new changes of this device, to be saved like any other.
	 *
	 * @throws IllegalArgumentException if a change no longer fits the model (an object it changes is gone); the
	 *                                  changes before it have been made
	 */
	public void applyTo(Resource resource) {
		EPackage.Registry registry = resource.getResourceSet() == null ? EPackage.Registry.INSTANCE
				: resource.getResourceSet().getPackageRegistry();
		new OperationApplier(resource, registry).applyAll(operations);
	}
}
