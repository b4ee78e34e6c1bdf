package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionEvaluationException;
import org.counterpart.diagram.expression.ExpressionException;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.expression.ExpressionSyntaxException;
import org.counterpart.diagram.expression.ExpressionTypeException;
import org.counterpart.diagram.internal.expression.StaticType;
import org.counterpart.diagram.internal.expression.StaticType.Kind;
import org.counterpart.diagram.internal.expression.TypeChecker;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.tests.harness.SeededRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed expressions give our error, with the reason and a caret at the offending place, and nothing else. */
class ExpressionErrorTest {

	private static final Theater THEATER = new DemoCountryGenerator(7, 1).generate();

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
		"\"\" | 0 | Empty expression",
		"\"   \" | 0 | Empty expression",
		"feature: | 8 | Expected a feature name after 'feature:'",
		"feature:1abc | 8 | Expected a feature name",
		"var:me | 4 | Unknown variable 'me'",
		"vr:self | 0 | Unknown prefix 'vr:'",
		"name | 0 | Unknown name 'name': write feature:name",
		"feature:a = | 11 | Expression ends where a value was expected",
		"feature:a = = 1 | 12 | Unexpected '='",
		"feature:a ! 1 | 10 | '!' alone is not an operator",
		"feature:a = 1 = 2 | 14 | Comparisons cannot be chained",
		"(feature:a | 10 | ')' to close the '(' at position 1",
		"feature:a) | 9 | Unexpected ')' after a complete expression",
		"'open | 0 | String not closed",
		"'bad \\q' | 5 | Unknown escape",
		"service:f( | 10 | Expression ends where a value was expected",
		"service:f(1 | 11 | ')' or ','",
		"service:f | 9 | '(' after the service name",
		"feature:a. | 10 | Expected a feature name after '.'",
		"12abc | 2 | A number cannot run into a name",
		"feature:a and | 13 | Expression ends where a value was expected",
		"not | 3 | Expression ends where a value was expected",
		"feature:a # 1 | 10 | Unexpected '#' after a complete expression",
		"feature:a or or | 13 | Unknown name 'or'" })
	void syntaxErrorsSayWhatAndWhere(String text, int position, String reason) {
		ExpressionSyntaxException error = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(text));
		assertEquals(position, error.position(), error.getMessage());
		assertTrue(error.reason().contains(reason), error.getMessage());
		assertEquals(text, error.text());
		// The message shows the expression and a caret under the position.
		String[] lines = error.getMessage().split("\n");
		assertEquals("  " + text, lines[1]);
		assertEquals("  " + " ".repeat(position) + "^", lines[2]);
	}

	@Test
	void nullAndDeepNesting() {
		assertThrows(ExpressionSyntaxException.class, () -> Expression.parse(null));
		ExpressionSyntaxException deep = assertThrows(ExpressionSyntaxException.class, () -> Expression.parse("(".repeat(5000) + "1" + ")".repeat(5000)));
		assertTrue(deep.reason().contains("nested more than"), deep.getMessage());
		assertThrows(ExpressionSyntaxException.class, () -> Expression.parse("not ".repeat(5000) + "true"));
		assertEquals(true, Expression.parse("(".repeat(100) + "true" + ")".repeat(100)).evaluate(new EvaluationContext(null)));
	}

	private static final String[] PIECES = { "feature:", "var:", "service:", "self", "name", "affiliation", "contacts", "institutions",
		"strength", "kind", "displayName", "size", "concat", ".", "(", ")", ",", "=", "==", "!=", "!", "<", "<=", ">", ">=",
		" and ", " or ", "not ", "true", "false", "null", "'", "\"", "\\", "1", "-2.5", "0", " ", "\t", "\n", "x", "é", "#", ":",
		"'SUPPORTIVE'", "feature:disposition", "var:self", "var:diagram", "service:displayName()" };

	/**
	 * Random garbage built from the language's own pieces and stray characters: parsing gives a tree or our syntax
	 * error; checking a tree gives our type error or passes; evaluating a checked tree on demo objects gives a value
	 * or our evaluation error. No other exception, ever.
	 */
	@Test
	void garbageNeverEscapesOurErrors() {
		SeededRuns.check(getClass(), "garbageNeverEscapesOurErrors", 300, random -> {
			for (int i = 0; i < 20; i++) {
				String text = garbage(random);
				Expression expression;
				try {
					expression = Expression.parse(text);
				} catch (ExpressionSyntaxException e) {
					assertTrue(e.position() >= 0 && e.position() <= text.length(), "position in range for " + text);
					assertTrue(e.getMessage().contains("^"), e.getMessage());
					continue;
				}
				var contact = THEATER.getContacts().get(random.nextInt(THEATER.getContacts().size()));
				try {
					new TypeChecker(text, Map.of("self", StaticType.object(CounterpartPackage.Literals.CONTACT),
							"diagram", StaticType.object(CounterpartPackage.Literals.THEATER)), ExpressionServices.standard())
							.check(expression.root(), Kind.UNKNOWN);
				} catch (ExpressionTypeException e) {
					continue;
				}
				try {
					expression.evaluate(new EvaluationContext(contact).with("diagram", THEATER));
				} catch (ExpressionEvaluationException e) {
					// allowed: e.g. comparing values the checker could not know
				}
			}
		});
	}

	private static String garbage(Random random) {
		StringBuilder text = new StringBuilder();
		int pieces = 1 + random.nextInt(12);
		for (int i = 0; i < pieces; i++) {
			if (random.nextInt(8) == 0) {
				text.append((char)(32 + random.nextInt(95)));
			} else {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
		}
		return text.toString();
	}

	@Test
	void ourErrorsShareOneType() {
		ExpressionException syntax = assertThrows(ExpressionException.class, () -> Expression.parse("feature:"));
		assertInstanceOf(ExpressionSyntaxException.class, syntax);
	}

	private static <T> T assertInstanceOf(Class<T> type, Object value) {
		return org.junit.jupiter.api.Assertions.assertInstanceOf(type, value);
	}
}
