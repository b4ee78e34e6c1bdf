package org.counterpart.sync.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.counterpart.store.MergeTarget;
import org.counterpart.store.StoreException;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.Operation.Kind;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One integration of a batch of operations (see {@link org.counterpart.sync.ConvergentMerge}). Every
 * decision is a function of the set of operations on the register concerned, read back from the journal
 * and folded in clock order, never of the order in which they arrived: that is what makes stores converge.
 * The steps: deletes become tombstones, objects get their places ({@link Placements}), features their values
 * ({@link FeatureFold}), and deleted objects leave the model ({@link DeletedObjects}).
 */
public final class MergeRun {

	/** Clock order, the device and then the sequence number breaking ties: the same total order everywhere. */
	public static final Comparator<Operation> ORDER = Comparator.comparingLong(Operation::timestamp)
			.thenComparing(Operation::deviceId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Operation::sequence);

	private final List<Operation> incoming;
	private final MergeTarget target;
	private final MergeContext context;
	private final Map<String, List<Operation>> history;
	private final Set<String> dead;
	private final Set<String> newlyDead;
	private final Set<String> materialized;
	private final Set<EObject> leaving;
	private final Placements placements;
	private final FeatureFold features;
	private final DeletedObjects deletes;
	/** "Class.feature" of operations on features this version does not know, and how many there were */
	private final Map<String, Long> unknownFeatures = new TreeMap<>();

	public MergeRun(List<Operation> incoming, MergeTarget target) {
		List<Operation> sorted = new ArrayList<>(incoming);
		sorted.sort(ORDER);
		this.incoming = sorted;
		this.context = new MergeContext(target);
		this.target = context.target;
		this.history = context.history;
		this.dead = context.dead;
		this.newlyDead = context.newlyDead;
		this.materialized = context.materialized;
		this.leaving = context.leaving;
		this.placements = new Placements(context);
		ListFold lists = new ListFold(context);
		DroppedReferences droppedReferences = new DroppedReferences(context, lists);
		this.features = new FeatureFold(context, lists, droppedReferences);
		this.deletes = new DeletedObjects(context, droppedReferences);
	}

	public void run() throws StoreException {
		Set<String> ids = new LinkedHashSet<>();
		for (Operation op : incoming) {
			ids.add(op.objectId());
			ids.addAll(op.deletedContents());
			if (op.isPlacement() && op.containerId() != null) {
				ids.add(op.containerId());
			}
		}
		context.loadHistory(ids);
		Set<String> touched = new HashSet<>();
		for (Operation op : incoming) {
			history.computeIfAbsent(op.objectId(), k -> new ArrayList<>()).add(op);
			touched.add(op.objectId());
		}
		for (String id : touched) {
			history.get(id).sort(ORDER);
		}
		context.loadDead(ids);
		countUnknownFeatures();

		for (Operation op : incoming) {
			if (op.kind() == Kind.RESOLVE) {
				target.resolveConflict(op);
			} else if (op.kind() == Kind.DELETE) {
				List<String> gone = new ArrayList<>();
				gone.add(op.objectId());
				gone.addAll(op.deletedContents());
				for (String id : gone) {
					if (dead.add(id)) {
						target.addTombstone(id, op);
						newlyDead.add(id);
					}
				}
			}
		}

		Set<String> toPlace = new LinkedHashSet<>();
		for (Operation op : incoming) {
			if (op.isPlacement()) {
				toPlace.add(op.objectId());
			}
		}
		// what a delete's device did not know was inside goes back to its previous place, if it has one
		for (String id : newlyDead) {
			EObject o = target.find(id);
			if (o == null) {
				continue;
			}
			for (TreeIterator<EObject> it = o.eAllContents(); it.hasNext();) {
				EObject content = it.next();
				String contentId = FeatureValueCodec.isEmbedded(content.eContainmentFeature()) ? null : ObjectIds.id(content);
				if (contentId == null) {
					it.prune();
				} else if (!dead.contains(contentId)) {
					toPlace.add(contentId);
				}
			}
		}
		placements.place(toPlace);

		Map<String, Set<String>> registers = new LinkedHashMap<>();
		for (Operation op : incoming) {
			if (op.feature() != null && op.kind() != Kind.RESOLVE) {
				registers.computeIfAbsent(op.objectId(), k -> new TreeSet<>()).add(op.feature());
			}
		}
		for (String id : materialized) {
			Set<String> features = registers.computeIfAbsent(id, k -> new TreeSet<>());
			for (Operation op : history.getOrDefault(id, List.of())) {
				if (op.feature() != null && op.kind() != Kind.RESOLVE) {
					features.add(op.feature());
				}
			}
		}
		for (Map.Entry<String, Set<String>> register : registers.entrySet()) {
			EObject o = dead.contains(register.getKey()) ? null : target.find(register.getKey());
			if (o == null || leaving.contains(o)) {
				continue; // deleted (a conflict, below) or not placed yet: its features are folded when it is
			}
			for (String feature : register.getValue()) {
				features.fold(o, register.getKey(), feature);
			}
		}

		for (String id : newlyDead) {
			EObject o = target.find(id);
			if (o != null) {
				leaving.add(o);
			}
		}
		deletes.removeLeaving();

		Set<String> deletedAndEdited = new LinkedHashSet<>(newlyDead);
		for (Operation op : incoming) {
			if (dead.contains(op.objectId()) && op.kind() != Kind.DELETE && op.kind() != Kind.RESOLVE) {
				deletedAndEdited.add(op.objectId());
			}
		}
		deletes.recordDeleteConflicts(deletedAndEdited);
	}

	/**
	 * Operations on features the object's class does not have (written by a newer version of the model) are
	 * kept in the journal, where a version that knows the feature finds them, and counted for the import's
	 * report; they change nothing here.
	 */
	private void countUnknownFeatures() {
		for (Operation op : incoming) {
			if (op.feature() == null || op.kind() == Kind.RESOLVE || op.kind() == Kind.CREATE || op.kind() == Kind.DELETE) {
				continue;
			}
			EClass eClass = context.classOf(op.objectId());
			if (eClass != null && eClass.getEStructuralFeature(op.feature()) == null) {
				unknownFeatures.merge(eClass.getName() + "." + op.feature(), 1L, Long::sum);
			}
		}
	}

	/** The operations of this run on features unknown here, by "Class.feature". */
	public Map<String, Long> unknownFeatures() {
		return java.util.Collections.unmodifiableMap(unknownFeatures);
	}
}
