package org.counterpart.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.WorkspaceStore;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The same demo workspace in the three forms the benchmarks compare: an XMI file, an EMF binary file and an
 * encrypted workspace store. The report's JVM writes them once; each JMH fork finds them through the system
 * property {@value #FIXTURE_PROPERTY}.
 */
public final class DemoWorkspaceFiles {

	public static final String FIXTURE_PROPERTY = "counterpart.benchmarks.fixture";
	public static final long SEED = 1;
	public static final int SCALE = 100;
	/** Not secret: the store exists only for the benchmark. */
	private static final String PASSPHRASE = "benchmark passphrase";
	private static final int BUFFER = 1 << 16;

	private final Path dir;

	private DemoWorkspaceFiles(Path dir) {
		this.dir = dir;
	}

	/** The files written by {@link #write(Path)} in the directory the fork was told about. */
	public static DemoWorkspaceFiles fromSystemProperty() {
		String dir = System.getProperty(FIXTURE_PROPERTY);
		if (dir == null) {
			throw new IllegalStateException("System property " + FIXTURE_PROPERTY + " is not set; run BenchmarkReport");
		}
		return new DemoWorkspaceFiles(Path.of(dir));
	}

	/**
	 * Generates the demo workspace and writes it in the three forms into {@code dir} (emptied first).
	 *
	 * @return the number of objects in the workspace
	 */
	public static int write(Path dir) throws IOException {
		deleteTree(dir);
		Files.createDirectories(dir);
		DemoWorkspaceFiles files = new DemoWorkspaceFiles(dir);
		Theater theater = new DemoCountryGenerator(SEED, SCALE).generate();
		Resource xmi = newXmiResource();
		xmi.getContents().add(theater);
		save(xmi, files.xmiFile());
		Resource binary = newBinaryResource();
		binary.getContents().add(theater);
		save(binary, files.binaryFile());
		try (WorkspaceStore store = WorkspaceStore.importModel(files.storeDir(), passphrase(), binary)) {
			return (int) count(binary);
		} catch (Exception e) {
			throw new IOException("Cannot import the demo workspace into a store: " + e.getMessage(), e);
		}
	}

	public Path xmiFile() {
		return dir.resolve("workspace.xmi");
	}

	public Path binaryFile() {
		return dir.resolve("workspace.bin");
	}

	public Path storeDir() {
		return dir.resolve("store");
	}

	/** A new, empty directory beside the files, for a benchmark's own copies (deleted by the benchmark). */
	public Path newScratchDir(String prefix) throws IOException {
		return Files.createTempDirectory(dir.toAbsolutePath().getParent(), prefix);
	}

	/** A new copy each time: opening a store wipes the passphrase it is given. */
	public static char[] passphrase() {
		return PASSPHRASE.toCharArray();
	}

	/**
	 * Registers the Counterpart model in EMF's global package registry, where the store looks classes up; in
	 * the product, OSGi does that when the workbench starts, so it is not part of opening a workspace.
	 */
	public static void registerModel() {
		CounterpartPackage.eINSTANCE.eClass();
	}

	/** An XMI resource as the product's XMI export uses it (ids through a map, see TheaterXmi). */
	public static Resource newXmiResource() {
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("benchmark:/workspace.xmi"));
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		newResourceSet().getResources().add(resource);
		return resource;
	}

	/** An EMF binary resource; given an id map too, so that references by id resolve without scans. */
	public static Resource newBinaryResource() {
		BinaryResourceImpl resource = new BinaryResourceImpl(URI.createURI("benchmark:/workspace.bin"));
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		newResourceSet().getResources().add(resource);
		return resource;
	}

	private static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(CounterpartPackage.eNS_URI, CounterpartPackage.eINSTANCE);
		return set;
	}

	public static void load(Resource resource, Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
			resource.load(in, options(resource, true));
		}
	}

	public static void save(Resource resource, Path file) throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
			resource.save(out, options(resource, false));
		}
	}

	/** The XMI options of TheaterXmi (minus its parser hardening, which costs nothing measurable); binary: defaults. */
	private static Map<Object, Object> options(Resource resource, boolean load) {
		Map<Object, Object> options = new HashMap<>();
		if (resource instanceof XMLResource) {
			if (load) {
				options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
			} else {
				options.put(XMLResource.OPTION_ENCODING, "UTF-8");
				options.put(XMLResource.OPTION_LINE_WIDTH, 120);
				options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
				options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
			}
		}
		return options;
	}

	static long count(Resource resource) {
		long n = 0;
		for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(p)) {
			for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(q);
			}
		}
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path q : walk.toList()) {
				Path target = to.resolve(from.relativize(q).toString());
				if (Files.isDirectory(q)) {
					Files.createDirectories(target);
				} else {
					Files.copy(q, target);
				}
			}
		}
	}
}
