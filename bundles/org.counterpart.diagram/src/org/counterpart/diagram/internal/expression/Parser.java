package org.counterpart.diagram.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.expression.ExpressionSyntaxException;
import org.counterpart.diagram.internal.expression.Node.Operator;

/**
 * Recursive-descent parser of the expression language. Grammar, loosest binding first:
 *
 * <pre>
 * expression := or
 * or         := and ('or' and)*
 * and        := not ('and' not)*
 * not        := 'not' not | comparison
 * comparison := path (('=' | '==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') path)?
 * path       := primary ('.' name)*
 * primary    := 'feature:' name | 'var:' name | 'service:' name '(' (expression (',' expression)*)? ')'
 *             | string | number | 'true' | 'false' | 'null' | '(' expression ')'
 * </pre>
 *
 * Strings are in single or double quotes, with backslash escapes of the quote, backslash, n and t. A number is
 * digits with an optional fraction and an optional leading minus.
 */
public final class Parser {
	/** The variables an expression may name. */
	public static final Set<String> VARIABLES = Set.of("self", "container", "diagram", "source", "target", "view", "input");

	/** Deeper nesting than this is refused rather than risking the stack. */
	private static final int MAX_DEPTH = 200;

	private final String text;
	private int index;
	private int depth;

	private Parser(String text) {
		this.text = text;
	}

	/**
	 * Parses an expression.
	 *
	 * @throws ExpressionSyntaxException when {@code text} is not an expression of the language
	 */
	public static Node parse(String text) {
		if (text == null) {
			throw new ExpressionSyntaxException("", 0, "No expression");
		}
		Parser parser = new Parser(text);
		parser.skipSpace();
		if (parser.atEnd()) {
			throw parser.error(0, "Empty expression");
		}
		Node node = parser.expression();
		parser.skipSpace();
		if (!parser.atEnd()) {
			throw parser.error(parser.index, "Unexpected '" + parser.text.charAt(parser.index) + "' after a complete expression");
		}
		return node;
	}

	private Node expression() {
		if (++depth > MAX_DEPTH) {
			throw error(index, "Expression nested more than " + MAX_DEPTH + " levels deep");
		}
		Node node = or();
		depth--;
		return node;
	}

	private Node or() {
		Node left = and();
		int at;
		while ((at = keyword("or")) >= 0) {
			left = new Node.Logical(false, left, and(), at);
		}
		return left;
	}

	private Node and() {
		Node left = not();
		int at;
		while ((at = keyword("and")) >= 0) {
			left = new Node.Logical(true, left, not(), at);
		}
		return left;
	}

	private Node not() {
		int at = keyword("not");
		if (at >= 0) {
			if (++depth > MAX_DEPTH) {
				throw error(at, "Expression nested more than " + MAX_DEPTH + " levels deep");
			}
			Node operand = not();
			depth--;
			return new Node.Not(operand, at);
		}
		return comparison();
	}

	private Node comparison() {
		Node left = path();
		skipSpace();
		int at = index;
		Operator operator = operator();
		if (operator == null) {
			return left;
		}
		Node right = path();
		skipSpace();
		if (operatorAhead()) {
			throw error(index, "Comparisons cannot be chained; use 'and' between them");
		}
		return new Node.Comparison(operator, left, right, at);
	}

	private Node path() {
		Node node = primary();
		while (true) {
			skipSpace();
			if (!peek('.')) {
				return node;
			}
			int at = index;
			index++;
			skipSpace();
			String name = name("a feature name after '.'");
			node = new Node.Navigation(node, name, at);
		}
	}

	private Node primary() {
		skipSpace();
		int at = index;
		if (atEnd()) {
			throw error(at, "Expression ends where a value was expected");
		}
		char c = text.charAt(index);
		if (c == '(') {
			index++;
			Node inner = expression();
			skipSpace();
			expect(')', "')' to close the '(' at position " + (at + 1));
			return inner;
		}
		if (c == '\'' || c == '"') {
			return new Node.Literal(string(), at);
		}
		if (isDigit(c) || c == '-' && index + 1 < text.length() && isDigit(text.charAt(index + 1))) {
			return new Node.Literal(number(), at);
		}
		if (isNameStart(c)) {
			String word = word();
			if (peek(':')) {
				index++;
				return prefixed(word, at);
			}
			switch (word) {
				case "true":
					return new Node.Literal(Boolean.TRUE, at);
				case "false":
					return new Node.Literal(Boolean.FALSE, at);
				case "null":
					return new Node.Literal(null, at);
				default:
					throw error(at, "Unknown name '" + word + "': write feature:" + word + ", var:" + word + " or a quoted string");
			}
		}
		throw error(at, "Unexpected '" + c + "' where a value was expected");
	}

	private Node prefixed(String prefix, int at) {
		switch (prefix) {
			case "feature":
				return new Node.Feature(name("a feature name after 'feature:'"), at);
			case "var":
				int nameAt = index;
				String variable = name("a variable name after 'var:'");
				if (!VARIABLES.contains(variable)) {
					throw error(nameAt, "Unknown variable '" + variable + "'; known are " + String.join(", ", VARIABLES.stream().sorted().toList()));
				}
				return new Node.Variable(variable, at);
			case "service":
				String service = name("a service name after 'service:'");
				skipSpace();
				expect('(', "'(' after the service name");
				List<Node> arguments = new ArrayList<>();
				skipSpace();
				if (!peek(')')) {
					do {
						arguments.add(expression());
						skipSpace();
					} while (consume(','));
				}
				expect(')', "')' or ',' in the arguments of service:" + service);
				return new Node.ServiceCall(service, List.copyOf(arguments), at);
			default:
				throw error(at, "Unknown prefix '" + prefix + ":'; use feature:, var: or service:");
		}
	}

	private String string() {
		char quote = text.charAt(index);
		int start = index++;
		StringBuilder value = new StringBuilder();
		while (!atEnd()) {
			char c = text.charAt(index++);
			if (c == quote) {
				return value.toString();
			}
			if (c == '\\') {
				if (atEnd()) {
					break;
				}
				char escaped = text.charAt(index++);
				switch (escaped) {
					case 'n' -> value.append('\n');
					case 't' -> value.append('\t');
					case '\\', '\'', '"' -> value.append(escaped);
					default -> throw error(index - 2, "Unknown escape '\\" + escaped + "' in a string");
				}
			} else {
				value.append(c);
			}
		}
		throw error(start, "String not closed: missing " + quote);
	}

	private Double number() {
		int start = index;
		if (peek('-')) {
			index++;
		}
		while (!atEnd() && isDigit(text.charAt(index))) {
			index++;
		}
		if (peek('.') && index + 1 < text.length() && isDigit(text.charAt(index + 1))) {
			index++;
			while (!atEnd() && isDigit(text.charAt(index))) {
				index++;
			}
		}
		if (!atEnd() && isNameStart(text.charAt(index))) {
			throw error(index, "A number cannot run into a name");
		}
		return Double.valueOf(text.substring(start, index));
	}

	private Operator operator() {
		if (atEnd()) {
			return null;
		}
		char c = text.charAt(index);
		char next = index + 1 < text.length() ? text.charAt(index + 1) : 0;
		switch (c) {
			case '=':
				index += next == '=' ? 2 : 1;
				return Operator.EQUAL;
			case '!':
				if (next != '=') {
					throw error(index, "'!' alone is not an operator; write != or not");
				}
				index += 2;
				return Operator.NOT_EQUAL;
			case '<':
				index += next == '=' ? 2 : 1;
				return next == '=' ? Operator.LESS_OR_EQUAL : Operator.LESS;
			case '>':
				index += next == '=' ? 2 : 1;
				return next == '=' ? Operator.GREATER_OR_EQUAL : Operator.GREATER;
			default:
				return null;
		}
	}

	private boolean operatorAhead() {
		if (atEnd()) {
			return false;
		}
		char c = text.charAt(index);
		return c == '=' || c == '!' || c == '<' || c == '>';
	}

	/** Consumes the keyword if it comes next as a whole word, and returns where it started, or -1. */
	private int keyword(String keyword) {
		skipSpace();
		int end = index + keyword.length();
		if (text.startsWith(keyword, index) && (end == text.length() || !isNamePart(text.charAt(end)))) {
			int at = index;
			index = end;
			return at;
		}
		return -1;
	}

	private String name(String expected) {
		if (atEnd() || !isNameStart(text.charAt(index))) {
			throw error(index, "Expected " + expected);
		}
		return word();
	}

	private String word() {
		int start = index;
		while (!atEnd() && isNamePart(text.charAt(index))) {
			index++;
		}
		return text.substring(start, index);
	}

	private void expect(char c, String expected) {
		if (!consume(c)) {
			throw error(index, atEnd() ? "Expression ends where " + expected + " was expected" : "Expected " + expected);
		}
	}

	private boolean consume(char c) {
		skipSpace();
		if (peek(c)) {
			index++;
			return true;
		}
		return false;
	}

	private boolean peek(char c) {
		return !atEnd() && text.charAt(index) == c;
	}

	private void skipSpace() {
		while (!atEnd() && Character.isWhitespace(text.charAt(index))) {
			index++;
		}
	}

	private boolean atEnd() {
		return index >= text.length();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isNameStart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean isNamePart(char c) {
		return isNameStart(c) || isDigit(c);
	}

	private ExpressionSyntaxException error(int position, String reason) {
		return new ExpressionSyntaxException(text, position, reason);
	}
}
