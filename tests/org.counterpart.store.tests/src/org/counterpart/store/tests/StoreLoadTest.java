package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.counterpart.store.CanonicalStateHash;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.ObjectState;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a store: from its load image while that holds the stored state, else from the objects table, whose
 * objects are made on scanning threads. The loaded model is the saved one either way, a damaged row is a clear
 * error naming the object, a damaged image is passed over, and no loading thread outlives the load.
 */
class StoreLoadTest {

	private static final int ITEMS = 3000; // some batches of rows on each of the two scan threads

	@TempDir
	Path tempDir;

	private Path dir() {
		return tempDir.resolve("store");
	}

	/** The sample plus {@link #ITEMS} items, each but the first a friend of the one before; returns the state hash. */
	private String savedStore() throws StoreException {
		try (WorkspaceStore store = JdbcWorkspaceStore.create(dir(), StoreFixture.passphrase(), StoreFixture.FAST_KDF)) {
			EObject root = TestModel.sample("w");
			store.load().getContents().add(root);
			List<Object> items = TestModel.list(root, "items");
			EObject previous = null;
			for (int i = 0; i < ITEMS; i++) {
				EObject item = TestModel.item("item-" + i, "Item " + i);
				TestModel.set(item, "count", i);
				TestModel.set(item, "friend", previous);
				items.add(item);
				previous = item;
			}
			store.save();
			return store.stateHash();
		}
	}

	private static Connection connection(WorkspaceStore store) throws ReflectiveOperationException {
		Field field = JdbcWorkspaceStore.class.getDeclaredField("connection");
		field.setAccessible(true);
		return (Connection) field.get(store);
	}

	/** Changes stored rows behind the store's back, as damage on disk would; each statement changes one row. */
	private void damage(String... statements) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Connection connection = connection(store);
			for (String sql : statements) {
				try (Statement st = connection.createStatement()) {
					assertEquals(1, st.executeUpdate(sql), sql);
				}
			}
			connection.commit();
		}
	}

	/** Damages an object's row, with the load image gone so that the objects table is read. */
	private void damageRow(String sql, Object parameter) throws Exception {
		damage("DELETE FROM cp_meta WHERE meta_key = 'load_image'");
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Connection connection = connection(store);
			try (PreparedStatement st = connection.prepareStatement(sql)) {
				if (parameter != null) {
					st.setObject(1, parameter);
				}
				assertEquals(1, st.executeUpdate());
			}
			connection.commit();
		}
	}

	/** Whether the load image is marked as holding the stored state (asked of a store that is not loaded). */
	private boolean imageIsCurrent() throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			return imageIsCurrent(store);
		}
	}

	private static boolean imageIsCurrent(WorkspaceStore store) throws Exception {
		try (Statement st = connection(store).createStatement();
				ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM cp_meta WHERE meta_key = 'load_image'")) {
			rs.next();
			return rs.getInt(1) == 1;
		}
	}

	private static long loadingThreads() {
		return Thread.getAllStackTraces().keySet().stream()
				.filter(t -> t.isAlive() && t.getName().startsWith("Counterpart store load")).count();
	}

	private StoreException loadFails() throws StoreException {
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			StoreException e = assertThrows(StoreException.class, store::load);
			assertEquals(0, loadingThreads());
			return e;
		}
	}

	@Test
	void manyObjectsLoadAsSavedAndAreFoundById() throws Exception {
		String hash = savedStore();
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Resource r = store.load();
			assertEquals(0, loadingThreads());
			assertEquals(hash, CanonicalStateHash.of(r));
			EObject last = r.getEObject("item-" + (ITEMS - 1));
			assertEquals(ITEMS - 1, TestModel.get(last, "count"));
			assertSame(r.getEObject("item-" + (ITEMS - 2)), TestModel.get(last, "friend"));
			assertSame(r.getContents().get(0), last.eContainer());
			// the resource finds objects by id through its map, filled by the load, and kept as objects come and go
			Map<String, EObject> ids = ((ResourceImpl) r).getIntrinsicIDToEObjectMap();
			assertEquals(store.stats().objectCount(), ids.size());
			assertSame(last, ids.get("item-" + (ITEMS - 1)));
			EObject added = TestModel.item("added", "Added");
			TestModel.list(r.getContents().get(0), "items").add(added);
			assertSame(added, ids.get("added"));
			EcoreUtil.remove(last);
			assertNull(ids.get("item-" + (ITEMS - 1)));
			assertNull(r.getEObject("item-" + (ITEMS - 1)));
			store.save();
		}
	}

	@Test
	void theImageIsWrittenOnCloseDroppedByTheFirstSaveAndLoadsAsTheTable() throws Exception {
		String saved = savedStore();
		assertTrue(imageIsCurrent(), "closing a loaded store writes the image");
		String edited;
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Resource r = store.load();
			assertEquals(saved, CanonicalStateHash.of(r));
			EObject item = r.getEObject("item-10");
			TestModel.set(item, "name", "renamed");
			TestModel.list(r.getContents().get(0), "items").move(0, item);
			TestModel.list(item, "linked").add(r.getEObject("item-11"));
			EcoreUtil.delete(r.getEObject("item-12"));
			assertTrue(imageIsCurrent(store));
			store.save();
			assertFalse(imageIsCurrent(store), "the save drops the image's mark");
			edited = store.stateHash();
			assertEquals(edited, CanonicalStateHash.of(r));
		}
		assertTrue(imageIsCurrent());
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Resource r = store.load();
			assertEquals(edited, CanonicalStateHash.of(r));
			assertEquals(0, TestModel.list(r.getContents().get(0), "items").indexOf(r.getEObject("item-10")));
			// unsaved work at close: the image would not hold what is stored, so none is written
			TestModel.set(r.getEObject("item-20"), "name", "saved");
			store.save();
			TestModel.set(r.getEObject("item-21"), "name", "not saved");
		}
		assertFalse(imageIsCurrent());
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Resource r = store.load();
			assertEquals(store.stateHash(), CanonicalStateHash.of(r));
			assertEquals("saved", TestModel.get(r.getEObject("item-20"), "name"));
			assertEquals("Item 21", TestModel.get(r.getEObject("item-21"), "name"));
		}
	}

	@Test
	void aDamagedImageIsPassedOverForTheTableAndWrittenAnew() throws Exception {
		String saved = savedStore();
		damage("UPDATE cp_image SET data = X'00' WHERE part = 0");
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			assertEquals(saved, CanonicalStateHash.of(store.load()));
			assertEquals(0, loadingThreads());
		}
		assertTrue(imageIsCurrent());
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			assertEquals(saved, CanonicalStateHash.of(store.load()));
		}
	}

	@Test
	void aDamagedStateIsACorruptStoreNamingTheObject() throws Exception {
		savedStore();
		damageRow("UPDATE cp_object SET state = X'0105' WHERE id = 'item-1500'", null); // five features announced, none there
		StoreException e = loadFails();
		assertEquals(Reason.CORRUPT, e.reason());
		assertTrue(e.getMessage().contains("item-1500"), e.getMessage());
		assertEquals(Reason.CORRUPT, loadFails().reason(), "the failed load changed nothing");
	}

	@Test
	void aReferenceToAMissingObjectIsACorruptStoreNamingTheObject() throws Exception {
		savedStore();
		byte[] state = ObjectState.encodeFeatures(Map.of("name", List.of("Item 42"), "friend", List.of("nobody")));
		damageRow("UPDATE cp_object SET state = ? WHERE id = 'item-42'", state);
		StoreException e = loadFails();
		assertEquals(Reason.CORRUPT, e.reason());
		assertTrue(e.getMessage().contains("item-42"), e.getMessage());
	}

	@Test
	void anUnknownClassAsksForANewerVersion() throws Exception {
		savedStore();
		damageRow("UPDATE cp_object SET eclass = ? WHERE id = 'item-7'", TestModel.NS_URI + "#Gone");
		StoreException e = loadFails();
		assertEquals(Reason.UNSUPPORTED_VERSION, e.reason());
		assertTrue(e.getMessage().contains(TestModel.NS_URI + "#Gone"), e.getMessage());
	}
}
