package org.counterpart.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code .odesign} is a valid Sirius viewpoint specification: it loads strictly against Sirius's own
 * metamodel (dynamic EMF, from the shared folder), every reference resolves, and EMF's Diagnostician finds nothing.
 * Broken descriptions in {@code data/} show that the same checks do fail.
 */
class ViewpointSpecificationLoadTest {

	@Test
	void metamodelHasSiriusDiagramPackages() {
		Map<String, EPackage> packages = SiriusMetamodel.shared().packages();
		for (String nsUri : List.of("http://www.eclipse.org/sirius/1.1.0", "http://www.eclipse.org/sirius/description/1.1.0",
				"http://www.eclipse.org/sirius/description/tool/1.1.0", "http://www.eclipse.org/sirius/diagram/description/1.1.0",
				"http://www.eclipse.org/sirius/diagram/description/style/1.1.0", "http://www.eclipse.org/sirius/diagram/description/tool/1.1.0",
				"http://www.eclipse.org/sirius/diagram/description/filter/1.1.0")) {
			assertTrue(packages.containsKey(nsUri), nsUri + " is registered");
		}
	}

	@Test
	void loadsStrictlyResolvesAndValidates() throws IOException {
		ViewpointSpecification description = ViewpointSpecification.shipped();
		assertEquals("Group", description.group().eClass().getName());
		assertEquals(List.of("institutionChart", "contactNetwork", "objectiveTree"),
				description.diagrams().stream().map(diagram -> ViewpointSpecification.string(diagram, "name")).toList());
		assertEquals(List.of(), unresolved(description), "every reference resolves");
		Diagnostic diagnostic = validate(description.group());
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> messages(diagnostic));
	}

	@Test
	void diagnosticianFindsAMissingRequiredFeature() throws IOException {
		ViewpointSpecification description = ViewpointSpecification.shipped();
		EObject edgeMapping = ViewpointSpecification.many(ViewpointSpecification.one(description.diagram("institutionChart").orElseThrow(), "defaultLayer"), "edgeMappings").get(0);
		edgeMapping.eUnset(edgeMapping.eClass().getEStructuralFeature("targetFinderExpression"));
		Diagnostic diagnostic = validate(description.group());
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertTrue(messages(diagnostic).contains("targetFinderExpression"), messages(diagnostic));
	}

	@Test
	void unknownAttributeIsAnError() {
		IOException error = assertThrows(IOException.class, () -> load("unknown-attribute.odesign"));
		assertTrue(error.getMessage().contains("colour"), error.getMessage());
	}

	@Test
	void unknownClassIsAnError() {
		IOException error = assertThrows(IOException.class, () -> load("unknown-class.odesign"));
		assertTrue(error.getMessage().contains("HexagonNodeDescription"), error.getMessage());
	}

	@Test
	void danglingReferenceIsAnError() {
		IOException error = assertThrows(IOException.class, () -> load("dangling-reference.odesign"));
		assertTrue(error.getMessage().contains("Unresolved reference") && error.getMessage().contains("nowhere"), error.getMessage());
	}

	@Test
	void missingFolderIsNamed(@TempDir Path empty) {
		IllegalStateException configured = assertThrows(IllegalStateException.class,
				() -> SiriusMetamodel.locate(empty.resolve("nowhere").toString(), empty));
		assertTrue(configured.getMessage().contains(empty.resolve("nowhere").toString()), configured.getMessage());
		assertTrue(configured.getMessage().contains(SiriusMetamodel.PROPERTY), configured.getMessage());
		IllegalStateException searched = assertThrows(IllegalStateException.class, () -> SiriusMetamodel.locate(null, empty));
		assertTrue(searched.getMessage().contains(empty.resolve("shared/sirius-metamodel").toString()), searched.getMessage());
	}

	@Test
	void folderIsFoundBesideAParent(@TempDir Path root) throws IOException {
		Path shared = root.resolve("shared/sirius-metamodel");
		Files.createDirectories(shared.resolve("org.eclipse.sirius.model/model"));
		Files.writeString(shared.resolve("README.md"), "metamodel");
		Path clone = Files.createDirectories(root.resolve("clone/tests/org.counterpart.design.tests"));
		assertEquals(shared, SiriusMetamodel.locate(null, clone));
		assertEquals(shared, SiriusMetamodel.locate("${counterpart.sirius.metamodel}", clone), "an unfilled property counts as unset");
	}

	private static ViewpointSpecification load(String file) throws IOException {
		return ViewpointSpecification.load(ViewpointSpecificationLoadTest.class, "/data/" + file,
				URI.createURI("platform:/plugin/org.counterpart.design.tests/data/" + file));
	}

	/** Resolves every proxy and lists the references still unresolved, as "object.feature -> uri". */
	static List<String> unresolved(ViewpointSpecification description) {
		EcoreUtil.resolveAll(description.resourceSet());
		List<String> unresolved = new ArrayList<>();
		for (TreeIterator<EObject> all = description.resource().getAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()) {
					continue;
				}
				Object value = object.eGet(reference, true);
				List<?> targets = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
				for (Object target : targets) {
					if (((EObject)target).eIsProxy()) {
						unresolved.add(object.eClass().getName() + "." + reference.getName() + " -> " + EcoreUtil.getURI((EObject)target));
					}
				}
			}
		}
		for (var resource : description.resourceSet().getResources()) {
			resource.getErrors().forEach(error -> unresolved.add(resource.getURI() + ": " + error.getMessage()));
		}
		return unresolved;
	}

	/** Diagnostician with EMF's checks, except required-ness of transient or derived features, which Sirius computes. */
	static Diagnostic validate(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		SiriusValidator validator = new SiriusValidator();
		SiriusMetamodel.shared().packages().values().forEach(ePackage -> registry.put(ePackage, validator));
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(root);
		diagnostician.validate(root, diagnostics, diagnostician.createDefaultContext());
		return diagnostics;
	}

	static String messages(Diagnostic diagnostic) {
		StringBuilder text = new StringBuilder();
		for (Diagnostic child : diagnostic.getChildren()) {
			text.append(child.getMessage()).append('\n');
			text.append(messages(child));
		}
		return text.toString();
	}

	private static final class SiriusValidator extends EObjectValidator {
		/**
		 * EMF gives objects of dynamic classes only their declared constraints, and Sirius's classes declare none: run
		 * EMF's default checks (multiplicities, proxies, containment, data values, keys) instead.
		 */
		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate_EveryDefaultConstraint(eObject, diagnostics, context);
		}

		@Override
		protected boolean validate_MultiplicityConforms(EObject eObject, EStructuralFeature feature, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			if (feature.isTransient() || feature.isDerived()) {
				return true;
			}
			if (feature.getName().equals("domainClass") && isMappingImport(eObject.eClass())
					&& eObject.eGet(eObject.eClass().getEStructuralFeature("importedMapping")) != null) {
				return true; // an imported mapping brings its domain class
			}
			if (feature.isRequired() && !feature.isMany() && "".equals(eObject.eGet(feature))) {
				// Sirius's required expressions and names default to "", which EMF counts as set.
				if (diagnostics != null) {
					diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, EOBJECT__EVERY_MULTIPCITY_CONFORMS,
							"The required feature '" + feature.getName() + "' of " + eObject.eClass().getName() + " is empty",
							new Object[] { eObject, feature }));
				}
				return false;
			}
			return super.validate_MultiplicityConforms(eObject, feature, diagnostics, context);
		}

		private static boolean isMappingImport(EClass eClass) {
			return eClass.getName().endsWith("MappingImport");
		}
	}
}
