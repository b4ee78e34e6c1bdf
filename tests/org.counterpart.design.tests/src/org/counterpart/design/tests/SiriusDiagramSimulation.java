package org.counterpart.design.tests;

import static org.counterpart.design.tests.ViewpointSpecification.get;
import static org.counterpart.design.tests.ViewpointSpecification.is;
import static org.counterpart.design.tests.ViewpointSpecification.many;
import static org.counterpart.design.tests.ViewpointSpecification.one;
import static org.counterpart.design.tests.ViewpointSpecification.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.model.CounterpartPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * What Sirius would show for a diagram description of the {@code .odesign} on a theater, following Sirius's rules
 * for mappings (candidates of the domain class that pass the precondition, evaluated on the parent's object), edges
 * (by reference: the target finder on each source node's object; by element: candidates with source and target
 * finders), conditional styles (the first whose predicate holds) and mapping filters (hide when the condition holds).
 * Only the three expression languages the {@code .odesign} may use are understood.
 */
final class SiriusDiagramSimulation {

	/** A node: its mapping's name, object, the object of the node it sits in (null at the top), label and style. */
	record Node(String mapping, EObject target, EObject parent, String label, EObject style, int conditionalStyle, boolean hidden) {
	}

	/** An edge: its mapping's name, its object (the source's for a reference edge), ends, label, width and style. */
	record Edge(String mapping, EObject target, EObject source, EObject end, String label, double width, EObject style,
			int conditionalStyle, boolean hidden) {
	}

	private final SiriusExpressions expressions = new SiriusExpressions();
	private final EObject diagram;
	private final EObject root;
	private final List<String> filters;
	private final List<Node> nodes = new ArrayList<>();
	private final Map<EObject, List<Node>> nodesByMapping = new LinkedHashMap<>();
	private final List<Edge> edges = new ArrayList<>();

	private SiriusDiagramSimulation(EObject diagram, EObject root, List<String> filters) {
		this.diagram = diagram;
		this.root = root;
		this.filters = filters;
	}

	/** The diagram with every layer on and the named filters applied. */
	static SiriusDiagramSimulation of(EObject diagram, EObject root, List<String> filters) {
		SiriusDiagramSimulation simulation = new SiriusDiagramSimulation(diagram, root, filters);
		simulation.run();
		return simulation;
	}

	List<Node> nodes() {
		return nodes;
	}

	List<Edge> edges() {
		return edges;
	}

	/** The diagram's layers, the default one first. */
	static List<EObject> layers(EObject diagram) {
		List<EObject> layers = new ArrayList<>();
		layers.add(one(diagram, "defaultLayer"));
		layers.addAll(many(diagram, "additionalLayers"));
		return layers;
	}

	/** A layer's (or container mapping's) top mappings of nodes: node mappings, then container mappings. */
	static List<EObject> nodeMappings(EObject layer) {
		List<EObject> mappings = new ArrayList<>(many(layer, "nodeMappings"));
		mappings.addAll(many(layer, "containerMappings"));
		return mappings;
	}

	/** A mapping's sub-mappings of nodes inside it: sub node and sub container mappings (none for a node mapping). */
	static List<EObject> subMappings(EObject mapping) {
		if (!is(mapping, "ContainerMapping")) {
			return List.of();
		}
		List<EObject> mappings = new ArrayList<>(many(mapping, "subNodeMappings"));
		mappings.addAll(many(mapping, "subContainerMappings"));
		return mappings;
	}

	static EClass domainClass(EObject element) {
		return modelClass(string(element, "domainClass"));
	}

	/** The Counterpart class a Sirius type name such as {@code model::Contact} names. */
	static EClass modelClass(String name) {
		String simple = name.substring(name.indexOf("::") + 2);
		if (!name.startsWith(CounterpartPackage.eINSTANCE.getName() + "::") || !(CounterpartPackage.eINSTANCE.getEClassifier(simple) instanceof EClass eClass)) {
			throw new AssertionError("Not a class of the Counterpart model: " + name);
		}
		return eClass;
	}

	private void run() {
		for (EObject layer : layers(diagram)) {
			for (EObject mapping : nodeMappings(layer)) {
				show(mapping, root, null);
			}
		}
		for (EObject layer : layers(diagram)) {
			for (EObject mapping : many(layer, "edgeMappings")) {
				connect(mapping);
			}
		}
	}

	private void show(EObject mapping, EObject parentObject, EObject parent) {
		EClass domainClass = domainClass(mapping);
		String candidates = string(mapping, "semanticCandidatesExpression");
		String precondition = string(mapping, "preconditionExpression");
		Map<String, Object> variables = Map.of("container", parentObject);
		for (Object candidate : expressions.evaluateMany(candidates, parentObject, variables)) {
			if (!domainClass.isInstance(candidate)) {
				continue;
			}
			EObject object = (EObject)candidate;
			if (precondition != null && !precondition.isEmpty() && !expressions.test(precondition, object, variables)) {
				continue;
			}
			int conditional = conditionalStyle(mapping, object, Map.of());
			EObject style = style(mapping, conditional);
			String label = String.valueOf(expressions.evaluate(labelExpression(style), object, Map.of()));
			Node node = new Node(string(mapping, "name"), object, parent, label, style, conditional, filtered(mapping, object));
			nodes.add(node);
			nodesByMapping.computeIfAbsent(mapping, key -> new ArrayList<>()).add(node);
			for (EObject bordered : many(mapping, "borderedNodeMappings")) {
				show(bordered, object, object);
			}
			for (EObject sub : subMappings(mapping)) {
				show(sub, object, object);
			}
		}
	}

	private void connect(EObject mapping) {
		boolean byElement = Boolean.TRUE.equals(get(mapping, "useDomainElement"));
		if (!byElement) {
			for (EObject sourceMapping : many(mapping, "sourceMapping")) {
				for (Node source : nodesByMapping.getOrDefault(sourceMapping, List.of())) {
					for (Object end : expressions.evaluateMany(string(mapping, "targetFinderExpression"), source.target(), Map.of())) {
						connect(mapping, source.target(), source, end);
					}
				}
			}
			return;
		}
		EClass domainClass = domainClass(mapping);
		for (Object candidate : expressions.evaluateMany(string(mapping, "semanticCandidatesExpression"), root, Map.of())) {
			if (!domainClass.isInstance(candidate)) {
				continue;
			}
			EObject object = (EObject)candidate;
			for (Object start : expressions.evaluateMany(string(mapping, "sourceFinderExpression"), object, Map.of())) {
				for (EObject sourceMapping : many(mapping, "sourceMapping")) {
					for (Node source : nodesByMapping.getOrDefault(sourceMapping, List.of())) {
						if (source.target() == start) {
							for (Object end : expressions.evaluateMany(string(mapping, "targetFinderExpression"), object, Map.of())) {
								connect(mapping, object, source, end);
							}
						}
					}
				}
			}
		}
	}

	private void connect(EObject mapping, EObject object, Node source, Object end) {
		for (EObject targetMapping : many(mapping, "targetMapping")) {
			for (Node target : nodesByMapping.getOrDefault(targetMapping, List.of())) {
				if (target.target() != end) {
					continue;
				}
				Map<String, Object> variables = Map.of("source", source.target(), "target", target.target());
				String precondition = string(mapping, "preconditionExpression");
				if (precondition != null && !precondition.isEmpty() && !expressions.test(precondition, object, variables)) {
					continue;
				}
				int conditional = conditionalStyle(mapping, object, variables);
				EObject style = style(mapping, conditional);
				EObject centerLabel = one(style, "centerLabelStyleDescription");
				String label = centerLabel == null ? null : String.valueOf(expressions.evaluate(labelExpression(centerLabel), object, variables));
				String size = string(style, "sizeComputationExpression");
				double width = size.matches("\\d+") ? Integer.parseInt(size) : ((Number)expressions.evaluate(size, object, variables)).doubleValue();
				edges.add(new Edge(string(mapping, "name"), object, source.target(), target.target(), label, width, style, conditional,
						filtered(mapping, object)));
			}
		}
	}

	private int conditionalStyle(EObject mapping, EObject object, Map<String, Object> variables) {
		List<EObject> conditionals = many(mapping, "conditionnalStyles");
		for (int i = 0; i < conditionals.size(); i++) {
			if (expressions.test(string(conditionals.get(i), "predicateExpression"), object, variables)) {
				return i;
			}
		}
		return -1;
	}

	private static EObject style(EObject mapping, int conditional) {
		return conditional < 0 ? one(mapping, "style") : one(many(mapping, "conditionnalStyles").get(conditional), "style");
	}

	private static String labelExpression(EObject style) {
		String expression = string(style, "labelExpression");
		return expression == null ? "feature:name" : expression;
	}

	private boolean filtered(EObject mapping, EObject object) {
		for (EObject filter : many(diagram, "filters")) {
			if (!filters.contains(string(filter, "name"))) {
				continue;
			}
			for (EObject mappingFilter : many(filter, "filters")) {
				List<EObject> mappings = many(mappingFilter, "mappings");
				String condition = string(mappingFilter, "semanticConditionExpression");
				if ((mappings.isEmpty() || mappings.contains(mapping)) && "HIDE".equals(string(mappingFilter, "filterKind"))
						&& (condition == null || expressions.test(condition, object, Map.of()))) {
					return true;
				}
			}
		}
		return false;
	}
}
