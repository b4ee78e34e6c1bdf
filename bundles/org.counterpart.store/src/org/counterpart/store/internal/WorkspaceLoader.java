package org.counterpart.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.counterpart.store.StoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Loads the stored state into a model: from the load image when it is current, otherwise from the objects table
 * (scanned by two threads on the first load); and writes the load image again when a store whose model holds just
 * what is stored closes.
 */
final class WorkspaceLoader {

	private static final URI RESOURCE_URI = URI.createURI("counterpart:/workspace");

	/** Bytes per row of the load image. */
	private static final int LOAD_IMAGE_PART = 1 << 20;

	/** Children in the order of their list: by position, then by id, which orders equal positions the same everywhere. */
	private static final Comparator<ObjectRowDecoder.LoadedRow> PLACE_ORDER = (a, b) -> a.position() != b.position()
			? Long.compare(a.position(), b.position())
			: a.id().compareTo(b.id());

	private final WorkspaceState state;
	private final Supplier<Connection> db;

	/**
	 * A second connection to the same H2 database, opened with the first so the first load can scan with two
	 * threads; closed after that load (the keys it needs are not kept).
	 */
	private Connection loadConnection;

	WorkspaceLoader(WorkspaceState state, Supplier<Connection> db) {
		this.state = state;
		this.db = db;
	}

	/** Gives the first load a second connection to scan with. */
	void useLoadConnection(Connection c) throws SQLException {
		loadConnection = c;
		loadConnection.setAutoCommit(false);
	}

	void closeLoadConnection() {
		if (loadConnection != null) {
			StoreErrors.closeQuietly(loadConnection);
			loadConnection = null;
		}
	}

	/** Loads the stored state into a new resource of {@code resourceSet}, and records changes to it from then on. */
	Resource load(ResourceSet resourceSet) throws StoreException {
		if (state.recorder != null) {
			state.recorder.detach();
		}
		ResourceImpl r = new ResourceImpl(RESOURCE_URI);
		resourceSet.getResources().add(r);
		state.registry = resourceSet.getPackageRegistry();
		readInto(r);
		state.resource = r;
		state.startRecording();
		return r;
	}

	/** Puts the stored state back into the loaded resource after changes that could not be written. */
	void reload() throws StoreException {
		state.recorder.detach();
		state.recorder.clear();
		readInto((ResourceImpl) state.resource);
		state.startRecording();
	}

	private void readInto(ResourceImpl r) throws StoreException {
		state.loaded = false;
		if (state.imageValid) {
			LoadImage.Contents image = readImage();
			if (image != null) {
				state.slots = image.slots();
				setContents(r, image.roots(), image.byId());
				state.loaded = true;
				return;
			}
		}
		Map<EObject, Slot> slots = new IdentityHashMap<>();
		state.slots = slots;
		Map<String, EObject> byId = new HashMap<>();
		List<ObjectRowDecoder.LoadedRow> rows = new ArrayList<>();
		ObjectRowDecoder.ClassTable classes = new ObjectRowDecoder.ClassTable(state.registry);
		// the scan threads make the objects and set what needs no other object; references wait until every object
		// exists
		try (ObjectRowScan<ObjectRowDecoder.LoadedRow> scan = new ObjectRowScan<>(db.get(), loadConnection,
				() -> new ObjectRowDecoder(classes))) {
			for (List<ObjectRowDecoder.LoadedRow> batch; (batch = scan.next()) != null;) {
				for (ObjectRowDecoder.LoadedRow row : batch) {
					byId.put(row.id(), row.object());
				}
				rows.addAll(batch);
			}
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		}
		endReading();
		// containment: children in list order, added in one go per list; the scan threads are done, so the sort can
		// have both cores
		ObjectRowDecoder.LoadedRow[] ordered = rows.toArray(ObjectRowDecoder.LoadedRow[]::new);
		Arrays.parallelSort(ordered, PLACE_ORDER);
		List<EObject> roots = new ArrayList<>();
		Map<EObject, Map<EReference, List<EObject>>> children = new IdentityHashMap<>();
		for (ObjectRowDecoder.LoadedRow row : ordered) {
			if (row.containerId() == null) {
				roots.add(row.object());
				slots.put(row.object(), new Slot(null, null, row.position()));
				continue;
			}
			EObject owner = byId.get(row.containerId());
			EStructuralFeature f = owner == null ? null : owner.eClass().getEStructuralFeature(row.containerFeature());
			if (!(f instanceof EReference ref) || !ref.isContainment() || !ref.getEReferenceType().isInstance(row.object())) {
				throw StoreErrors.corrupt(row.id());
			}
			children.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(ref, k -> new ArrayList<>()).add(row.object());
			slots.put(row.object(), new Slot(owner, ref, row.position()));
		}
		for (Map.Entry<EObject, Map<EReference, List<EObject>>> e : children.entrySet()) {
			for (Map.Entry<EReference, List<EObject>> list : e.getValue().entrySet()) {
				if (list.getKey().isMany()) {
					@SuppressWarnings("unchecked")
					InternalEList<EObject> target = (InternalEList<EObject>) e.getKey().eGet(list.getKey());
					target.addAllUnique(list.getValue());
				} else {
					e.getKey().eSet(list.getKey(), list.getValue().get(list.getValue().size() - 1));
				}
			}
		}
		ObjectRowDecoder.applyPending(rows, byId::get);
		setContents(r, roots, byId);
		state.loaded = true;
	}

	/** Ends the read transaction of a load and closes the connection only loads use. */
	private void endReading() throws StoreException {
		try {
			db.get().commit();
		} catch (SQLException e) {
			throw StoreErrors.databaseFailed(e);
		} finally {
			closeLoadConnection();
		}
	}

	/** Makes {@code roots} the resource's contents and {@code byId} (every object with an id) its id map. */
	private static void setContents(ResourceImpl r, List<EObject> roots, Map<String, EObject> byId) {
		// without a map, the resource does not walk every object to fill one
		r.setIntrinsicIDToEObjectMap(null);
		r.getContents().clear();
		((InternalEList<EObject>) r.getContents()).addAllUnique(roots);
		r.setIntrinsicIDToEObjectMap(byId);
	}

	/**
	 * Reads the load image, or returns null if it cannot be used (written for classes or features this version does
	 * not have, or damaged): the objects table is then read instead, and the image is written anew on close.
	 */
	private LoadImage.Contents readImage() throws StoreException {
		LoadImage.Contents contents;
		try (LoadImageParts parts = new LoadImageParts(loadConnection != null ? loadConnection : db.get())) {
			contents = LoadImage.read(parts, state.registry);
		} catch (LoadImage.Unusable e) {
			state.imageValid = false;
			StoreErrors.rollbackQuietly(db.get());
			return null;
		}
		endReading();
		return contents;
	}

	/**
	 * Writes the load image if the stored state changed since the last one and the model holds just what is stored
	 * (loaded, nothing unsaved). The mark goes first and comes back last, each in a commit of its own, so the image
	 * is written in small transactions (one large one would have the database write its pages again and again) and
	 * still never looks current when it is not. A failure only leaves the image out of date: the next open reads the
	 * objects table.
	 */
	void writeImage() {
		Connection connection = db.get();
		if (connection == null || !state.loaded || state.recorder == null || state.imageValid || state.recorder.hasChanges()) {
			return; // also after a reload that failed: the model may then hold what the store does not
		}
		try (Statement st = connection.createStatement();
				PreparedStatement insert = connection.prepareStatement("INSERT INTO cp_image (part, data) VALUES (?, ?)")) {
			dropImageMark();
			connection.commit();
			st.execute("TRUNCATE TABLE cp_image");
			connection.commit();
			try (OutputStream parts = new OutputStream() {
				private final ByteArrayOutputStream part = new ByteArrayOutputStream(LOAD_IMAGE_PART);
				private int number;

				@Override
				public void write(int b) throws IOException {
					write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					part.write(b, off, len);
					if (part.size() >= LOAD_IMAGE_PART) {
						flush();
					}
				}

				@Override
				public void flush() throws IOException {
					if (part.size() == 0) {
						return;
					}
					try {
						insert.setInt(1, number++);
						insert.setBytes(2, part.toByteArray());
						insert.executeUpdate();
						connection.commit();
					} catch (SQLException e) {
						throw new IOException(e.getMessage(), e);
					}
					part.reset();
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			}) {
				LoadImage.write(state.resource.getContents(), state.slots, parts);
			}
			MetaTable.markImage(connection);
			connection.commit();
			state.imageValid = true;
		} catch (SQLException | IOException | LoadImage.NotWritable | RuntimeException e) {
			StoreErrors.rollbackQuietly(connection);
		}
	}

	/**
	 * Forgets the load image: the next open reads the objects table, and the image is written anew when a loaded
	 * store closes. The stored state does not change.
	 */
	void dropLoadImage() throws StoreException {
		try {
			dropImageMark();
			db.get().commit();
		} catch (SQLException e) {
			StoreErrors.rollbackQuietly(db.get());
			throw StoreErrors.databaseFailed(e);
		}
	}

	/** In the caller's transaction: the load image no longer counts as current. */
	void dropImageMark() throws SQLException {
		MetaTable.dropImageMark(db.get());
		state.imageValid = false;
	}
}
