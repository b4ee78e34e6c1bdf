package org.counterpart.diagram.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ContainerMapping;
import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.ReferenceEdgeMapping;
import org.counterpart.diagram.spec.SpecPackage.Literals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;

/**
 * Builds the diagram a spec shows of a root object, from scratch: the nodes of every mapping of the active layers
 * (children inside containers, border nodes on their parents), then the edges between them, each with its label and
 * the style that applies, then marks what the applied filters hide.
 * <p>
 * For a diagram that follows the model as it changes, see {@link LiveDiagram}.
 */
public final class DiagramInterpreter {
	private final LoadedSpec spec;
	private final ExpressionServices services;

	public DiagramInterpreter(LoadedSpec spec) {
		this(spec, ExpressionServices.standard());
	}

	public DiagramInterpreter(LoadedSpec spec, ExpressionServices services) {
		this.spec = spec;
		this.services = services;
	}

	/** The layers that are on when a diagram opens: those that are not optional and those active by default. */
	public Set<String> defaultLayers() {
		Set<String> names = new HashSet<>();
		for (Layer layer : spec.spec().getLayers()) {
			if (!layer.isOptional() || layer.isActiveByDefault()) {
				names.add(layer.getName());
			}
		}
		return names;
	}

	/**
	 * Interprets the spec on {@code root}.
	 *
	 * @param activeLayers the names of the optional layers to show (layers that are not optional always show)
	 * @param appliedFilters the names of the filters to apply
	 * @throws IllegalArgumentException if the root is not of the spec's domain class or fails its precondition
	 * @throws org.counterpart.diagram.expression.ExpressionEvaluationException if an expression fails on the model
	 */
	public Diagram interpret(EObject root, Set<String> activeLayers, Set<String> appliedFilters) {
		checkRoot(spec, services, root);
		Run run = new Run(new Diagram(spec, root));
		List<Layer> layers = spec.spec().getLayers().stream()
				.filter(layer -> !layer.isOptional() || activeLayers.contains(layer.getName()))
				.toList();
		for (Layer layer : layers) {
			for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
				run.nodes(mapping, root, null);
			}
		}
		for (Layer layer : layers) {
			for (EdgeMapping mapping : layer.getEdgeMappings()) {
				run.edges(mapping);
			}
		}
		for (Layer layer : layers) {
			for (Filter filter : layer.getFilters()) {
				if (appliedFilters.contains(filter.getName())) {
					run.filter(filter);
				}
			}
		}
		return run.diagram;
	}

	/** Refuses a root that is not of the spec's domain class or fails its precondition. */
	static void checkRoot(LoadedSpec spec, ExpressionServices services, EObject root) {
		EClassifier rootClass = root.eClass().getEPackage().getEClassifier(spec.spec().getDomainClass());
		if (!(rootClass instanceof EClass eClass) || !eClass.isInstance(root)) {
			throw new IllegalArgumentException(spec.name() + " shows a " + spec.spec().getDomainClass() + ", not a " + root.eClass().getName());
		}
		Expression precondition = spec.expression(spec.spec(), Literals.REPRESENTATION_SPEC__PRECONDITION);
		if (precondition != null && !precondition.test(new EvaluationContext(root, services).with("diagram", root))) {
			throw new IllegalArgumentException(spec.name() + " does not apply to this " + root.eClass().getName());
		}
	}

	private EvaluationContext context(Object self, EObject root) {
		return new EvaluationContext(self, services).with("diagram", root);
	}

	/** One interpretation: the diagram being built and its nodes by mapping and object, to connect edges. */
	private final class Run {
		final Diagram diagram;
		final Map<AbstractNodeMapping, Map<EObject, List<DiagramNode>>> nodesByMapping = new IdentityHashMap<>();

		Run(Diagram diagram) {
			this.diagram = diagram;
		}

		void nodes(AbstractNodeMapping mapping, EObject parentObject, DiagramNode parent) {
			EObject root = diagram.root();
			EClassifier domainClass = root.eClass().getEPackage().getEClassifier(mapping.getDomainClass());
			Expression candidates = spec.expression(mapping, Literals.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES);
			List<Object> objects = new ArrayList<>();
			if (candidates != null) {
				objects.addAll(candidates.evaluateAll(context(parentObject, root).with("container", parentObject)));
			} else {
				parentObject.eAllContents().forEachRemaining(objects::add);
			}
			Expression precondition = spec.expression(mapping, Literals.MAPPING__PRECONDITION);
			for (Object object : distinct(objects).keySet()) {
				if (!(domainClass instanceof EClass eClass) || !eClass.isInstance(object)) {
					continue;
				}
				EObject target = (EObject)object;
				EvaluationContext context = context(target, root).with("container", parentObject);
				if (precondition != null && !precondition.test(context)) {
					continue;
				}
				Appearance.OfNode look = Appearance.node(spec, mapping, target, context);
				DiagramNode node = new DiagramNode(mapping, target, parent, look.label(), look.style(), look.width(), look.height());
				if (parent == null) {
					diagram.addNode(node);
				} else if (mapping.eContainmentFeature() == Literals.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS) {
					parent.addBorderNode(node);
				} else {
					parent.addChild(node);
				}
				nodesByMapping.computeIfAbsent(mapping, key -> new IdentityHashMap<>()).computeIfAbsent(target, key -> new ArrayList<>()).add(node);
				if (mapping instanceof ContainerMapping container) {
					for (AbstractNodeMapping child : container.getSubNodeMappings()) {
						nodes(child, target, node);
					}
				}
				for (AbstractNodeMapping bordered : mapping.getBorderedNodeMappings()) {
					nodes(bordered, target, node);
				}
			}
		}


		void edges(EdgeMapping mapping) {
			EObject root = diagram.root();
			if (mapping instanceof ReferenceEdgeMapping reference) {
				Expression targets = spec.expression(reference, Literals.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION);
				for (AbstractNodeMapping sourceMapping : mapping.getSourceMappings()) {
					for (Map.Entry<EObject, List<DiagramNode>> entry : nodesOf(sourceMapping).entrySet()) {
						for (Object targetObject : targets.evaluateAll(context(entry.getKey(), root))) {
							for (DiagramNode source : entry.getValue()) {
								connect(mapping, entry.getKey(), source, targetObject);
							}
						}
					}
				}
			} else if (mapping instanceof ElementEdgeMapping element) {
				EClassifier domainClass = root.eClass().getEPackage().getEClassifier(element.getDomainClass());
				Expression candidates = spec.expression(element, Literals.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES);
				List<Object> objects = new ArrayList<>();
				if (candidates != null) {
					objects.addAll(candidates.evaluateAll(context(root, root)));
				} else {
					root.eAllContents().forEachRemaining(objects::add);
				}
				Expression sourceFinder = spec.expression(element, Literals.ELEMENT_EDGE_MAPPING__SOURCE_FINDER_EXPRESSION);
				for (Object object : distinct(objects).keySet()) {
					if (!(domainClass instanceof EClass eClass) || !eClass.isInstance(object)) {
						continue;
					}
					EObject edgeObject = (EObject)object;
					EvaluationContext context = context(edgeObject, root);
					for (Object sourceObject : sourceFinder.evaluateAll(context)) {
						for (AbstractNodeMapping sourceMapping : mapping.getSourceMappings()) {
							for (DiagramNode source : nodesOf(sourceMapping).getOrDefault(sourceObject, List.of())) {
								for (Object targetObject : spec.expression(element, Literals.ELEMENT_EDGE_MAPPING__TARGET_FINDER_EXPRESSION).evaluateAll(context)) {
									connect(mapping, edgeObject, source, targetObject);
								}
							}
						}
					}
				}
			}
		}

		private void connect(EdgeMapping mapping, EObject edgeObject, DiagramNode source, Object targetObject) {
			for (AbstractNodeMapping targetMapping : mapping.getTargetMappings()) {
				for (DiagramNode target : nodesOf(targetMapping).getOrDefault(targetObject, List.of())) {
					EvaluationContext context = context(edgeObject, diagram.root()).with("source", source.target()).with("target", target.target());
					Expression precondition = spec.expression(mapping, Literals.MAPPING__PRECONDITION);
					if (precondition != null && !precondition.test(context)) {
						continue;
					}
					Appearance.OfEdge look = Appearance.edge(spec, mapping, context);
					diagram.addEdge(new DiagramEdge(mapping, edgeObject, source, target, look.label(), look.style(), look.width()));
				}
			}
		}


		void filter(Filter filter) {
			Expression hideWhen = spec.expression(filter, Literals.FILTER__HIDE_WHEN_EXPRESSION);
			for (DiagramNode node : diagram.allNodes()) {
				if ((filter.getMappings().isEmpty() || filter.getMappings().contains(node.mapping()))
						&& hideWhen.test(context(node.target(), diagram.root()).with("view", node))) {
					node.hidden = true;
				}
			}
			for (DiagramEdge edge : diagram.edges()) {
				if ((filter.getMappings().isEmpty() || filter.getMappings().contains(edge.mapping()))
						&& hideWhen.test(context(edge.target(), diagram.root()).with("view", edge)
								.with("source", edge.sourceNode().target()).with("target", edge.targetNode().target()))) {
					edge.hidden = true;
				}
			}
		}

		private Map<EObject, List<DiagramNode>> nodesOf(AbstractNodeMapping mapping) {
			return nodesByMapping.getOrDefault(mapping, Map.of());
		}
	}

	private static Map<Object, Boolean> distinct(List<Object> objects) {
		Map<Object, Boolean> seen = new LinkedHashMap<>();
		for (Object object : objects) {
			seen.putIfAbsent(object, Boolean.TRUE);
		}
		return seen;
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
			return Long.toString(number.longValue());
		}
		return value instanceof org.eclipse.emf.common.util.Enumerator enumerator ? enumerator.getLiteral() : String.valueOf(value);
	}

	static Double number(Expression expression, EvaluationContext context) {
		if (expression == null) {
			return null;
		}
		Object value = expression.evaluate(context);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new org.counterpart.diagram.expression.ExpressionEvaluationException(expression.text(), "Expected a number");
	}
}
