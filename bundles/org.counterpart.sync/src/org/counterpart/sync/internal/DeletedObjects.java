package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Objects leaving the model (deleted, or left without a place): the references to them are dropped so that
 * none dangles, and edits that a delete's device had not seen are recorded as conflicts.
 */
final class DeletedObjects {

	private final MergeContext context;
	private final MergeTarget target;
	private final Set<EObject> leaving;
	private final DroppedReferences droppedReferences;

	DeletedObjects(MergeContext context, DroppedReferences droppedReferences) {
		this.context = context;
		this.target = context.target;
		this.leaving = context.leaving;
		this.droppedReferences = droppedReferences;
	}

	/**
	 * Removes leaving objects from the model, first dropping every reference to them and their contents; a
	 * reference dropped because its target was deleted is recorded (see {@link DroppedReferences}).
	 */
	@SuppressWarnings("unchecked")
	void removeLeaving() throws StoreException {
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
		Map<String, Set<EStructuralFeature>> droppedFrom = new TreeMap<>();
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
				String referrerId = ObjectIds.id(referrer);
				if (referrerId != null && DroppedReferences.isTracked(f)) {
					droppedFrom.computeIfAbsent(referrerId, k -> new LinkedHashSet<>()).add(f);
				}
			}
		}
		for (EObject o : leaving) {
			if (o.eContainer() == null || !gone.contains(o.eContainer())) {
				EcoreUtil.remove(o);
			}
		}
		leaving.clear();
		context.loadHistory(droppedFrom.keySet());
		for (Map.Entry<String, Set<EStructuralFeature>> register : droppedFrom.entrySet()) {
			for (EStructuralFeature f : register.getValue()) {
				droppedReferences.record(register.getKey(), f, context.registerOperations(register.getKey(), f.getName()));
			}
		}
	}

	/**
	 * The inverse references of the whole workspace, kept up to date by EMF from the first merge that deletes
	 * on: finding who refers to a deleted object must not cost a walk over every object each time.
	 */
	private static ECrossReferenceAdapter crossReferences(org.eclipse.emf.ecore.resource.Resource resource) {
		ECrossReferenceAdapter adapter = ECrossReferenceAdapter.getCrossReferenceAdapter(resource);
		if (adapter == null) {
			adapter = new StoredReferences();
			resource.eAdapters().add(adapter);
		}
		return adapter;
	}

	/**
	 * Inverse references of the references a store keeps, the only ones a delete drops. The workspace is one
	 * resource loaded whole, with no proxies to resolve: building the references of some hundred thousand objects at
	 * headquarters is the first delete's cost.
	 */
	private static final class StoredReferences extends ECrossReferenceAdapter {

		@Override
		protected boolean resolve() {
			return false;
		}

		@Override
		protected boolean isIncluded(EReference reference) {
			return super.isIncluded(reference) && FeatureValueCodec.isStored(reference);
		}
	}

	/** Edits of deleted objects that the deleting device had not seen. */
	void recordDeleteConflicts(Set<String> ids) throws StoreException {
		context.loadHistory(ids);
		for (String id : ids) {
			Operation deletion = target.deletion(id);
			if (deletion == null) {
				continue;
			}
			List<Conflict> conflicts = new ArrayList<>();
			for (Operation op : context.history.getOrDefault(id, List.of())) {
				if (op.kind() != Kind.DELETE && op.kind() != Kind.RESOLVE && op.kind() != Kind.CREATE
						&& op.timestamp() > deletion.basis() && !Objects.equals(op.deviceId(), deletion.deviceId())) {
					conflicts.add(new Conflict(Conflict.Kind.DELETE_EDIT, id, null, deletion, op));
				}
			}
			target.replaceConflicts(id, null, Conflict.Kind.DELETE_EDIT, conflicts);
		}
	}
}
