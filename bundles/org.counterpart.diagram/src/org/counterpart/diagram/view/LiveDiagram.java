package org.counterpart.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.expression.ModelReads;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.ReferenceEdgeMapping;
import org.counterpart.diagram.spec.SpecPackage.Literals;
import org.counterpart.diagram.view.DependencyIndex.Aspect;
import org.counterpart.diagram.view.DependencyIndex.Dependency;
import org.counterpart.diagram.view.DependencyIndex.Part;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * A diagram that follows its model: it listens to the model's notifications and recomputes only the diagram elements
 * a change can alter. It interprets like {@link DiagramInterpreter} (and gives the same diagram after any sequence
 * of changes), but remembers what each part read from the model: the candidates of a mapping, the precondition of
 * each candidate, the appearance of each node, the edges of each source node or edge object. A change of a feature
 * reruns the parts that read it; new or vanished nodes rerun the edge parts that looked for them.
 * <p>
 * Listeners hear, after each change of the model, what was added, removed and changed. The diagram's elements keep
 * their identity while they exist: a changed label updates the same {@link DiagramNode}. Not thread-safe: changes
 * must come on one thread at a time, as they do through a command stack.
 */
public final class LiveDiagram {
	private final LoadedSpec spec;
	private final ExpressionServices services;
	private final Diagram diagram;
	private final List<Layer> layers;
	private final List<Filter> filters;
	private final DependencyIndex dependencies = new DependencyIndex();
	private final List<NodeSet> topSets = new ArrayList<>();
	private final Map<DiagramNode, NodeParts> nodeParts = new IdentityHashMap<>();
	private final Map<AbstractNodeMapping, Map<EObject, List<DiagramNode>>> nodesByMapping = new IdentityHashMap<>();
	private final Map<EObject, List<DiagramNode>> nodesByTarget = new IdentityHashMap<>();
	private final Map<EObject, List<DiagramEdge>> edgesByTarget = new IdentityHashMap<>();
	private final List<ElementEdgeSet> elementEdgeSets = new ArrayList<>();
	private final TreeMap<Integer, LinkedHashSet<Part>> queue = new TreeMap<>();
	private final Set<Object> dirtyParents = Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<Consumer<DiagramChange>> listeners = new CopyOnWriteArrayList<>();
	private final ChangeCollector change = new ChangeCollector();
	private final Notifier watched;
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			modelChanged(notification);
		}
	};
	private long totalRecomputed;
	private RuntimeException failure;

	private LiveDiagram(LoadedSpec spec, ExpressionServices services, EObject root, Set<String> activeLayers, Set<String> appliedFilters) {
		this.spec = spec;
		this.services = services;
		this.diagram = new Diagram(spec, root);
		this.layers = spec.spec().getLayers().stream().filter(layer -> !layer.isOptional() || activeLayers.contains(layer.getName())).toList();
		this.filters = layers.stream().flatMap(layer -> layer.getFilters().stream()).filter(filter -> appliedFilters.contains(filter.getName())).toList();
		this.watched = root.eResource() != null ? root.eResource() : root;
	}

	/**
	 * Interprets the spec on {@code root} and follows the model from then on, until {@link #dispose()}.
	 *
	 * @throws IllegalArgumentException as {@link DiagramInterpreter#interpret} does
	 */
	public static LiveDiagram open(LoadedSpec spec, ExpressionServices services, EObject root, Set<String> activeLayers, Set<String> appliedFilters) {
		// the from-scratch interpreter checks the root's class and precondition the same way
		DiagramInterpreter.checkRoot(spec, services, root);
		LiveDiagram live = new LiveDiagram(spec, services, root, Set.copyOf(activeLayers), Set.copyOf(appliedFilters));
		live.build();
		live.watched.eAdapters().add(live.adapter);
		return live;
	}

	/** The diagram as it is now; its lists and elements change as the model does. */
	public Diagram diagram() {
		return diagram;
	}

	/** Listens to the changes of the diagram, one call per change of the model that altered it. */
	public void addListener(Consumer<DiagramChange> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<DiagramChange> listener) {
		listeners.remove(listener);
	}

	/** The nodes that show {@code object} (several when mappings or containers show it more than once). */
	public List<DiagramNode> nodesOf(EObject object) {
		return List.copyOf(nodesByTarget.getOrDefault(object, List.of()));
	}

	/** The edges that stand for {@code object} (see {@link DiagramEdge#target()}). */
	public List<DiagramEdge> edgesOf(EObject object) {
		return List.copyOf(edgesByTarget.getOrDefault(object, List.of()));
	}

	/** How many elements were recomputed since the diagram opened (its first interpretation not counted). */
	public long totalRecomputed() {
		return totalRecomputed;
	}

	/**
	 * The error of the last change whose interpretation failed (an expression that cannot be evaluated on the changed
	 * model), or null. The diagram then shows what could be computed; the next change tries again.
	 */
	public RuntimeException failure() {
		return failure;
	}

	/** Stops following the model. */
	public void dispose() {
		watched.eAdapters().remove(adapter);
	}

	// ---------------------------------------------------------------- building and updating

	private void build() {
		for (Layer layer : layers) {
			for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
				NodeSet set = new NodeSet(mapping, diagram.root(), null);
				topSets.add(set);
				set.run();
			}
		}
		for (Layer layer : layers) {
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				if (mapping instanceof ElementEdgeMapping element) {
					ElementEdgeSet set = new ElementEdgeSet(element);
					elementEdgeSets.add(set);
					set.run();
				}
			}
		}
		drain();
		change.take(0);
	}

	private void modelChanged(Notification notification) {
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
				|| !(notification.getNotifier() instanceof EObject object) || !(notification.getFeature() instanceof EStructuralFeature feature)) {
			return;
		}
		List<Part> affected = new ArrayList<>();
		dependencies.collect(new Dependency(object, feature), affected);
		for (EObject around = object; around != null; around = around.eContainer()) {
			dependencies.collect(new Dependency(around, Aspect.CONTENTS), affected);
		}
		if (feature instanceof EReference reference && reference.isContainment()) {
			for (Object child : values(notification.getOldValue(), notification.getNewValue())) {
				dependencies.collect(new Dependency(child, Aspect.CONTAINER), affected);
			}
		}
		if (affected.isEmpty()) {
			return;
		}
		affected.forEach(this::enqueue);
		long before = totalRecomputed;
		try {
			drain();
			failure = null;
		} catch (RuntimeException e) {
			// a notification must not break the command that caused it; the diagram reports the failure instead
			failure = e;
			queue.clear();
		}
		DiagramChange done = change.take((int)(totalRecomputed - before));
		if (!done.isEmpty() || done.recomputed() > 0) {
			listeners.forEach(listener -> listener.accept(done));
		}
	}

	private static List<Object> values(Object... values) {
		List<Object> all = new ArrayList<>();
		for (Object value : values) {
			if (value instanceof Collection<?> many) {
				all.addAll(many);
			} else if (value != null) {
				all.add(value);
			}
		}
		return all;
	}

	private void enqueue(Part part) {
		if (!part.disposed) {
			queue.computeIfAbsent(part.order(), key -> new LinkedHashSet<>()).add(part);
		}
	}

	private void drain() {
		while (!queue.isEmpty()) {
			Map.Entry<Integer, LinkedHashSet<Part>> first = queue.firstEntry();
			Part part = first.getValue().iterator().next();
			first.getValue().remove(part);
			if (first.getValue().isEmpty()) {
				queue.remove(first.getKey());
			}
			if (!part.disposed) {
				part.run();
			}
			if (queue.isEmpty()) {
				rebuildParents();
			}
		}
		rebuildParents();
	}

	private void rebuildParents() {
		for (Object parent : dirtyParents) {
			if (parent instanceof DiagramNode node) {
				NodeParts parts = nodeParts.get(node);
				if (parts != null) {
					node.replaceChildren(nodesOf(parts.childSets));
					node.replaceBorderNodes(nodesOf(parts.borderSets));
				}
			} else {
				diagram.replaceNodes(nodesOf(topSets));
			}
		}
		dirtyParents.clear();
	}

	private static List<DiagramNode> nodesOf(List<NodeSet> sets) {
		List<DiagramNode> nodes = new ArrayList<>();
		for (NodeSet set : sets) {
			for (EObject candidate : set.order) {
				Member member = set.members.get(candidate);
				if (member != null && member.node != null) {
					nodes.add(member.node);
				}
			}
		}
		return nodes;
	}

	private EvaluationContext context(Object self, ModelReads reads) {
		return new EvaluationContext(self, services).with("diagram", diagram.root()).recordingReads(reads);
	}

	private List<EObject> candidates(String domainClassName, Expression candidates, EvaluationContext context, EObject parentObject) {
		EClassifier domainClass = diagram.root().eClass().getEPackage().getEClassifier(domainClassName);
		Collection<?> objects;
		if (candidates != null) {
			objects = candidates.evaluateAll(context);
		} else {
			context.reads().contents(parentObject);
			List<Object> all = new ArrayList<>();
			parentObject.eAllContents().forEachRemaining(all::add);
			objects = all;
		}
		Set<EObject> distinct = new LinkedHashSet<>();
		for (Object object : objects) {
			if (domainClass instanceof EClass eClass && eClass.isInstance(object)) {
				distinct.add((EObject)object);
			}
		}
		return new ArrayList<>(distinct);
	}

	// ---------------------------------------------------------------- nodes

	/** The nodes of one mapping inside one parent (or at the top): its candidates, each with its precondition. */
	private final class NodeSet extends Part {
		final AbstractNodeMapping mapping;
		final EObject parentObject;
		final DiagramNode parentNode;
		List<EObject> order = List.of();
		final Map<EObject, Member> members = new IdentityHashMap<>();

		NodeSet(AbstractNodeMapping mapping, EObject parentObject, DiagramNode parentNode) {
			this.mapping = mapping;
			this.parentObject = parentObject;
			this.parentNode = parentNode;
		}

		@Override
		int order() {
			return 0;
		}

		@Override
		void run() {
			ModelReads reads = dependencies.recorder(this);
			List<EObject> now = candidates(mapping.getDomainClass(), spec.expression(mapping, Literals.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES),
					context(parentObject, reads).with("container", parentObject), parentObject);
			Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
			kept.addAll(now);
			for (EObject old : order) {
				if (!kept.contains(old)) {
					members.remove(old).dispose();
				}
			}
			order = now;
			for (EObject candidate : now) {
				if (!members.containsKey(candidate)) {
					Member member = new Member(this, candidate);
					members.put(candidate, member);
					member.run();
				}
			}
			parentChanged();
		}

		void parentChanged() {
			dirtyParents.add(parentNode == null ? diagram : parentNode);
		}

		void dispose() {
			disposed = true;
			dependencies.forget(this);
			List<Member> all = new ArrayList<>(members.values());
			members.clear();
			all.forEach(Member::dispose);
		}
	}

	/** One candidate of a node set: whether it passes the precondition, and its node when it does. */
	private final class Member extends Part {
		final NodeSet set;
		final EObject candidate;
		DiagramNode node;

		Member(NodeSet set, EObject candidate) {
			this.set = set;
			this.candidate = candidate;
		}

		@Override
		int order() {
			return 0;
		}

		@Override
		void run() {
			Expression precondition = spec.expression(set.mapping, Literals.MAPPING__PRECONDITION);
			boolean shown = precondition == null
					|| precondition.test(context(candidate, dependencies.recorder(this)).with("container", set.parentObject));
			if (shown && node == null) {
				node = createNode(set, candidate);
				set.parentChanged();
			} else if (!shown && node != null) {
				removeNode(node);
				node = null;
				set.parentChanged();
			}
		}

		void dispose() {
			disposed = true;
			dependencies.forget(this);
			if (node != null) {
				removeNode(node);
				node = null;
				set.parentChanged();
			}
		}
	}

	/** What was built for one node: its appearance, the node sets inside it and the edges that start from it. */
	private static final class NodeParts {
		NodeAppearance appearance;
		final List<NodeSet> childSets = new ArrayList<>();
		final List<NodeSet> borderSets = new ArrayList<>();
		final List<ReferenceEdges> outgoing = new ArrayList<>();
	}

	private DiagramNode createNode(NodeSet set, EObject target) {
		DiagramNode node = new DiagramNode(set.mapping, target, set.parentNode, "", set.mapping.getStyle(), null, null);
		NodeParts parts = new NodeParts();
		nodeParts.put(node, parts);
		nodesByMapping.computeIfAbsent(set.mapping, key -> new IdentityHashMap<>()).computeIfAbsent(target, key -> new ArrayList<>()).add(node);
		nodesByTarget.computeIfAbsent(target, key -> new ArrayList<>()).add(node);
		parts.appearance = new NodeAppearance(node, set.parentObject);
		parts.appearance.compute();
		change.added(node);
		totalRecomputed++;
		if (set.mapping instanceof ContainerMapping container) {
			for (AbstractNodeMapping child : container.getSubNodeMappings()) {
				NodeSet childSet = new NodeSet(child, target, node);
				parts.childSets.add(childSet);
				childSet.run();
			}
		}
		for (AbstractNodeMapping bordered : set.mapping.getBorderedNodeMappings()) {
			NodeSet borderSet = new NodeSet(bordered, target, node);
			parts.borderSets.add(borderSet);
			borderSet.run();
		}
		for (Layer layer : layers) {
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				if (mapping instanceof ReferenceEdgeMapping reference && mapping.getSourceMappings().contains(set.mapping)) {
					ReferenceEdges edges = new ReferenceEdges(reference, node);
					parts.outgoing.add(edges);
					enqueue(edges);
				}
			}
		}
		nodesChanged(target);
		return node;
	}

	private void removeNode(DiagramNode node) {
		NodeParts parts = nodeParts.remove(node);
		if (parts == null) {
			return;
		}
		parts.childSets.forEach(NodeSet::dispose);
		parts.borderSets.forEach(NodeSet::dispose);
		parts.outgoing.forEach(EdgeGroup::dispose);
		parts.appearance.disposed = true;
		dependencies.forget(parts.appearance);
		removeFrom(nodesByMapping.get(node.mapping()), node.target(), node);
		removeFrom(nodesByTarget, node.target(), node);
		change.removed(node);
		totalRecomputed++;
		nodesChanged(node.target());
	}

	private static <T> void removeFrom(Map<EObject, List<T>> map, EObject key, T value) {
		if (map != null) {
			List<T> list = map.get(key);
			if (list != null) {
				list.remove(value);
				if (list.isEmpty()) {
					map.remove(key);
				}
			}
		}
	}

	/** Nodes showing {@code target} came or went: the edges that looked for them must look again. */
	private void nodesChanged(EObject target) {
		List<Part> affected = new ArrayList<>();
		dependencies.collect(new Dependency(target, Aspect.NODES), affected);
		affected.forEach(this::enqueue);
	}

	private List<DiagramNode> nodesOf(Part reader, AbstractNodeMapping mapping, Object object) {
		dependencies.nodesRead(reader, object);
		Map<EObject, List<DiagramNode>> byObject = nodesByMapping.get(mapping);
		return byObject == null ? List.of() : List.copyOf(byObject.getOrDefault(object, List.of()));
	}

	/** A node's label, style, size and whether a filter hides it. */
	private final class NodeAppearance extends Part {
		final DiagramNode node;
		final EObject parentObject;

		NodeAppearance(DiagramNode node, EObject parentObject) {
			this.node = node;
			this.parentObject = parentObject;
		}

		@Override
		int order() {
			return 1;
		}

		@Override
		void run() {
			if (compute()) {
				change.changed(node);
			}
			totalRecomputed++;
		}

		boolean compute() {
			ModelReads reads = dependencies.recorder(this);
			EvaluationContext context = context(node.target(), reads).with("container", parentObject);
			Appearance.OfNode look = Appearance.node(spec, node.mapping(), node.target(), context);
			boolean hidden = false;
			for (Filter filter : filters) {
				if ((filter.getMappings().isEmpty() || filter.getMappings().contains(node.mapping()))
						&& spec.expression(filter, Literals.FILTER__HIDE_WHEN_EXPRESSION).test(context(node.target(), reads).with("view", node))) {
					hidden = true;
				}
			}
			return node.update(look.label(), look.style(), look.width(), look.height(), hidden);
		}
	}

	// ---------------------------------------------------------------- edges

	/** The identity of an edge within its group: its key and the very nodes it connects. */
	private record EdgeId(String key, DiagramNode source, DiagramNode target) {
	}

	/** Edges computed together: those of one source node (by reference) or of one edge object (by element). */
	private abstract class EdgeGroup extends Part {
		final EdgeMapping mapping;
		Map<EdgeId, DiagramEdge> edges = new LinkedHashMap<>();
		private Map<EdgeId, DiagramEdge> next;
		private ModelReads reads;

		EdgeGroup(EdgeMapping mapping) {
			this.mapping = mapping;
		}

		@Override
		int order() {
			return 2;
		}

		@Override
		final void run() {
			reads = dependencies.recorder(this);
			next = new LinkedHashMap<>();
			collect(reads);
			for (Map.Entry<EdgeId, DiagramEdge> old : edges.entrySet()) {
				if (!next.containsKey(old.getKey())) {
					removeEdge(old.getValue());
				}
			}
			edges = next;
			next = null;
		}

		abstract void collect(ModelReads recorder);

		/** Connects the edge object from {@code source} to the nodes of {@code targetObject} (see the interpreter). */
		void connect(EObject edgeObject, DiagramNode source, Object targetObject) {
			for (AbstractNodeMapping targetMapping : mapping.getTargetMappings()) {
				for (DiagramNode target : nodesOf(this, targetMapping, targetObject)) {
					EvaluationContext context = context(edgeObject, reads).with("source", source.target()).with("target", target.target());
					Expression precondition = spec.expression(mapping, Literals.MAPPING__PRECONDITION);
					if (precondition != null && !precondition.test(context)) {
						continue;
					}
					Appearance.OfEdge look = Appearance.edge(spec, mapping, context);
					EdgeId id = new EdgeId(DiagramEdge.key(mapping, edgeObject, source, target), source, target);
					DiagramEdge edge = edges.get(id);
					boolean created = edge == null;
					if (created) {
						edge = next.get(id);
						created = edge == null;
					}
					if (created) {
						edge = new DiagramEdge(mapping, edgeObject, source, target, look.label(), look.style(), look.width());
					}
					boolean hidden = false;
					for (Filter filter : filters) {
						if ((filter.getMappings().isEmpty() || filter.getMappings().contains(mapping))
								&& spec.expression(filter, Literals.FILTER__HIDE_WHEN_EXPRESSION).test(context(edgeObject, reads).with("view", edge)
										.with("source", source.target()).with("target", target.target()))) {
							hidden = true;
						}
					}
					boolean changed = edge.update(look.label(), look.style(), look.width(), hidden);
					totalRecomputed++;
					if (created) {
						diagram.addEdge(edge);
						edgesByTarget.computeIfAbsent(edgeObject, key -> new ArrayList<>()).add(edge);
						change.added(edge);
					} else if (changed) {
						change.changed(edge);
					}
					next.put(id, edge);
				}
			}
		}

		void dispose() {
			disposed = true;
			dependencies.forget(this);
			edges.values().forEach(LiveDiagram.this::removeEdge);
			edges = new LinkedHashMap<>();
		}
	}

	private void removeEdge(DiagramEdge edge) {
		diagram.removeEdges(List.of(edge));
		removeFrom(edgesByTarget, edge.target(), edge);
		change.removed(edge);
		totalRecomputed++;
	}

	/** The edges of a reference edge mapping that start from one node. */
	private final class ReferenceEdges extends EdgeGroup {
		final DiagramNode source;

		ReferenceEdges(ReferenceEdgeMapping mapping, DiagramNode source) {
			super(mapping);
			this.source = source;
		}

		@Override
		void collect(ModelReads recorder) {
			Expression targets = spec.expression(mapping, Literals.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION);
			for (Object targetObject : targets.evaluateAll(context(source.target(), recorder))) {
				connect(source.target(), source, targetObject);
			}
		}
	}

	/** The candidates of an edge mapping by element, each with its own edges. */
	private final class ElementEdgeSet extends Part {
		final ElementEdgeMapping mapping;
		final Map<EObject, ElementEdges> members = new IdentityHashMap<>();

		ElementEdgeSet(ElementEdgeMapping mapping) {
			this.mapping = mapping;
		}

		@Override
		int order() {
			return 0;
		}

		@Override
		void run() {
			ModelReads reads = dependencies.recorder(this);
			List<EObject> now = candidates(mapping.getDomainClass(), spec.expression(mapping, Literals.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES),
					context(diagram.root(), reads), diagram.root());
			Set<EObject> kept = Collections.newSetFromMap(new IdentityHashMap<>());
			kept.addAll(now);
			members.entrySet().removeIf(entry -> {
				if (!kept.contains(entry.getKey())) {
					entry.getValue().dispose();
					return true;
				}
				return false;
			});
			for (EObject object : now) {
				members.computeIfAbsent(object, key -> {
					ElementEdges edges = new ElementEdges(mapping, key);
					enqueue(edges);
					return edges;
				});
			}
		}
	}

	/** The edges one object of an edge mapping by element stands for. */
	private final class ElementEdges extends EdgeGroup {
		final EObject edgeObject;

		ElementEdges(ElementEdgeMapping mapping, EObject edgeObject) {
			super(mapping);
			this.edgeObject = edgeObject;
		}

		@Override
		void collect(ModelReads recorder) {
			EvaluationContext context = context(edgeObject, recorder);
			Expression sourceFinder = spec.expression(mapping, Literals.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION);
			Expression targetFinder = spec.expression(mapping, Literals.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION);
			for (Object sourceObject : sourceFinder.evaluateAll(context)) {
				for (AbstractNodeMapping sourceMapping : mapping.getSourceMappings()) {
					for (DiagramNode source : nodesOf(this, sourceMapping, sourceObject)) {
						for (Object targetObject : targetFinder.evaluateAll(context)) {
							connect(edgeObject, source, targetObject);
						}
					}
				}
			}
		}
	}

	/** Gathers what one change of the model did, so that an element added and removed again is not reported. */
	private static final class ChangeCollector {
		private final Set<DiagramNode> addedNodes = new LinkedHashSet<>();
		private final Set<DiagramNode> removedNodes = new LinkedHashSet<>();
		private final Set<DiagramNode> changedNodes = new LinkedHashSet<>();
		private final Set<DiagramEdge> addedEdges = new LinkedHashSet<>();
		private final Set<DiagramEdge> removedEdges = new LinkedHashSet<>();
		private final Set<DiagramEdge> changedEdges = new LinkedHashSet<>();

		void added(DiagramNode node) {
			addedNodes.add(node);
		}

		void removed(DiagramNode node) {
			if (!addedNodes.remove(node)) {
				removedNodes.add(node);
			}
			changedNodes.remove(node);
		}

		void changed(DiagramNode node) {
			if (!addedNodes.contains(node)) {
				changedNodes.add(node);
			}
		}

		void added(DiagramEdge edge) {
			addedEdges.add(edge);
		}

		void removed(DiagramEdge edge) {
			if (!addedEdges.remove(edge)) {
				removedEdges.add(edge);
			}
			changedEdges.remove(edge);
		}

		void changed(DiagramEdge edge) {
			if (!addedEdges.contains(edge)) {
				changedEdges.add(edge);
			}
		}

		DiagramChange take(int recomputed) {
			DiagramChange result = new DiagramChange(new ArrayList<>(addedNodes), new ArrayList<>(removedNodes), new ArrayList<>(changedNodes),
					new ArrayList<>(addedEdges), new ArrayList<>(removedEdges), new ArrayList<>(changedEdges), recomputed);
			addedNodes.clear();
			removedNodes.clear();
			changedNodes.clear();
			addedEdges.clear();
			removedEdges.clear();
			changedEdges.clear();
			return result;
		}
	}
}
