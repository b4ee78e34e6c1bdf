package org.counterpart.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.internal.spec.SpecChecker;
import org.counterpart.diagram.internal.spec.SpecResource;
import org.counterpart.diagram.spec.RepresentationSpec;
import org.counterpart.diagram.spec.SpecPackage;
import org.counterpart.model.CounterpartPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The representation specs that can be drawn, by name. Specs are XMI files with the extension
 * {@value #FILE_EXTENSION}; each is loaded strictly (an unknown element or attribute is an error) and checked
 * completely (see {@link LoadedSpec}) before it is registered, so a mistake in a spec shows when it loads and never
 * while a diagram is drawn.
 * <p>
 * Works inside OSGi and on a plain class path: specs are read through a class's resources.
 */
public final class SpecRegistry {
	/** The extension of spec files. */
	public static final String FILE_EXTENSION = "counterpartspec";

	/** The specs this bundle ships, in its {@code specs/} folder. */
	public static final List<String> SHIPPED = List.of("institution-chart", "contact-network", "objective-tree");

	private final List<EPackage> domainPackages;
	private final ExpressionServices services;
	private final Map<String, LoadedSpec> specs = new LinkedHashMap<>();

	/** A registry of specs of the Counterpart model, with the standard expression services. */
	public SpecRegistry() {
		this(List.of(CounterpartPackage.eINSTANCE), ExpressionServices.standard());
	}

	/**
	 * @param domainPackages where the specs' domain classes are looked up by name
	 * @param services the services the specs' expressions may call
	 */
	public SpecRegistry(List<EPackage> domainPackages, ExpressionServices services) {
		this.domainPackages = List.copyOf(domainPackages);
		this.services = services;
	}

	/** A registry holding the specs this bundle ships. */
	public static SpecRegistry shipped() throws InvalidSpecException {
		SpecRegistry registry = new SpecRegistry();
		for (String name : SHIPPED) {
			registry.register(SpecRegistry.class, "/specs/" + name + "." + FILE_EXTENSION);
		}
		return registry;
	}

	/**
	 * Loads, checks and registers the spec at {@code path} among the resources of {@code anchor}'s bundle or jar.
	 *
	 * @throws InvalidSpecException if it is missing, cannot be read, or fails a check; nothing is registered then
	 */
	public LoadedSpec register(Class<?> anchor, String path) throws InvalidSpecException {
		URL url = anchor.getResource(path);
		if (url == null) {
			throw new InvalidSpecException(path, List.of(new SpecProblem(path, "", "", 0, "No such file next to " + anchor.getName())));
		}
		return register(url);
	}

	/**
	 * Loads, checks and registers the spec at {@code url}. A spec of the same name is replaced.
	 *
	 * @throws InvalidSpecException if it cannot be read or fails a check; nothing is registered then
	 */
	public LoadedSpec register(URL url) throws InvalidSpecException {
		LoadedSpec spec = load(url);
		specs.put(spec.name(), spec);
		return spec;
	}

	/**
	 * Loads and checks the spec at {@code url} without registering it.
	 *
	 * @throws InvalidSpecException if it cannot be read or fails a check
	 */
	public LoadedSpec load(URL url) throws InvalidSpecException {
		String file = url.toString();
		try (InputStream in = url.openStream()) {
			return load(file, in);
		} catch (IOException e) {
			throw new InvalidSpecException(file, List.of(new SpecProblem(file, "", "", 0, "Cannot read the file: " + e.getMessage())));
		}
	}

	/**
	 * Loads and checks a spec from {@code in}, naming it {@code file} in messages.
	 *
	 * @throws InvalidSpecException if it is not a spec file or fails a check
	 */
	public LoadedSpec load(String file, InputStream in) throws InvalidSpecException {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(SpecPackage.eNS_URI, SpecPackage.eINSTANCE);
		SpecResource resource = new SpecResource(URI.createURI("spec." + FILE_EXTENSION));
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new LinkedHashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// A spec is ours: no DTD, no external entities.
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
		List<SpecProblem> problems = new ArrayList<>();
		try {
			resource.load(in, options);
		} catch (IOException | RuntimeException e) {
			// The resource's errors say more, with lines; this is the fallback when it recorded none.
			if (resource.getErrors().isEmpty()) {
				problems.add(new SpecProblem(file, "", "", 0, "Not a readable spec file: " + rootMessage(e)));
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(new SpecProblem(file, "", "", error instanceof XMIException xmi ? xmi.getLine() : error.getLine(), error.getMessage()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidSpecException(file, problems);
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof RepresentationSpec spec)) {
			throw new InvalidSpecException(file, List.of(new SpecProblem(file, "", "", 0, "The file must hold exactly one RepresentationSpec")));
		}
		SpecChecker checker = new SpecChecker(file, resource, domainPackages, services);
		LoadedSpec loaded = checker.check(spec);
		if (!checker.problems().isEmpty()) {
			throw new InvalidSpecException(file, checker.problems());
		}
		return loaded;
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

	/** The registered spec of that name. */
	public Optional<LoadedSpec> get(String name) {
		return Optional.ofNullable(specs.get(name));
	}

	/** The registered specs, in the order they were registered. */
	public List<LoadedSpec> all() {
		return Collections.unmodifiableList(new ArrayList<>(specs.values()));
	}
}
