package org.counterpart.model.xmi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXParseException;

/**
 * Exports a whole workspace to one XMI file and imports it back. References between objects are written as their
 * {@code id}s, so the file is stable under reordering and readable by any EMF tool that has the Counterpart
 * metamodel (nsURI {@value CounterpartPackage#eNS_URI}).
 * <p>
 * Import reads into a new {@link Theater}: a file that is not well-formed XML, not a Counterpart workspace, or that
 * refers to objects it does not contain fails with an {@link IOException} saying so, and nothing else is touched.
 * Export writes to a temporary file next to the target and renames it, so a failed export leaves no half-written
 * file behind. Works with or without OSGi.
 */
public final class TheaterXmi {

	private TheaterXmi() {
	}

	/**
	 * Writes a workspace to an XMI file, replacing the file if it exists.
	 *
	 * @param theater the workspace; not modified (if it belongs to a resource, a copy is written)
	 * @param file the file to write
	 * @throws IOException if the file cannot be written
	 */
	public static void save(Theater theater, Path file) throws IOException {
		if (theater == null) {
			throw new IllegalArgumentException("No workspace to export");
		}
		refuseExternalReferences(theater);
		Path target = file.toAbsolutePath();
		Path directory = target.getParent();
		if (directory != null) {
			Files.createDirectories(directory);
		}
		Path temporary = Files.createTempFile(directory, target.getFileName().toString(), ".part");
		try {
			// An object can be in one resource only: export a copy if the workspace already lives in one (e.g. the store's).
			Theater exported = theater.eResource() == null ? theater : EcoreUtil.copy(theater);
			XMIResource resource = newResource(URI.createFileURI(target.toString()));
			resource.getContents().add(exported);
			try (OutputStream out = Files.newOutputStream(temporary)) {
				resource.save(out, saveOptions());
			} finally {
				resource.getContents().clear();
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Reads a workspace exported by {@link #save(Theater, Path)}.
	 *
	 * @param file the file to read
	 * @return a new workspace, not attached to any resource
	 * @throws IOException with a message for the user if the file is missing, unreadable or not a Counterpart
	 *         workspace
	 */
	public static Theater load(Path file) throws IOException {
		XMIResource resource = newResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, loadOptions());
		} catch (NoSuchFileException e) {
			throw new IOException("Cannot import " + file + ": the file does not exist.", e);
		} catch (IOException | RuntimeException e) {
			throw new IOException(describe(file, e), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Theater theater)) {
			String found = resource.getContents().isEmpty() ? "nothing" : resource.getContents().size() + " top-level objects, the first a "
				+ resource.getContents().get(0).eClass().getName();
			throw new IOException("Cannot import " + file + ": it is not a Counterpart workspace export (it contains " + found
				+ ", expected one Theater).");
		}
		resource.getContents().clear();
		return theater;
	}

	/**
	 * References are written as ids, so an object outside the workspace would be written as an id that no import can
	 * resolve: refuse it before writing anything.
	 */
	private static void refuseExternalReferences(Theater theater) throws IOException {
		Map<EObject, Collection<EStructuralFeature.Setting>> external = EcoreUtil.ExternalCrossReferencer.find(theater);
		if (!external.isEmpty()) {
			Map.Entry<EObject, Collection<EStructuralFeature.Setting>> first = external.entrySet().iterator().next();
			EStructuralFeature.Setting setting = first.getValue().iterator().next();
			throw new IOException("Cannot export \"" + ObjectLabels.labelOf(theater) + "\": \"" + ObjectLabels.labelOf(setting.getEObject())
				+ "\" refers (" + setting.getEStructuralFeature().getName() + ") to \"" + ObjectLabels.labelOf(first.getKey())
				+ "\", which is not part of the workspace" + (external.size() > 1 ? " (and " + (external.size() - 1) + " more such objects)" : "")
				+ ". Add the object to the workspace or remove the reference.");
		}
	}

	private static String describe(Path file, Exception failure) {
		Throwable cause = failure;
		while (cause instanceof Resource.IOWrappedException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof PackageNotFoundException notFound) {
			return "Cannot import " + file + ": it is not a Counterpart workspace export (it uses the model '" + notFound.uri()
				+ "', expected '" + CounterpartPackage.eNS_URI + "').";
		}
		String where = "";
		if (cause instanceof XMIException located && located.getLine() > 0) {
			where = " at line " + located.getLine() + ", column " + located.getColumn();
		} else if (cause instanceof SAXParseException located && located.getLineNumber() > 0) {
			where = " at line " + located.getLineNumber() + ", column " + located.getColumnNumber();
		}
		String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : stripLocation(cause.getMessage());
		if (what.endsWith(".")) {
			what = what.substring(0, what.length() - 1);
		}
		return "Cannot import " + file + ": the file is damaged or not a Counterpart workspace export (" + what + where
			+ "). Export the workspace again, or check that this is the right file.";
	}

	/** EMF appends "(uri, line, column)" to its messages; the location is reported separately. */
	private static String stripLocation(String message) {
		int start = message.lastIndexOf(" (");
		return start > 0 && message.endsWith(")") && message.indexOf(", ", start) > 0 ? message.substring(0, start) : message;
	}

	private static XMIResource newResource(URI uri) {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Registered here, not only in the global registry, so that import works on a plain class path.
		resourceSet.getPackageRegistry().put(CounterpartPackage.eNS_URI, CounterpartPackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(uri);
		// Look objects up by id through a map: without one, each reference would scan the whole resource.
		resource.setIntrinsicIDToEObjectMap(new HashMap<String, EObject>());
		resourceSet.getResources().add(resource);
		return resource;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// No DTDs and no external entities: an imported file must not make the parser read other files or the network.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}
}
