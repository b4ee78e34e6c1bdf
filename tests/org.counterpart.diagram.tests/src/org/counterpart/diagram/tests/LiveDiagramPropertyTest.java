package org.counterpart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.diagram.view.LiveDiagram;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.tests.harness.SeededRuns;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: after any sequence of random edits of the demo theater (attributes, references, new, moved and deleted
 * objects), every live diagram (the shipped specs with their default layers, and with all layers and filters on; a
 * spec whose nodes have a precondition) equals a from-scratch interpretation of the same model.
 */
class LiveDiagramPropertyTest {
	private static SpecRegistry registry;
	private static LoadedSpec preconditionNetwork;

	@BeforeAll
	static void load() throws InvalidSpecException {
		registry = SpecRegistry.shipped();
		// nodes that come and go by a precondition while the edges to them keep their own values
		preconditionNetwork = new SpecRegistry().register(LiveDiagramPropertyTest.class, "/data/precondition-network.counterpartspec");
	}

	/** A diagram opened live, with the layers and filters to interpret it the same way from scratch. */
	private record Opened(LoadedSpec spec, Set<String> layers, Set<String> filters, LiveDiagram live) {
		String fresh(Theater theater) {
			return LiveDiagrams.canonical(new DiagramInterpreter(spec).interpret(theater, layers, filters));
		}
	}

	@Test
	void liveDiagramsEqualAFreshInterpretationAfterRandomEdits() {
		SeededRuns.check(LiveDiagramPropertyTest.class, "randomEdits", 12, random -> {
			Theater theater = new DemoCountryGenerator(random.nextLong(), 1).generate();
			List<Opened> opened = new ArrayList<>();
			List<LoadedSpec> specs = new ArrayList<>();
			for (String name : List.of("institutionChart", "contactNetwork", "objectiveTree")) {
				specs.add(registry.get(name).orElseThrow());
			}
			specs.add(preconditionNetwork);
			for (LoadedSpec spec : specs) {
				Set<String> layers = new DiagramInterpreter(spec).defaultLayers();
				opened.add(new Opened(spec, layers, Set.of(), LiveDiagram.open(spec, ExpressionServices.standard(), theater, layers, Set.of())));
				Set<String> all = new HashSet<>();
				Set<String> filters = new HashSet<>();
				for (Layer layer : spec.spec().getLayers()) {
					all.add(layer.getName());
					layer.getFilters().stream().map(Filter::getName).forEach(filters::add);
				}
				opened.add(new Opened(spec, all, filters, LiveDiagram.open(spec, ExpressionServices.standard(), theater, all, filters)));
			}
			for (int step = 0; step < 30; step++) {
				String edit = edit(theater, random);
				for (Opened diagram : opened) {
					assertNull(diagram.live().failure(), () -> "after " + edit);
					assertEquals(diagram.fresh(theater), LiveDiagrams.canonical(diagram.live().diagram()),
							"step " + step + ", " + diagram.spec().name() + " " + diagram.layers() + " " + diagram.filters() + " after " + edit);
				}
			}
			opened.forEach(diagram -> diagram.live().dispose());
		});
	}

	/** One random edit; says what it did, for the failure message. */
	private static String edit(Theater theater, Random random) {
		List<EObject> objects = new ArrayList<>();
		objects.add(theater);
		theater.eAllContents().forEachRemaining(objects::add);
		EObject object = objects.get(random.nextInt(objects.size()));
		int kind = random.nextInt(10);
		if (kind < 4) {
			List<EAttribute> attributes = object.eClass().getEAllAttributes().stream()
					.filter(a -> a.isChangeable() && !a.isDerived() && !a.isMany() && !a.isID() && value(a.getEAttributeType(), random) != null).toList();
			if (!attributes.isEmpty()) {
				EAttribute attribute = attributes.get(random.nextInt(attributes.size()));
				object.eSet(attribute, value(attribute.getEAttributeType(), random));
				return "set " + object.eClass().getName() + "." + attribute.getName();
			}
		} else if (kind < 6) {
			List<EReference> references = object.eClass().getEAllReferences().stream()
					.filter(r -> r.isChangeable() && !r.isDerived() && !r.isContainment() && !r.isContainer()).toList();
			if (!references.isEmpty()) {
				EReference reference = references.get(random.nextInt(references.size()));
				List<EObject> candidates = objects.stream().filter(reference.getEReferenceType()::isInstance).toList();
				EObject value = candidates.isEmpty() || random.nextInt(6) == 0 ? null : candidates.get(random.nextInt(candidates.size()));
				if (reference.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> list = (EList<EObject>)object.eGet(reference);
					if (!list.isEmpty() && (value == null || random.nextBoolean())) {
						list.remove(random.nextInt(list.size()));
						return "remove from " + object.eClass().getName() + "." + reference.getName();
					} else if (value != null && !list.contains(value)) {
						list.add(value);
						return "add to " + object.eClass().getName() + "." + reference.getName();
					}
				} else {
					object.eSet(reference, value);
					return "set " + object.eClass().getName() + "." + reference.getName();
				}
			}
		} else if (kind < 8 && object != theater) {
			// a new object like this one, beside it
			EObject copy = EcoreUtil.copy(object);
			copy.eAllContents().forEachRemaining(child -> newId(child, random));
			newId(copy, random);
			EReference containment = object.eContainmentFeature();
			if (containment.isMany()) {
				@SuppressWarnings("unchecked")
				EList<EObject> siblings = (EList<EObject>)object.eContainer().eGet(containment);
				siblings.add(random.nextInt(siblings.size() + 1), copy);
				return "copy " + object.eClass().getName();
			}
		} else if (kind == 8 && object != theater) {
			// moves the object to another container that can hold it
			EReference containment = object.eContainmentFeature();
			List<EObject> containers = objects.stream()
					.filter(o -> o != object && containment.getEContainingClass().isInstance(o) && !EcoreUtil.isAncestor(object, o)).toList();
			if (containment.isMany() && !containers.isEmpty()) {
				EObject container = containers.get(random.nextInt(containers.size()));
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>)container.eGet(containment);
				list.add(object);
				return "move " + object.eClass().getName();
			}
		} else if (object != theater) {
			EcoreUtil.delete(object, true);
			return "delete " + object.eClass().getName();
		}
		return "nothing";
	}

	private static void newId(EObject object, Random random) {
		EClass eClass = object.eClass();
		if (eClass.getEIDAttribute() != null) {
			object.eSet(eClass.getEIDAttribute(), new UUID(random.nextLong(), random.nextLong()).toString());
		}
	}

	private static Object value(EDataType type, Random random) {
		if (type instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(random.nextInt(eEnum.getELiterals().size())).getInstance();
		}
		Class<?> instance = type.getInstanceClass();
		if (instance == String.class) {
			return List.of("Alpha", "Bravo", "", "Zulu " + random.nextInt(100)).get(random.nextInt(4));
		} else if (instance == int.class || instance == Integer.class) {
			return random.nextInt(6);
		} else if (instance == double.class || instance == Double.class) {
			return (double)random.nextInt(40);
		} else if (instance == boolean.class || instance == Boolean.class) {
			return random.nextBoolean();
		} else if (instance == Date.class) {
			return new Date(1_700_000_000_000L + random.nextInt(100_000_000) * 1000L);
		}
		return null;
	}

}
