package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * One integration of a batch of operations (see {@link org.counterpart.sync.ConvergentMerge}). Every
 * decision is a function of the set of operations on the register concerned, read back from the journal
 * and folded in clock order, never of the order in which they arrived: that is what makes stores converge.
 */
public final class MergeRun {

	/** Clock order, the device and then the sequence number breaking ties: the same total order everywhere. */
	public static final Comparator<Operation> ORDER = Comparator.comparingLong(Operation::timestamp)
			.thenComparing(Operation::deviceId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Operation::sequence);

	private final List<Operation> incoming;
	private final MergeTarget target;
	/** every operation known on an object, stored and incoming, in {@link #ORDER} */
	private final Map<String, List<Operation>> history = new HashMap<>();
	private final Set<String> historyLoaded = new HashSet<>();
	/** placements only, of objects whose other operations are not needed (stored ones: nothing incoming) */
	private final Map<String, List<Operation>> placementsOnly = new HashMap<>();
	private final Set<String> dead = new HashSet<>();
	private final Set<String> deadChecked = new HashSet<>();
	private final Set<String> newlyDead = new LinkedHashSet<>();
	/** objects made from their operations in this run: all their features are folded */
	private final Set<String> materialized = new LinkedHashSet<>();
	/** objects that leave the model in this run (deleted, or left without a place) */
	private final Set<EObject> leaving = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	public MergeRun(List<Operation> incoming, MergeTarget target) {
		List<Operation> sorted = new ArrayList<>(incoming);
		sorted.sort(ORDER);
		this.incoming = sorted;
		this.target = Objects.requireNonNull(target);
	}

	public void run() throws StoreException {
		Set<String> ids = new LinkedHashSet<>();
		for (Operation op : incoming) {
			ids.add(op.objectId());
			ids.addAll(op.deletedContents());
			if (op.isPlacement() && op.containerId() != null) {
				ids.add(op.containerId());
			}
		}
		loadHistory(ids);
		Set<String> touched = new HashSet<>();
		for (Operation op : incoming) {
			history.computeIfAbsent(op.objectId(), k -> new ArrayList<>()).add(op);
			touched.add(op.objectId());
		}
		for (String id : touched) {
			history.get(id).sort(ORDER);
		}
		loadDead(ids);

		for (Operation op : incoming) {
			if (op.kind() == Kind.RESOLVE) {
				target.resolveConflict(op.value());
			} else if (op.kind() == Kind.DELETE) {
				List<String> gone = new ArrayList<>();
				gone.add(op.objectId());
				gone.addAll(op.deletedContents());
				for (String id : gone) {
					if (dead.add(id)) {
						target.addTombstone(id, op);
						newlyDead.add(id);
					}
				}
			}
		}

		Set<String> toPlace = new LinkedHashSet<>();
		for (Operation op : incoming) {
			if (op.isPlacement()) {
				toPlace.add(op.objectId());
			}
		}
		// what a delete's device did not know was inside goes back to its previous place, if it has one
		for (String id : newlyDead) {
			EObject o = target.find(id);
			if (o == null) {
				continue;
			}
			for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
				EObject content = it.next();
				String contentId = FeatureValueCodec.isEmbedded(content.eContainmentFeature()) ? null : ObjectIds.id(content);
				if (contentId == null) {
					it.prune();
				} else if (!dead.contains(contentId)) {
					toPlace.add(contentId);
				}
			}
		}
		place(toPlace);

		Map<String, Set<String>> registers = new LinkedHashMap<>();
		for (Operation op : incoming) {
			if (op.feature() != null && op.kind() != Kind.RESOLVE) {
				registers.computeIfAbsent(op.objectId(), k -> new TreeSet<>()).add(op.feature());
			}
		}
		for (String id : materialized) {
			Set<String> features = registers.computeIfAbsent(id, k -> new TreeSet<>());
			for (Operation op : history.getOrDefault(id, List.of())) {
				if (op.feature() != null && op.kind() != Kind.RESOLVE) {
					features.add(op.feature());
				}
			}
		}
		for (Map.Entry<String, Set<String>> register : registers.entrySet()) {
			EObject o = dead.contains(register.getKey()) ? null : target.find(register.getKey());
			if (o == null || leaving.contains(o)) {
				continue; // deleted (a conflict, below) or not placed yet: its features are folded when it is
			}
			for (String feature : register.getValue()) {
				fold(o, register.getKey(), feature);
			}
		}

		for (String id : newlyDead) {
			EObject o = target.find(id);
			if (o != null) {
				leaving.add(o);
			}
		}
		removeLeaving();

		Set<String> deletedAndEdited = new LinkedHashSet<>(newlyDead);
		for (Operation op : incoming) {
			if (dead.contains(op.objectId()) && op.kind() != Kind.DELETE && op.kind() != Kind.RESOLVE) {
				deletedAndEdited.add(op.objectId());
			}
		}
		recordDeleteConflicts(deletedAndEdited);
	}

	// ------------------------------------------------------------------ places

	/**
	 * Gives each object the place its newest placement names, unless that place is deleted, missing or
	 * inside the object itself: then its previous placement counts. Cycles that only the new places together
	 * would make are broken by the newest of the moves on the cycle giving way.
	 */
	private void place(Set<String> initial) throws StoreException {
		Set<String> toPlace = new LinkedHashSet<>(initial);
		Map<String, Operation> nested = nestedPlaces(toPlace);
		for (Map.Entry<String, Operation> e : nested.entrySet()) {
			EObject o = target.find(e.getKey());
			if (o == null || !isCurrent(o, e.getValue())) {
				toPlace.add(e.getKey());
			}
		}
		Set<String> done = new HashSet<>();
		while (!toPlace.isEmpty()) {
			loadHistory(toPlace);
			Set<String> containers = new HashSet<>(toPlace);
			for (String id : toPlace) {
				for (Operation op : placements(id)) {
					if (op.containerId() != null) {
						containers.add(op.containerId());
					}
				}
			}
			loadDead(containers);
			Map<String, Set<Operation>> excluded = new HashMap<>();
			Map<String, Operation> desired = new LinkedHashMap<>();
			for (String id : toPlace) {
				if (!dead.contains(id)) {
					desired.put(id, nested.containsKey(id) ? nested.get(id) : choose(id, toPlace, excluded));
				}
			}
			breakCycles(desired, toPlace, excluded);
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
						if (!done.contains(op.objectId()) && target.find(op.objectId()) == null && !isDead(op.objectId())) {
							next.add(op.objectId());
						}
					}
				}
			}
			toPlace = next;
		}
	}

	// ------------------------------------------------------------------ objects that can nest in their own kind

	private final Map<EClass, Boolean> nestable = new HashMap<>();

	/**
	 * The places of the objects whose class can end up inside an object of its own class (objectives under
	 * objectives), when this run moves, makes or deletes any of them: every placement of every such object,
	 * applied in clock order, a placement that would put an object inside itself skipped at its turn. Only
	 * these objects can form cycles, and only this replay decides the same whatever order moves arrived in.
	 * Others keep the plain rule (newest placement whose container is there).
	 */
	private Map<String, Operation> nestedPlaces(Set<String> placedIds) throws StoreException {
		Set<String> ids = new LinkedHashSet<>();
		boolean involved = false;
		for (String id : placedIds) {
			EClass eClass = classOf(id);
			if (eClass != null && isNestable(eClass)) {
				ids.add(id);
				involved = true;
			}
		}
		for (String id : newlyDead) {
			EClass eClass = classOf(id);
			involved |= eClass != null && isNestable(eClass);
		}
		if (!involved) {
			return Map.of();
		}
		for (EObject root : target.resource().getContents()) {
			collectNestable(root, ids);
		}
		loadPlacements(ids);
		List<Operation> placements = new ArrayList<>();
		Set<String> containers = new HashSet<>();
		for (String id : ids) {
			for (Operation op : placements(id)) {
				placements.add(op);
				if (op.containerId() != null) {
					containers.add(op.containerId());
				}
			}
		}
		loadDead(containers);
		loadDead(ids);
		placements.sort(ORDER);
		Map<String, Operation> places = new LinkedHashMap<>();
		Map<String, String> parents = new HashMap<>();
		for (Operation op : placements) {
			String id = op.objectId();
			String container = op.containerId();
			if (dead.contains(id) || (container != null && (dead.contains(container)
					|| (!ids.contains(container) && !placedIds.contains(container) && target.find(container) == null)
					|| inside(container, id, parents)))) {
				continue;
			}
			places.put(id, op);
			parents.put(id, container);
		}
		places.keySet().removeIf(dead::contains);
		return places;
	}

	/** Whether {@code id} is {@code ancestor} or lies inside it, following the replayed places. */
	private static boolean inside(String id, String ancestor, Map<String, String> parents) {
		Set<String> seen = new HashSet<>();
		for (String at = id; at != null && seen.add(at); at = parents.get(at)) {
			if (at.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private void collectNestable(EObject o, Set<String> ids) {
		if (isNestable(o.eClass())) {
			String id = ObjectIds.id(o);
			if (id != null) {
				ids.add(id);
			}
		}
		for (EReference ref : o.eClass().getEAllContainments()) {
			if (!FeatureValueCodec.isContainment(ref) || !canHoldNestable(ref.getEReferenceType())) {
				continue;
			}
			if (ref.isMany()) {
				for (Object child : (List<?>) o.eGet(ref)) {
					collectNestable((EObject) child, ids);
				}
			} else if (o.eGet(ref) instanceof EObject child) {
				collectNestable(child, ids);
			}
		}
	}

	private EClass classOf(String id) {
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

	/** Whether an object of this class can be contained, at some depth, in another of its class. */
	private boolean isNestable(EClass eClass) {
		return nestable.computeIfAbsent(eClass, c -> containable(c).stream().anyMatch(d -> containable(d).contains(c) || d == c));
	}

	/** Whether objects of this class can hold (at some depth) an object of a nestable class. */
	private boolean canHoldNestable(EClass eClass) {
		if (isNestable(eClass)) {
			return true;
		}
		for (EClass d : containable(eClass)) {
			if (isNestable(d)) {
				return true;
			}
		}
		return false;
	}

	/** The classes whose objects can be contained, at any depth, in an object of {@code eClass}. */
	private static Set<EClass> containable(EClass eClass) {
		Set<EClass> reached = new LinkedHashSet<>();
		List<EClass> work = new ArrayList<>(List.of(eClass));
		while (!work.isEmpty()) {
			EClass c = work.remove(work.size() - 1);
			for (EReference ref : c.getEAllContainments()) {
				if (!FeatureValueCodec.isContainment(ref)) {
					continue;
				}
				EClass type = ref.getEReferenceType();
				for (org.eclipse.emf.ecore.EClassifier classifier : type.getEPackage().getEClassifiers()) {
					if (classifier instanceof EClass candidate && !candidate.isAbstract()
							&& (candidate == type || type.isSuperTypeOf(candidate)) && reached.add(candidate)) {
						work.add(candidate);
					}
				}
			}
		}
		return reached;
	}

	private static boolean isCurrent(EObject o, Operation placement) {
		EObject container = o.eContainer();
		if (placement.containerId() == null) {
			return container == null && o.eResource() != null;
		}
		return container != null && placement.containerId().equals(ObjectIds.id(container))
				&& placement.containmentFeature().equals(o.eContainmentFeature().getName());
	}

	private List<Operation> placements(String id) {
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

	/** The newest placement of {@code id} whose container can hold it, or {@code null}. */
	private Operation choose(String id, Set<String> beingPlaced, Map<String, Set<Operation>> excluded) {
		List<Operation> placements = placements(id);
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
	 * clock order and the one closing the cycle refused.
	 */
	private void breakCycles(Map<String, Operation> desired, Set<String> beingPlaced, Map<String, Set<Operation>> excluded)
			throws StoreException {
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
				loadHistory(cycle);
				String loser = null;
				Operation newest = null;
				for (String member : cycle) {
					Operation op = desired.containsKey(member) ? desired.get(member) : currentPlacement(member);
					if (op != null && (newest == null || ORDER.compare(op, newest) > 0)) {
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
			}
		}
	}

	/** The placement that put an object where it is now: its newest one naming its current place. */
	private Operation currentPlacement(String id) {
		EObject o = target.find(id);
		if (o == null) {
			return null;
		}
		String container = o.eContainer() == null ? null : ObjectIds.id(o.eContainer());
		String feature = o.eContainer() == null ? null : o.eContainmentFeature().getName();
		List<Operation> placements = placements(id);
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
		for (Operation op : history.getOrDefault(id, List.of())) {
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
		List<Operation> placements = placements(id);
		for (Operation op : placements) {
			if (op == chosen) {
				continue;
			}
			boolean newer = chosen == null || ORDER.compare(op, chosen) > 0;
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

	// ------------------------------------------------------------------ features

	private void fold(EObject o, String id, String featureName) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(featureName);
		if (f == null || !FeatureValueCodec.isStored(f) || FeatureValueCodec.isContainment(f) || f == o.eClass().getEIDAttribute()) {
			return; // not a feature of this class (a newer metamodel): the operation stays in the journal only
		}
		List<Operation> ops = new ArrayList<>();
		for (Operation op : history.getOrDefault(id, List.of())) {
			if (featureName.equals(op.feature()) && op.kind() != Kind.RESOLVE && op.kind() != Kind.CREATE) {
				ops.add(op);
			}
		}
		if (f.isMany()) {
			foldList(o, f, ops);
		} else {
			foldValue(o, id, f, ops);
		}
	}

	/** Last writer wins; writes that did not know the winner and disagree with it are conflicts. */
	private void foldValue(EObject o, String id, EStructuralFeature f, List<Operation> ops) {
		Operation winner = null;
		for (Operation op : ops) {
			if (op.kind() == Kind.SET || op.kind() == Kind.UNSET) {
				winner = op;
			}
		}
		if (winner == null) {
			return;
		}
		List<Conflict> conflicts = new ArrayList<>();
		for (Operation op : ops) {
			if (op != winner && (op.kind() == Kind.SET || op.kind() == Kind.UNSET) && op.timestamp() > winner.basis()
					&& !Objects.equals(valueOf(op), valueOf(winner))) {
				conflicts.add(new Conflict(Conflict.Kind.VALUE, id, f.getName(), winner, op));
			}
		}
		target.replaceConflicts(id, f.getName(), Conflict.Kind.VALUE, conflicts);
		Object value = winner.kind() == Kind.SET ? decode(f, winner.value()) : null;
		if (value == null) {
			if (o.eIsSet(f)) {
				o.eUnset(f);
			}
		} else if (!Objects.equals(FeatureValueCodec.encode(f, o.eGet(f)), FeatureValueCodec.encode(f, value)) || !o.eIsSet(f)) {
			o.eSet(f, value);
		}
	}

	private static String valueOf(Operation op) {
		return op.kind() == Kind.SET ? op.value() : null;
	}

	/**
	 * Replays the list's operations in clock order. A removal (or clearing) does not take away an element
	 * that was added concurrently, that is after the basis of the removal: additions win.
	 */
	@SuppressWarnings("unchecked")
	private void foldList(EObject o, EStructuralFeature f, List<Operation> ops) {
		List<String> elements = new ArrayList<>();
		for (Operation op : ops) {
			switch (op.kind()) {
			case ADD -> {
				if (op.value() == null || (f.isUnique() && elements.contains(op.value()))) {
					break;
				}
				elements.add(clamp(op.index(), elements.size()), op.value());
			}
			case REMOVE -> {
				if (!addedConcurrently(ops, op, op.value())) {
					int at = op.index() >= 0 && op.index() < elements.size() && op.value().equals(elements.get(op.index()))
							? op.index()
							: elements.indexOf(op.value());
					if (at >= 0) {
						elements.remove(at);
					}
				}
			}
			case MOVE -> {
				int from = elements.indexOf(op.value());
				if (from >= 0) {
					String moved = elements.remove(from);
					elements.add(clamp(op.index(), elements.size()), moved);
				}
			}
			case UNSET -> elements.removeIf(element -> !addedConcurrently(ops, op, element));
			default -> {
				// SET does not apply to a list
			}
			}
		}
		List<Object> values = new ArrayList<>(elements.size());
		List<String> encoded = new ArrayList<>(elements.size());
		for (String element : elements) {
			Object value = decode(f, element);
			if (value != null && !(f.isUnique() && encoded.contains(element))) {
				values.add(value);
				encoded.add(element);
			}
		}
		EList<Object> list = (EList<Object>) o.eGet(f);
		List<String> current = new ArrayList<>(list.size());
		for (Object v : list) {
			current.add(FeatureValueCodec.encode(f, v));
		}
		if (!current.equals(encoded)) {
			list.clear();
			list.addAll(values);
		}
	}

	private static boolean addedConcurrently(List<Operation> ops, Operation removal, String element) {
		for (Operation op : ops) {
			if (op.kind() == Kind.ADD && element.equals(op.value()) && op.timestamp() > removal.basis()
					&& ORDER.compare(op, removal) < 0 && !Objects.equals(op.deviceId(), removal.deviceId())) {
				return true;
			}
		}
		return false;
	}

	private static int clamp(int index, int size) {
		return index < 0 || index > size ? size : index;
	}

	/** The value for an encoded one; a reference to an object that is not (or no longer) there is no value. */
	private Object decode(EStructuralFeature f, String text) {
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

	// ------------------------------------------------------------------ deletes

	/** Removes leaving objects from the model, first dropping every reference to them and their contents. */
	@SuppressWarnings("unchecked")
	private void removeLeaving() {
		if (leaving.isEmpty()) {
			return;
		}
		Set<EObject> gone = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (EObject o : leaving) {
			gone.add(o);
			for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
				gone.add(it.next());
			}
		}
		ECrossReferenceAdapter references = crossReferences(target.resource());
		for (EObject object : gone) {
			for (Setting setting : new ArrayList<>(references.getNonNavigableInverseReferences(object, false))) {
				EObject referrer = setting.getEObject();
				EStructuralFeature f = setting.getEStructuralFeature();
				if (gone.contains(referrer) || !FeatureValueCodec.isStored(f) || (f instanceof EReference ref && ref.isContainment())) {
					continue;
				}
				if (f.isMany()) {
					((List<Object>) referrer.eGet(f)).remove(object);
				} else {
					referrer.eUnset(f);
				}
			}
		}
		for (EObject o : leaving) {
			if (o.eContainer() == null || !gone.contains(o.eContainer())) {
				EcoreUtil.remove(o);
			}
		}
		leaving.clear();
	}

	/**
	 * The inverse references of the whole workspace, kept up to date by EMF from the first merge that deletes
	 * on: finding who refers to a deleted object must not cost a walk over every object each time.
	 */
	private static ECrossReferenceAdapter crossReferences(org.eclipse.emf.ecore.resource.Resource resource) {
		ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(resource);
		if (adapter == null) {
			adapter = new ECrossReferenceAdapter();
			resource.eAdapters().add(adapter);
		}
		return adapter;
	}

	/** Edits of deleted objects that the deleting device had not seen. */
	private void recordDeleteConflicts(Set<String> ids) throws StoreException {
		loadHistory(ids);
		for (String id : ids) {
			Operation deletion = target.deletion(id);
			if (deletion == null) {
				continue;
			}
			List<Conflict> conflicts = new ArrayList<>();
			for (Operation op : history.getOrDefault(id, List.of())) {
				if (op.kind() != Kind.DELETE && op.kind() != Kind.RESOLVE && op.kind() != Kind.CREATE
						&& op.timestamp() > deletion.basis() && !Objects.equals(op.deviceId(), deletion.deviceId())) {
					conflicts.add(new Conflict(Conflict.Kind.DELETE_EDIT, id, null, deletion, op));
				}
			}
			target.replaceConflicts(id, null, Conflict.Kind.DELETE_EDIT, conflicts);
		}
	}

	// ------------------------------------------------------------------ lookups

	private void loadHistory(Collection<String> ids) throws StoreException {
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
			ops.sort(ORDER);
		}
	}

	/** Only the placements of objects whose whole history is not needed (see nestedPlaces). */
	private void loadPlacements(Collection<String> ids) throws StoreException {
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

	private void loadDead(Collection<String> ids) throws StoreException {
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

	private boolean isDead(String id) throws StoreException {
		loadDead(List.of(id));
		return dead.contains(id);
	}
}
