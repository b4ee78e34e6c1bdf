package org.counterpart.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What a store offers an {@link OperationIntegrator} while it integrates incoming operations: the loaded
 * model, the journal by object, tombstones, sibling positions and conflict records. Everything recorded here
 * is written together with the model state and the operations, in one transaction, or not at all.
 */
public interface MergeTarget {

	/** The loaded workspace; changes to it are written (but not journaled again). */
	Resource resource();

	/** The live object with this id, or {@code null}. */
	EObject find(String id);

	/** The class for a {@code nsURI#Name} URI, or {@code null} if unknown. */
	EClass resolveClass(String classUri);

	/**
	 * The journaled operations on each of these objects (operations whose object id it is), each list sorted
	 * by clock, device and sequence. Objects without operations are missing from the map.
	 */
	Map<String, List<Operation>> history(Collection<String> objectIds) throws StoreException;

	/**
	 * Only the CREATE and containment MOVE operations of each of these objects, sorted as {@link #history}: what
	 * deciding places needs, at a fraction of the reading.
	 */
	Map<String, List<Operation>> placementHistory(Collection<String> objectIds) throws StoreException;

	/** The journaled CREATE and containment MOVE operations that put some object into {@code containerId}. */
	List<Operation> placementsInto(String containerId) throws StoreException;

	/** Those of {@code ids} that are tombstoned (deleted for good). */
	Set<String> tombstones(Collection<String> ids) throws StoreException;

	/** The DELETE that tombstoned {@code id}, or {@code null} if it is not tombstoned. */
	Operation deletion(String id) throws StoreException;

	/** Records that {@code id} was deleted by {@code delete}. */
	void addTombstone(String id, Operation delete);

	/** The journaled operation with this identity, or {@code null}. */
	Operation operation(String deviceId, long sequence) throws StoreException;

	/** The position that orders {@code child} among its siblings, {@link Operation#NO_POSITION} if none yet. */
	long position(EObject child);

	/** Gives {@code child} (already placed in the model) the position that an operation carried. */
	void setPosition(EObject child, long position);

	/**
	 * Replaces the open conflicts of one register (an object's feature, or its place when {@code feature} is
	 * {@code null}) of one kind.
	 */
	void replaceConflicts(String objectId, String feature, Conflict.Kind kind, List<Conflict> conflicts);

	/** Records that the conflict with this key is resolved. */
	void resolveConflict(String key);

	/**
	 * Records that the conflict {@code resolve} names (its value) is resolved, by its device at its time; by default
	 * as {@link #resolveConflict(String)}.
	 */
	default void resolveConflict(Operation resolve) {
		resolveConflict(resolve.value());
	}
}
