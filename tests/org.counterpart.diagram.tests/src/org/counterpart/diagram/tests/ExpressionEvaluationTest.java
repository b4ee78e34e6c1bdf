package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionEvaluationException;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.model.Contact;
import org.counterpart.model.Disposition;
import org.counterpart.model.Indicator;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.util.ObjectLabels;
import org.junit.jupiter.api.Test;

/** Expressions evaluated on the demo country's objects. */
class ExpressionEvaluationTest {

	private final Theater theater = new DemoCountryGenerator(11, 1).generate();
	private final Contact contact = theater.getContacts().stream().filter(c -> c.getAffiliation() != null).findFirst().orElseThrow();

	private Object eval(String text, Object self) {
		return Expression.parse(text).evaluate(new EvaluationContext(self).with("diagram", theater));
	}

	@Test
	void featuresVariablesAndNavigation() {
		assertEquals(contact.getFamilyName(), eval("feature:familyName", contact));
		assertEquals(contact.getAffiliation(), eval("feature:affiliation", contact));
		assertEquals(contact.getAffiliation().getName(), eval("var:self.affiliation.name", contact));
		assertEquals(theater, eval("var:diagram", contact));
		assertEquals(theater, eval("feature:eContainer", contact));
		assertEquals(theater.getContacts(), eval("var:diagram.contacts", contact));
		// Navigation over a list gives the list of the navigated values, without nulls.
		List<?> affiliations = (List<?>)eval("feature:contacts.affiliation", theater);
		assertEquals(theater.getContacts().stream().filter(c -> c.getAffiliation() != null).count(), affiliations.size());
		// Over null it gives null.
		Contact unaffiliated = org.counterpart.model.CounterpartFactory.eINSTANCE.createContact();
		assertNull(eval("feature:affiliation.name", unaffiliated));
	}

	@Test
	void comparisonsOfEveryKind() {
		Relationship relationship = theater.getRelationships().get(0);
		int strength = relationship.getStrength();
		assertEquals(true, eval("feature:strength = " + strength, relationship));
		assertEquals(false, eval("feature:strength != " + strength, relationship));
		assertEquals(true, eval("feature:strength >= " + strength + " and feature:strength <= " + strength, relationship));
		assertEquals(false, eval("feature:strength > " + strength + " or feature:strength < " + strength, relationship));
		// Enumeration values equal their name or literal.
		String name = relationship.getConfidence().getName();
		assertEquals(true, eval("feature:confidence = '" + name + "'", relationship));
		assertEquals(true, eval("'" + relationship.getConfidence().getLiteral() + "' = feature:confidence", relationship));
		assertEquals(false, eval("feature:confidence = 'NO_SUCH'", relationship));
		// Strings compare by text, dates by time, objects by identity.
		assertEquals(true, eval("'abc' < 'abd'", contact));
		assertEquals(true, eval("feature:createdAt <= feature:createdAt", contact));
		assertEquals(true, eval("feature:affiliation = var:self.affiliation", contact));
		assertEquals(false, eval("feature:affiliation = var:diagram", contact));
		// null: equal only to null; never more or less than anything.
		assertEquals(true, eval("null = null", contact));
		assertEquals(false, eval("feature:familyName = null", contact));
		assertEquals(false, eval("null < 1", contact));
		assertEquals(false, eval("null >= 1", contact));
		assertEquals(true, eval("1 = 1.0", contact));
	}

	@Test
	void logicShortCircuitsAndTreatsNullAsFalse() {
		assertEquals(false, eval("false and var:source", contact)); // var:source unbound: never evaluated
		assertEquals(true, eval("true or var:source", contact));
		assertEquals(true, eval("not (false or false)", contact));
		assertEquals(false, eval("not true", contact));
		assertEquals(false, eval("null and true", contact));
		assertFalse(Expression.parse("null").test(new EvaluationContext(contact)));
		assertTrue(Expression.parse("true").test(new EvaluationContext(contact)));
		assertThrows(ExpressionEvaluationException.class, () -> Expression.parse("'x'").test(new EvaluationContext(contact)));
	}

	@Test
	void standardServices() {
		assertEquals(ObjectLabels.labelOf(contact), eval("service:displayName()", contact));
		assertEquals(ObjectLabels.banner(contact.getMarking()), eval("service:banner()", contact));
		Indicator indicator = theater.getObjectives().get(0).getSubObjectives().get(0).getIndicators().get(0);
		double latest = indicator.getMeasurements().stream().max((a, b) -> a.getDate().compareTo(b.getDate())).orElseThrow().getValue();
		assertEquals(latest, eval("service:latestValue()", indicator));
		assertEquals(latest >= indicator.getTarget(), eval("service:latestValue() >= feature:target", indicator));
		String progress = (String)eval("service:progress()", indicator);
		assertTrue(progress.endsWith(" / " + Math.round(indicator.getTarget()) + " " + indicator.getUnit()), progress);
		assertEquals(3.0, eval("service:size(feature:objectives)", theater));
		assertEquals(0.0, eval("service:size(null)", theater));
		assertEquals("Ab1", eval("service:concat('Ab', 1)", theater));
		// descendants: every objective below the end states, at any depth, once.
		List<?> descendants = (List<?>)eval("service:descendants(feature:objectives, 'subObjectives')", theater);
		Set<Objective> expected = new HashSet<>();
		theater.getObjectives().forEach(endState -> endState.eAllContents().forEachRemaining(o -> {
			if (o instanceof Objective objective) {
				expected.add(objective);
			}
		}));
		assertEquals(expected, new HashSet<>(descendants));
		assertEquals(descendants.size(), expected.size());
		List<?> indicators = (List<?>)eval("service:descendants(feature:objectives, 'subObjectives').indicators", theater);
		assertEquals(expected.stream().mapToInt(o -> o.getIndicators().size()).sum(), indicators.size());
	}

	@Test
	void servicesRegisteredByJava() {
		ExpressionServices services = new ExpressionServices(ExpressionServices.standard())
				.register("isSupportive", 0, (self, arguments) -> ((Contact)self).getDisposition() == Disposition.SUPPORTIVE)
				.register("initial", 1, (self, arguments) -> String.valueOf(arguments.get(0)).substring(0, 1));
		EvaluationContext context = new EvaluationContext(contact, services);
		assertEquals(contact.getDisposition() == Disposition.SUPPORTIVE, Expression.parse("service:isSupportive()").evaluate(context));
		assertEquals(contact.getFamilyName().substring(0, 1), Expression.parse("service:initial(feature:familyName)").evaluate(context));
		assertEquals(ObjectLabels.labelOf(contact), Expression.parse("service:displayName()").evaluate(context));
		// The standard registry is shared and cannot be changed.
		assertThrows(IllegalStateException.class, () -> ExpressionServices.standard().register("x", 0, (self, arguments) -> null));
		assertThrows(IllegalArgumentException.class, () -> services.register("no-name", 0, (self, arguments) -> null));
	}

	@Test
	void evaluationErrorsAreOurs() {
		PartnerInstitution institution = theater.getInstitutions().get(0);
		assertThrows(ExpressionEvaluationException.class, () -> eval("feature:familyName", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("feature:name.length", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("var:source", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("service:nothing()", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("service:size()", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("feature:name < 3", institution));
		assertThrows(ExpressionEvaluationException.class, () -> eval("feature:name and true", institution));
		ExpressionEvaluationException failed = assertThrows(ExpressionEvaluationException.class,
				() -> Expression.parse("service:boom()").evaluate(new EvaluationContext(institution,
						new ExpressionServices().register("boom", 0, (self, arguments) -> {
							throw new IllegalStateException("no");
						}))));
		assertTrue(failed.getMessage().contains("service:boom failed"), failed.getMessage());
	}

	@Test
	void aParsedExpressionIsReusable() {
		Expression label = Expression.parse("service:displayName()");
		for (Contact each : theater.getContacts()) {
			assertEquals(ObjectLabels.labelOf(each), label.evaluate(new EvaluationContext(each)));
		}
		assertEquals(List.of(), Expression.parse("feature:parent").evaluateAll(new EvaluationContext(
				theater.getInstitutions().stream().filter(i -> i.getParent() == null).findFirst().orElseThrow())));
	}
}
