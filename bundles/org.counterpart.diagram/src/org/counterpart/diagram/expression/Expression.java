package org.counterpart.diagram.expression;

import java.util.Collection;
import java.util.List;

import org.counterpart.diagram.internal.expression.Evaluator;
import org.counterpart.diagram.internal.expression.Node;
import org.counterpart.diagram.internal.expression.Parser;

/**
 * A parsed expression of the spec language, ready to be evaluated many times. Immutable and safe to share.
 * <p>
 * The language: {@code feature:name} (a feature of {@code var:self}), {@code var:self}, {@code var:container},
 * {@code var:diagram}, {@code var:source}, {@code var:target}, {@code var:view}, {@code var:input},
 * {@code service:name(args)} (a Java service called on {@code var:self}), dotted navigation
 * ({@code var:self.affiliation.name}; over a list it gives the list of the features of its elements),
 * comparisons ({@code = != < <= > >=}), {@code and}, {@code or}, {@code not}, string ({@code 'a'} or {@code "a"}),
 * number, {@code true}, {@code false} and {@code null} literals, and parentheses. An enumeration value equals a
 * string that is its name or literal ({@code feature:disposition = 'SUPPORTIVE'}).
 */
public final class Expression {
	private final String text;
	private final Node root;

	private Expression(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * Parses an expression.
	 *
	 * @throws ExpressionSyntaxException if {@code text} is not an expression of the language
	 */
	public static Expression parse(String text) {
		return new Expression(text, Parser.parse(text));
	}

	/** The expression as written. */
	public String text() {
		return text;
	}

	/** The syntax tree, for the checks and tools of this bundle. */
	public Node root() {
		return root;
	}

	/**
	 * Evaluates the expression.
	 *
	 * @return an object, a {@link String}, a {@link Number}, a {@link Boolean}, an unmodifiable {@link List} or null
	 * @throws ExpressionEvaluationException if it cannot be evaluated on these objects
	 */
	public Object evaluate(EvaluationContext context) {
		return new Evaluator(text, context).evaluate(root);
	}

	/** Evaluates a predicate: true only for {@link Boolean#TRUE}; false for null. */
	public boolean test(EvaluationContext context) {
		Object value = evaluate(context);
		if (value == null || value instanceof Boolean) {
			return Boolean.TRUE.equals(value);
		}
		throw new ExpressionEvaluationException(text, "Expected true or false, got " + Evaluator.describe(value));
	}

	/** Evaluates to a list: empty for null, one element for a single value. */
	public List<Object> evaluateAll(EvaluationContext context) {
		Object value = evaluate(context);
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return List.copyOf(collection.stream().filter(element -> element != null).toList());
		}
		return List.of(value);
	}

	@Override
	public String toString() {
		return text;
	}
}
