package org.counterpart.design.tests;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.design.CounterpartServices;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The three Sirius expression languages the {@code .odesign} may use, as Sirius reads them: {@code feature:name} (a
 * feature of the element, or one of the reflective {@code eContainer}, {@code eContents}, {@code eAllContents},
 * {@code eClass}, {@code eCrossReferences}), {@code var:name} (a variable) and {@code service:[receiver.]name[(var,
 * ...)]} (a public method of the service class taking the receiver, then the variables). Used to check the
 * {@code .odesign}'s expressions and to evaluate them on the demo country.
 */
final class SiriusExpressions {

	/** Sirius's own reflective names for {@code feature:}. */
	static final List<String> REFLECTIVE_FEATURES = List.of("eContainer", "eContents", "eAllContents", "eClass", "eCrossReferences");

	private static final Pattern FEATURE = Pattern.compile("feature:([A-Za-z_][A-Za-z0-9_]*)");
	private static final Pattern VARIABLE = Pattern.compile("var:([A-Za-z_][A-Za-z0-9_]*)");
	private static final Pattern SERVICE = Pattern.compile(
			"service:(?:([A-Za-z_][A-Za-z0-9_]*)\\.)?([A-Za-z_][A-Za-z0-9_]*)(?:\\(\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*)?\\s*\\))?");

	/** A parsed expression. */
	sealed interface Parsed permits Feature, Variable, Service {
	}

	record Feature(String name) implements Parsed {
	}

	record Variable(String name) implements Parsed {
	}

	record Service(String receiver, String name, List<String> arguments) implements Parsed {
	}

	private final CounterpartServices services = new CounterpartServices();

	/** The expression parsed, or empty when it is in none of the three languages. */
	static Optional<Parsed> parse(String expression) {
		Matcher matcher = FEATURE.matcher(expression);
		if (matcher.matches()) {
			return Optional.of(new Feature(matcher.group(1)));
		}
		matcher = VARIABLE.matcher(expression);
		if (matcher.matches()) {
			return Optional.of(new Variable(matcher.group(1)));
		}
		matcher = SERVICE.matcher(expression);
		if (matcher.matches()) {
			List<String> arguments = matcher.group(3) == null ? List.of()
					: Arrays.stream(matcher.group(3).split(",")).map(String::trim).toList();
			return Optional.of(new Service(matcher.group(1) == null ? "self" : matcher.group(1), matcher.group(2), arguments));
		}
		return Optional.empty();
	}

	/** The public methods of the service class Sirius could call as {@code service:name} with the given receiver class. */
	static List<Method> servicesFor(String name, int arguments, Class<?> receiver) {
		List<Method> found = new ArrayList<>();
		for (Method method : CounterpartServices.class.getMethods()) {
			if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
					&& method.getParameterCount() == arguments + 1
					&& method.getParameterTypes()[0].isAssignableFrom(receiver)) {
				found.add(method);
			}
		}
		return found;
	}

	/** Whether {@code feature:name} reads something of an object of {@code eClass}. */
	static boolean hasFeature(EClass eClass, String name) {
		return REFLECTIVE_FEATURES.contains(name) || eClass.getEStructuralFeature(name) != null;
	}

	/** Evaluates an expression on {@code self}; {@code variables} hold the others. */
	Object evaluate(String expression, EObject self, Map<String, Object> variables) {
		Parsed parsed = parse(expression).orElseThrow(() -> new IllegalArgumentException("Not a feature:, var: or service: expression: " + expression));
		return switch (parsed) {
			case Feature feature -> feature(self, feature.name());
			case Variable variable -> variable.name().equals("self") ? self : variable(variables, variable.name());
			case Service service -> service(service, self, variables);
		};
	}

	/** Evaluates an expression and gives its value as a list: empty for null, one element for a single value. */
	List<Object> evaluateMany(String expression, EObject self, Map<String, Object> variables) {
		Object value = evaluate(expression, self, variables);
		if (value == null) {
			return List.of();
		}
		return value instanceof Collection<?> collection ? List.copyOf(collection) : List.of(value);
	}

	/** Evaluates a predicate as Sirius does: true only for {@code Boolean.TRUE}. */
	boolean test(String expression, EObject self, Map<String, Object> variables) {
		return Boolean.TRUE.equals(evaluate(expression, self, variables));
	}

	private static Object feature(EObject self, String name) {
		return switch (name) {
			case "eContainer" -> self.eContainer();
			case "eContents" -> self.eContents();
			case "eAllContents" -> {
				List<EObject> all = new ArrayList<>();
				self.eAllContents().forEachRemaining(all::add);
				yield all;
			}
			case "eClass" -> self.eClass();
			case "eCrossReferences" -> self.eCrossReferences();
			default -> {
				EStructuralFeature feature = self.eClass().getEStructuralFeature(name);
				if (feature == null) {
					throw new IllegalArgumentException(self.eClass().getName() + " has no feature " + name);
				}
				yield self.eGet(feature);
			}
		};
	}

	private static Object variable(Map<String, Object> variables, String name) {
		if (!variables.containsKey(name)) {
			throw new IllegalArgumentException("No variable " + name + " among " + variables.keySet());
		}
		return variables.get(name);
	}

	private Object service(Service service, EObject self, Map<String, Object> variables) {
		Object receiver = service.receiver().equals("self") ? self : variable(variables, service.receiver());
		List<Object> arguments = new ArrayList<>();
		arguments.add(receiver);
		service.arguments().forEach(argument -> arguments.add(argument.equals("self") ? self : variable(variables, argument)));
		List<Method> candidates = servicesFor(service.name(), service.arguments().size(), receiver.getClass());
		if (candidates.size() != 1) {
			throw new IllegalArgumentException("service:" + service.name() + " on " + receiver.getClass().getSimpleName() + " matches " + candidates);
		}
		try {
			return candidates.get(0).invoke(services, arguments.toArray());
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		} catch (InvocationTargetException e) {
			throw new IllegalStateException("service:" + service.name() + " failed", e.getCause());
		}
	}
}
