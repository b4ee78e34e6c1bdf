package org.counterpart.store;

import java.util.List;

import org.counterpart.store.journal.Operation;

/**
 * Brings operations recorded elsewhere into a store's loaded model: a strict replay, or a convergent merge
 * that gives the same state whatever order operations arrive in.
 */
@FunctionalInterface
public interface OperationIntegrator {

	/**
	 * Integrates {@code operations} (none of them journaled yet, no duplicates) into {@code target}'s model.
	 *
	 * @throws IllegalArgumentException if an operation cannot be integrated; the store then writes nothing
	 */
	void integrate(List<Operation> operations, MergeTarget target) throws StoreException;
}
