package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What one {@link MergeRun} knows while it integrates a batch: the operations read back from the journal by
 * object, the tombstones, and the objects it makes or takes out of the model. Read from the store once per run.
 */
final class MergeContext {

	final MergeTarget target;
	/** every operation known on an object, stored and incoming, in {@link MergeRun#ORDER} */
	final Map<String, List<Operation>> history = new HashMap<>();
	private final Set<String> historyLoaded = new HashSet<>();
	/** placements only, of objects whose other operations are not needed (stored ones: nothing incoming) */
	private final Map<String, List<Operation>> placementsOnly = new HashMap<>();
	final Set<String> dead = new HashSet<>();
	private final Set<String> deadChecked = new HashSet<>();
	final Set<String> newlyDead = new LinkedHashSet<>();
	/** objects made from their operations in this run: all their features are folded */
	final Set<String> materialized = new LinkedHashSet<>();
	/** objects that leave the model in this run (deleted, or left without a place) */
	final Set<EObject> leaving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	MergeContext(MergeTarget target) {
		this.target = Objects.requireNonNull(target);
	}

	/** The placements of {@code id} known so far, in clock order. */
	List<Operation> placements(String id) {
		if (!historyLoaded.contains(id) && placementsOnly.containsKey(id)) {
			return placementsOnly.get(id);
		}
		List<Operation> placements = new ArrayList<>();
		for (Operation op : history.getOrDefault(id, List.of())) {
			if (op.isPlacement()) {
				placements.add(op);
			}
		}
		return placements;
	}

	/** The operations on one feature of one object that decide its value, in clock order. */
	List<Operation> registerOperations(String id, String feature) {
		List<Operation> ops = new ArrayList<>();
		for (Operation op : history.getOrDefault(id, List.of())) {
			if (feature.equals(op.feature()) && op.kind() != Kind.RESOLVE && op.kind() != Kind.CREATE) {
				ops.add(op);
			}
		}
		return ops;
	}

	/** The class of an object in the model, or of its CREATE; {@code null} if neither is known. */
	EClass classOf(String id) {
		EObject o = target.find(id);
		if (o != null) {
			return o.eClass();
		}
		for (Operation op : history.getOrDefault(id, List.of())) {
			if (op.kind() == Kind.CREATE) {
				return target.resolveClass(op.eClass());
			}
		}
		return null;
	}

	/** The value for an encoded one; a reference to an object that is not (or no longer) there is no value. */
	Object decode(EStructuralFeature f, String text) {
		if (text == null) {
			return null;
		}
		try {
			return FeatureValueCodec.decode(f, text, ref -> {
				EObject o = dead.contains(ref) ? null : target.find(ref);
				return o == null || leaving.contains(o) ? null : o;
			});
		} catch (IllegalArgumentException e) {
			if (f instanceof EReference) {
				return null;
			}
			throw new IllegalArgumentException("Cannot apply a value of " + f.getName() + ": " + e.getMessage(), e);
		}
	}

	void loadHistory(Collection<String> ids) throws StoreException {
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			if (historyLoaded.add(id)) {
				missing.add(id);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		Map<String, List<Operation>> stored = target.history(missing);
		for (Map.Entry<String, List<Operation>> e : stored.entrySet()) {
			List<Operation> ops = history.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
			ops.addAll(e.getValue());
			ops.sort(MergeRun.ORDER);
		}
	}

	/** Only the placements of objects whose whole history is not needed (see {@link NestedPlaces}). */
	void loadPlacements(Collection<String> ids) throws StoreException {
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			if (!historyLoaded.contains(id) && !placementsOnly.containsKey(id)) {
				missing.add(id);
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		Map<String, List<Operation>> stored = target.placementHistory(missing);
		for (String id : missing) {
			placementsOnly.put(id, stored.getOrDefault(id, List.of()));
		}
	}

	void loadDead(Collection<String> ids) throws StoreException {
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			if (deadChecked.add(id)) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			dead.addAll(target.tombstones(missing));
		}
	}

	boolean isDead(String id) throws StoreException {
		loadDead(List.of(id));
		return dead.contains(id);
	}
}
