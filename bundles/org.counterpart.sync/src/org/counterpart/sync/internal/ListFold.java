package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A many-valued feature as an add-wins list: its operations replayed in clock order. */
final class ListFold {

	private final MergeContext context;

	ListFold(MergeContext context) {
		this.context = context;
	}

	/**
	 * Replays the list's operations in clock order. A removal (or clearing) does not take away an element
	 * that was added concurrently, that is after the basis of the removal: additions win.
	 */
	@SuppressWarnings("unchecked")
	void fold(EObject o, EStructuralFeature f, List<Operation> ops) {
		List<String> elements = replay(f, ops);
		List<Object> values = new ArrayList<>(elements.size());
		List<String> encoded = new ArrayList<>(elements.size());
		for (String element : elements) {
			Object value = context.decode(f, element);
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

	/** The encoded elements the list's operations (clock order) leave, whether their targets are there or not. */
	List<String> replay(EStructuralFeature f, List<Operation> ops) {
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
		return elements;
	}

	private static boolean addedConcurrently(List<Operation> ops, Operation removal, String element) {
		for (Operation op : ops) {
			if (op.kind() == Kind.ADD && element.equals(op.value()) && op.timestamp() > removal.basis()
					&& MergeRun.ORDER.compare(op, removal) < 0 && !Objects.equals(op.deviceId(), removal.deviceId())) {
				return true;
			}
		}
		return false;
	}

	private static int clamp(int index, int size) {
		return index < 0 || index > size ? size : index;
	}
}
