package org.counterpart.diagram.internal.expression;

import java.util.List;

/** The syntax tree of an expression. Every node knows where in the text it starts, for messages. */
public sealed interface Node {

	/** Where the node starts in the expression's text, 0-based. */
	int position();

	/** A string, number ({@link Double}), boolean or null literal. */
	record Literal(Object value, int position) implements Node {
	}

	/** {@code var:name}. */
	record Variable(String name, int position) implements Node {
	}

	/** {@code feature:name}: a feature of {@code var:self}. */
	record Feature(String name, int position) implements Node {
	}

	/** {@code service:name(args)}, called on {@code var:self}. */
	record ServiceCall(String name, List<Node> arguments, int position) implements Node {
	}

	/** {@code target.name}: a feature of each object {@code target} gives. */
	record Navigation(Node target, String feature, int position) implements Node {
	}

	/** {@code left op right}. */
	record Comparison(Operator operator, Node left, Node right, int position) implements Node {
	}

	/** {@code left and right}, {@code left or right}. */
	record Logical(boolean conjunction, Node left, Node right, int position) implements Node {
	}

	/** {@code not operand}. */
	record Not(Node operand, int position) implements Node {
	}

	/** The comparison operators. */
	enum Operator {
		EQUAL("="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		public boolean isOrdering() {
			return this != EQUAL && this != NOT_EQUAL;
		}
	}
}
