package org.counterpart.store.journal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Turns the EMF notifications of one resource into {@link Operation}s, and remembers which objects the
 * store must rewrite.
 * <p>
 * Object creation is recorded as CREATE for every object of the new subtree (parents first, so a replay
 * never meets an unknown container), followed by the SET/ADD operations of their stored features (after
 * all CREATEs, so references inside the subtree resolve). A containment removal is not a delete yet: EMF
 * moves an object between containers as "remove here, add there", so a removed object becomes a MOVE if it
 * is added again, and a DELETE only when {@link #flush()} finds it still outside the resource.
 * </p>
 * <p>
 * Ids are immutable: a change to an object's ID attribute is not recorded. An object changed while it is
 * outside the resource (between a cut and a paste) is recorded only as moved. Not thread-safe, like EMF
 * models.
 * </p>
 */
public final class OperationRecorder extends EContentAdapter {

	/** A containment list whose order the store must re-read: {@code owner == null} is the resource's roots. */
	public record ContainmentList(EObject owner, EReference reference) {
	}

	private final Resource resource;
	private final HybridLogicalClock clock;
	private final String deviceId;
	private long sequence;

	private final List<Operation> operations = new ArrayList<>();
	private final Set<EObject> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
	/** removed objects (and their contents) not yet known to be moved or deleted; value: record a DELETE */
	private final Map<EObject, Boolean> detached = new LinkedHashMap<>();
	private final Set<EObject> removed = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<ContainmentList> changedLists = new LinkedHashSet<>();
	/** objects that recorded CREATE or containment MOVE operations put somewhere */
	private final Set<EObject> placed = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean recording = true;
	/** The last sequence number that a save has taken (or that was stored when recording began). */
	private long savedSequence;

	/**
	 * @param lastSequence the last sequence number this device used; the next operation gets one more
	 */
	public OperationRecorder(Resource resource, HybridLogicalClock clock, String deviceId, long lastSequence) {
		this.resource = Objects.requireNonNull(resource);
		this.clock = Objects.requireNonNull(clock);
		this.deviceId = Objects.requireNonNull(deviceId);
		this.sequence = lastSequence;
		this.savedSequence = lastSequence;
	}

	/**
	 * Where recording stands: the last sequence number given, and whether nothing had changed since the last
	 * {@link #clear()}.
	 */
	public record Mark(long sequence, boolean clean) {
	}

	/** Where recording stands now, for {@link #undoSince(Mark, Runnable)}. */
	public Mark mark() {
		return new Mark(sequence, !hasChanges());
	}

	/**
	 * Runs {@code undo}, which must put the model back exactly as it was at {@code mark}, without recording it, and
	 * forgets the operations recorded since {@code mark}: a change undone before it was saved leaves nothing for the
	 * journal (nor for another device to merge). Does nothing and returns false when something recorded since
	 * {@code mark} has been saved already, or when nothing may be forgotten because the last operation is not where
	 * {@code end} says; the caller then undoes as a change of its own.
	 *
	 * @param end where recording stood when the change to undo was complete
	 */
	public boolean undoSince(Mark mark, Mark end, Runnable undo) {
		if (mark.sequence() < savedSequence || end.sequence() != sequence || mark.sequence() > sequence) {
			return false;
		}
		runWithoutRecording(undo);
		int keep = operations.size() - (int) (sequence - mark.sequence());
		operations.subList(Math.max(keep, 0), operations.size()).clear();
		sequence = mark.sequence();
		if (mark.clean()) {
			// the model is as it was saved: nothing to rewrite either
			detached.clear();
			clear();
		}
		return true;
	}

	/** Starts observing the resource and everything in it. */
	public void attach() {
		resource.eAdapters().add(this);
	}

	public void detach() {
		resource.eAdapters().remove(this);
	}

	/**
	 * As in EContentAdapter, but through the containment references themselves: {@code eContents()} would leave a
	 * list and a properties holder behind on every object, which attaching to a loaded workspace pays for some
	 * hundred thousand times.
	 */
	@Override
	protected void setTarget(EObject target) {
		basicSetTarget(target);
		for (EReference containment : target.eClass().getEAllContainments()) {
			if (!target.eIsSet(containment)) {
				continue; // also keeps empty lists from being made
			}
			Object value = target.eGet(containment, false);
			if (containment.isMany()) {
				InternalEList<?> children = (InternalEList<?>) value;
				for (int i = 0, n = children.size(); i < n; i++) {
					addAdapter((Notifier) children.basicGet(i));
				}
			} else {
				addAdapter((Notifier) value);
			}
		}
	}

	public Resource resource() {
		return resource;
	}

	public long lastSequence() {
		return sequence;
	}

	/**
	 * Runs {@code change} without recording operations, but still tracking what the store must rewrite:
	 * for applying operations that are already journaled elsewhere (replay, import of another device's work).
	 */
	public void runWithoutRecording(Runnable change) {
		boolean was = recording;
		recording = false;
		try {
			change.run();
		} finally {
			recording = was;
		}
	}

	@Override
	public void notifyChanged(Notification n) {
		super.notifyChanged(n); // keeps the adapter on new contents, removes it from removed contents
		if (n.isTouch() || n.getEventType() == Notification.REMOVING_ADAPTER || n.getEventType() == Notification.RESOLVE) {
			return;
		}
		if (n.getNotifier() instanceof Resource) {
			if (n.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
				containmentChanged(n, null, null);
			}
		} else if (n.getNotifier() instanceof EObject owner && n.getFeature() instanceof EStructuralFeature feature
				&& FeatureValueCodec.isStored(feature)) {
			if (owner.eClass().getEIDAttribute() == null) {
				embeddedChanged(owner);
			} else if (FeatureValueCodec.isEmbedded(feature)) {
				dirty.add(owner);
				if (recording) {
					emitWhole(owner, feature);
				}
			} else if (FeatureValueCodec.isContainment(feature)) {
				containmentChanged(n, owner, (EReference) feature);
			} else if (feature != owner.eClass().getEIDAttribute()) {
				featureChanged(n, owner, feature);
			}
		}
	}

	/** Something inside an embedded object changed: the whole value of the nearest owner with an id changes. */
	private void embeddedChanged(EObject embedded) {
		EObject top = embedded;
		EStructuralFeature feature = null;
		while (top.eContainer() != null && FeatureValueCodec.isEmbedded(top.eContainmentFeature())) {
			feature = top.eContainmentFeature();
			top = top.eContainer();
		}
		if (feature == null || top.eClass().getEIDAttribute() == null) {
			return; // not inside an object with identity: nothing the store keeps
		}
		dirty.add(top);
		if (recording) {
			emitWhole(top, feature);
		}
	}

	/** The whole value of an embedded feature: SET, or for a list UNSET followed by its elements. */
	private void emitWhole(EObject owner, EStructuralFeature feature) {
		String id = ObjectIds.ensureId(owner);
		if (!feature.isMany()) {
			emit(Operation.builder(owner.eIsSet(feature) ? Operation.Kind.SET : Operation.Kind.UNSET, id)
					.feature(feature.getName()).value(FeatureValueCodec.encode(feature, owner.eGet(feature))));
			return;
		}
		emit(Operation.builder(Operation.Kind.UNSET, id).feature(feature.getName()));
		int i = 0;
		for (Object v : (List<?>) owner.eGet(feature)) {
			emit(Operation.builder(Operation.Kind.ADD, id).feature(feature.getName()).value(FeatureValueCodec.encode(feature, v))
					.index(i++));
		}
	}

	private void featureChanged(Notification n, EObject owner, EStructuralFeature feature) {
		dirty.add(owner);
		if (!recording) {
			return;
		}
		String ownerId = ObjectIds.ensureId(owner);
		String name = feature.getName();
		switch (n.getEventType()) {
		case Notification.SET -> emit(Operation.builder(Operation.Kind.SET, ownerId).feature(name)
				.value(FeatureValueCodec.encode(feature, n.getNewValue())));
		case Notification.UNSET -> emit(Operation.builder(Operation.Kind.UNSET, ownerId).feature(name));
		case Notification.ADD -> emit(Operation.builder(Operation.Kind.ADD, ownerId).feature(name)
				.value(FeatureValueCodec.encode(feature, n.getNewValue())).index(n.getPosition()));
		case Notification.ADD_MANY -> {
			int i = n.getPosition();
			for (Object v : (Collection<?>) n.getNewValue()) {
				emit(Operation.builder(Operation.Kind.ADD, ownerId).feature(name).value(FeatureValueCodec.encode(feature, v))
						.index(i++));
			}
		}
		case Notification.REMOVE -> emit(Operation.builder(Operation.Kind.REMOVE, ownerId).feature(name)
				.value(FeatureValueCodec.encode(feature, n.getOldValue())).index(n.getPosition()));
		case Notification.REMOVE_MANY -> {
			int[] positions = n.getNewValue() instanceof int[] p ? p : null;
			int k = 0;
			for (Object v : (Collection<?>) n.getOldValue()) {
				// positions are those before the removal; removing one by one shifts the later ones down
				int index = positions == null ? 0 : positions[k] - k;
				k++;
				emit(Operation.builder(Operation.Kind.REMOVE, ownerId).feature(name)
						.value(FeatureValueCodec.encode(feature, v)).index(index));
			}
		}
		case Notification.MOVE -> emit(Operation.builder(Operation.Kind.MOVE, ownerId).feature(name)
				.value(FeatureValueCodec.encode(feature, n.getNewValue())).index(n.getPosition()));
		default -> {
			// other event types carry no state change
		}
		}
	}

	private void containmentChanged(Notification n, EObject owner, EReference reference) {
		ContainmentList list = new ContainmentList(owner, reference);
		changedLists.add(list);
		if (owner != null) {
			dirty.add(owner); // its row does not hold children, but its feature set may change (eIsSet)
		}
		switch (n.getEventType()) {
		case Notification.SET, Notification.UNSET -> {
			if (n.getOldValue() instanceof EObject old) {
				removed(old);
			}
			if (n.getNewValue() instanceof EObject child) {
				added(child, owner, reference, Operation.NO_INDEX);
			}
		}
		case Notification.ADD -> added((EObject) n.getNewValue(), owner, reference, n.getPosition());
		case Notification.ADD_MANY -> {
			int i = n.getPosition();
			for (Object child : (Collection<?>) n.getNewValue()) {
				added((EObject) child, owner, reference, i++);
			}
		}
		case Notification.REMOVE -> removed((EObject) n.getOldValue());
		case Notification.REMOVE_MANY -> {
			for (Object child : (Collection<?>) n.getOldValue()) {
				removed((EObject) child);
			}
		}
		case Notification.MOVE -> {
			EObject child = (EObject) n.getNewValue();
			dirty.add(child);
			if (recording) {
				placed.add(child);
				emit(place(Operation.builder(Operation.Kind.MOVE, ObjectIds.ensureId(child)), owner, reference,
						n.getPosition()));
			}
		}
		default -> {
			// nothing
		}
		}
	}

	private void removed(EObject child) {
		detached.put(child, recording);
		for (TreeIterator<EObject> it = child.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (FeatureValueCodec.isEmbedded(o.eContainmentFeature())) {
				it.prune();
			} else {
				detached.putIfAbsent(o, Boolean.FALSE); // covered by the DELETE of the subtree's root
			}
		}
	}

	private void added(EObject child, EObject owner, EReference reference, int index) {
		if (detached.remove(child) != null) {
			dirty.add(child);
			removed.remove(child);
			if (recording) {
				placed.add(child);
				emit(place(Operation.builder(Operation.Kind.MOVE, ObjectIds.ensureId(child)), owner, reference, index));
			}
			return;
		}
		// the new subtree, parents before children, with each child's place (walking the lists keeps this
		// linear; looking each child up in its list would be quadratic in the size of big lists)
		List<EObject> subtree = new ArrayList<>();
		List<Operation.Builder> creates = new ArrayList<>();
		subtree.add(child);
		creates.add(place(Operation.builder(Operation.Kind.CREATE, ObjectIds.ensureId(child)), owner, reference, index));
		for (int k = 0; k < subtree.size(); k++) {
			EObject o = subtree.get(k);
			detached.remove(o);
			dirty.add(o);
			removed.remove(o);
			for (EReference ref : o.eClass().getEAllContainments()) {
				if (!FeatureValueCodec.isStored(ref) || !FeatureValueCodec.isContainment(ref) || !o.eIsSet(ref)) {
					continue;
				}
				changedLists.add(new ContainmentList(o, ref));
				List<?> children = ref.isMany() ? (List<?>) o.eGet(ref) : List.of(o.eGet(ref));
				for (int i = 0; i < children.size(); i++) {
					EObject c = (EObject) children.get(i);
					subtree.add(c);
					creates.add(place(Operation.builder(Operation.Kind.CREATE, ObjectIds.ensureId(c)), o, ref,
							ref.isMany() ? i : Operation.NO_INDEX));
				}
			}
		}
		if (!recording) {
			return;
		}
		placed.addAll(subtree);
		for (int k = 0; k < subtree.size(); k++) {
			emit(creates.get(k).eClass(ObjectIds.classUri(subtree.get(k).eClass())));
		}
		for (EObject o : subtree) {
			emitState(o);
		}
	}

	/** SET/ADD operations that give a new object its current non-containment state. */
	private void emitState(EObject o) {
		String id = ObjectIds.id(o);
		for (EStructuralFeature feature : o.eClass().getEAllStructuralFeatures()) {
			if (!FeatureValueCodec.isStored(feature) || FeatureValueCodec.isContainment(feature)
					|| feature == o.eClass().getEIDAttribute() || !o.eIsSet(feature)) {
				continue;
			}
			Object value = o.eGet(feature);
			if (feature.isMany()) {
				int i = 0;
				for (Object v : (List<?>) value) {
					emit(Operation.builder(Operation.Kind.ADD, id).feature(feature.getName())
							.value(FeatureValueCodec.encode(feature, v)).index(i++));
				}
			} else {
				emit(Operation.builder(Operation.Kind.SET, id).feature(feature.getName())
						.value(FeatureValueCodec.encode(feature, value)));
			}
		}
	}

	private static Operation.Builder place(Operation.Builder b, EObject owner, EReference reference, int index) {
		if (owner != null) {
			b.container(ObjectIds.ensureId(owner), reference.getName());
		}
		return b.index(reference != null && !reference.isMany() ? Operation.NO_INDEX : Math.max(index, Operation.NO_INDEX));
	}

	private void emit(Operation.Builder b) {
		operations.add(b.timestamp(clock.now()).deviceId(deviceId).sequence(++sequence).build());
	}

	/**
	 * Settles removals: objects removed and not added again are deleted (DELETE recorded for the root of
	 * each removed subtree) and listed in {@link #removedObjects()}.
	 */
	public void flush() {
		if (detached.isEmpty()) {
			return;
		}
		List<Map.Entry<EObject, Boolean>> pending = new ArrayList<>(detached.entrySet());
		detached.clear();
		for (Map.Entry<EObject, Boolean> e : pending) {
			EObject o = e.getKey();
			if (o.eResource() == resource) {
				continue;
			}
			removed.add(o);
			dirty.remove(o);
			if (e.getValue()) {
				emit(Operation.builder(Operation.Kind.DELETE, ObjectIds.ensureId(o)).value(contentIds(o)));
			}
		}
	}

	/**
	 * What replaying on the stored state gives the model as it is now: the operations recorded since the last
	 * {@link #clear()}, followed by a DELETE for each removal that {@link #flush()} would settle now. Unlike
	 * {@link #flush()} this changes nothing here, so it may run between any two changes (an object cut now and pasted
	 * later is still moved, not deleted); for a copy of unsaved work.
	 */
	public List<Operation> pendingOperations() {
		List<Operation> pending = new ArrayList<>(operations);
		long next = sequence;
		for (Map.Entry<EObject, Boolean> e : detached.entrySet()) {
			EObject o = e.getKey();
			String id = ObjectIds.id(o);
			if (e.getValue() && o.eResource() != resource && id != null) {
				pending.add(Operation.builder(Operation.Kind.DELETE, id).value(contentIds(o)).timestamp(clock.current())
						.deviceId(deviceId).sequence(++next).build());
			}
		}
		return pending;
	}

	/** The ids of the objects with identity inside {@code o}, separated by spaces (see Operation DELETE). */
	private static String contentIds(EObject o) {
		StringBuilder ids = new StringBuilder();
		for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
			EObject content = it.next();
			String id = FeatureValueCodec.isEmbedded(content.eContainmentFeature()) ? null : ObjectIds.id(content);
			if (id == null) {
				it.prune();
				continue;
			}
			if (!ids.isEmpty()) {
				ids.append(' ');
			}
			ids.append(id);
		}
		return ids.isEmpty() ? null : ids.toString();
	}

	/**
	 * Records that the conflict with this key is settled (see {@link Operation.Kind#RESOLVE}); a value chosen
	 * for it is recorded as a change of its own.
	 *
	 * @param choice how it was settled, a {@link org.counterpart.store.Resolution.Choice#code()}, kept in the
	 *               operation's index
	 */
	public void recordResolution(String objectId, String feature, String conflictKey, int choice) {
		emit(Operation.builder(Operation.Kind.RESOLVE, objectId).feature(feature).value(conflictKey).index(choice));
	}

	/** The keys of the conflicts that resolutions recorded since the last {@link #clear()} settle. */
	public Set<String> unsavedResolutions() {
		Set<String> keys = new HashSet<>();
		for (Operation op : operations) {
			if (op.kind() == Operation.Kind.RESOLVE) {
				keys.add(op.value());
			}
		}
		return keys;
	}

	/** Objects that recorded CREATE or containment MOVE operations put somewhere since the last {@link #clear()}. */
	public Set<EObject> placedObjects() {
		return Collections.unmodifiableSet(placed);
	}

	/** Whether anything has changed since the last {@link #clear()}. */
	public boolean hasChanges() {
		return !operations.isEmpty() || !dirty.isEmpty() || !detached.isEmpty() || !removed.isEmpty()
				|| !changedLists.isEmpty();
	}

	/** Operations recorded since the last {@link #clear()}, oldest first. Call {@link #flush()} first. */
	public List<Operation> operations() {
		return Collections.unmodifiableList(operations);
	}

	/** Objects in the resource whose stored state must be rewritten. */
	public Set<EObject> dirtyObjects() {
		return Collections.unmodifiableSet(dirty);
	}

	/** Objects that left the resource (after {@link #flush()}), including the contents of removed subtrees. */
	public Set<EObject> removedObjects() {
		return Collections.unmodifiableSet(removed);
	}

	/** Containment lists (and root lists) whose order changed. */
	public Set<ContainmentList> changedLists() {
		return Collections.unmodifiableSet(changedLists);
	}

	/**
	 * Numbers the unsaved operations after {@code lastSequence} when that number has been taken meanwhile by another
	 * process writing for the same device into a shared store: sequence numbers are then given in the writing
	 * transaction, and two writers never use one twice. Does nothing when the numbering already follows it.
	 */
	public void renumberAfter(long lastSequence) {
		if (lastSequence <= savedSequence) {
			return;
		}
		long shift = lastSequence - savedSequence;
		operations.replaceAll(op -> op.toBuilder().sequence(op.sequence() + shift).build());
		sequence += shift;
		savedSequence = lastSequence;
	}

	/** Forgets everything recorded, after the store has saved it. */
	public void clear() {
		savedSequence = sequence;
		operations.clear();
		dirty.clear();
		removed.clear();
		changedLists.clear();
		placed.clear();
	}
}
