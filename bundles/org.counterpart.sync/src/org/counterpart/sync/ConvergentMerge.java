package org.counterpart.sync;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.counterpart.store.MergeTarget;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.internal.MergeRun;

/**
 * Integrates operations from other devices so that every store holding the same operations holds the same
 * state, whatever order they arrived in and however often:
 * <ul>
 * <li>a single-valued feature is a last-writer-wins register: the write with the highest hybrid logical
 * clock value wins, the device id breaking ties;</li>
 * <li>a many-valued feature is an add-wins set: a removal takes away only the additions its device had
 * seen; lists keep the order their operations give when replayed in clock order;</li>
 * <li>an object's place is a last-writer-wins register too, ordered among its siblings by the position its
 * placement carries; a move that would put an object inside itself, or into a deleted object, gives way to
 * the object's previous place;</li>
 * <li>a delete is a tombstone: the object and what it held are gone for good, references to them are
 * dropped, and later edits to them change nothing.</li>
 * </ul>
 * Writes that did not know of each other and disagree, concurrent moves, and edits racing a delete are
 * recorded as {@link org.counterpart.store.Conflict conflicts} with both sides, and so are references dropped
 * because their target was deleted by another device. Since it does not depend on how
 * operations are batched either, a large import may hand it its operations a batch at a time. Use it with
 * {@link org.counterpart.store.WorkspaceStore#importOperations(java.util.Collection, java.util.Map, OperationIntegrator)}
 * or {@link org.counterpart.store.WorkspaceStore#importStaged(org.counterpart.store.ImportStage, java.util.Map, OperationIntegrator)}.
 */
public final class ConvergentMerge implements OperationIntegrator {

	private final SortedMap<String, Long> unknownFeatures = new TreeMap<>();

	@Override
	public void integrate(List<Operation> operations, MergeTarget target) throws StoreException {
		MergeRun run = new MergeRun(operations, target);
		run.run();
		run.unknownFeatures().forEach((feature, count) -> unknownFeatures.merge(feature, count, Long::sum));
	}

	/**
	 * The operations integrated so far that name a feature this version's model does not have (a newer
	 * version's), by {@code Class.feature}: they are journaled, travel on, and change nothing here.
	 */
	public SortedMap<String, Long> unknownFeatures() {
		return Collections.unmodifiableSortedMap(unknownFeatures);
	}
}
