package org.counterpart.design.tests;

import static org.counterpart.design.tests.ViewpointSpecification.get;
import static org.counterpart.design.tests.ViewpointSpecification.is;
import static org.counterpart.design.tests.ViewpointSpecification.many;
import static org.counterpart.design.tests.ViewpointSpecification.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.counterpart.design.CounterpartServices;
import org.counterpart.model.CounterpartPackage;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every expression of the {@code .odesign} is {@code feature:}, {@code var:} or {@code service:} (sizes may be plain
 * numbers, as Sirius's own defaults are); every {@code service:} is a public method of {@link CounterpartServices}
 * that takes the element it is evaluated on, and every {@code feature:} names a feature of that element's class.
 */
class ExpressionLanguageTest {

	private static ViewpointSpecification description;

	@BeforeAll
	static void load() throws IOException {
		description = ViewpointSpecification.shipped();
	}

	/** An expression of the {@code .odesign}, where it is, and the classes of the objects it is evaluated on (empty: not known). */
	record Found(EObject owner, EAttribute attribute, String text, List<EClass> context) {
		@Override
		public String toString() {
			return owner.eClass().getName() + " in " + nameAround(owner) + "." + attribute.getName() + " = " + text;
		}
	}

	static List<Found> expressions(ViewpointSpecification description) {
		List<Found> found = new ArrayList<>();
		for (TreeIterator<EObject> all = description.resource().getAllContents(); all.hasNext();) {
			EObject owner = all.next();
			for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
				if (!"InterpretedExpression".equals(attribute.getEAttributeType().getName()) || attribute.isMany()) {
					continue;
				}
				String text = (String)owner.eGet(attribute);
				if (text != null && !text.isEmpty() && owner.eIsSet(attribute)) {
					found.add(new Found(owner, attribute, text, context(owner, attribute.getName())));
				}
			}
		}
		return found;
	}

	@Test
	void everyExpressionIsFeatureVarOrService() {
		List<Found> expressions = expressions(description);
		assertTrue(expressions.size() > 50, "the .odesign has its expressions: " + expressions.size());
		List<String> wrong = new ArrayList<>();
		for (Found expression : expressions) {
			boolean size = expression.attribute().getName().endsWith("ComputationExpression") && expression.text().matches("\\d+");
			if (!size && SiriusExpressions.parse(expression.text()).isEmpty()) {
				wrong.add(expression.toString());
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void everyServiceIsAPublicMethodForItsElement() {
		List<String> missing = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		for (Found expression : expressions(description)) {
			if (!(SiriusExpressions.parse(expression.text()).orElse(null) instanceof SiriusExpressions.Service service)) {
				continue;
			}
			used.add(service.name());
			if (!service.receiver().equals("self") || expression.context().isEmpty()) {
				// Called on a variable or inside a tool: the receiver's class is not known here, the name and arity are.
				if (List.of(CounterpartServices.class.getMethods()).stream().noneMatch(method -> method.getName().equals(service.name())
						&& method.getParameterCount() == service.arguments().size() + 1)) {
					missing.add(expression.toString());
				}
				continue;
			}
			for (EClass receiver : expression.context()) {
				if (SiriusExpressions.servicesFor(service.name(), service.arguments().size(), receiver.getInstanceClass()).isEmpty()) {
					missing.add(expression + " on " + receiver.getName());
				}
			}
		}
		assertEquals(List.of(), missing);
		assertTrue(used.contains("displayName") && used.contains("keyContacts"), used.toString());
	}

	@Test
	void everyFeatureBelongsToItsElementsClass() {
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (Found expression : expressions(description)) {
			if (!(SiriusExpressions.parse(expression.text()).orElse(null) instanceof SiriusExpressions.Feature feature)) {
				continue;
			}
			List<EClass> classes = expression.context().isEmpty() ? allClasses() : expression.context();
			boolean anywhere = classes.stream().anyMatch(eClass -> SiriusExpressions.hasFeature(eClass, feature.name()));
			boolean everywhere = classes.stream().allMatch(eClass -> SiriusExpressions.hasFeature(eClass, feature.name()));
			if (expression.context().isEmpty() ? !anywhere : !everywhere) {
				missing.add(expression + " on " + classes.stream().map(EClass::getName).toList());
			}
			checked++;
		}
		assertEquals(List.of(), missing);
		assertTrue(checked > 10, "features checked: " + checked);
	}

	@Test
	void toolsSetFeaturesOfTheirClass() {
		List<String> missing = new ArrayList<>();
		for (TreeIterator<EObject> all = description.resource().getAllContents(); all.hasNext();) {
			EObject operation = all.next();
			if (is(operation, "CreateInstance")) {
				EClass created = SiriusDiagramSimulation.modelClass(string(operation, "typeName"));
				for (EObject sub : many(operation, "subModelOperations")) {
					if (is(sub, "SetValue") && created.getEStructuralFeature(string(sub, "featureName")) == null) {
						missing.add(created.getName() + "." + string(sub, "featureName"));
					}
				}
			}
			if (is(operation, "SetValue") || is(operation, "CreateInstance")) {
				String feature = string(operation, is(operation, "SetValue") ? "featureName" : "referenceName");
				if (allClasses().stream().noneMatch(eClass -> eClass.getEStructuralFeature(feature) != null)) {
					missing.add(operation.eClass().getName() + " " + feature);
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void checksNoticeAnUnknownServiceAndFeature() {
		assertTrue(SiriusExpressions.servicesFor("noSuchService", 0, org.counterpart.model.Contact.class).isEmpty());
		assertFalse(SiriusExpressions.servicesFor("isOpposed", 0, org.counterpart.model.Contact.class).isEmpty());
		assertTrue(SiriusExpressions.servicesFor("isOpposed", 0, org.counterpart.model.PartnerInstitution.class).isEmpty(),
				"a service for contacts is not one for institutions");
		assertFalse(SiriusExpressions.hasFeature(org.counterpart.model.CounterpartPackage.Literals.CONTACT, "kind"));
		assertTrue(SiriusExpressions.hasFeature(org.counterpart.model.CounterpartPackage.Literals.CONTACT, "eContainer"));
		assertTrue(SiriusExpressions.parse("feature:kind = 'RIVALS'").isEmpty(), "a comparison is not Sirius's feature:");
		assertTrue(SiriusExpressions.parse("var:diagram.contacts").isEmpty(), "a path is not Sirius's var:");
		assertEquals(new SiriusExpressions.Service("source", "reconnect", List.of("target")),
				SiriusExpressions.parse("service:source.reconnect(target)").orElseThrow());
	}

	private static List<EClass> allClasses() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : CounterpartPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		return classes;
	}

	/**
	 * The classes of the objects an expression is evaluated on, by Sirius's rules: a mapping's candidates on its
	 * parent's object (the diagram's root at the top), its other expressions and styles on its own objects; an edge by
	 * element on the edge's object, an edge by reference on its source's object; a filter on the objects of its
	 * mappings; a direct edit on the objects of the mappings that use it. Tools' operations: not known here.
	 */
	static List<EClass> context(EObject owner, String attribute) {
		if (is(owner, "DiagramDescription")) {
			return List.of(SiriusDiagramSimulation.domainClass(owner));
		}
		if (is(owner, "MappingFilter")) {
			List<EClass> classes = new ArrayList<>();
			many(owner, "mappings").forEach(mapping -> classes.addAll(objectClasses(mapping)));
			return classes;
		}
		if (is(owner, "DirectEditLabel")) {
			List<EClass> classes = new ArrayList<>();
			owner.eResource().getAllContents().forEachRemaining(object -> {
				if (is(object, "DiagramElementMapping") && get(object, "labelDirectEdit") == owner) {
					classes.addAll(objectClasses(object));
				}
			});
			return classes;
		}
		Optional<EObject> mapping = Optional.empty();
		for (EObject container = owner; container != null; container = container.eContainer()) {
			if (is(container, "AbstractToolDescription")) {
				return List.of();
			}
			if (is(container, "DiagramElementMapping")) {
				mapping = Optional.of(container);
				break;
			}
		}
		EObject element = mapping.orElseThrow(() -> new AssertionError("No mapping around " + owner));
		if (element == owner && attribute.equals("semanticCandidatesExpression")) {
			if (is(element, "EdgeMapping")) {
				return List.of(SiriusDiagramSimulation.domainClass(diagramOf(element)));
			}
			EObject parent = element.eContainer();
			return is(parent, "AbstractNodeMapping") ? List.of(SiriusDiagramSimulation.domainClass(parent))
					: List.of(SiriusDiagramSimulation.domainClass(diagramOf(element)));
		}
		return objectClasses(element);
	}

	/** The classes of the objects of a mapping's elements: an edge by reference has its source's. */
	private static List<EClass> objectClasses(EObject mapping) {
		if (is(mapping, "EdgeMapping") && !Boolean.TRUE.equals(get(mapping, "useDomainElement"))) {
			List<EClass> classes = new ArrayList<>();
			many(mapping, "sourceMapping").forEach(source -> classes.add(SiriusDiagramSimulation.domainClass(source)));
			return classes;
		}
		return List.of(SiriusDiagramSimulation.domainClass(mapping));
	}

	private static EObject diagramOf(EObject element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			if (is(container, "DiagramDescription")) {
				return container;
			}
		}
		throw new AssertionError("No diagram around " + element);
	}

	/** The name of the element or of the nearest named element around it, for messages. */
	private static String nameAround(EObject object) {
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (container.eClass().getEStructuralFeature("name") != null && get(container, "name") != null) {
				return String.valueOf(get(container, "name"));
			}
		}
		return "?";
	}
}
