package org.counterpart.diagram;

import java.util.Collections;
import java.util.Map;

import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.spec.RepresentationSpec;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A representation spec that loaded and passed every check, with each of its expressions parsed once, and the
 * classes of the domain model it names.
 */
public final class LoadedSpec {
	private final String file;
	private final RepresentationSpec spec;
	private final Map<EObject, Map<EAttribute, Expression>> expressions;

	public LoadedSpec(String file, RepresentationSpec spec, Map<EObject, Map<EAttribute, Expression>> expressions) {
		this.file = file;
		this.spec = spec;
		this.expressions = expressions;
	}

	/** Where the spec was loaded from. */
	public String file() {
		return file;
	}

	public RepresentationSpec spec() {
		return spec;
	}

	/** The spec's name, e.g. {@code institutionChart}. */
	public String name() {
		return spec.getName();
	}

	/**
	 * The parsed expression of an element of this spec.
	 *
	 * @param element an element of {@link #spec()}
	 * @param attribute one of its expression attributes, e.g. {@code SpecPackage.Literals.MAPPING__PRECONDITION}
	 * @return the expression, or null when the element leaves it empty
	 */
	public Expression expression(EObject element, EAttribute attribute) {
		return expressions.getOrDefault(element, Collections.emptyMap()).get(attribute);
	}

	/** How many expressions the spec has. */
	public int expressionCount() {
		return expressions.values().stream().mapToInt(Map::size).sum();
	}
}
