package org.counterpart.diagram.internal.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecProblem;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionException;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.internal.expression.StaticType;
import org.counterpart.diagram.internal.expression.StaticType.Kind;
import org.counterpart.diagram.internal.expression.TypeChecker;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ChangeContext;
import org.counterpart.diagram.spec.ConditionalEdgeStyle;
import org.counterpart.diagram.spec.ConditionalNodeStyle;
import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateInstance;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.DeleteTool;
import org.counterpart.diagram.spec.DirectEditTool;
import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Mapping;
import org.counterpart.diagram.spec.ModelOperation;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.spec.ReconnectTool;
import org.counterpart.diagram.spec.ReferenceEdgeMapping;
import org.counterpart.diagram.spec.RepresentationSpec;
import org.counterpart.diagram.spec.SetValue;
import org.counterpart.diagram.spec.SpecElement;
import org.counterpart.diagram.spec.SpecPackage;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.spec.Unset;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The checks a spec passes when it loads, so that nothing of it fails later while a diagram is drawn: the spec is
 * complete (required features set, references resolved, names unique), every domain class, feature and reference it
 * names exists in the domain model, and every expression parses and fits the objects it will be evaluated on (see
 * {@link TypeChecker}). Each expression is parsed once here and kept in the {@link LoadedSpec}.
 */
public final class SpecChecker {
	private final String file;
	private final SpecResource resource;
	private final List<EPackage> domainPackages;
	private final ExpressionServices services;
	private final List<SpecProblem> problems = new ArrayList<>();
	private final Map<EObject, Map<EAttribute, Expression>> expressions = new IdentityHashMap<>();

	public SpecChecker(String file, SpecResource resource, List<EPackage> domainPackages, ExpressionServices services) {
		this.file = file;
		this.resource = resource;
		this.domainPackages = domainPackages;
		this.services = services;
	}

	/** Checks the spec; the problems found are in {@link #problems()}, and the result is only usable when there are none. */
	public LoadedSpec check(RepresentationSpec spec) {
		structure(spec);
		EClass root = domainClass(spec, SpecPackage.Literals.REPRESENTATION_SPEC__DOMAIN_CLASS, spec.getDomainClass());
		expressions(spec, root);
		spec.eAllContents().forEachRemaining(element -> {
			names(element);
			expressions(element, root);
		});
		return new LoadedSpec(file, spec, expressions);
	}

	public List<SpecProblem> problems() {
		return problems;
	}

	private void structure(RepresentationSpec spec) {
		for (Diagnostic diagnostic : Diagnostician.INSTANCE.validate(spec).getChildren()) {
			Object element = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				problem(element instanceof EObject eObject ? eObject : spec, diagnostic.getMessage());
			}
		}
		for (var iterator = EcoreUtil.getAllContents(List.of(spec)); iterator.hasNext();) {
			EObject element = (EObject)iterator.next();
			for (EObject referenced : element.eCrossReferences()) {
				if (referenced.eIsProxy()) {
					problem(element, "Refers to " + EcoreUtil.getURI(referenced).fragment() + ", which the file does not have");
				}
			}
		}
	}

	/** Domain classes, types, features and references named in plain (non-expression) attributes. */
	private void names(EObject element) {
		switch (element) {
			case AbstractNodeMapping mapping -> domainClass(mapping, SpecPackage.Literals.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS, mapping.getDomainClass());
			case ElementEdgeMapping mapping -> domainClass(mapping, SpecPackage.Literals.ELEMENT_EDGE_MAPPING__DOMAIN_CLASS, mapping.getDomainClass());
			case CreateInstance create -> {
				EClass type = domainClass(create, SpecPackage.Literals.CREATE_INSTANCE__TYPE_NAME, create.getTypeName());
				EClass context = contextClass(create);
				if (context != null && create.getReferenceName() != null) {
					EStructuralFeature feature = feature(create, context, create.getReferenceName());
					if (feature != null && !(feature instanceof EReference)) {
						problem(create, "referenceName: " + context.getName() + "." + feature.getName() + " is not a reference");
					} else if (feature instanceof EReference reference && type != null && !reference.getEReferenceType().isSuperTypeOf(type)) {
						problem(create, "referenceName: " + context.getName() + "." + feature.getName() + " holds "
								+ reference.getEReferenceType().getName() + ", not " + type.getName());
					}
				}
			}
			case SetValue set -> featureOfContext(set, set.getFeatureName());
			case Unset unset -> featureOfContext(unset, unset.getFeatureName());
			default -> {
				// nothing named outside expressions
			}
		}
	}

	private void featureOfContext(ModelOperation operation, String name) {
		EClass context = contextClass(operation);
		if (context != null && name != null) {
			feature(operation, context, name);
		}
	}

	private EStructuralFeature feature(EObject element, EClass eClass, String name) {
		EStructuralFeature feature = eClass.getEStructuralFeature(name);
		if (feature == null) {
			problem(element, eClass.getName() + " has no feature '" + name + "'");
		}
		return feature;
	}

	private EClass domainClass(EObject element, EAttribute attribute, String name) {
		if (name == null || name.isBlank()) {
			return null; // reported as a missing required value
		}
		EClass found = findClass(name);
		if (found == null) {
			problem(element, attribute.getName() + ": the domain model has no class '" + name + "'");
		}
		return found;
	}

	private EClass findClass(String name) {
		if (name == null) {
			return null;
		}
		for (EPackage ePackage : domainPackages) {
			EClassifier classifier = ePackage.getEClassifier(name);
			if (classifier instanceof EClass eClass) {
				return eClass;
			}
		}
		return null;
	}

	private void expressions(EObject element, EClass root) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != SpecPackage.Literals.EXPRESSION) {
				continue;
			}
			String text = (String)element.eGet(attribute);
			if (text == null || text.isBlank()) {
				continue;
			}
			try {
				Expression expression = Expression.parse(text);
				Scope scope = scope(element, attribute, root);
				new TypeChecker(text, scope.variables(), services).check(expression.root(), scope.expected());
				expressions.computeIfAbsent(element, key -> new HashMap<>()).put(attribute, expression);
			} catch (ExpressionException e) {
				problem(element, attribute.getName() + ": " + e.reason() + " at position " + (e.position() + 1) + ":\n" + e.excerpt());
			}
		}
	}

	/** The variables an expression of {@code element} sees, and the kind of value it must give. */
	private record Scope(Map<String, StaticType> variables, Kind expected) {
	}

	private Scope scope(EObject element, EAttribute attribute, EClass root) {
		Map<String, StaticType> variables = new LinkedHashMap<>();
		variables.put("diagram", StaticType.object(root));
		Kind expected = expectedKind(attribute);
		switch (element) {
			case RepresentationSpec spec -> variables.put("self", StaticType.object(root));
			case AbstractNodeMapping mapping -> nodeScope(mapping, attribute == SpecPackage.Literals.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES, root, variables);
			case NodeStyle style -> nodeScope(owningMapping(style, AbstractNodeMapping.class), false, root, variables);
			case ConditionalNodeStyle style -> nodeScope(owningMapping(style, AbstractNodeMapping.class), false, root, variables);
			case ElementEdgeMapping mapping when attribute == SpecPackage.Literals.ELEMENT_EDGE_MAPPING__SEMANTIC_CANDIDATES -> variables.put("self", StaticType.object(root));
			case ReferenceEdgeMapping mapping when attribute == SpecPackage.Literals.REFERENCE_EDGE_MAPPING__REFERENCE_EXPRESSION -> variables.put("self", StaticType.object(common(mapping.getSourceMappings())));
			case ElementEdgeMapping mapping when attribute != SpecPackage.Literals.MAPPING__PRECONDITION -> variables.put("self", StaticType.object(findClass(mapping.getDomainClass())));
			case EdgeMapping mapping -> edgeScope(mapping, variables);
			case EdgeStyle style -> edgeScope(owningMapping(style, EdgeMapping.class), variables);
			case ConditionalEdgeStyle style -> edgeScope(owningMapping(style, EdgeMapping.class), variables);
			case Filter filter -> {
				variables.put("self", StaticType.object(common(filter.getMappings())));
				variables.put("view", StaticType.UNKNOWN);
			}
			case Tool tool -> toolScope(tool, variables);
			case ModelOperation operation -> {
				toolScope(owningMapping(operation, Tool.class), variables);
				variables.put("self", StaticType.object(contextClass(operation)));
			}
			default -> variables.put("self", StaticType.UNKNOWN);
		}
		return new Scope(variables, expected);
	}

	private static Kind expectedKind(EAttribute attribute) {
		String name = attribute.getName();
		if (name.equals("precondition") || name.equals("predicateExpression") || name.equals("hideWhenExpression")) {
			return Kind.BOOLEAN;
		}
		if (name.equals("widthExpression") || name.equals("heightExpression")) {
			return Kind.NUMBER;
		}
		if (name.equals("semanticCandidates") || name.endsWith("FinderExpression") || name.equals("referenceExpression")
				|| name.equals("contextExpression") || name.equals("elementsExpression")) {
			return Kind.OBJECT;
		}
		return Kind.UNKNOWN;
	}

	private void nodeScope(AbstractNodeMapping mapping, boolean candidates, EClass root, Map<String, StaticType> variables) {
		EClass parent = mapping != null && mapping.eContainer() instanceof AbstractNodeMapping parentMapping
				? findClass(parentMapping.getDomainClass())
				: root;
		variables.put("container", StaticType.object(parent));
		variables.put("self", candidates ? StaticType.object(parent) : StaticType.object(mapping == null ? null : findClass(mapping.getDomainClass())));
	}

	private void edgeScope(EdgeMapping mapping, Map<String, StaticType> variables) {
		if (mapping == null) {
			return;
		}
		EClass sourceClass = common(mapping.getSourceMappings());
		variables.put("source", StaticType.object(sourceClass));
		variables.put("target", StaticType.object(common(mapping.getTargetMappings())));
		variables.put("self", StaticType.object(mapping instanceof ElementEdgeMapping element ? findClass(element.getDomainClass()) : sourceClass));
	}

	private void toolScope(Tool tool, Map<String, StaticType> variables) {
		variables.put("self", StaticType.object(null));
		switch (tool) {
			case null -> {
				// an operation outside a tool: only self
			}
			case CreateNodeTool create -> variables.put("container", StaticType.object(null));
			case CreateEdgeTool create -> {
				variables.put("source", StaticType.object(create.getMapping() == null ? null : common(create.getMapping().getSourceMappings())));
				variables.put("target", StaticType.object(create.getMapping() == null ? null : common(create.getMapping().getTargetMappings())));
			}
			case DeleteTool delete -> variables.put("self", StaticType.object(common(delete.getMappings())));
			case DirectEditTool edit -> {
				variables.put("self", StaticType.object(common(edit.getMappings())));
				variables.put("input", StaticType.STRING);
			}
			case ReconnectTool reconnect -> {
				EdgeMapping mapping = reconnect.getMapping();
				variables.put("self", StaticType.object(mapping instanceof ElementEdgeMapping element ? findClass(element.getDomainClass()) : null));
				variables.put("source", StaticType.object(mapping == null ? null : common(mapping.getSourceMappings())));
				variables.put("target", StaticType.object(mapping == null ? null : common(mapping.getTargetMappings())));
			}
			default -> {
				// only self
			}
		}
	}

	/**
	 * The class of {@code var:self} where an operation runs: the created type inside a CreateInstance, unknown inside
	 * a ChangeContext, and otherwise what the tool gives.
	 */
	private EClass contextClass(ModelOperation operation) {
		EObject parent = operation.eContainer();
		if (parent instanceof CreateInstance create) {
			return findClass(create.getTypeName());
		}
		if (parent instanceof ChangeContext) {
			return null;
		}
		if (parent instanceof Tool tool) {
			Map<String, StaticType> variables = new HashMap<>();
			toolScope(tool, variables);
			return (EClass)variables.get("self").classifier();
		}
		return null;
	}

	/** The domain class all the given mappings share, or null if they differ or name none. */
	private EClass common(List<? extends Mapping> mappings) {
		EClass common = null;
		for (Mapping mapping : mappings) {
			String name = mapping instanceof AbstractNodeMapping node ? node.getDomainClass()
					: mapping instanceof ElementEdgeMapping edge ? edge.getDomainClass() : null;
			EClass eClass = findClass(name);
			if (eClass == null || common != null && common != eClass) {
				return null;
			}
			common = eClass;
		}
		return common;
	}

	private static <T> T owningMapping(EObject element, Class<T> type) {
		for (EObject parent = element.eContainer(); parent != null; parent = parent.eContainer()) {
			if (type.isInstance(parent)) {
				return type.cast(parent);
			}
		}
		return null;
	}

	private void problem(EObject element, String message) {
		problems.add(new SpecProblem(file, describe(element), fragment(element), resource == null ? 0 : resource.lineOf(element), message));
	}

	private static String fragment(EObject element) {
		return element.eResource() == null ? "" : Objects.toString(element.eResource().getURIFragment(element), "");
	}

	/** E.g. {@code NodeMapping 'contact'}; an element without a name is named by its nearest named parent. */
	static String describe(EObject element) {
		if (element instanceof SpecElement named && named.getName() != null) {
			return element.eClass().getName() + " '" + named.getName() + "'";
		}
		for (EObject parent = element.eContainer(); parent != null; parent = parent.eContainer()) {
			if (parent instanceof SpecElement named && named.getName() != null) {
				return element.eClass().getName() + " of " + parent.eClass().getName() + " '" + named.getName() + "'";
			}
		}
		return element.eClass().getName();
	}
}
