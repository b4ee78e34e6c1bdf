package org.counterpart.store.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Applies operations, in the order given, to the objects of one resource: the replay of a journal. It
 * resolves no conflicts (that is the merge's job); an operation that does not fit the current state (an
 * unknown object, class or feature) is refused with an {@link IllegalArgumentException} before anything
 * of it is changed. Indexes beyond the end of a list are clamped; deleting an object that is not there
 * changes nothing.
 */
public final class OperationApplier {

	private final Resource resource;
	private final EPackage.Registry registry;
	private final Map<String, EObject> byId;

	public OperationApplier(Resource resource, EPackage.Registry registry) {
		this.resource = Objects.requireNonNull(resource);
		this.registry = Objects.requireNonNull(registry);
		Map<String, EObject> map = resource instanceof org.eclipse.emf.ecore.resource.impl.ResourceImpl r
				? r.getIntrinsicIDToEObjectMap()
				: null;
		if (map == null) {
			map = new HashMap<>();
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject o = it.next();
				String id = ObjectIds.id(o);
				if (id != null) {
					map.put(id, o);
				}
			}
		}
		this.byId = map;
	}

	/** The object with this id in the resource, or {@code null}. */
	public EObject find(String id) {
		EObject o = byId.get(id);
		return o != null && o.eResource() == resource ? o : null;
	}

	public void applyAll(Iterable<Operation> operations) {
		for (Operation op : operations) {
			apply(op);
		}
	}

	@SuppressWarnings("unchecked")
	public void apply(Operation op) {
		switch (op.kind()) {
		case CREATE -> {
			if (find(op.objectId()) != null) {
				throw refused(op, "object exists already");
			}
			EClass eClass = ObjectIds.resolveClass(registry, op.eClass());
			if (eClass == null || eClass.isAbstract()) {
				throw refused(op, "unknown or abstract class " + op.eClass());
			}
			EObject created = EcoreUtil.create(eClass);
			ObjectIds.setId(created, op.objectId());
			place(op, created);
			byId.put(op.objectId(), created);
		}
		case SET -> {
			EObject o = object(op);
			EStructuralFeature f = feature(op, o, false);
			o.eSet(f, FeatureValueCodec.decode(f, op.value(), this::find));
		}
		case UNSET -> {
			EObject o = object(op);
			o.eUnset(feature(op, o, null));
		}
		case ADD -> {
			EObject o = object(op);
			EStructuralFeature f = feature(op, o, true);
			Object value = FeatureValueCodec.decode(f, op.value(), this::find);
			EList<Object> list = (EList<Object>) o.eGet(f);
			if (f.isUnique() && list.contains(value)) {
				return; // already there: adding again changes nothing
			}
			list.add(clamp(op.index(), list.size()), value);
		}
		case REMOVE -> {
			EObject o = object(op);
			EStructuralFeature f = feature(op, o, true);
			Object value = FeatureValueCodec.decode(f, op.value(), this::find);
			EList<Object> list = (EList<Object>) o.eGet(f);
			int i = op.index();
			if (i >= 0 && i < list.size() && same(f, list.get(i), value, op.value())) {
				list.remove(i);
			} else {
				int at = indexOf(f, list, value, op.value());
				if (at >= 0) {
					list.remove(at);
				}
			}
		}
		case MOVE -> {
			EObject o = object(op);
			if (op.isListMove()) {
				EStructuralFeature f = feature(op, o, true);
				Object value = FeatureValueCodec.decode(f, op.value(), this::find);
				EList<Object> list = (EList<Object>) o.eGet(f);
				int from = indexOf(f, list, value, op.value());
				if (from < 0) {
					throw refused(op, "value is not in the list");
				}
				list.move(clamp(op.index(), list.size() - 1), from);
			} else {
				if (op.containerId() != null && EcoreUtil.isAncestor(o, object(op.containerId(), op))) {
					throw refused(op, "an object cannot move into its own contents");
				}
				place(op, o);
			}
		}
		case DELETE -> {
			EObject o = find(op.objectId());
			if (o == null) {
				return; // gone already (deleted twice, or replaced in a single-valued containment): a tombstone either way
			}
			byId.remove(op.objectId());
			for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
				byId.remove(ObjectIds.id(it.next()));
			}
			EcoreUtil.remove(o);
		}
		case RESOLVE -> {
			// settles a conflict record; the model itself does not change
		}
		}
	}

	@SuppressWarnings("unchecked")
	private void place(Operation op, EObject child) {
		if (op.containerId() == null) {
			EList<EObject> roots = resource.getContents();
			int from = roots.indexOf(child);
			if (from >= 0) {
				roots.move(clamp(op.index(), roots.size() - 1), from);
			} else {
				roots.add(clamp(op.index(), roots.size()), child);
			}
			return;
		}
		EObject container = object(op.containerId(), op);
		EStructuralFeature f = container.eClass().getEStructuralFeature(op.containmentFeature());
		if (!(f instanceof EReference ref) || !ref.isContainment() || !ref.getEReferenceType().isInstance(child)) {
			throw refused(op, "no containment feature " + op.containmentFeature() + " for this object");
		}
		if (!f.isMany()) {
			container.eSet(f, child);
			return;
		}
		EList<EObject> list = (EList<EObject>) container.eGet(f);
		int from = list.indexOf(child);
		if (from >= 0) {
			list.move(clamp(op.index(), list.size() - 1), from);
		} else {
			list.add(clamp(op.index(), list.size()), child);
		}
	}

	/** Embedded objects are values: equal when their encodings are. */
	private static boolean same(EStructuralFeature f, Object element, Object value, String encoded) {
		return FeatureValueCodec.isEmbedded(f) ? FeatureValueCodec.encode(f, element).equals(encoded)
				: Objects.equals(element, value);
	}

	private static int indexOf(EStructuralFeature f, List<Object> list, Object value, String encoded) {
		for (int i = 0; i < list.size(); i++) {
			if (same(f, list.get(i), value, encoded)) {
				return i;
			}
		}
		return -1;
	}

	private static int clamp(int index, int size) {
		return index < 0 || index > size ? size : index;
	}

	private EObject object(Operation op) {
		return object(op.objectId(), op);
	}

	private EObject object(String id, Operation op) {
		EObject o = find(id);
		if (o == null) {
			throw refused(op, "unknown object " + id);
		}
		return o;
	}

	private static EStructuralFeature feature(Operation op, EObject o, Boolean many) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(op.feature());
		if (f == null || !FeatureValueCodec.isStored(f) || FeatureValueCodec.isContainment(f)
				|| (many != null && f.isMany() != many)) {
			throw refused(op, "feature " + op.feature() + " does not fit class " + o.eClass().getName());
		}
		return f;
	}

	private static IllegalArgumentException refused(Operation op, String why) {
		return new IllegalArgumentException("Cannot apply " + op + ": " + why);
	}
}
