package org.counterpart.store.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies the other side of a {@link Conflict.Kind#DROPPED_REFERENCE} conflict: the object refers to the deleted
 * target again. A delete is final (its tombstone stays, so that every store keeps deciding the same), so a
 * target that is still deleted comes back as a new object with the target's last state, in the target's last
 * place, under an identity derived from the target and the delete: every store that restores the same drop
 * makes the same object, and a second drop of the same target refers to it too. The changes are made to the
 * model, so the store journals them as this device's own operations and they travel like any other.
 */
final class DroppedReferenceRestore {

	private static final Comparator<Operation> CLOCK_ORDER = Comparator.comparingLong(Operation::timestamp)
			.thenComparing(Operation::deviceId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Operation::sequence);

	private final MergeTarget journal;

	DroppedReferenceRestore(MergeTarget journal) {
		this.journal = journal;
	}

	/**
	 * Checks everything first, then changes the model.
	 *
	 * @throws StoreException if the referring object, the reference or the place the target would go back to
	 *                        no longer exists
	 */
	@SuppressWarnings("unchecked")
	void apply(Conflict conflict) throws StoreException {
		EObject referrer = journal.find(conflict.objectId());
		EStructuralFeature feature = referrer == null ? null : referrer.eClass().getEStructuralFeature(conflict.feature());
		String targetId = conflict.loser().value();
		if (!(feature instanceof EReference reference) || reference.isContainment() || targetId == null) {
			throw cannotRestore(conflict.objectId());
		}
		EObject target = journal.find(targetId);
		if (target == null) {
			String copyId = restoredId(targetId, conflict.winner());
			target = journal.find(copyId);
			if (target == null) {
				if (!journal.tombstones(List.of(copyId)).isEmpty()) {
					throw cannotRestore(targetId); // restored once and deleted again since
				}
				target = restore(targetId, copyId, reference);
			}
		}
		if (!reference.getEReferenceType().isInstance(target)) {
			throw cannotRestore(targetId);
		}
		if (reference.isMany()) {
			List<EObject> values = (List<EObject>) referrer.eGet(reference);
			if (!values.contains(target)) {
				values.add(target);
			}
		} else {
			referrer.eSet(reference, target);
		}
	}

	/** The identity of the object that brings back {@code targetId} deleted by {@code deletion}. */
	static String restoredId(String targetId, Operation deletion) {
		String seed = "restored " + targetId + " after " + deletion.deviceId() + "#" + deletion.sequence();
		return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** A copy of the deleted object as its operations left it, put where it last was. */
	@SuppressWarnings("unchecked")
	private EObject restore(String targetId, String copyId, EReference reference) throws StoreException {
		List<Operation> history = new ArrayList<>(journal.history(List.of(targetId)).getOrDefault(targetId, List.of()));
		history.sort(CLOCK_ORDER);
		Operation creation = null;
		Operation placement = null;
		for (Operation op : history) {
			if (op.kind() == Operation.Kind.CREATE && creation == null) {
				creation = op;
			}
			if (op.isPlacement()) {
				placement = op;
			}
		}
		EClass eClass = creation == null ? null : journal.resolveClass(creation.eClass());
		if (eClass == null || eClass.isAbstract() || placement == null || !reference.getEReferenceType().isSuperTypeOf(eClass)) {
			throw cannotRestore(targetId); // before anything changes
		}
		EObject container = placement.containerId() == null ? null : journal.find(placement.containerId());
		EStructuralFeature place = container == null ? null : container.eClass().getEStructuralFeature(placement.containmentFeature());
		if (placement.containerId() != null && !(place instanceof EReference ref && FeatureValueCodec.isContainment(ref))) {
			throw cannotRestore(placement.containerId());
		}
		EObject copy = EcoreUtil.create(eClass);
		ObjectIds.setId(copy, copyId);
		for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
			if (FeatureValueCodec.isStored(f) && !FeatureValueCodec.isContainment(f) && f != eClass.getEIDAttribute()) {
				lastState(copy, f, history);
			}
		}
		if (container == null) {
			journal.resource().getContents().add(copy);
		} else if (place.isMany()) {
			((List<EObject>) container.eGet(place)).add(copy);
		} else {
			container.eSet(place, copy);
		}
		return copy;
	}

	/**
	 * Gives {@code copy} the value its original's operations on {@code f} left: the last write of a single
	 * value, the additions and removals of a list in clock order. Values naming objects that are gone are left out.
	 */
	@SuppressWarnings("unchecked")
	private void lastState(EObject copy, EStructuralFeature f, List<Operation> history) {
		List<String> elements = new ArrayList<>();
		String value = null;
		for (Operation op : history) {
			if (!f.getName().equals(op.feature())) {
				continue;
			}
			switch (op.kind()) {
			case SET -> value = op.value();
			case UNSET -> {
				value = null;
				elements.clear();
			}
			case ADD -> {
				if (op.value() != null && !(f.isUnique() && elements.contains(op.value()))) {
					elements.add(op.index() < 0 || op.index() > elements.size() ? elements.size() : op.index(), op.value());
				}
			}
			case REMOVE -> elements.remove(op.value());
			default -> {
				// moves within a list keep its elements
			}
			}
		}
		if (!f.isMany()) {
			Object decoded = decode(f, value);
			if (decoded != null) {
				copy.eSet(f, decoded);
			}
			return;
		}
		List<Object> values = (List<Object>) copy.eGet(f);
		for (String element : elements) {
			Object decoded = decode(f, element);
			if (decoded != null && !(f.isUnique() && values.contains(decoded))) {
				values.add(decoded);
			}
		}
	}

	private Object decode(EStructuralFeature f, String text) {
		try {
			return FeatureValueCodec.decode(f, text, journal::find);
		} catch (IllegalArgumentException e) {
			return null; // a reference to an object that is gone too, or a value this version cannot read
		}
	}

	private static StoreException cannotRestore(String id) {
		return new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.CANNOT_RESTORE, id));
	}
}
