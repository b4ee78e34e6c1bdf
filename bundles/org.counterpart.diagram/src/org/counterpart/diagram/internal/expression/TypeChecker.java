package org.counterpart.diagram.internal.expression;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.expression.ExpressionServices.Registration;
import org.counterpart.diagram.expression.ExpressionTypeException;
import org.counterpart.diagram.internal.expression.StaticType.Kind;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Checks an expression against the classes it will run on, before it runs: every feature exists on the class it is
 * taken of, every variable is one the spec element provides, every service exists and gets its number of arguments,
 * comparisons compare comparable values (and an enumeration only with one of its values), {@code and}, {@code or}
 * and {@code not} get booleans, and the result is of the kind the spec element needs. What it cannot know (the
 * result of a service, an object of no declared class) it lets through, for the evaluation to decide.
 */
public final class TypeChecker {
	private final String text;
	private final Map<String, StaticType> variables;
	private final ExpressionServices services;

	/**
	 * @param text the expression, for messages
	 * @param variables the variables available, with the type of their value
	 * @param services the services expressions may call
	 */
	public TypeChecker(String text, Map<String, StaticType> variables, ExpressionServices services) {
		this.text = text;
		this.variables = variables;
		this.services = services;
	}

	/**
	 * Checks {@code root} and that its result is of kind {@code expected} (or any kind for {@link Kind#UNKNOWN}).
	 *
	 * @return the type of the result
	 * @throws ExpressionTypeException at the first problem
	 */
	public StaticType check(Node root, Kind expected) {
		StaticType type = type(root);
		if (expected != Kind.UNKNOWN && type.isKnown() && type.kind() != Kind.NULL
				&& (type.kind() != expected || expected != Kind.OBJECT && type.many())) {
			throw error(root, "Expected " + article(expected) + " here, but this gives " + type.describe());
		}
		return type;
	}

	private static String article(Kind kind) {
		return switch (kind) {
			case BOOLEAN -> "true or false";
			case NUMBER -> "a number";
			case OBJECT -> "objects";
			case STRING -> "a string";
			default -> kind.name().toLowerCase();
		};
	}

	private StaticType type(Node node) {
		return switch (node) {
			case Node.Literal literal -> literal(literal.value());
			case Node.Variable variable -> variable(variable);
			case Node.Feature feature -> navigate(variableType("self"), feature.name(), feature);
			case Node.Navigation navigation -> navigate(type(navigation.target()), navigation.feature(), navigation);
			case Node.ServiceCall call -> call(call);
			case Node.Comparison comparison -> comparison(comparison);
			case Node.Logical logical -> {
				bool(logical.left(), logical.conjunction() ? "and" : "or");
				bool(logical.right(), logical.conjunction() ? "and" : "or");
				yield StaticType.BOOLEAN;
			}
			case Node.Not not -> {
				bool(not.operand(), "not");
				yield StaticType.BOOLEAN;
			}
		};
	}

	private static StaticType literal(Object value) {
		return switch (value) {
			case null -> StaticType.NULL;
			case Boolean bool -> StaticType.BOOLEAN;
			case Number number -> StaticType.NUMBER;
			default -> StaticType.STRING;
		};
	}

	private StaticType variableType(String name) {
		return variables.getOrDefault(name, StaticType.UNKNOWN);
	}

	private StaticType variable(Node.Variable variable) {
		if (!variables.containsKey(variable.name())) {
			throw error(variable, "var:" + variable.name() + " has no value here; available: "
					+ String.join(", ", new TreeSet<>(variables.keySet()).stream().map(name -> "var:" + name).toList()));
		}
		return variableType(variable.name());
	}

	private StaticType navigate(StaticType base, String name, Node at) {
		switch (base.kind()) {
			case UNKNOWN:
				return StaticType.UNKNOWN;
			case OBJECT:
				if (Evaluator.CONTAINER_FEATURE.equals(name)) {
					return new StaticType(Kind.OBJECT, null, base.many());
				}
				if (base.classifier() == null) {
					return StaticType.UNKNOWN;
				}
				EClass eClass = (EClass)base.classifier();
				EStructuralFeature feature = eClass.getEStructuralFeature(name);
				if (feature == null) {
					Set<String> known = new TreeSet<>();
					eClass.getEAllStructuralFeatures().forEach(each -> known.add(each.getName()));
					throw error(at, eClass.getName() + " has no feature '" + name + "'; it has " + String.join(", ", known));
				}
				return StaticType.of(feature, base.many());
			default:
				throw error(at, "Cannot take ." + name + " of " + base.describe());
		}
	}

	private StaticType call(Node.ServiceCall call) {
		Registration registration = services.lookup(call.name()).orElseThrow(
				() -> error(call, "No service '" + call.name() + "'; known are " + String.join(", ", services.names())));
		if (registration.arity() != call.arguments().size()) {
			throw error(call, "service:" + call.name() + " takes " + registration.arity() + " argument"
					+ (registration.arity() == 1 ? "" : "s") + ", not " + call.arguments().size());
		}
		call.arguments().forEach(this::type);
		return StaticType.UNKNOWN;
	}

	private StaticType comparison(Node.Comparison comparison) {
		StaticType left = type(comparison.left());
		StaticType right = type(comparison.right());
		if (left.kind() == Kind.ENUM && !left.many()) {
			enumLiteral((EEnum)left.classifier(), comparison.right());
		}
		if (right.kind() == Kind.ENUM && !right.many()) {
			enumLiteral((EEnum)right.classifier(), comparison.left());
		}
		if (comparison.operator().isOrdering()) {
			for (StaticType side : new StaticType[] {left, right}) {
				if (side.many() || side.kind() == Kind.BOOLEAN || side.kind() == Kind.OBJECT) {
					throw error(comparison, "Cannot order " + side.describe() + " with " + comparison.operator().symbol());
				}
			}
		}
		if (left.isKnown() && right.isKnown() && left.kind() != Kind.NULL && right.kind() != Kind.NULL
				&& !comparable(left, right)) {
			throw error(comparison, "Cannot compare " + left.describe() + " with " + right.describe());
		}
		return StaticType.BOOLEAN;
	}

	private static boolean comparable(StaticType left, StaticType right) {
		if (left.many() != right.many()) {
			return false;
		}
		if (left.kind() == right.kind()) {
			return left.kind() != Kind.ENUM || left.classifier() == right.classifier();
		}
		return left.kind() == Kind.ENUM && right.kind() == Kind.STRING || left.kind() == Kind.STRING && right.kind() == Kind.ENUM;
	}

	/** An enumeration compared with a string literal: the literal must name one of its values. */
	private void enumLiteral(EEnum eEnum, Node other) {
		if (other instanceof Node.Literal literal && literal.value() instanceof String value
				&& eEnum.getEEnumLiteral(value) == null && eEnum.getEEnumLiteralByLiteral(value) == null) {
			throw error(other, "'" + value + "' is not a value of " + eEnum.getName() + "; its values are "
					+ String.join(", ", eEnum.getELiterals().stream().map(literalValue -> literalValue.getName()).toList()));
		}
	}

	private void bool(Node operand, String operator) {
		StaticType type = type(operand);
		if (type.isKnown() && type.kind() != Kind.NULL && (type.kind() != Kind.BOOLEAN || type.many())) {
			throw error(operand, "'" + operator + "' needs true or false, but this gives " + type.describe());
		}
	}

	private ExpressionTypeException error(Node at, String reason) {
		return new ExpressionTypeException(text, at.position(), reason);
	}
}
