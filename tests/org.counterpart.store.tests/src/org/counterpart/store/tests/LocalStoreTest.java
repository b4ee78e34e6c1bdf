package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the encrypted local store does: passphrases, files, locking. */
class LocalStoreTest {

	@TempDir
	Path tempDir;

	private Path dir() {
		return tempDir.resolve("store");
	}

	private String savedSample() throws StoreException {
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir(), StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			store.load().getContents().add(TestModel.sample("w"));
			store.save();
			return store.stateHash();
		}
	}

	/** Name, size and SHA-256 of every file: to prove that nothing was touched. */
	private static Map<String, String> snapshot(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
				try {
					files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(
							MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) + " " + Files.getLastModifiedTime(p));
				} catch (java.security.NoSuchAlgorithmException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return files;
	}

	@Test
	void wrongPassphraseIsAClearErrorAndTouchesNothing() throws Exception {
		savedSample();
		Map<String, String> before = snapshot(dir());
		char[] wrong = "Correct horse battery staple".toCharArray();
		StoreException e = assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), wrong));
		assertEquals(Reason.WRONG_PASSPHRASE, e.reason());
		assertTrue(e.getMessage().contains("passphrase is not correct"), e.getMessage());
		assertFalse(e.getMessage().contains("orse"));
		assertEquals(new String(new char[wrong.length]), new String(wrong)); // wiped
		assertEquals(before, snapshot(dir()));
	}

	@Test
	void defaultKeyDerivationOpensToo() throws Exception {
		try (WorkspaceStore store = WorkspaceStore.create(dir(), "a strong passphrase".toCharArray())) {
			store.load().getContents().add(TestModel.sample("w"));
			store.save();
		}
		assertTrue(Files.readString(dir().resolve("counterpart-store.properties")).contains("kdf.cost=65536"));
		try (WorkspaceStore store = WorkspaceStore.open(dir(), "a strong passphrase".toCharArray())) {
			assertEquals(6, store.stats().objectCount());
		}
		assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), "a strong passphrasE".toCharArray()));
	}

	@Test
	void passphraseChangeReKeysTheStore() throws Exception {
		String hash = savedSample();
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Map<String, String> before = snapshot(dir());
			StoreException e = assertThrows(StoreException.class,
					() -> store.changePassphrase("not it".toCharArray(), "new one".toCharArray()));
			assertEquals(Reason.WRONG_PASSPHRASE, e.reason());
			assertEquals(before, snapshot(dir()));
			store.load();
			store.changePassphrase(StoreFixture.passphrase(), "a new passphrase".toCharArray());
			// still usable after the re-key
			TestModel.set(store.resource().getContents().get(0), "name", "renamed");
			store.save();
			hash = store.stateHash();
		}
		assertEquals(Reason.WRONG_PASSPHRASE,
				assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), StoreFixture.passphrase())).reason());
		try (WorkspaceStore store = WorkspaceStore.open(dir(), "a new passphrase".toCharArray())) {
			assertEquals(hash, CanonicalStateHash.of(store.load()));
		}
		try (Stream<Path> files = Files.list(dir())) {
			assertEquals(2, files.count(), "only the header and the current database remain");
		}
	}

	@Test
	void badRequestsAreClearErrorsAndChangeNothing() throws Exception {
		assertEquals(Reason.NOT_FOUND, assertThrows(StoreException.class,
				() -> WorkspaceStore.open(tempDir.resolve("nothing"), StoreFixture.passphrase())).reason());
		assertFalse(Files.exists(tempDir.resolve("nothing")));
		assertEquals(Reason.INVALID_INPUT,
				assertThrows(StoreException.class, () -> WorkspaceStore.create(dir(), new char[0])).reason());
		assertFalse(Files.exists(dir()));
		savedSample();
		Map<String, String> before = snapshot(dir());
		assertEquals(Reason.ALREADY_EXISTS,
				assertThrows(StoreException.class, () -> WorkspaceStore.create(dir(), "other".toCharArray())).reason());
		assertEquals(before, snapshot(dir()));
		Files.writeString(dir().resolve("counterpart-store.properties"), "format=1\nsalt=%%%\n");
		assertEquals(Reason.CORRUPT,
				assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), StoreFixture.passphrase())).reason());
		Files.writeString(dir().resolve("counterpart-store.properties"), "format=7\n");
		StoreException newer = assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), StoreFixture.passphrase()));
		assertEquals(Reason.UNSUPPORTED_VERSION, newer.reason());
		assertTrue(newer.getMessage().contains("newer version"), newer.getMessage());
	}

	@Test
	void aStoreOpenInOneProcessIsRefusedToASecond() throws Exception {
		savedSample();
		try (WorkspaceStore first = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			first.load();
			StoreException e = assertThrows(StoreException.class, () -> WorkspaceStore.open(dir(), StoreFixture.passphrase()));
			assertEquals(Reason.IN_USE, e.reason(), e.getMessage());
		}
	}

	@Test
	void closedStoreRefusesWork() throws Exception {
		WorkspaceStore store = JdbcWorkspaceStore.create(dir(), StoreFixture.passphrase(), StoreFixture.FAST_KDF);
		store.close();
		assertThrows(StoreException.class, store::stats);
		assertThrows(StoreException.class, store::load);
		WorkspaceStore open = WorkspaceStore.open(dir(), StoreFixture.passphrase());
		try (open) {
			assertEquals(Reason.INVALID_INPUT, assertThrows(StoreException.class, open::save).reason()); // not loaded
		}
	}

	@Test
	void importsAnXmiFileIntoANewStoreAndExportsItBack() throws Exception {
		ResourceSetImpl rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		TestModel.PACKAGE.getName(); // registers the package
		Resource xmi = rs.getResource(URI.createURI(LocalStoreTest.class.getResource("/data/sample.xmi").toString()), true);
		String hash = CanonicalStateHash.of(xmi);
		try (WorkspaceStore store = WorkspaceStore.importModel(dir(), StoreFixture.passphrase(), xmi)) {
			assertEquals(hash, store.stateHash());
			Resource out = new XMIResourceImpl(URI.createFileURI(tempDir.resolve("export.xmi").toString()));
			store.exportTo(out);
			out.save(null);
		}
		Resource back = rs.getResource(URI.createFileURI(tempDir.resolve("export.xmi").toString()), true);
		assertEquals(hash, CanonicalStateHash.of(back));
		Resource empty = new XMIResourceImpl();
		assertEquals(Reason.INVALID_INPUT, assertThrows(StoreException.class,
				() -> WorkspaceStore.importModel(tempDir.resolve("e"), StoreFixture.passphrase(), empty)).reason());
		assertFalse(Files.exists(tempDir.resolve("e")));
	}

	@Test
	void theFileTrafficCountsWhatASaveWritesAndALoadReads() throws Exception {
		Path dir = tempDir.resolve("traffic");
		TestModel.PACKAGE.getName();
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.create(dir, StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			JdbcWorkspaceStore.FileTraffic before = store.fileTraffic();
			store.load().getContents().add(TestModel.sample("traffic"));
			store.save();
			JdbcWorkspaceStore.FileTraffic saved = store.fileTraffic();
			assertTrue(saved.written() > before.written(), "a save writes: " + before + " then " + saved);
		}
		try (JdbcWorkspaceStore store = JdbcWorkspaceStore.open(dir, StoreFixture.passphrase())) {
			JdbcWorkspaceStore.FileTraffic opened = store.fileTraffic();
			store.dropLoadImage();
			store.load();
			JdbcWorkspaceStore.FileTraffic loaded = store.fileTraffic();
			assertTrue(loaded.read() >= opened.read(), "counters only rise: " + opened + " then " + loaded);
			assertTrue(loaded.read() > 0, "opening and loading read the file: " + loaded);
		}
	}
}
