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
import org.counterpart.sync.MergeAnnotations;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The value of a feature, from all its operations in clock order: a single-valued feature is a last-writer-wins
 * register (concurrent writes that disagree are value conflicts), a many-valued one goes to {@link ListFold}.
 */
final class FeatureFold {

	private final MergeContext context;
	private final MergeTarget target;
	private final ListFold lists;
	private final DroppedReferences droppedReferences;

	FeatureFold(MergeContext context, ListFold lists, DroppedReferences droppedReferences) {
		this.context = context;
		this.target = context.target;
		this.lists = lists;
		this.droppedReferences = droppedReferences;
	}

	void fold(EObject o, String id, String featureName) throws StoreException {
		EStructuralFeature f = o.eClass().getEStructuralFeature(featureName);
		if (f == null || !FeatureValueCodec.isStored(f) || FeatureValueCodec.isContainment(f) || f == o.eClass().getEIDAttribute()) {
			return; // not a feature of this class (a newer metamodel): the operation stays in the journal only
		}
		List<Operation> ops = context.registerOperations(id, featureName);
		if (f.isMany()) {
			lists.fold(o, f, ops);
		} else {
			foldValue(o, id, f, ops);
		}
		if (DroppedReferences.isTracked(f)) {
			droppedReferences.record(id, f, ops);
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
		// a metamodel may declare that concurrent writes of a feature need no review (e.g. diagram layout)
		boolean silent = MergeAnnotations.isSilentLastWriterWins(o.eClass(), f);
		for (Operation op : silent ? List.<Operation>of() : ops) {
			if (op != winner && (op.kind() == Kind.SET || op.kind() == Kind.UNSET) && op.timestamp() > winner.basis()
					&& !Objects.equals(valueOf(op), valueOf(winner))) {
				conflicts.add(new Conflict(Conflict.Kind.VALUE, id, f.getName(), winner, op));
			}
		}
		target.replaceConflicts(id, f.getName(), Conflict.Kind.VALUE, conflicts);
		Object value = winner.kind() == Kind.SET ? context.decode(f, winner.value()) : null;
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
}
