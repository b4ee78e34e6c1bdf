package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecProblem;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.CreateInstance;
import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.SpecPackage;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** The shipped specs load and pass every check; broken spec files are refused with every problem and its place. */
class SpecRegistryTest {

	@Test
	void theThreeShippedSpecsLoadCleanly() throws InvalidSpecException {
		SpecRegistry registry = SpecRegistry.shipped();
		assertEquals(List.of("institutionChart", "contactNetwork", "objectiveTree"), registry.all().stream().map(LoadedSpec::name).toList());
		for (LoadedSpec loaded : registry.all()) {
			List<EObject> elements = new ArrayList<>();
			elements.add(loaded.spec());
			loaded.spec().eAllContents().forEachRemaining(elements::add);
			int expressions = 0;
			for (EObject element : elements) {
				for (EAttribute attribute : element.eClass().getEAllAttributes()) {
					String text = (String)(attribute.getEAttributeType() == SpecPackage.Literals.EXPRESSION ? element.eGet(attribute) : null);
					if (text != null && !text.isBlank()) {
						expressions++;
						Expression expression = loaded.expression(element, attribute);
						assertNotNull(expression, loaded.name() + ": " + attribute.getName() + " of " + element);
						assertEquals(text, expression.text());
					}
				}
				// Every domain class and created type exists in the Counterpart metamodel.
				String className = element instanceof AbstractNodeMapping node ? node.getDomainClass()
						: element instanceof ElementEdgeMapping edge ? edge.getDomainClass()
						: element instanceof CreateInstance create ? create.getTypeName() : null;
				if (className != null) {
					assertTrue(CounterpartPackage.eINSTANCE.getEClassifier(className) instanceof EClass, loaded.name() + ": " + className);
				}
			}
			assertTrue(expressions > 10, loaded.name() + " has " + expressions + " expressions");
			assertEquals(expressions, loaded.expressionCount());
			assertEquals("Theater", loaded.spec().getDomainClass());
			assertFalse(loaded.spec().getLayers().get(0).isOptional(), "the first layer is the default one");
		}
	}

	/** Each top-level mapping of the default layer finds objects in the demo country, and every label evaluates. */
	@Test
	void shippedSpecsFindTheDemoCountrysObjects() throws InvalidSpecException {
		Theater theater = new DemoCountryGenerator(3, 1).generate();
		for (LoadedSpec loaded : SpecRegistry.shipped().all()) {
			Layer layer = loaded.spec().getLayers().get(0);
			for (AbstractNodeMapping mapping : layer.getNodeMappings()) {
				List<Object> candidates = loaded.expression(mapping, SpecPackage.Literals.ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES)
						.evaluateAll(new EvaluationContext(theater).with("diagram", theater).with("container", theater));
				assertFalse(candidates.isEmpty(), loaded.name() + "/" + mapping.getName());
				EClass domainClass = (EClass)CounterpartPackage.eINSTANCE.getEClassifier(mapping.getDomainClass());
				Expression label = loaded.expression(mapping, SpecPackage.Literals.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION);
				for (Object candidate : candidates) {
					assertTrue(domainClass.isInstance(candidate), loaded.name() + "/" + mapping.getName() + ": " + candidate);
					Object text = label.evaluate(new EvaluationContext(candidate).with("diagram", theater).with("container", theater));
					assertTrue(text instanceof String s && !s.isBlank(), loaded.name() + "/" + mapping.getName());
				}
			}
		}
	}

	private static InvalidSpecException refused(String file) throws IOException {
		try (InputStream in = SpecRegistryTest.class.getResourceAsStream("/data/" + file)) {
			assertNotNull(in, file);
			return assertThrows(InvalidSpecException.class, () -> new SpecRegistry().load(file, in));
		}
	}

	@Test
	void aBadExpressionNamesTheElementItsLineAndThePlace() throws IOException {
		InvalidSpecException error = refused("bad-expression.counterpartspec");
		List<SpecProblem> problems = error.problems();
		assertEquals(2, problems.size(), error.getMessage());
		SpecProblem syntax = problems.get(0);
		assertEquals("NodeMapping 'person'", syntax.element());
		assertEquals("person", syntax.fragment());
		assertEquals(6, syntax.line());
		assertEquals("labelExpression: Expression ends where a value was expected at position 21:\n"
				+ "  service:displayName(\n"
				+ "                      ^", syntax.message());
		SpecProblem type = problems.get(1);
		assertEquals("NodeMapping 'place'", type.element());
		assertEquals(10, type.line());
		assertTrue(type.message().startsWith("precondition: PartnerInstitution has no feature 'nmae'"), type.message());
		assertTrue(type.message().endsWith("\n  feature:kind = 'ARMY' and feature:nmae = 'x'\n" + " ".repeat(2 + 26) + "^"), type.message());
		assertTrue(error.getMessage().startsWith("The representation spec bad-expression.counterpartspec has 2 problems:\n"
				+ "bad-expression.counterpartspec:6: NodeMapping 'person' (person): labelExpression: "), error.getMessage());
	}

	@Test
	void unknownDomainClassesAreRefused() throws IOException {
		List<SpecProblem> problems = refused("unknown-names.counterpartspec").problems();
		assertEquals(List.of("domainClass: the domain model has no class 'Theatre'", "domainClass: the domain model has no class 'Person'"),
				problems.stream().map(SpecProblem::message).toList());
		assertEquals(List.of("RepresentationSpec 'unknownNames'", "NodeMapping 'person'"), problems.stream().map(SpecProblem::element).toList());
		assertEquals(List.of(3, 5), problems.stream().map(SpecProblem::line).toList());
	}

	@Test
	void unknownFeaturesOfTheSpecLanguageAreRefused() throws IOException {
		List<SpecProblem> problems = refused("unknown-attribute.counterpartspec").problems();
		assertEquals(1, problems.size());
		assertEquals(4, problems.get(0).line());
		assertTrue(problems.get(0).message().contains("colour"), problems.get(0).message());
	}

	@Test
	void danglingReferencesAreRefused() throws IOException {
		List<SpecProblem> problems = refused("dangling-reference.counterpartspec").problems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).message().contains("nobody"), problems.get(0).message());
		assertEquals(9, problems.get(0).line());
	}

	@Test
	void missingRequiredValuesAreRefused() throws IOException {
		List<SpecProblem> problems = refused("missing-required.counterpartspec").problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(problem -> problem.element().equals("NodeMapping 'person'")), problems.toString());
		assertTrue(problems.get(0).message().contains("domainClass") && problems.get(1).message().contains("style"), problems.toString());
	}

	@Test
	void filesThatAreNoSpecsAreRefused() throws IOException {
		assertEquals(1, refused("not-xml.counterpartspec").problems().size());
		InvalidSpecException empty = assertThrows(InvalidSpecException.class,
				() -> new SpecRegistry().load("empty", new ByteArrayInputStream(new byte[0])));
		assertFalse(empty.problems().isEmpty());
		String model = "<?xml version=\"1.0\"?><counterpart:Theater xmlns:counterpart=\"http://counterpart.org/model/1.0\"/>";
		InvalidSpecException other = assertThrows(InvalidSpecException.class,
				() -> new SpecRegistry().load("other", new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8))));
		assertFalse(other.problems().isEmpty());
		String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
		assertThrows(InvalidSpecException.class,
				() -> new SpecRegistry().load("doctype", new ByteArrayInputStream(doctype.getBytes(StandardCharsets.UTF_8))));
		InvalidSpecException missing = assertThrows(InvalidSpecException.class, () -> new SpecRegistry().register(SpecRegistryTest.class, "/data/none.counterpartspec"));
		assertTrue(missing.getMessage().contains("No such file"), missing.getMessage());
	}
}
