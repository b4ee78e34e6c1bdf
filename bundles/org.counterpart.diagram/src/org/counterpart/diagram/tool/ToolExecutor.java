package org.counterpart.diagram.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionException;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ChangeContext;
import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateInstance;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.DeleteTool;
import org.counterpart.diagram.spec.DirectEditTool;
import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.Mapping;
import org.counterpart.diagram.spec.ModelOperation;
import org.counterpart.diagram.spec.ReconnectEnd;
import org.counterpart.diagram.spec.ReconnectTool;
import org.counterpart.diagram.spec.Remove;
import org.counterpart.diagram.spec.SetValue;
import org.counterpart.diagram.spec.SpecPackage;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.spec.Unset;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Runs the tools of a representation spec on the model: each use of a tool (create a node, create an edge, reconnect
 * an edge, delete, edit a label in place) becomes one {@link ToolCommand} for the editing domain's command stack. The
 * tool's model operations (create an instance, set or unset a feature, remove objects, change the context) run with
 * the spec's expressions evaluated on the variables of the gesture: {@code var:self}, {@code var:diagram} (the
 * diagram's root), {@code var:container}, {@code var:source}, {@code var:target} and {@code var:input}.
 * <p>
 * It also answers which tools apply where: the tools of the layers shown, a delete or direct-edit tool for an
 * element's mapping, and whether an edge tool may join two nodes.
 */
public final class ToolExecutor {
	private final LoadedSpec spec;
	private final EditingDomain domain;
	private final ExpressionServices services;
	private Consumer<EObject> creationHook = object -> {
		// nothing by default
	};

	public ToolExecutor(LoadedSpec spec, EditingDomain domain) {
		this(spec, domain, ExpressionServices.standard());
	}

	public ToolExecutor(LoadedSpec spec, EditingDomain domain, ExpressionServices services) {
		this.spec = Objects.requireNonNull(spec);
		this.domain = Objects.requireNonNull(domain);
		this.services = Objects.requireNonNull(services);
	}

	/**
	 * What happens to each object a tool creates, before it is added to the model (e.g. who created it and its
	 * classification).
	 */
	public void setCreationHook(Consumer<EObject> hook) {
		creationHook = Objects.requireNonNull(hook);
	}

	// ------------------------------------------------------------------------------------------ which tools apply

	/** The tools of the layers that are on: layers that are not optional, and optional ones named in {@code activeLayers}. */
	public List<Tool> tools(Set<String> activeLayers) {
		List<Tool> tools = new ArrayList<>();
		for (Layer layer : spec.spec().getLayers()) {
			if (!layer.isOptional() || activeLayers.contains(layer.getName())) {
				tools.addAll(layer.getTools());
			}
		}
		return tools;
	}

	/** The palette: the node and edge creation tools of the layers that are on, in the spec's order. */
	public List<Tool> creationTools(Set<String> activeLayers) {
		return tools(activeLayers).stream().filter(tool -> tool instanceof CreateNodeTool || tool instanceof CreateEdgeTool).toList();
	}

	public Optional<DeleteTool> deleteTool(Mapping mapping, Set<String> activeLayers) {
		return tools(activeLayers).stream().filter(DeleteTool.class::isInstance).map(DeleteTool.class::cast)
				.filter(tool -> tool.getMappings().contains(mapping)).findFirst();
	}

	public Optional<DirectEditTool> directEditTool(Mapping mapping, Set<String> activeLayers) {
		return tools(activeLayers).stream().filter(DirectEditTool.class::isInstance).map(DirectEditTool.class::cast)
				.filter(tool -> tool.getMappings().contains(mapping)).findFirst();
	}

	/** The tool that moves the {@code end} of an edge of {@code mapping}, if the spec has one. */
	public Optional<ReconnectTool> reconnectTool(EdgeMapping mapping, ReconnectEnd end, Set<String> activeLayers) {
		return tools(activeLayers).stream().filter(ReconnectTool.class::isInstance).map(ReconnectTool.class::cast)
				.filter(tool -> tool.getMapping() == mapping && (tool.getEnd() == ReconnectEnd.BOTH || tool.getEnd() == end)).findFirst();
	}

	/**
	 * Whether {@code tool} may make an edge from a node of {@code sourceMapping} showing {@code source} to one of
	 * {@code targetMapping} showing {@code target}: the edge mapping accepts both ends and the tool's precondition holds.
	 */
	public boolean canConnect(CreateEdgeTool tool, AbstractNodeMapping sourceMapping, EObject source, AbstractNodeMapping targetMapping,
			EObject target, EObject root) {
		EdgeMapping mapping = tool.getMapping();
		if (!mapping.getSourceMappings().contains(sourceMapping) || target != null && !mapping.getTargetMappings().contains(targetMapping)) {
			return false;
		}
		if (source == target) {
			return false; // no edge of the shipped specs means anything from an object to itself
		}
		return precondition(tool, context(source, root).with("source", source).with("target", target));
	}

	/** Whether {@code tool} may move an end of an edge so that it joins {@code source} and {@code target}. */
	public boolean canReconnect(ReconnectTool tool, EObject edgeObject, AbstractNodeMapping sourceMapping, EObject source,
			AbstractNodeMapping targetMapping, EObject target, EObject root) {
		EdgeMapping mapping = tool.getMapping();
		if (!mapping.getSourceMappings().contains(sourceMapping) || !mapping.getTargetMappings().contains(targetMapping) || source == target) {
			return false;
		}
		return precondition(tool, context(edgeObject, root).with("source", source).with("target", target));
	}

	/** Whether the tool's precondition (if any) holds with these variables; a failing precondition does not hold. */
	private boolean precondition(Tool tool, EvaluationContext context) {
		Expression condition = expression(tool, SpecPackage.Literals.TOOL__PRECONDITION);
		if (condition == null) {
			return true;
		}
		try {
			return condition.test(context);
		} catch (ExpressionException e) {
			return false;
		}
	}

	// ---------------------------------------------------------------------------------------------------- commands

	/** Creates what {@code tool} creates, in {@code container} (the object of the node clicked into, or the root). */
	public ToolCommand createNode(CreateNodeTool tool, EObject container, EObject root, String label) {
		return command(label, tool, () -> context(container, root).with("container", container));
	}

	/** Creates an edge of {@code tool} from {@code source} to {@code target}. */
	public ToolCommand createEdge(CreateEdgeTool tool, EObject source, EObject target, EObject root, String label) {
		return command(label, tool, () -> context(source, root).with("source", source).with("target", target));
	}

	/** Moves the ends of the edge of {@code edgeObject} to {@code source} and {@code target}. */
	public ToolCommand reconnect(ReconnectTool tool, EObject edgeObject, EObject source, EObject target, EObject root, String label) {
		return command(label, tool, () -> context(edgeObject, root).with("source", source).with("target", target));
	}

	/**
	 * Deletes {@code selected} with {@code tool}, each as {@code var:self}, and with them {@code alsoDeleted} (objects
	 * that mean nothing without the selected ones, e.g. the relationships of a deleted contact).
	 */
	public ToolCommand delete(DeleteTool tool, List<? extends EObject> selected, List<? extends EObject> alsoDeleted, EObject root, String label) {
		return delete(object -> tool, selected, alsoDeleted, root, label);
	}

	/**
	 * Deletes {@code selected}, each with its own delete tool ({@code toolOf}, e.g. by the mapping of the element the
	 * user selected), and {@code alsoDeleted} with them, all in one command.
	 */
	public ToolCommand delete(java.util.function.Function<EObject, DeleteTool> toolOf, List<? extends EObject> selected,
			List<? extends EObject> alsoDeleted, EObject root, String label) {
		List<EObject> selves = List.copyOf(selected);
		List<EObject> also = List.copyOf(alsoDeleted);
		return new ToolCommand(label, recorder -> {
			if (!also.isEmpty()) {
				recorder.step(DeleteCommand.create(domain, also), "delete " + also.size() + " dependent objects");
			}
			for (EObject self : selves) {
				if (self.eContainer() == null && self.eResource() == null) {
					continue; // already gone with an object deleted before it
				}
				DeleteTool tool = Objects.requireNonNull(toolOf.apply(self), "no delete tool");
				EvaluationContext context = context(self, root);
				checkPrecondition(tool, context);
				run(recorder, tool.getOperations(), context);
			}
		});
	}

	/**
	 * Writes the typed {@code input} with {@code tool}.
	 *
	 * @throws ToolException if the input is empty (blank): a label cannot be erased in place
	 */
	public ToolCommand directEdit(DirectEditTool tool, EObject self, String input, EObject root, String label) {
		if (input == null || input.isBlank()) {
			throw new ToolException("The text is empty");
		}
		String text = input.strip();
		return command(label, tool, () -> context(self, root).with("input", text));
	}

	private ToolCommand command(String label, Tool tool, java.util.function.Supplier<EvaluationContext> variables) {
		return new ToolCommand(label, recorder -> {
			EvaluationContext context = variables.get();
			checkPrecondition(tool, context);
			run(recorder, tool.getOperations(), context);
		});
	}

	private void checkPrecondition(Tool tool, EvaluationContext context) {
		Expression condition = expression(tool, SpecPackage.Literals.TOOL__PRECONDITION);
		if (condition != null && !evaluate(() -> condition.test(context), tool)) {
			throw new ToolException(name(tool) + " does not apply here");
		}
	}

	// -------------------------------------------------------------------------------------------------- operations

	private void run(ToolCommand recorder, List<ModelOperation> operations, EvaluationContext context) {
		for (ModelOperation operation : operations) {
			switch (operation) {
				case CreateInstance create -> createInstance(recorder, create, context);
				case SetValue set -> setValue(recorder, set, context);
				case Unset unset -> unset(recorder, unset, context);
				case Remove remove -> remove(recorder, remove, context);
				case ChangeContext change -> changeContext(recorder, change, context);
				default -> throw new ToolException("Unknown operation " + operation.eClass().getName());
			}
		}
	}

	private void createInstance(ToolCommand recorder, CreateInstance create, EvaluationContext context) {
		EObject self = self(context, create);
		EStructuralFeature feature = feature(self, create.getReferenceName());
		if (!(feature instanceof EReference reference)) {
			throw new ToolException(self.eClass().getName() + "." + create.getReferenceName() + " is not a reference");
		}
		EClass type = domainClass(create.getTypeName(), reference, self);
		EObject created = EcoreUtil.create(type);
		creationHook.accept(created);
		String what = "add a new " + type.getName() + " to " + self.eClass().getName() + "." + reference.getName();
		recorder.step(reference.isMany() ? AddCommand.create(domain, self, reference, created) : SetCommand.create(domain, self, reference, created), what);
		recorder.created(created);
		run(recorder, create.getSubOperations(), copy(context).with("self", created));
	}

	private void setValue(ToolCommand recorder, SetValue set, EvaluationContext context) {
		EObject self = self(context, set);
		EStructuralFeature feature = feature(self, set.getFeatureName());
		Expression expression = expression(set, SpecPackage.Literals.SET_VALUE__VALUE_EXPRESSION);
		Object value = convert(feature, evaluate(() -> expression.evaluate(context), set));
		recorder.step(SetCommand.create(domain, self, feature, value), "set " + self.eClass().getName() + "." + feature.getName());
		run(recorder, set.getSubOperations(), context);
	}

	private void unset(ToolCommand recorder, Unset unset, EvaluationContext context) {
		EObject self = self(context, unset);
		EStructuralFeature feature = feature(self, unset.getFeatureName());
		recorder.step(SetCommand.create(domain, self, feature, SetCommand.UNSET_VALUE), "unset " + self.eClass().getName() + "." + feature.getName());
		run(recorder, unset.getSubOperations(), context);
	}

	private void remove(ToolCommand recorder, Remove remove, EvaluationContext context) {
		Expression expression = expression(remove, SpecPackage.Literals.REMOVE__ELEMENTS_EXPRESSION);
		List<Object> values = expression == null ? List.of(self(context, remove)) : evaluate(() -> expression.evaluateAll(context), remove);
		List<EObject> objects = new ArrayList<>();
		for (Object value : values) {
			if (!(value instanceof EObject object)) {
				throw new ToolException("Remove: " + value + " is not an object of the model");
			}
			objects.add(object);
		}
		if (!objects.isEmpty()) {
			recorder.step(DeleteCommand.create(domain, objects), "delete " + objects.size() + " objects");
		}
		run(recorder, remove.getSubOperations(), context);
	}

	private void changeContext(ToolCommand recorder, ChangeContext change, EvaluationContext context) {
		Expression expression = expression(change, SpecPackage.Literals.CHANGE_CONTEXT__CONTEXT_EXPRESSION);
		for (Object value : evaluate(() -> expression.evaluateAll(context), change)) {
			if (!(value instanceof EObject object)) {
				throw new ToolException(change.getContextExpression() + " gives " + value + ", not an object of the model");
			}
			run(recorder, change.getSubOperations(), copy(context).with("self", object));
		}
	}

	// ------------------------------------------------------------------------------------------------------ helpers

	private EvaluationContext context(EObject self, EObject root) {
		return new EvaluationContext(self, services).with("diagram", root);
	}

	private EvaluationContext copy(EvaluationContext context) {
		EvaluationContext copy = new EvaluationContext(context.self(), services);
		for (String variable : List.of("diagram", "container", "source", "target", "view", "input")) {
			if (context.isBound(variable)) {
				copy.with(variable, context.get(variable));
			}
		}
		return copy;
	}

	private static EObject self(EvaluationContext context, ModelOperation operation) {
		if (context.self() instanceof EObject self) {
			return self;
		}
		throw new ToolException(operation.eClass().getName() + " needs an object of the model as var:self, not " + context.self());
	}

	private static EStructuralFeature feature(EObject self, String name) {
		EStructuralFeature feature = name == null ? null : self.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new ToolException(self.eClass().getName() + " has no feature '" + name + "'");
		}
		if (!feature.isChangeable() || feature.isDerived()) {
			throw new ToolException(self.eClass().getName() + "." + name + " cannot be changed");
		}
		return feature;
	}

	private static EClass domainClass(String name, EReference reference, EObject self) {
		for (var ePackage : List.of(reference.getEReferenceType().getEPackage(), self.eClass().getEPackage())) {
			EClassifier classifier = ePackage.getEClassifier(name);
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
				if (!reference.getEReferenceType().isSuperTypeOf(eClass)) {
					throw new ToolException(self.eClass().getName() + "." + reference.getName() + " cannot hold a " + name);
				}
				return eClass;
			}
		}
		throw new ToolException("The model has no class '" + name + "' to create");
	}

	private Expression expression(EObject element, EAttribute attribute) {
		Expression parsed = spec.expression(element, attribute);
		if (parsed != null) {
			return parsed;
		}
		String text = (String) element.eGet(attribute);
		return text == null || text.isBlank() ? null : Expression.parse(text);
	}

	private static <T> T evaluate(java.util.function.Supplier<T> evaluation, EObject where) {
		try {
			return evaluation.get();
		} catch (ExpressionException e) {
			throw new ToolException(e.getMessage(), e);
		}
	}

	private static String name(Tool tool) {
		return tool.getLabel() == null || tool.getLabel().isBlank() ? tool.getName() : tool.getLabel();
	}

	/** Makes an expression's value fit the feature it is written to. */
	static Object convert(EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			List<Object> values = new ArrayList<>();
			if (value instanceof Collection<?> collection) {
				for (Object element : collection) {
					values.add(convertOne(feature, element));
				}
			} else if (value != null) {
				values.add(convertOne(feature, value));
			}
			return values;
		}
		return convertOne(feature, value);
	}

	private static Object convertOne(EStructuralFeature feature, Object value) {
		EClassifier type = feature.getEType();
		if (value == null) {
			if (type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
				throw new ToolException(feature.getName() + " needs a value");
			}
			return null;
		}
		if (value instanceof Collection<?>) {
			throw new ToolException(feature.getName() + " takes one value, not a list");
		}
		if (feature instanceof EReference) {
			if (value instanceof EObject object && ((EReference) feature).getEReferenceType().isInstance(object)) {
				return object;
			}
			throw new ToolException(feature.getName() + " cannot refer to " + value);
		}
		if (type instanceof EEnum eEnum) {
			if (value instanceof Enumerator enumerator && eEnum.getEEnumLiteral(enumerator.getName()) != null) {
				return eEnum.getEEnumLiteral(enumerator.getName()).getInstance();
			}
			String text = value.toString();
			EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
			literal = literal != null ? literal : eEnum.getEEnumLiteral(text);
			if (literal == null) {
				throw new ToolException(feature.getName() + " has no value '" + text + "'");
			}
			return literal.getInstance();
		}
		Class<?> instance = type.getInstanceClass();
		if (value instanceof Number number && instance != null) {
			Object converted = number(number, instance);
			if (converted != null) {
				return converted;
			}
		}
		if (instance != null && (instance.isInstance(value) || boxed(instance).isInstance(value))) {
			return value;
		}
		if (instance == String.class) {
			return value.toString();
		}
		try {
			return EcoreUtil.createFromString((EDataType) type, value.toString());
		} catch (RuntimeException e) {
			throw new ToolException(feature.getName() + " cannot take '" + value + "'", e);
		}
	}

	private static Object number(Number number, Class<?> type) {
		Class<?> boxed = boxed(type);
		if (boxed == Integer.class) {
			return whole(number).intValue();
		}
		if (boxed == Long.class) {
			return whole(number);
		}
		if (boxed == Short.class) {
			return whole(number).shortValue();
		}
		if (boxed == Double.class) {
			return number.doubleValue();
		}
		if (boxed == Float.class) {
			return number.floatValue();
		}
		if (boxed == java.math.BigDecimal.class) {
			return new java.math.BigDecimal(number.toString());
		}
		return null;
	}

	private static Long whole(Number number) {
		double value = number.doubleValue();
		if (value != Math.rint(value)) {
			throw new ToolException(number + " is not a whole number");
		}
		return number.longValue();
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "int" -> Integer.class;
			case "long" -> Long.class;
			case "short" -> Short.class;
			case "double" -> Double.class;
			case "float" -> Float.class;
			case "boolean" -> Boolean.class;
			case "char" -> Character.class;
			case "byte" -> Byte.class;
			default -> type;
		};
	}
}
