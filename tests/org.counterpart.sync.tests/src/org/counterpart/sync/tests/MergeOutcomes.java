package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.counterpart.store.Conflict;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.counterpart.sync.internal.MergeRun;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The outcome docs/merge.md promises for a set of operations, worked out from the operations alone and
 * compared with a merged workspace and its conflicts. Operations are folded in clock order
 * ({@link MergeRun#ORDER}); "had seen" is what the merge documents: an operation's basis is the newest
 * clock on its register its device had seen, so a write with a clock above another's basis was not seen by it.
 */
final class MergeOutcomes {

	private final List<Operation> operations;
	private final Map<String, EObject> live = new HashMap<>();
	private final Set<String> deleted = new HashSet<>();
	private final Map<String, List<Operation>> deletions = new HashMap<>();
	private final Set<String> conflictLosers = new HashSet<>();
	private final Resource model;

	MergeOutcomes(Collection<Operation> union, Resource model, List<Conflict> conflicts) {
		this.operations = new ArrayList<>(union);
		this.operations.sort(MergeRun.ORDER);
		this.model = model;
		for (Iterator<EObject> it = model.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			live.put(ObjectIds.id(o), o);
		}
		for (Operation op : operations) {
			if (op.kind() == Kind.DELETE) {
				List<String> gone = new ArrayList<>(op.deletedContents());
				gone.add(op.objectId());
				for (String id : gone) {
					deleted.add(id);
					deletions.computeIfAbsent(id, k -> new ArrayList<>()).add(op);
				}
			}
		}
		for (Conflict conflict : conflicts) {
			conflictLosers.add(conflict.kind() + " " + key(conflict.loser()));
		}
	}

	/** Everything below. */
	void check() {
		deletedObjectsAreGone();
		noReferenceDangles();
		lastWriterWins();
		listsAddWins();
		placesReplayInClockOrder();
		unseenEditsOfDeletedObjectsAreConflicts();
	}

	/** A deleted object, and the contents its device knew, are gone for good. */
	void deletedObjectsAreGone() {
		for (String id : deleted) {
			assertFalse(live.containsKey(id), "deleted object " + id + " is still in the workspace");
		}
	}

	void noReferenceDangles() {
		for (EObject o : live.values()) {
			for (EObject target : o.eCrossReferences()) {
				assertTrue(target.eResource() == model, "dangling reference from " + o.eClass().getName());
			}
		}
	}

	/**
	 * Single-valued features: the write with the highest clock stands (a reference to a deleted object is
	 * no value); every other write of a different value that had not seen it is the losing side of a
	 * VALUE conflict.
	 */
	void lastWriterWins() {
		for (Map.Entry<String, List<Operation>> register : registers(true).entrySet()) {
			List<Operation> writes = register.getValue();
			Operation winner = writes.get(writes.size() - 1);
			EObject o = live.get(winner.objectId());
			EStructuralFeature f = o.eClass().getEStructuralFeature(winner.feature());
			String expected = winner.kind() == Kind.SET ? winner.value() : null;
			if (f instanceof EReference && expected != null && !live.containsKey(expected)) {
				expected = null;
			}
			String actual = o.eIsSet(f) ? FeatureValueCodec.encode(f, o.eGet(f)) : null;
			assertEquals(expected, actual, "last writer wins on " + register.getKey() + ": " + winner);
			for (Operation write : writes) {
				String value = write.kind() == Kind.SET ? write.value() : null;
				if (write != winner && write.timestamp() > winner.basis() && !Objects.equals(value, winner.kind() == Kind.SET ? winner.value() : null)) {
					assertTrue(conflictLosers.contains(Conflict.Kind.VALUE + " " + key(write)),
							"a write that did not know the winner is a value conflict: " + write + " against " + winner);
				}
			}
		}
	}

	/**
	 * Many-valued references: the list's operations replayed in clock order, where a removal takes away
	 * only additions its device had seen, and elements that are deleted objects drop out.
	 */
	void listsAddWins() {
		for (Map.Entry<String, List<Operation>> register : registers(false).entrySet()) {
			List<Operation> ops = register.getValue();
			EObject o = live.get(ops.get(0).objectId());
			EStructuralFeature f = o.eClass().getEStructuralFeature(ops.get(0).feature());
			List<String> elements = new ArrayList<>();
			for (Operation op : ops) {
				switch (op.kind()) {
				case ADD -> elements.add(op.value());
				case REMOVE -> {
					if (!addedUnseen(ops, op, op.value())) {
						elements.remove(op.value());
					}
				}
				case UNSET -> elements.removeIf(element -> !addedUnseen(ops, op, element));
				default -> {
					// a reorder (MOVE) or SET changes no membership
				}
				}
			}
			Set<String> expected = new TreeSet<>();
			for (String element : elements) {
				if (live.containsKey(element)) {
					expected.add(element);
				}
			}
			Set<String> actual = new TreeSet<>();
			for (Object v : (List<?>) o.eGet(f)) {
				actual.add(FeatureValueCodec.encode(f, v));
			}
			assertEquals(expected, actual, "add wins on " + register.getKey());
		}
	}

	private static boolean addedUnseen(List<Operation> ops, Operation removal, String element) {
		for (Operation op : ops) {
			if (op == removal) {
				return false;
			}
			if (op.kind() == Kind.ADD && element.equals(op.value()) && op.timestamp() > removal.basis()
					&& !Objects.equals(op.deviceId(), removal.deviceId())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Places of objects: all placements replayed in clock order, skipping one into a deleted container, one
	 * that would put an object inside itself, and one into a container that has no place at all (made inside
	 * a deleted object, say: the object keeps its previous place instead of leaving with it); an object is
	 * shown where its last placement put it when its containers up to the root are shown, and not at all
	 * otherwise.
	 */
	void placesReplayInClockOrder() {
		Set<String> roots = new HashSet<>();
		Set<Operation> skipped = new HashSet<>();
		Map<String, String> parent;
		Map<String, Operation> placedBy;
		boolean changed;
		do {
			parent = new HashMap<>();
			placedBy = new HashMap<>();
			for (Operation op : operations) {
				boolean placement = op.kind() == Kind.CREATE || op.kind() == Kind.MOVE && op.feature() == null;
				if (!placement || skipped.contains(op)) {
					continue;
				}
				String id = op.objectId();
				String container = op.containerId();
				if (container == null) {
					roots.add(id);
					continue;
				}
				if (deleted.contains(container) || insideOf(parent, container, id)) {
					continue;
				}
				parent.put(id, container);
				placedBy.put(id, op);
			}
			changed = false;
			for (Map.Entry<String, String> e : parent.entrySet()) {
				String container = e.getValue();
				if (!parent.containsKey(container) && !roots.contains(container)) {
					changed |= skipped.add(placedBy.get(e.getKey()));
				}
			}
		} while (changed);
		Map<String, String> expected = new TreeMap<>();
		for (String id : parent.keySet()) {
			if (!deleted.contains(id) && shown(parent, roots, id)) {
				expected.put(id, parent.get(id));
			}
		}
		Map<String, String> actual = new TreeMap<>();
		for (Map.Entry<String, EObject> o : live.entrySet()) {
			if (o.getValue().eContainer() != null) {
				actual.put(o.getKey(), ObjectIds.id(o.getValue().eContainer()));
			}
		}
		assertEquals(expected, actual, "places of objects");
	}

	private static boolean insideOf(Map<String, String> parent, String container, String id) {
		for (String c = container; c != null; c = parent.get(c)) {
			if (c.equals(id)) {
				return true;
			}
		}
		return false;
	}

	private boolean shown(Map<String, String> parent, Set<String> roots, String id) {
		Set<String> path = new HashSet<>();
		String c = id;
		while (parent.containsKey(c)) {
			if (deleted.contains(c) || !path.add(c)) {
				return false;
			}
			c = parent.get(c);
		}
		return roots.contains(c) && !deleted.contains(c);
	}

	/**
	 * An edit or move of a deleted object by a device that had not seen the deletion is kept as the losing
	 * side of a DELETE_EDIT conflict (when several devices deleted it, one that no deletion had seen).
	 */
	void unseenEditsOfDeletedObjectsAreConflicts() {
		for (Operation op : operations) {
			List<Operation> gone = deletions.get(op.objectId());
			if (gone == null || op.kind() == Kind.DELETE || op.kind() == Kind.CREATE || op.kind() == Kind.RESOLVE) {
				continue;
			}
			boolean unseen = gone.stream().allMatch(
					d -> op.timestamp() > d.basis() && !Objects.equals(op.deviceId(), d.deviceId()));
			if (unseen) {
				assertTrue(conflictLosers.contains(Conflict.Kind.DELETE_EDIT + " " + key(op)),
						"an edit of a deleted object that the deletion had not seen is a delete-edit conflict: " + op);
			}
		}
	}

	/** Per live object and feature (single-valued or many-valued references), its operations in clock order. */
	private Map<String, List<Operation>> registers(boolean singleValued) {
		Map<String, List<Operation>> registers = new TreeMap<>();
		for (Operation op : operations) {
			if (op.feature() == null || !live.containsKey(op.objectId())
					|| op.kind() == Kind.RESOLVE || op.kind() == Kind.DELETE) {
				continue;
			}
			EStructuralFeature f = live.get(op.objectId()).eClass().getEStructuralFeature(op.feature());
			if (f == null || f.isMany() == singleValued
					|| singleValued && op.kind() != Kind.SET && op.kind() != Kind.UNSET) {
				continue;
			}
			registers.computeIfAbsent(op.objectId() + "/" + op.feature(), k -> new ArrayList<>()).add(op);
		}
		return registers;
	}

	static String key(Operation op) {
		return op.deviceId() + "#" + op.sequence();
	}
}
