package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * References and list elements the merge drops because their target was deleted by another device: each is a
 * {@link Conflict.Kind#DROPPED_REFERENCE} conflict naming the delete and the write that referred to the target,
 * so that an analyst can restore it. Decided from the register's operations and the tombstones alone, whether
 * the reference arrived after the delete or the delete after the reference, so every store records the same.
 */
final class DroppedReferences {

	private final MergeContext context;
	private final MergeTarget target;
	private final ListFold lists;

	DroppedReferences(MergeContext context, ListFold lists) {
		this.context = context;
		this.target = context.target;
		this.lists = lists;
	}

	/** Whether the merge keeps a record of the references this feature drops: ids of other objects. */
	static boolean isTracked(EStructuralFeature f) {
		return f instanceof EReference ref && !ref.isContainment() && FeatureValueCodec.isStored(f);
	}

	/**
	 * Replaces the dropped-reference conflicts of one register by those its operations (in clock order) make
	 * now: the winning write of a single reference, or each element a list keeps, whose target is deleted.
	 */
	void record(String id, EStructuralFeature f, List<Operation> ops) throws StoreException {
		if (allThere(ops)) {
			return; // a deleted object never comes back under its id: this register never dropped anything
		}
		List<Conflict> conflicts = new ArrayList<>();
		if (f.isMany()) {
			for (String element : lists.replay(f, ops)) {
				Operation deletion = deletionOf(element);
				Operation adder = deletion == null ? null : lastAddition(ops, element);
				if (adder != null && !Objects.equals(adder.deviceId(), deletion.deviceId())) {
					conflicts.add(new Conflict(Conflict.Kind.DROPPED_REFERENCE, id, f.getName(), deletion, adder));
				}
			}
		} else {
			Operation winner = null;
			for (Operation op : ops) {
				if (op.kind() == Kind.SET || op.kind() == Kind.UNSET) {
					winner = op;
				}
			}
			Operation deletion = winner == null || winner.kind() != Kind.SET ? null : deletionOf(winner.value());
			if (deletion != null && !Objects.equals(winner.deviceId(), deletion.deviceId())) {
				conflicts.add(new Conflict(Conflict.Kind.DROPPED_REFERENCE, id, f.getName(), deletion, winner));
			}
		}
		target.replaceConflicts(id, f.getName(), Conflict.Kind.DROPPED_REFERENCE, conflicts);
	}

	/** Whether every object the register's writes named is in the model (the common case, decided in memory). */
	private boolean allThere(List<Operation> ops) {
		for (Operation op : ops) {
			if ((op.kind() == Kind.SET || op.kind() == Kind.ADD) && op.value() != null
					&& (context.dead.contains(op.value()) || target.find(op.value()) == null)) {
				return false;
			}
		}
		return true;
	}

	/** The delete that took the referenced object away, or {@code null} if it is there (or never arrived). */
	private Operation deletionOf(String referenced) throws StoreException {
		if (referenced == null) {
			return null;
		}
		EObject o = context.dead.contains(referenced) ? null : target.find(referenced);
		if (o != null || !context.isDead(referenced)) {
			return null;
		}
		return target.deletion(referenced);
	}

	private static Operation lastAddition(List<Operation> ops, String element) {
		for (int i = ops.size() - 1; i >= 0; i--) {
			Operation op = ops.get(i);
			if (op.kind() == Kind.ADD && element.equals(op.value())) {
				return op;
			}
		}
		return null;
	}
}
