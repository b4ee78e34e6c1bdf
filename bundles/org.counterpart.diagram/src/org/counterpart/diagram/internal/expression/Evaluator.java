package org.counterpart.diagram.internal.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.ExpressionEvaluationException;
import org.counterpart.diagram.expression.ExpressionServices.Registration;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Evaluates a syntax tree on EMF objects, by reflection. */
public final class Evaluator {
	/** A navigation name every object has: the object that contains it. */
	public static final String CONTAINER_FEATURE = "eContainer";

	private final String text;
	private final EvaluationContext context;

	public Evaluator(String text, EvaluationContext context) {
		this.text = text;
		this.context = context;
	}

	public Object evaluate(Node node) {
		return switch (node) {
			case Node.Literal literal -> literal.value();
			case Node.Variable variable -> variable(variable.name());
			case Node.Feature feature -> navigate(context.self(), feature.name());
			case Node.Navigation navigation -> navigate(evaluate(navigation.target()), navigation.feature());
			case Node.ServiceCall call -> call(call);
			case Node.Comparison comparison -> compare(comparison.operator(), evaluate(comparison.left()), evaluate(comparison.right()));
			case Node.Logical logical -> logical(logical);
			case Node.Not not -> !truth(evaluate(not.operand()), "not");
		};
	}

	private Object variable(String name) {
		if (!context.isBound(name)) {
			throw new ExpressionEvaluationException(text, "var:" + name + " has no value here");
		}
		return context.get(name);
	}

	private Object navigate(Object value, String name) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> collection) {
			List<Object> result = new ArrayList<>();
			for (Object element : collection) {
				Object navigated = navigate(element, name);
				if (navigated instanceof Collection<?> many) {
					result.addAll(many);
				} else if (navigated != null) {
					result.add(navigated);
				}
			}
			return Collections.unmodifiableList(result);
		}
		if (value instanceof EObject eObject) {
			if (CONTAINER_FEATURE.equals(name)) {
				context.reads().container(eObject);
				return eObject.eContainer();
			}
			EStructuralFeature feature = eObject.eClass().getEStructuralFeature(name);
			if (feature == null) {
				throw new ExpressionEvaluationException(text, eObject.eClass().getName() + " has no feature '" + name + "'");
			}
			if (feature.isDerived()) {
				// a derived value may depend on anything around the object, its containers' values included
				context.reads().contents(EcoreUtil.getRootContainer(eObject));
			} else {
				context.reads().feature(eObject, feature);
			}
			Object featureValue = eObject.eGet(feature);
			if (featureValue instanceof Collection<?> many) {
				return List.copyOf(many);
			}
			return featureValue instanceof Number number && !(number instanceof Double) ? Double.valueOf(number.doubleValue()) : featureValue;
		}
		throw new ExpressionEvaluationException(text, "Cannot take ." + name + " of " + describe(value));
	}

	private Object call(Node.ServiceCall call) {
		Registration registration = context.services().lookup(call.name())
				.orElseThrow(() -> new ExpressionEvaluationException(text, "No service '" + call.name() + "'"));
		if (registration.arity() != call.arguments().size()) {
			throw new ExpressionEvaluationException(text, "service:" + call.name() + " takes " + registration.arity() + " arguments, not " + call.arguments().size());
		}
		List<Object> arguments = new ArrayList<>(call.arguments().size());
		for (Node argument : call.arguments()) {
			arguments.add(evaluate(argument));
		}
		reportContents(context.self());
		arguments.forEach(this::reportContents);
		try {
			Object result = registration.service().invoke(context.self(), Collections.unmodifiableList(arguments));
			return result instanceof Number number && !(number instanceof Double) ? Double.valueOf(number.doubleValue()) : result;
		} catch (RuntimeException e) {
			throw new ExpressionEvaluationException(text, "service:" + call.name() + " failed: " + e.getMessage(), e);
		}
	}

	private void reportContents(Object value) {
		if (value instanceof EObject eObject) {
			context.reads().contents(eObject);
		} else if (value instanceof Collection<?> collection) {
			collection.forEach(this::reportContents);
		}
	}

	private Object logical(Node.Logical logical) {
		String operator = logical.conjunction() ? "and" : "or";
		boolean left = truth(evaluate(logical.left()), operator);
		if (logical.conjunction() != left) {
			return left; // false and ..., true or ...: decided without the right side
		}
		return truth(evaluate(logical.right()), operator);
	}

	private boolean truth(Object value, String operator) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value == null) {
			return false;
		}
		throw new ExpressionEvaluationException(text, "'" + operator + "' needs true or false, got " + describe(value));
	}

	private boolean compare(Node.Operator operator, Object left, Object right) {
		return switch (operator) {
			case EQUAL -> equal(left, right);
			case NOT_EQUAL -> !equal(left, right);
			default -> order(operator, left, right);
		};
	}

	static boolean equal(Object left, Object right) {
		if (left instanceof Number a && right instanceof Number b) {
			return a.doubleValue() == b.doubleValue();
		}
		if (left instanceof Enumerator enumerator && right instanceof String string) {
			return matches(enumerator, string);
		}
		if (right instanceof Enumerator enumerator && left instanceof String string) {
			return matches(enumerator, string);
		}
		return Objects.equals(left, right);
	}

	private static boolean matches(Enumerator enumerator, String string) {
		return enumerator.getName().equals(string) || enumerator.getLiteral().equals(string);
	}

	private boolean order(Node.Operator operator, Object left, Object right) {
		if (left == null || right == null) {
			return false; // an unset value is neither more nor less than anything
		}
		int comparison;
		if (left instanceof Number a && right instanceof Number b) {
			comparison = Double.compare(a.doubleValue(), b.doubleValue());
		} else if (left instanceof String a && right instanceof String b) {
			comparison = a.compareTo(b);
		} else if (left instanceof Date a && right instanceof Date b) {
			comparison = a.compareTo(b);
		} else if (left instanceof Enumerator a && right instanceof Enumerator b && a.getClass() == b.getClass()) {
			comparison = Integer.compare(a.getValue(), b.getValue());
		} else {
			throw new ExpressionEvaluationException(text, "Cannot compare " + describe(left) + " " + operator.symbol() + " " + describe(right));
		}
		return switch (operator) {
			case LESS -> comparison < 0;
			case LESS_OR_EQUAL -> comparison <= 0;
			case GREATER -> comparison > 0;
			default -> comparison >= 0;
		};
	}

	/** A value's kind for messages, without its content (which may be sensitive). */
	public static String describe(Object value) {
		return switch (value) {
			case null -> "null";
			case String string -> "a string";
			case Number number -> "a number";
			case Boolean bool -> "a boolean";
			case Date date -> "a date";
			case Collection<?> collection -> "a list";
			case Enumerator enumerator -> "a value of " + enumerator.getClass().getSimpleName();
			case EObject eObject -> "a " + eObject.eClass().getName();
			default -> "a " + value.getClass().getSimpleName();
		};
	}
}
