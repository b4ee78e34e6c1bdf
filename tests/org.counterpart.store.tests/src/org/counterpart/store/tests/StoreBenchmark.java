package org.counterpart.store.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * Not a test: compares opening a store with loading an EMF binary resource of the same demo workspace, and
 * saving one change with saving the whole model as XMI. Run with the scale as argument (41 gives about 150,000
 * objects): {@code java -cp ... org.counterpart.store.tests.StoreBenchmark 41}.
 */
public final class StoreBenchmark {

	private StoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int scale = args.length > 0 ? Integer.parseInt(args[0]) : 41;
		CounterpartPackage.eINSTANCE.getName();
		Theater theater = new DemoCountryGenerator(11, scale).generate();
		int objects = 1;
		for (var it = theater.eAllContents(); it.hasNext(); it.next()) {
			objects++;
		}
		System.out.printf("scale %d: %,d objects%n", scale, objects);
		Path dir = Files.createTempDirectory("cp-bench");

		Resource binary = new BinaryResourceImpl(URI.createURI("bench:/b"));
		binary.getContents().add(theater);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		binary.save(bytes, Map.of());
		long binaryLoad = best(5, () -> {
			Resource r = new BinaryResourceImpl(URI.createURI("bench:/b"));
			r.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		});
		Resource xmi = new XMIResourceImpl(URI.createFileURI(dir.resolve("w.xmi").toString()));
		xmi.getContents().add(binary.getContents().get(0));
		long xmiSave = best(3, () -> xmi.save(Map.of()));
		long xmiLoad = best(3, () -> {
			// the usual options for big XMI files: an id map, and references resolved after parsing
			XMIResourceImpl r = new XMIResourceImpl(URI.createFileURI(dir.resolve("w.xmi").toString()));
			r.setIntrinsicIDToEObjectMap(new java.util.HashMap<>());
			r.load(Map.of(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));
		});

		Path storeDir = dir.resolve("store");
		Resource source = new ResourceImpl(URI.createURI("bench:/s"));
		source.getContents().add(xmi.getContents().get(0));
		long t0 = System.nanoTime();
		try (WorkspaceStore store = JdbcWorkspaceStore.importModel(
				JdbcWorkspaceStore.create(storeDir, StoreFixture.passphrase(), StoreFixture.FAST_KDF), source)) {
			System.out.printf("import into store: %d ms, %,d operations%n", (System.nanoTime() - t0) / 1_000_000,
					store.stats().journalSize());
		}
		List<Long> opens = new ArrayList<>();
		List<Long> loads = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long a = System.nanoTime();
			try (WorkspaceStore store = WorkspaceStore.open(storeDir, StoreFixture.passphrase())) {
				long b = System.nanoTime();
				store.load();
				long c = System.nanoTime();
				opens.add((b - a) / 1_000);
				loads.add((c - b) / 1_000);
			}
		}
		List<Long> saves = new ArrayList<>();
		try (WorkspaceStore store = WorkspaceStore.open(storeDir, StoreFixture.passphrase())) {
			Theater t = (Theater) store.load().getContents().get(0);
			for (int i = 0; i < 30; i++) {
				Contact c = t.getContacts().get(i * 37 % t.getContacts().size());
				c.setPosition("position " + i);
				long a = System.nanoTime();
				store.save();
				saves.add((System.nanoTime() - a) / 1_000);
			}
		}
		Collections.sort(saves);
		System.out.printf("EMF binary load: %d ms; XMI load: %d ms; XMI save (whole model): %d ms%n", binaryLoad, xmiLoad, xmiSave);
		System.out.printf("store open (key derivation + H2): best %d ms; load: best %d ms (runs %s us)%n",
				Collections.min(opens) / 1000, Collections.min(loads) / 1000, loads);
		System.out.printf("save of 1 change: median %.2f ms (%.0fx faster than XMI save)%n", saves.get(saves.size() / 2) / 1000.0,
				xmiSave * 1000.0 / saves.get(saves.size() / 2));
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private interface Work {
		void run() throws Exception;
	}

	private static long best(int runs, Work work) throws Exception {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long a = System.nanoTime();
			work.run();
			best = Math.min(best, (System.nanoTime() - a) / 1_000_000);
		}
		return best;
	}
}
