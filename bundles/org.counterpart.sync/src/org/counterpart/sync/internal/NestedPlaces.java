package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The places of objects that can nest in their own kind (objectives under objectives): the only objects that
 * can form cycles, so their places come from a replay of all their placements in clock order.
 */
final class NestedPlaces {

	private final MergeContext context;
	private final MergeTarget target;
	private final Set<String> dead;
	private final Map<EClass, Boolean> nestable = new HashMap<>();
	private final Map<EClass, Boolean> holdsNestable = new HashMap<>();
	private final Map<EClass, EReference[]> referencesToNestable = new HashMap<>();
	/**
	 * the nestable objects of the last {@link #places}, by id: those being placed first, then those in the model, with
	 * the object found there ({@code null} for one not there)
	 */
	private final Map<String, EObject> nestables = new LinkedHashMap<>();

	NestedPlaces(MergeContext context) {
		this.context = context;
		this.target = context.target;
		this.dead = context.dead;
	}

	/**
	 * The places of the objects whose class can end up inside an object of its own class (objectives under
	 * objectives), when this run moves, makes or deletes any of them: every placement of every such object,
	 * applied in clock order, a placement that would put an object inside itself skipped at its turn. Only
	 * these objects can form cycles, and only this replay decides the same whatever order moves arrived in.
	 * Others keep the plain rule (newest placement whose container is there).
	 */
	Map<String, Operation> places(Set<String> placedIds) throws StoreException {
		nestables.clear();
		Set<String> ids = nestables.keySet();
		boolean involved = false;
		for (String id : placedIds) {
			EClass eClass = context.classOf(id);
			if (eClass != null && isNestable(eClass)) {
				nestables.put(id, null);
				involved = true;
			}
		}
		for (String id : context.newlyDead) {
			EClass eClass = context.classOf(id);
			involved |= eClass != null && isNestable(eClass);
		}
		if (!involved) {
			return Map.of();
		}
		for (EObject root : target.resource().getContents()) {
			collectNestable(root);
		}
		context.loadPlacements(ids);
		List<Operation> placements = new ArrayList<>();
		Set<String> containers = new HashSet<>();
		for (String id : ids) {
			for (Operation op : context.placements(id)) {
				placements.add(op);
				if (op.containerId() != null) {
					containers.add(op.containerId());
				}
			}
		}
		context.loadDead(containers);
		context.loadDead(ids);
		placements.sort(MergeRun.ORDER);
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

	/**
	 * The nestable object with this id that the last {@link #places} found in the model, as {@link MergeTarget#find}
	 * would give it while the model has not changed since; {@code null} if it found none.
	 */
	EObject foundInModel(String id) {
		return nestables.get(id);
	}

	/**
	 * Whether {@code id} is {@code ancestor} or lies inside it, following the replayed places. They never form a
	 * cycle (a placement that would is skipped), so the walk up ends; the bound only guards that.
	 */
	private static boolean inside(String id, String ancestor, Map<String, String> parents) {
		int steps = parents.size() + 1;
		for (String at = id; at != null && steps-- >= 0; at = parents.get(at)) {
			if (at.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private void collectNestable(EObject o) {
		EClass eClass = o.eClass();
		if (isNestable(eClass)) {
			String id = ObjectIds.id(o);
			if (id != null) {
				nestables.put(id, o);
			}
		}
		for (EReference ref : referencesToNestable(eClass)) {
			if (ref.isMany()) {
				// the stored lists, without resolving or iterating: this walk runs over every objective at each package
				InternalEList<?> children = (InternalEList<?>) o.eGet(ref, false);
				for (int i = 0, n = children.size(); i < n; i++) {
					collectNestable((EObject) children.basicGet(i));
				}
			} else if (o.eGet(ref, false) instanceof EObject child) {
				collectNestable(child);
			}
		}
	}

	/** The containments of {@code eClass} kept by the store whose objects can hold (at some depth) a nestable one. */
	private EReference[] referencesToNestable(EClass eClass) {
		EReference[] refs = referencesToNestable.get(eClass);
		if (refs == null) {
			List<EReference> found = new ArrayList<>();
			for (EReference ref : eClass.getEAllContainments()) {
				if (FeatureValueCodec.isContainment(ref) && canHoldNestable(ref.getEReferenceType())) {
					found.add(ref);
				}
			}
			refs = found.toArray(EReference[]::new);
			referencesToNestable.put(eClass, refs);
		}
		return refs;
	}

	/** Whether an object of this class can be contained, at some depth, in another of its class. */
	private boolean isNestable(EClass eClass) {
		return nestable.computeIfAbsent(eClass, c -> containable(c).stream().anyMatch(d -> containable(d).contains(c) || d == c));
	}

	/** Whether objects of this class can hold (at some depth) an object of a nestable class. */
	private boolean canHoldNestable(EClass eClass) {
		Boolean known = holdsNestable.get(eClass);
		if (known == null) {
			known = findsNestable(eClass);
			holdsNestable.put(eClass, known);
		}
		return known;
	}

	private boolean findsNestable(EClass eClass) {
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
}
