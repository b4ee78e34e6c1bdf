package org.counterpart.design.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.model.CounterpartPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Sirius's description metamodel as dynamic EMF, read from the shared folder its README describes, and the
 * {@code .odesign} files loaded strictly against it.
 */
final class SiriusMetamodel {

	/** The system property naming the folder; the test pom sets it to {@code ../shared/sirius-metamodel}. */
	static final String PROPERTY = "counterpart.sirius.metamodel";

	private static final String ECORE_IN_PLATFORM = "platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore";

	private static SiriusMetamodel shared;

	private final Path folder;
	private final Map<String, EPackage> packages = new LinkedHashMap<>();

	private SiriusMetamodel(Path folder) {
		this.folder = folder;
	}

	/** The metamodel of the folder the system property names, or of a {@code shared/sirius-metamodel} found above the working directory. */
	static synchronized SiriusMetamodel shared() {
		if (shared == null) {
			shared = load(locate(System.getProperty(PROPERTY), Path.of(System.getProperty("user.dir"))));
		}
		return shared;
	}

	/**
	 * The folder: {@code configured} when set, else the first {@code shared/sirius-metamodel} beside the working
	 * directory or one of its parents.
	 *
	 * @throws IllegalStateException naming where it looked, when there is no such folder with a README
	 */
	static Path locate(String configured, Path workingDirectory) {
		List<Path> tried = new ArrayList<>();
		if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
			tried.add(Path.of(configured).toAbsolutePath().normalize());
		} else {
			for (Path dir = workingDirectory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
				tried.add(dir.resolve("shared/sirius-metamodel").normalize());
			}
		}
		for (Path candidate : tried) {
			if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("org.eclipse.sirius.model/model"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("Sirius's description metamodel is missing: no sirius-metamodel folder (with README.md and "
				+ "org.eclipse.sirius.model/model) at " + tried + ". Put the shared folder beside the clone (../shared) or pass -D"
				+ PROPERTY + "=DIR.");
	}

	/** Registers every package and sub-package of every {@code .ecore} below {@code folder}. */
	static SiriusMetamodel load(Path folder) {
		SiriusMetamodel metamodel = new SiriusMetamodel(folder);
		ResourceSet ecores = metamodel.newResourceSet();
		ecores.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		List<Resource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".ecore")).sorted().toList()) {
				resources.add(ecores.getResource(URI.createFileURI(file.toString()), true));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(ecores);
		for (Resource resource : resources) {
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors());
			}
			for (EObject root : resource.getContents()) {
				metamodel.register((EPackage)root);
			}
		}
		return metamodel;
	}

	private void register(EPackage ePackage) {
		packages.put(ePackage.getNsURI(), ePackage);
		ePackage.getESubpackages().forEach(this::register);
	}

	/** The registered packages by nsURI. */
	Map<String, EPackage> packages() {
		return packages;
	}

	Path folder() {
		return folder;
	}

	/**
	 * A resource set that reads {@code .odesign} files with these packages (and the Counterpart model, which the
	 * descriptions name as their metamodel), with the two Sirius environments mapped to their files.
	 */
	ResourceSet newResourceSet() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Map<URI, Resource> ecore = new HashMap<>();
		ecore.put(URI.createURI(ECORE_IN_PLATFORM), EcorePackage.eINSTANCE.eResource());
		ecore.put(URI.createFileURI(folder.resolve("org.eclipse.emf.ecore/model/Ecore.ecore").toString()), EcorePackage.eINSTANCE.eResource());
		resourceSet.setURIResourceMap(ecore);
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(CounterpartPackage.eNS_URI, CounterpartPackage.eINSTANCE);
		resourceSet.getPackageRegistry().putAll(packages);
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
				URI.createFileURI(folder.resolve("org.eclipse.sirius.model/model/Environment.odesign").toString()));
		resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/diagram"),
				URI.createFileURI(folder.resolve("org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign").toString()));
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("odesign", new XMIResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		return resourceSet;
	}

	/**
	 * Loads a description strictly: an unknown feature or class, a value that does not parse or a reference that does
	 * not resolve is an error.
	 *
	 * @throws IOException with every problem the loader met, when there is one
	 */
	Resource loadStrictly(ResourceSet resourceSet, URI uri, InputStream in) throws IOException {
		Resource resource = resourceSet.createResource(uri);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		try {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			throw new IOException(uri + " does not load against Sirius's metamodel: " + describe(resource) + " " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty() || !resource.getWarnings().isEmpty()) {
			throw new IOException(uri + " does not load cleanly against Sirius's metamodel: " + describe(resource));
		}
		return resource;
	}

	private static String describe(Resource resource) {
		List<String> problems = new ArrayList<>();
		for (Resource.Diagnostic diagnostic : resource.getErrors()) {
			problems.add("error at line " + diagnostic.getLine() + ": " + diagnostic.getMessage());
		}
		for (Resource.Diagnostic diagnostic : resource.getWarnings()) {
			problems.add("warning at line " + diagnostic.getLine() + ": " + diagnostic.getMessage());
		}
		return problems.toString();
	}
}
