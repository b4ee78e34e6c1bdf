package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.expression.ExpressionTypeException;
import org.counterpart.diagram.internal.expression.StaticType;
import org.counterpart.diagram.internal.expression.StaticType.Kind;
import org.counterpart.diagram.internal.expression.TypeChecker;
import org.counterpart.model.CounterpartPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions that cannot work on the classes they run on are refused before they run, with the place. */
class ExpressionTypeCheckTest {

	private static final Map<String, StaticType> CONTACT_SCOPE = Map.of(
			"self", StaticType.object(CounterpartPackage.Literals.CONTACT),
			"diagram", StaticType.object(CounterpartPackage.Literals.THEATER),
			"input", StaticType.STRING);

	private static StaticType check(String text, Kind expected) {
		return new TypeChecker(text, CONTACT_SCOPE, ExpressionServices.standard()).check(Expression.parse(text).root(), expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
		"feature:nickname | 0 | Contact has no feature 'nickname'",
		"var:self.affiliation.nam | 20 | PartnerInstitution has no feature 'nam'",
		"feature:familyName.size | 18 | Cannot take .size of a string",
		"var:source | 0 | var:source has no value here; available: var:diagram, var:input, var:self",
		"service:displayname() | 0 | No service 'displayname'",
		"service:size() | 0 | service:size takes 1 argument, not 0",
		"service:concat(1) | 0 | service:concat takes 2 arguments, not 1",
		"feature:disposition = 'FRIENDLY' | 22 | 'FRIENDLY' is not a value of Disposition",
		"'FRIENDLY' != feature:disposition | 0 | 'FRIENDLY' is not a value of Disposition",
		"feature:familyName < 3 | 19 | Cannot compare a string with a number",
		"feature:affiliation = 'x' | 20 | Cannot compare a PartnerInstitution with a string",
		"feature:affiliation > var:diagram | 20 | Cannot order a PartnerInstitution",
		"var:diagram.contacts = 1 | 21 | Cannot compare a list of Contact with a number",
		"feature:familyName and true | 0 | 'and' needs true or false, but this gives a string",
		"not feature:lastContact | 4 | 'not' needs true or false, but this gives a date",
		"var:input.length | 9 | Cannot take .length of a string" })
	void typeErrorsSayWhatAndWhere(String text, int position, String reason) {
		ExpressionTypeException error = assertThrows(ExpressionTypeException.class, () -> check(text, Kind.UNKNOWN));
		assertTrue(error.reason().startsWith(reason), error.getMessage());
		assertEquals(position, error.position(), error.getMessage());
	}

	@Test
	void resultKindMustFitTheSpecElement() {
		assertTrue(assertThrows(ExpressionTypeException.class, () -> check("feature:familyName", Kind.BOOLEAN)).reason()
				.startsWith("Expected true or false here, but this gives a string"));
		assertTrue(assertThrows(ExpressionTypeException.class, () -> check("feature:familyName", Kind.NUMBER)).reason()
				.startsWith("Expected a number here"));
		assertTrue(assertThrows(ExpressionTypeException.class, () -> check("feature:familyName", Kind.OBJECT)).reason()
				.startsWith("Expected objects here"));
		// Lists of objects are what candidates are; a service's result is only known when it runs.
		assertEquals(Kind.OBJECT, check("var:diagram.contacts", Kind.OBJECT).kind());
		assertEquals(Kind.UNKNOWN, check("service:displayName()", Kind.BOOLEAN).kind());
		assertEquals(Kind.BOOLEAN, check("feature:disposition = 'SUPPORTIVE' or feature:disposition = 'receptive'", Kind.BOOLEAN).kind());
		assertEquals(Kind.NULL, check("null", Kind.NUMBER).kind());
	}

	@Test
	void wellTypedExpressionsPass() {
		for (String text : new String[] { "feature:affiliation.parent.name",
			"feature:lastContact < feature:createdAt", "var:input = feature:familyName", "feature:affiliation = null",
			"feature:eContainer.contacts", "service:size(feature:affiliation) > 0", "not (feature:rank = 'Col.')" }) {
			check(text, Kind.UNKNOWN);
		}
	}
}
