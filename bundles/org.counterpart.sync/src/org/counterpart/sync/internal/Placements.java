package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The place of each object: its container, containment feature and position among its siblings, decided from
 * its placements (the newest whose container can hold it), with cycles broken and move conflicts recorded.
 * Objects that are placed for the first time are made here from their CREATE.
 */
final class Placements {

	private final MergeContext context;
	private final MergeTarget target;
	private final Set<String> dead;
	private final Set<String> materialized;
	private final Set<EObject> leaving;
	private final NestedPlaces nestedPlaces;

	Placements(MergeContext context) {
		this.context = context;
		this.target = context.target;
		this.dead = context.dead;
		this.materialized = context.materialized;
		this.leaving = context.leaving;
		this.nestedPlaces = new NestedPlaces(context);
	}

	/**
	 * Gives each object the place its newest placement names, unless that place is deleted, missing or
	 * inside the object itself: then its previous placement counts. Cycles that only the new places together
	 * would make are broken by the newest of the moves on the cycle giving way.
	 */
	void place(Set<String> initial) throws StoreException {
		Set<String> toPlace = new LinkedHashSet<>(initial);
		Map<String, Operation> nested = nestedPlaces.places(toPlace);
		for (Map.Entry<String, Operation> e : nested.entrySet()) {
			// all of them, at every package that moves one: the objects the replay's walk found spare a look-up each
			EObject o = nestedPlaces.foundInModel(e.getKey());
			if (o == null) {
				o = target.find(e.getKey());
			}
			if (o == null || !isCurrent(o, e.getValue())) {
				toPlace.add(e.getKey());
			}
		}
		Set<String> done = new HashSet<>();
		while (!toPlace.isEmpty()) {
			context.loadHistory(toPlace);
			Set<String> containers = new HashSet<>(toPlace);
			for (String id : toPlace) {
				for (Operation op : context.placements(id)) {
					if (op.containerId() != null) {
						containers.add(op.containerId());
					}
				}
			}
			context.loadDead(containers);
			Map<String, Set<Operation>> excluded = new HashMap<>();
			Map<String, Operation> desired = new LinkedHashMap<>();
			for (String id : toPlace) {
				if (!dead.contains(id)) {
					desired.put(id, nested.containsKey(id) ? nested.get(id) : choose(id, toPlace, excluded));
				}
			}
			boolean changed;
			do {
				changed = leaveNoPlaceInsideThePlaceless(desired, toPlace, excluded);
				changed |= breakCycles(desired, toPlace, excluded);
			} while (changed);
			Set<String> placedNow = attach(desired);
			for (String id : desired.keySet()) {
				recordPlaceConflicts(id, desired.get(id), placedNow.contains(id));
			}
			done.addAll(toPlace);
			// objects waiting for a container that has just been made
			Set<String> next = new LinkedHashSet<>();
			for (String id : placedNow) {
				if (materialized.contains(id)) {
					for (Operation op : target.placementsInto(id)) {
						if (!done.contains(op.objectId()) && target.find(op.objectId()) == null && !context.isDead(op.objectId())) {
							next.add(op.objectId());
						}
					}
				}
			}
			toPlace = next;
		}
	}

	private static boolean isCurrent(EObject o, Operation placement) {
		EObject container = o.eContainer();
		if (placement.containerId() == null) {
			return container == null && o.eResource() != null;
		}
		return container != null && placement.containerId().equals(ObjectIds.id(container))
				&& placement.containmentFeature().equals(o.eContainmentFeature().getName());
	}

	/** The newest placement of {@code id} whose container can hold it, or {@code null}. */
	private Operation choose(String id, Set<String> beingPlaced, Map<String, Set<Operation>> excluded) {
		List<Operation> placements = context.placements(id);
		Set<Operation> skip = excluded.getOrDefault(id, Set.of());
		for (int i = placements.size() - 1; i >= 0; i--) {
			Operation op = placements.get(i);
			if (skip.contains(op)) {
				continue;
			}
			String container = op.containerId();
			if (container == null) {
				return op;
			}
			if (container.equals(id) || dead.contains(container)) {
				continue;
			}
			EObject owner = target.find(container);
			if ((owner != null && !leaving.contains(owner)) || beingPlaced.contains(container)) {
				return op;
			}
		}
		return null;
	}

	/**
	 * A placement into an object that is being placed now but gets no place itself (say, it was created inside an
	 * object another device deleted) would take the object out of the model with it: such a placement gives way
	 * to the object's previous one, as it does when the placeless container had left the model before it
	 * arrived. Returns whether a desired place changed.
	 */
	private boolean leaveNoPlaceInsideThePlaceless(Map<String, Operation> desired, Set<String> beingPlaced,
			Map<String, Set<Operation>> excluded) {
		boolean changedAny = false;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Map.Entry<String, Operation> e : desired.entrySet()) {
				Operation op = e.getValue();
				String container = op == null ? null : op.containerId();
				if (container != null && desired.containsKey(container) && desired.get(container) == null) {
					excluded.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(op);
					e.setValue(choose(e.getKey(), beingPlaced, excluded));
					changed = true;
					changedAny = true;
				}
			}
		}
		return changedAny;
	}

	/** Parent id under the desired places, else the current one. */
	private String parentOf(String id, Map<String, Operation> desired) {
		if (desired.containsKey(id)) {
			Operation op = desired.get(id);
			return op == null ? null : op.containerId();
		}
		EObject o = target.find(id);
		EObject parent = o == null ? null : o.eContainer();
		return parent == null ? null : ObjectIds.id(parent);
	}

	/**
	 * Breaks every cycle the desired places would make: the newest placement on the cycle gives way, whether
	 * it arrived now or earlier (then its object is placed again), as if all placements had been applied in
	 * clock order and the one closing the cycle refused. Returns whether a desired place changed.
	 */
	private boolean breakCycles(Map<String, Operation> desired, Set<String> beingPlaced, Map<String, Set<Operation>> excluded)
			throws StoreException {
		boolean changedAny = false;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String start : new ArrayList<>(desired.keySet())) {
				List<String> path = new ArrayList<>();
				Set<String> seen = new HashSet<>();
				String at = start;
				while (at != null && seen.add(at)) {
					path.add(at);
					at = parentOf(at, desired);
				}
				if (at == null) {
					continue;
				}
				List<String> cycle = path.subList(path.indexOf(at), path.size());
				context.loadHistory(cycle);
				String loser = null;
				Operation newest = null;
				for (String member : cycle) {
					Operation op = desired.containsKey(member) ? desired.get(member) : currentPlacement(member);
					if (op != null && (newest == null || MergeRun.ORDER.compare(op, newest) > 0)) {
						loser = member;
						newest = op;
					}
				}
				if (loser == null) {
					continue;
				}
				excluded.computeIfAbsent(loser, k -> new HashSet<>()).add(newest);
				desired.put(loser, choose(loser, beingPlaced, excluded));
				changed = true;
				changedAny = true;
			}
		}
		return changedAny;
	}

	/** The placement that put an object where it is now: its newest one naming its current place. */
	private Operation currentPlacement(String id) {
		EObject o = target.find(id);
		if (o == null) {
			return null;
		}
		String container = o.eContainer() == null ? null : ObjectIds.id(o.eContainer());
		String feature = o.eContainer() == null ? null : o.eContainmentFeature().getName();
		List<Operation> placements = context.placements(id);
		for (int i = placements.size() - 1; i >= 0; i--) {
			Operation op = placements.get(i);
			if (Objects.equals(op.containerId(), container) && Objects.equals(op.containmentFeature(), feature)) {
				return op;
			}
		}
		return null;
	}

	/**
	 * Puts objects where {@code desired} says, containers first, making those that are not in the model yet
	 * from their operations; objects left without a place leave the model. Returns those placed.
	 */
	private Set<String> attach(Map<String, Operation> desired) {
		Set<String> placed = new LinkedHashSet<>();
		Map<String, Operation> pending = new LinkedHashMap<>();
		for (Map.Entry<String, Operation> e : desired.entrySet()) {
			if (e.getValue() != null) {
				pending.put(e.getKey(), e.getValue());
			}
		}
		boolean progress = true;
		while (!pending.isEmpty() && progress) {
			progress = false;
			for (java.util.Iterator<Map.Entry<String, Operation>> it = pending.entrySet().iterator(); it.hasNext();) {
				Map.Entry<String, Operation> e = it.next();
				String container = e.getValue().containerId();
				if (container != null && pending.containsKey(container)) {
					continue; // its container is placed first
				}
				Boolean attached = attach(e.getKey(), e.getValue());
				if (attached == null) {
					continue; // its new container is still inside it until another object moves out
				}
				it.remove();
				progress = true;
				if (attached) {
					placed.add(e.getKey());
				}
			}
		}
		for (String id : desired.keySet()) {
			if (!placed.contains(id)) {
				EObject o = target.find(id);
				if (o != null) {
					leaving.add(o); // no place left for it: it leaves the model (and a conflict says why)
				}
			}
		}
		return placed;
	}

	/** Places one object; {@code null} if not yet possible because its new container is inside it for now. */
	@SuppressWarnings("unchecked")
	private Boolean attach(String id, Operation placement) {
		EObject o = target.find(id);
		EObject owner = null;
		EReference reference = null;
		if (placement.containerId() != null) {
			owner = target.find(placement.containerId());
			EStructuralFeature f = owner == null ? null : owner.eClass().getEStructuralFeature(placement.containmentFeature());
			if (owner == null || leaving.contains(owner) || !(f instanceof EReference ref) || !FeatureValueCodec.isContainment(ref)) {
				return false;
			}
			reference = ref;
			if (o == owner) {
				return false;
			}
			if (o != null && EcoreUtil.isAncestor(o, owner)) {
				return null;
			}
		}
		if (o == null) {
			o = materialize(id);
			if (o == null) {
				return false;
			}
		}
		if (reference != null && !reference.getEReferenceType().isInstance(o)) {
			return false;
		}
		long position = placement.position();
		boolean samePlace = o.eContainer() == owner && (owner == null ? o.eResource() != null && o.eContainer() == null
				: o.eContainmentFeature() == reference);
		if (samePlace && (position == Operation.NO_POSITION || position == target.position(o))) {
			return true;
		}
		if (reference != null && !reference.isMany()) {
			owner.eSet(reference, o);
		} else {
			EList<EObject> siblings = reference == null ? target.resource().getContents() : (EList<EObject>) owner.eGet(reference);
			if (samePlace) {
				siblings.remove(indexOf(siblings, o, id));
			}
			// lists of siblings can be long (every observation of a theater): find places by position, and add
			// without EMF's scan for duplicates, which cannot be there
			int at = position == Operation.NO_POSITION ? siblings.size() : insertionIndex(siblings, position, id);
			((InternalEList<EObject>) siblings).addUnique(at, o);
		}
		if (position != Operation.NO_POSITION) {
			target.setPosition(o, position);
		}
		return true;
	}

	/** Where {@code o} is in its list: found by its position, the list being ordered by position then id. */
	private int indexOf(List<EObject> siblings, EObject o, String id) {
		long position = target.position(o);
		if (position != Operation.NO_POSITION) {
			int at = insertionIndex(siblings, position, id);
			if (at < siblings.size() && siblings.get(at) == o) {
				return at;
			}
		}
		return siblings.indexOf(o);
	}

	/** Where an object with this position and id goes in a list ordered by position, then id. */
	private int insertionIndex(List<EObject> siblings, long position, String id) {
		int low = 0;
		int high = siblings.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			EObject sibling = siblings.get(mid);
			long p = target.position(sibling);
			int c = p != position ? Long.compare(p, position) : String.valueOf(ObjectIds.id(sibling)).compareTo(id);
			if (c < 0) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** Makes a new, detached object from its CREATE; {@code null} if that has not arrived. */
	private EObject materialize(String id) {
		for (Operation op : context.history.getOrDefault(id, List.of())) {
			if (op.kind() == Kind.CREATE) {
				EClass eClass = target.resolveClass(op.eClass());
				if (eClass == null || eClass.isAbstract()) {
					throw new IllegalArgumentException("Cannot apply " + op + ": unknown or abstract class " + op.eClass());
				}
				EObject o = EcoreUtil.create(eClass);
				ObjectIds.setId(o, id);
				materialized.add(id);
				return o;
			}
		}
		return null;
	}

	private void recordPlaceConflicts(String id, Operation chosen, boolean placed) throws StoreException {
		List<Conflict> moves = new ArrayList<>();
		List<Conflict> deletes = new ArrayList<>();
		List<Operation> placements = context.placements(id);
		for (Operation op : placements) {
			if (op == chosen) {
				continue;
			}
			boolean newer = chosen == null || MergeRun.ORDER.compare(op, chosen) > 0;
			if (newer) {
				// a newer place was refused: it was deleted, or would have put the object inside itself
				Operation deletion = op.containerId() == null ? null : target.deletion(op.containerId());
				if (deletion != null) {
					deletes.add(new Conflict(Conflict.Kind.DELETE_EDIT, id, null, deletion, op));
				} else if (chosen != null && op.kind() == Kind.MOVE) {
					moves.add(new Conflict(Conflict.Kind.MOVE, id, null, chosen, op));
				}
			} else if (op.kind() == Kind.MOVE && op.timestamp() > chosen.basis() && !samePlace(op, chosen)) {
				moves.add(new Conflict(Conflict.Kind.MOVE, id, null, chosen, op));
			}
		}
		if (!placed && chosen == null && deletes.isEmpty()) {
			return; // waiting for its container to arrive: nothing to review yet
		}
		target.replaceConflicts(id, null, Conflict.Kind.MOVE, moves);
		target.replaceConflicts(id, null, Conflict.Kind.DELETE_EDIT, deletes);
	}

	private static boolean samePlace(Operation a, Operation b) {
		return Objects.equals(a.containerId(), b.containerId()) && Objects.equals(a.containmentFeature(), b.containmentFeature());
	}
}
