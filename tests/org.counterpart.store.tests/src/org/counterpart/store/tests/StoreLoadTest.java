package org.counterpart.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * Loading a store whose objects are made on scanning threads: the loaded model is the saved one, a damaged row is
 * a clear error naming the object, and no loading thread outlives the load.
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

	/** Changes stored rows behind the store's back, as damage on disk would. */
	private void damage(String sql, Object... parameters) throws Exception {
		try (WorkspaceStore store = WorkspaceStore.open(dir(), StoreFixture.passphrase())) {
			Field field = JdbcWorkspaceStore.class.getDeclaredField("connection");
			field.setAccessible(true);
			Connection connection = (Connection) field.get(store);
			try (PreparedStatement st = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					st.setObject(i + 1, parameters[i]);
				}
				assertEquals(1, st.executeUpdate());
			}
			connection.commit();
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
	void aDamagedStateIsACorruptStoreNamingTheObject() throws Exception {
		savedStore();
		damage("UPDATE cp_object SET state = X'0105' WHERE id = 'item-1500'"); // five features announced, none there
		StoreException e = loadFails();
		assertEquals(Reason.CORRUPT, e.reason());
		assertTrue(e.getMessage().contains("item-1500"), e.getMessage());
		assertEquals(Reason.CORRUPT, loadFails().reason(), "the failed load changed nothing");
	}

	@Test
	void aReferenceToAMissingObjectIsACorruptStoreNamingTheObject() throws Exception {
		savedStore();
		byte[] state = ObjectState.encodeFeatures(Map.of("name", List.of("Item 42"), "friend", List.of("nobody")));
		damage("UPDATE cp_object SET state = ? WHERE id = 'item-42'", state);
		StoreException e = loadFails();
		assertEquals(Reason.CORRUPT, e.reason());
		assertTrue(e.getMessage().contains("item-42"), e.getMessage());
	}

	@Test
	void anUnknownClassAsksForANewerVersion() throws Exception {
		savedStore();
		damage("UPDATE cp_object SET eclass = ? WHERE id = 'item-7'", TestModel.NS_URI + "#Gone");
		StoreException e = loadFails();
		assertEquals(Reason.UNSUPPORTED_VERSION, e.reason());
		assertTrue(e.getMessage().contains(TestModel.NS_URI + "#Gone"), e.getMessage());
	}
}
