package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.model.util.ObjectLabels;
import org.counterpart.store.Conflict;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ChangeSummary;
import org.counterpart.sync.ChangeSummary.Change;
import org.counterpart.sync.ChangeSummary.ObjectChange;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Watches an integrator merge, batch by batch, and notes for every object the operations name whether it existed
 * before its first batch and after its last, and a fingerprint of its state at both times: what
 * {@link ChangeSummary} reports. Only the objects the operations name are looked at, so the cost grows with the
 * package, not with the workspace.
 */
public final class ChangeRecording implements OperationIntegrator {

    private final OperationIntegrator merge;
    private final Map<String, Watched> watched = new LinkedHashMap<>();

    public ChangeRecording(OperationIntegrator merge) {
        this.merge = Objects.requireNonNull(merge, "merge");
    }

    /** What an object was before the import first touched it, and is now. */
    private static final class Watched {
        final boolean existedBefore;
        final String stateBefore;
        String label;
        String kind;
        boolean existsNow;
        String stateNow;
        final TreeSet<String> authors = new TreeSet<>();

        Watched(EObject before, String kind, MergeTarget target) {
            this.existedBefore = before != null;
            this.stateBefore = before == null ? null : fingerprint(before, target);
            this.kind = kind;
            this.label = before == null ? null : ObjectLabels.labelOf(before);
        }
    }

    @Override
    public void integrate(List<Operation> operations, MergeTarget target) throws StoreException {
        Set<String> batch = new LinkedHashSet<>();
        for (Operation operation : operations) {
            if (operation.kind() == Operation.Kind.RESOLVE) {
                continue; // settles a conflict; changes no object
            }
            watch(operation.objectId(), operation, target, batch);
            for (String content : operation.deletedContents()) {
                watch(content, operation, target, batch);
            }
        }
        merge.integrate(operations, target);
        for (String id : batch) {
            Watched object = watched.get(id);
            EObject now = target.find(id);
            object.existsNow = now != null;
            object.stateNow = now == null ? null : fingerprint(now, target);
            if (now != null) {
                object.kind = now.eClass().getName();
                object.label = ObjectLabels.labelOf(now);
            }
        }
    }

    private void watch(String id, Operation operation, MergeTarget target, Collection<String> batch) {
        Watched object = watched.get(id);
        if (object == null) {
            EObject before = target.find(id);
            object = new Watched(before, before != null ? before.eClass().getName() : className(operation), target);
            watched.put(id, object);
        }
        batch.add(id);
        if (operation.deviceId() != null) {
            object.authors.add(operation.deviceId());
        }
    }

    /**
     * The summary of what the watched merge changed, with the conflicts it opened and the names of the authors'
     * devices.
     */
    public ChangeSummary summary(List<Conflict> conflictsOpened, Map<String, String> deviceNames) {
        List<ObjectChange> changes = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        watched.forEach((id, object) -> {
            Change change;
            if (!object.existedBefore && object.existsNow) {
                change = Change.ADDED;
            } else if (object.existedBefore && !object.existsNow) {
                change = Change.DELETED;
            } else if (object.existedBefore && !Objects.equals(object.stateBefore, object.stateNow)) {
                change = Change.CHANGED;
            } else {
                return;
            }
            changes.add(new ObjectChange(id, object.kind == null ? "?" : object.kind, change, object.authors, object.label));
            object.authors.forEach(author -> {
                String name = deviceNames.get(author);
                if (name != null) {
                    names.put(author, name);
                }
            });
        });
        return new ChangeSummary(changes, conflictsOpened, names);
    }

    /** The class name of a CREATE ({@code nsURI#Name}), or {@code null} for another operation. */
    private static String className(Operation operation) {
        String uri = operation.eClass();
        return uri == null ? null : uri.substring(uri.lastIndexOf('#') + 1);
    }

    /**
     * The state of one object as a string: its container and place, each attribute's value and the ids its
     * references name. Contained objects count only by id: their own changes are theirs.
     */
    private static String fingerprint(EObject object, MergeTarget target) {
        StringBuilder state = new StringBuilder();
        EObject container = object.eContainer();
        if (container != null) {
            state.append(ObjectIds.id(container)).append('.').append(object.eContainingFeature().getName());
            // its place among its siblings is its position: found at once, where an index is a walk over a list that
            // can hold every observation of a theater, and unchanged when a sibling arrives before it
            long position = target.position(object);
            if (position != Operation.NO_POSITION) {
                state.append('@').append(position);
            } else if (container.eGet(object.eContainingFeature()) instanceof List<?> list) {
                state.append('[').append(list.indexOf(object)).append(']');
            }
        }
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !object.eIsSet(feature)) {
                continue;
            }
            state.append('|').append(feature.getName()).append('=');
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                state.append(value);
            } else if (feature instanceof EReference reference) {
                appendReferenced(state, reference, value, target);
            }
        }
        return state.toString();
    }

    private static void appendReferenced(StringBuilder state, EReference reference, Object value, MergeTarget target) {
        if (value instanceof List<?> list) {
            state.append('[');
            for (Object element : list) {
                appendOne(state, reference, element, target).append(',');
            }
            state.append(']');
        } else {
            appendOne(state, reference, value, target);
        }
    }

    private static StringBuilder appendOne(StringBuilder state, EReference reference, Object element, MergeTarget target) {
        if (element instanceof EObject referenced) {
            String id = ObjectIds.id(referenced);
            // an embedded value (such as a marking) has no id: its state is part of the object's
            return state.append(id != null ? id : fingerprint(referenced, target));
        }
        return state.append(element);
    }
}
