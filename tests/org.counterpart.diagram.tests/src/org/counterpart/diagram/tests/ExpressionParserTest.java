package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.internal.expression.Node;
import org.counterpart.diagram.internal.expression.Node.Comparison;
import org.counterpart.diagram.internal.expression.Node.Feature;
import org.counterpart.diagram.internal.expression.Node.Literal;
import org.counterpart.diagram.internal.expression.Node.Logical;
import org.counterpart.diagram.internal.expression.Node.Navigation;
import org.counterpart.diagram.internal.expression.Node.Not;
import org.counterpart.diagram.internal.expression.Node.Operator;
import org.counterpart.diagram.internal.expression.Node.ServiceCall;
import org.counterpart.diagram.internal.expression.Node.Variable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every construct of the expression language parses to the tree it means, with the precedence it documents. */
class ExpressionParserTest {

	private static Node parse(String text) {
		return Expression.parse(text).root();
	}

	/** A compact rendering of a tree, fully parenthesised, to compare structure. */
	private static String shape(Node node) {
		return switch (node) {
			case Literal literal -> literal.value() instanceof String s ? "'" + s + "'" : String.valueOf(literal.value());
			case Variable variable -> "var:" + variable.name();
			case Feature feature -> "feature:" + feature.name();
			case ServiceCall call -> "service:" + call.name() + "(" + String.join(", ", call.arguments().stream().map(ExpressionParserTest::shape).toList()) + ")";
			case Navigation navigation -> shape(navigation.target()) + "." + navigation.feature();
			case Comparison comparison -> "(" + shape(comparison.left()) + " " + comparison.operator().symbol() + " " + shape(comparison.right()) + ")";
			case Logical logical -> "(" + shape(logical.left()) + (logical.conjunction() ? " and " : " or ") + shape(logical.right()) + ")";
			case Not not -> "(not " + shape(not.operand()) + ")";
		};
	}

	@Test
	void featureVariableAndService() {
		assertEquals(new Feature("name", 0), parse("feature:name"));
		assertEquals(new Variable("self", 0), parse("var:self"));
		for (String variable : List.of("self", "container", "diagram", "source", "target", "view", "input")) {
			assertEquals(new Variable(variable, 2), parse("  var:" + variable + " "));
		}
		ServiceCall call = assertInstanceOf(ServiceCall.class, parse("service:displayName()"));
		assertEquals("displayName", call.name());
		assertEquals(List.of(), call.arguments());
		assertEquals("service:concat(feature:a, 'b')", shape(parse("service:concat( feature:a ,'b' )")));
		assertEquals("service:f(service:g(1.0), (var:self = null))", shape(parse("service:f(service:g(1), var:self = null)")));
	}

	@Test
	void dottedNavigation() {
		Navigation navigation = assertInstanceOf(Navigation.class, parse("var:self.affiliation.name"));
		assertEquals("name", navigation.feature());
		assertEquals(new Navigation(new Variable("self", 0), "affiliation", 8), navigation.target());
		assertEquals("feature:objectives.subObjectives.title", shape(parse("feature:objectives . subObjectives .title")));
		assertEquals("service:descendants(feature:objectives, 'subObjectives').indicators",
				shape(parse("service:descendants(feature:objectives, 'subObjectives').indicators")));
		assertEquals("var:self.x", shape(parse("(var:self).x")));
	}

	@Test
	void literals() {
		assertEquals("it's", ((Literal)parse("'it\\'s'")).value());
		assertEquals("say \"hi\"\n\t\\", ((Literal)parse("\"say \\\"hi\\\"\\n\\t\\\\\"")).value());
		assertEquals("", ((Literal)parse("''")).value());
		assertEquals(42.0, ((Literal)parse("42")).value());
		assertEquals(-3.25, ((Literal)parse("-3.25")).value());
		assertEquals(0.5, ((Literal)parse("0.5")).value());
		assertEquals(Boolean.TRUE, ((Literal)parse("true")).value());
		assertEquals(Boolean.FALSE, ((Literal)parse("false")).value());
		assertNull(((Literal)parse("null")).value());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"feature:a = 1 | =", "feature:a == 1 | =", "feature:a != 1 | !=", "feature:a < 1 | <",
		"feature:a <= 1 | <=", "feature:a > 1 | >", "feature:a >= 1 | >=", "feature:a>=1 | >=" })
	void comparisons(String text, String symbol) {
		Comparison comparison = assertInstanceOf(Comparison.class, parse(text));
		assertEquals(symbol, comparison.operator().symbol());
		assertEquals(new Feature("a", text.indexOf("feature")), comparison.left());
		assertEquals(1.0, ((Literal)comparison.right()).value());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
		// and binds tighter than or, not tighter than and, comparison tighter than not; both are left-associative
		"feature:a or feature:b and feature:c | (feature:a or (feature:b and feature:c))",
		"feature:a and feature:b or feature:c | ((feature:a and feature:b) or feature:c)",
		"feature:a or feature:b or feature:c | ((feature:a or feature:b) or feature:c)",
		"feature:a and feature:b and feature:c | ((feature:a and feature:b) and feature:c)",
		"not feature:a and feature:b | ((not feature:a) and feature:b)",
		"not feature:a = feature:b | (not (feature:a = feature:b))",
		"not not feature:a | (not (not feature:a))",
		"not (feature:a or feature:b) and feature:c | ((not (feature:a or feature:b)) and feature:c)",
		"(feature:a or feature:b) and feature:c | ((feature:a or feature:b) and feature:c)",
		"feature:x = 1 or feature:y != 'z' and not feature:w | ((feature:x = 1.0) or ((feature:y != 'z') and (not feature:w)))",
		"feature:a.b < feature:c.d | (feature:a.b < feature:c.d)",
		"((feature:a)) | feature:a" })
	void precedence(String text, String expected) {
		assertEquals(expected, shape(parse(text)));
	}

	@Test
	void keywordsNeedWordBoundaries() {
		// "order" and "android" contain keywords; as feature names they must stay names.
		assertEquals("(feature:order = feature:android)", shape(parse("feature:order = feature:android")));
		assertEquals("(not feature:a)", shape(parse("not(feature:a)")));
	}

	@Test
	void positionsPointAtTheConstruct() {
		Logical or = assertInstanceOf(Logical.class, parse("feature:a  or feature:b"));
		assertEquals(11, or.position());
		Comparison comparison = assertInstanceOf(Comparison.class, parse("feature:a   >= 2"));
		assertEquals(Operator.GREATER_OR_EQUAL, comparison.operator());
		assertEquals(12, comparison.position());
	}
}
