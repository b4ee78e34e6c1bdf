package org.counterpart.design.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.counterpart.design.internal.DesignPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The shipped {@code description/counterpart.odesign}, loaded strictly against Sirius's metamodel, and ways to read it. */
final class ViewpointSpecification {

	static final String PATH = "/description/counterpart.odesign";
	static final URI URI_IN_PLATFORM = URI.createURI("platform:/plugin/" + DesignPlugin.DESCRIPTION_PATH);

	private final ResourceSet resourceSet;
	private final Resource resource;

	private ViewpointSpecification(ResourceSet resourceSet, Resource resource) {
		this.resourceSet = resourceSet;
		this.resource = resource;
	}

	/** Loads the shipped description. */
	static ViewpointSpecification shipped() throws IOException {
		return load(ViewpointSpecification.class, PATH, URI_IN_PLATFORM);
	}

	/** Loads the description at {@code path} of {@code anchor}'s bundle. */
	static ViewpointSpecification load(Class<?> anchor, String path, URI uri) throws IOException {
		SiriusMetamodel metamodel = SiriusMetamodel.shared();
		ResourceSet resourceSet = metamodel.newResourceSet();
		try (InputStream in = anchor.getResourceAsStream(path)) {
			if (in == null) {
				throw new IOException(path + " is not in the bundle of " + anchor.getName());
			}
			return new ViewpointSpecification(resourceSet, metamodel.loadStrictly(resourceSet, uri, in));
		}
	}

	ResourceSet resourceSet() {
		return resourceSet;
	}

	Resource resource() {
		return resource;
	}

	EObject group() {
		return resource.getContents().get(0);
	}

	/** The viewpoint's diagram descriptions. */
	List<EObject> diagrams() {
		List<EObject> diagrams = new ArrayList<>();
		for (EObject viewpoint : many(group(), "ownedViewpoints")) {
			diagrams.addAll(many(viewpoint, "ownedRepresentations"));
		}
		return diagrams;
	}

	Optional<EObject> diagram(String name) {
		return diagrams().stream().filter(diagram -> name.equals(get(diagram, "name"))).findFirst();
	}

	/** The value of a feature by name; fails when the object's class has no such feature. */
	static Object get(EObject object, String featureName) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			throw new AssertionError(object.eClass().getName() + " has no feature " + featureName);
		}
		return object.eGet(feature);
	}

	static String string(EObject object, String featureName) {
		Object value = get(object, featureName);
		return value == null ? null : value.toString();
	}

	@SuppressWarnings("unchecked")
	static List<EObject> many(EObject object, String featureName) {
		return (List<EObject>)get(object, featureName);
	}

	static EObject one(EObject object, String featureName) {
		return (EObject)get(object, featureName);
	}

	static boolean is(EObject object, String className) {
		return object != null && object.eClass().getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(className))
				|| object != null && object.eClass().getName().equals(className);
	}
}
