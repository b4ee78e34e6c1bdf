package org.counterpart.diagram.expression;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.counterpart.model.Identified;
import org.counterpart.model.Indicator;
import org.counterpart.model.Marking;
import org.counterpart.model.Measurement;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The services expressions may call, by name. A service is registered with the number of arguments it takes, so
 * that a call with the wrong number is refused when its spec loads.
 * <p>
 * {@link #standard()} has the services every shipped spec may use:
 * <ul>
 * <li>{@code displayName()}: the label people read for the object, as in the explorer;</li>
 * <li>{@code banner()}: the classification banner of the object's marking, e.g. {@code UNCLASSIFIED};</li>
 * <li>{@code latestValue()}: an indicator's most recent measured value, or null;</li>
 * <li>{@code progress()}: an indicator's latest value against its target, e.g. {@code 12 / 20 %}, or
 * {@code no measurement / 20 %};</li>
 * <li>{@code size()}: how many objects a feature or expression gives (0 for null, 1 for one object);</li>
 * <li>{@code concat(a, b)}: the two values as text, joined;</li>
 * <li>{@code descendants(objects, 'reference')}: every object reachable from the given ones through the named
 * reference, transitively, without the given ones (e.g. all sub-objectives at any depth).</li>
 * </ul>
 */
public final class ExpressionServices {

	/** A registered service and its number of arguments. */
	public record Registration(String name, int arity, ExpressionService service) {
	}

	private static final ExpressionServices STANDARD = createStandard();

	private final Map<String, Registration> services = new ConcurrentHashMap<>();
	private volatile boolean frozen;

	/** An empty registry. */
	public ExpressionServices() {
	}

	/** A registry holding the same services as {@code base}, to which more can be added. */
	public ExpressionServices(ExpressionServices base) {
		services.putAll(base.services);
	}

	/** The shared registry of the standard services (see the class comment); add to a copy, not to it. */
	public static ExpressionServices standard() {
		return STANDARD;
	}

	/**
	 * Registers a service under {@code name}, replacing one of the same name.
	 *
	 * @throws IllegalArgumentException if the name is not a valid expression name or the arity is negative
	 */
	public ExpressionServices register(String name, int arity, ExpressionService service) {
		if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("Not a service name: " + name);
		}
		if (arity < 0) {
			throw new IllegalArgumentException("A service takes zero or more arguments, not " + arity);
		}
		if (frozen) {
			throw new IllegalStateException("The standard services cannot be changed; register into a copy");
		}
		services.put(name, new Registration(name, arity, service));
		return this;
	}

	/** The service registered under {@code name}. */
	public Optional<Registration> lookup(String name) {
		return Optional.ofNullable(services.get(name));
	}

	private static ExpressionServices createStandard() {
		ExpressionServices standard = new ExpressionServices();
		standard.register("displayName", 0, (self, arguments) -> ObjectLabels.labelOf(self));
		standard.register("banner", 0, (self, arguments) -> switch (self) {
			case Marking marking -> ObjectLabels.banner(marking);
			case Identified identified when identified.getMarking() != null -> ObjectLabels.banner(identified.getMarking());
			default -> null;
		});
		standard.register("latestValue", 0, (self, arguments) -> self instanceof Indicator indicator ? latestValue(indicator) : null);
		standard.register("progress", 0, (self, arguments) -> {
			if (!(self instanceof Indicator indicator)) {
				return null;
			}
			Double latest = latestValue(indicator);
			String unit = indicator.getUnit() == null || indicator.getUnit().isBlank() ? "" : " " + indicator.getUnit();
			return (latest == null ? "no measurement" : text(latest)) + " / " + text(indicator.getTarget()) + unit;
		});
		standard.register("size", 1, (self, arguments) -> {
			Object value = arguments.get(0);
			return value == null ? 0 : value instanceof Collection<?> collection ? collection.size() : 1;
		});
		standard.register("concat", 2, (self, arguments) -> text(arguments.get(0)) + text(arguments.get(1)));
		standard.register("descendants", 2, (self, arguments) -> descendants(arguments.get(0), String.valueOf(arguments.get(1))));
		standard.frozen = true;
		return standard;
	}

	private static List<Object> descendants(Object roots, String reference) {
		Set<Object> found = new LinkedHashSet<>();
		Deque<Object> pending = new ArrayDeque<>();
		addAll(pending, roots);
		while (!pending.isEmpty()) {
			if (pending.poll() instanceof EObject eObject
					&& eObject.eClass().getEStructuralFeature(reference) instanceof EReference feature) {
				Deque<Object> children = new ArrayDeque<>();
				addAll(children, eObject.eGet(feature));
				for (Object child : children) {
					if (found.add(child)) {
						pending.add(child);
					}
				}
			}
		}
		return List.copyOf(found);
	}

	private static void addAll(Deque<Object> into, Object value) {
		if (value instanceof Collection<?> collection) {
			collection.stream().filter(Objects::nonNull).forEach(into::add);
		} else if (value != null) {
			into.add(value);
		}
	}

	private static Double latestValue(Indicator indicator) {
		return indicator.getMeasurements().stream()
				.filter(measurement -> measurement.getDate() != null)
				.max(Comparator.comparing(Measurement::getDate, Comparator.<Date>naturalOrder()))
				.map(Measurement::getValue)
				.orElse(null);
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof Double number && number == Math.rint(number) && !number.isInfinite()
				? Long.toString(number.longValue())
				: String.valueOf(value);
	}

	/** The names of the registered services, sorted, for messages. */
	public List<String> names() {
		return services.keySet().stream().sorted().toList();
	}
}
