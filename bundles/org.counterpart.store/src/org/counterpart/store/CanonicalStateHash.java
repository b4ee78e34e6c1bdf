package org.counterpart.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.store.internal.ObjectState;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The SHA-256 of a workspace state in a canonical form that does not depend on how the state came about:
 * objects sorted by id, each with its class URI and its set, stored features sorted by name, values in the
 * encoded form of operations (references as ids, containment as the ordered ids of the children). Two
 * stores, or a store and a model in memory, have the same hash exactly when they hold the same state.
 */
public final class CanonicalStateHash {

	private CanonicalStateHash() {
	}

	/** The hash of the objects in a resource, as lower-case hex. */
	public static String of(Resource resource) {
		List<ObjectState> states = new ArrayList<>();
		List<String> rootIds = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			rootIds.add(ObjectIds.id(root));
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (FeatureValueCodec.isEmbedded(o.eContainmentFeature())) {
				it.prune(); // part of its owner's state
			} else {
				states.add(stateOf(o));
			}
		}
		return ObjectState.hash(states, rootIds);
	}

	private static ObjectState stateOf(EObject o) {
		Map<String, List<String>> features = FeatureValueCodec.stateOf(o);
		for (EReference ref : o.eClass().getEAllContainments()) {
			if (FeatureValueCodec.isStored(ref) && FeatureValueCodec.isContainment(ref) && o.eIsSet(ref)) {
				List<String> ids = new ArrayList<>();
				if (ref.isMany()) {
					for (Object child : (List<?>) o.eGet(ref)) {
						ids.add(ObjectIds.id((EObject) child));
					}
				} else {
					ids.add(ObjectIds.id((EObject) o.eGet(ref)));
				}
				features.put(ref.getName(), ids);
			}
		}
		return new ObjectState(ObjectIds.id(o), ObjectIds.classUri(o.eClass()), features);
	}
}
