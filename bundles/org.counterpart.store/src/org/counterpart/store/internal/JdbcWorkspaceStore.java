package org.counterpart.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.counterpart.store.Conflict;
import org.counterpart.store.ImportStage;
import org.counterpart.store.MergeTarget;
import org.counterpart.store.OperationIntegrator;
import org.counterpart.store.StoreException;
import org.counterpart.store.StoreException.Reason;
import org.counterpart.store.StoreStats;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.FeatureValueCodec;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.ObjectIds;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationApplier;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.store.journal.OperationRecorder;
import org.counterpart.store.journal.OperationSink;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/** {@link WorkspaceStore} over JDBC: an encrypted H2 file locally, PostgreSQL at HQ. */
public final class JdbcWorkspaceStore implements WorkspaceStore {

	static final String DB_PREFIX = "store-";
	private static final String H2_USER = "COUNTERPART";
	/** Gap between positions of appended children, leaving room to insert between them without renumbering. */
	static final long POSITION_GAP = 1L << 20;
	private static final URI RESOURCE_URI = URI.createURI("counterpart:/workspace");

	/** The cp_meta key present while the load image holds the stored state. */
	private static final String LOAD_IMAGE_MARK = "load_image";

	/** Bytes per row of the load image. */
	private static final int LOAD_IMAGE_PART = 1 << 20;

	/** local stores open in this process: H2 would let a second connection in, two models would then clash */
	private static final Set<Path> OPEN_DIRS = new HashSet<>();

	private final Path dir; // null for a server store
	private final SqlDialect dialect;
	private Connection connection;

	/**
	 * A second connection to the same H2 database, opened with the first so the first load can scan with two
	 * threads; closed after that load (the keys it needs are not kept).
	 */
	private Connection loadConnection;
	private final String deviceId;
	private final HybridLogicalClock clock = new HybridLogicalClock();
	private long lastSequence;

	private Resource resource;
	private EPackage.Registry registry;
	private OperationRecorder recorder;
	/** where each stored object's row places it: the containment list and position */
	private Map<EObject, Slot> slots = new IdentityHashMap<>();

	/** Whether the load image ({@link LoadImage}) holds the stored state: its mark is in cp_meta. */
	private boolean imageValid;

	/** Whether the last load finished: the model was the stored state then (the recorder says what changed since). */
	private boolean loaded;
	/** filling a new store whose header is not written yet: commit every batch (see create) */
	private boolean bulkImport;
	/**
	 * Per device, the head of its gap-free run of journaled operations, once read: kept up to date by each write
	 * so that packages do not read the whole journal for it; devices whose head a write may have moved past a
	 * hole are read again (only beyond their head).
	 */
	private Map<String, Long> heads;
	private final Set<String> headsToRecheck = new HashSet<>();
	/** operations replayed in the order given, by index: the lists they touch are renumbered on writing */
	private boolean strictReplay;
	/** what an integration recorded for the next write: see MergeSession */
	private final MergeSession merge = new MergeSession();
	/** the open import stage, if any */
	private Stage stage;
	/** how many operations an import stage holds in memory, and an import integrates at once */
	private int importBatch = IMPORT_BATCH;

	record Slot(EObject owner, EReference reference, long position) {
	}

	private JdbcWorkspaceStore(Path dir, SqlDialect dialect, Connection connection) throws SQLException {
		this.dir = dir;
		this.dialect = dialect;
		this.connection = connection;
		connection.setAutoCommit(false);
		Map<String, String> meta = readMeta();
		try (Statement st = connection.createStatement()) {
			for (String ddl : dialect.upgrades()) {
				st.execute(ddl);
			}
		}
		// what an import that never finished staged
		AttachmentTable.dropAllStaged(connection);
		StagedOperationTable.clear(connection);
		connection.commit();
		String device = meta.get("device_id");
		if (device == null) {
			device = UUID.randomUUID().toString();
			try (PreparedStatement ps = connection.prepareStatement("INSERT INTO cp_meta (meta_key, meta_value) VALUES (?, ?)")) {
				for (String[] kv : new String[][] { { "schema_version", Integer.toString(SqlDialect.SCHEMA_VERSION) },
						{ "device_id", device }, { "last_sequence", "0" }, { "last_hlc", "0" } }) {
					ps.setString(1, kv[0]);
					ps.setString(2, kv[1]);
					ps.addBatch();
				}
				ps.executeBatch();
			}
			connection.commit();
			meta = readMeta();
		}
		if (!Integer.toString(SqlDialect.SCHEMA_VERSION).equals(meta.get("schema_version"))) {
			try (PreparedStatement ps = connection.prepareStatement("UPDATE cp_meta SET meta_value = ? WHERE meta_key = ?")) {
				ps.setString(1, Integer.toString(SqlDialect.SCHEMA_VERSION));
				ps.setString(2, "schema_version");
				ps.executeUpdate();
			}
			connection.commit();
		}
		this.deviceId = device;
		this.imageValid = meta.containsKey(LOAD_IMAGE_MARK);
		this.lastSequence = Long.parseLong(meta.get("last_sequence"));
		clock.advanceTo(Long.parseLong(meta.get("last_hlc")));
	}

	private Map<String, String> readMeta() throws SQLException {
		Map<String, String> meta = new HashMap<>();
		try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT meta_key, meta_value FROM cp_meta")) {
			while (rs.next()) {
				meta.put(rs.getString(1), rs.getString(2));
			}
		}
		String version = meta.get("schema_version");
		if (version != null && Integer.parseInt(version) > SqlDialect.SCHEMA_VERSION) {
			throw new NewerSchemaException(version);
		}
		return meta;
	}

	private static final class NewerSchemaException extends SQLException {
		private static final long serialVersionUID = 1L;

		NewerSchemaException(String version) {
			super(version);
		}
	}

	// ---------------------------------------------------------------- opening

	public static boolean exists(Path dir) {
		return StoreHeader.exists(dir);
	}

	public static JdbcWorkspaceStore create(Path dir, char[] passphrase) throws StoreException {
		return create(dir, passphrase, KeyDerivation.DEFAULT);
	}

	/** As {@link #create(Path, char[])} with chosen key-derivation parameters (cheap ones make tests fast). */
	public static JdbcWorkspaceStore create(Path dir, char[] passphrase, KeyDerivation.Parameters kdf) throws StoreException {
		return create(dir, passphrase, kdf, null);
	}

	/**
	 * Creates a store, filled with a copy of {@code source} if it is given. An import commits as it goes and
	 * then compacts the database file (one huge transaction would leave most of the file as garbage); it is
	 * still all or nothing, because the header that makes the folder a store is written last.
	 */
	private static JdbcWorkspaceStore create(Path dir, char[] passphrase, KeyDerivation.Parameters kdf, Resource source)
			throws StoreException {
		try {
			requirePassphrase(passphrase);
			if (StoreHeader.exists(dir)) {
				throw new StoreException(Reason.ALREADY_EXISTS, Messages.format(Messages.ALREADY_EXISTS, dir));
			}
			try {
				Files.createDirectories(dir);
			} catch (IOException e) {
				throw ioFailed(dir, e);
			}
			byte[] salt = KeyDerivation.newSalt();
			String dbName = DB_PREFIX + "1";
			deleteDatabaseFiles(dir, dbName);
			claim(dir);
			try (KeyDerivation.Keys keys = KeyDerivation.derive(passphrase, salt, kdf)) {
				Connection c;
				try {
					c = connectH2(dir, dbName, keys, false);
				} catch (SQLException e) {
					release(dir);
					throw e;
				}
				JdbcWorkspaceStore store;
				try {
					try (Statement st = c.createStatement()) {
						for (String ddl : SqlDialect.H2.createSchema()) {
							st.execute(ddl);
						}
					}
					c.commit();
					store = new JdbcWorkspaceStore(dir, SqlDialect.H2, c);
				} catch (SQLException e) {
					closeQuietly(c);
					release(dir);
					throw e;
				}
				if (source != null) {
					try {
						store.bulkImport = true;
						importModel(store, source);
						store.bulkImport = false;
						store.writeImage(); // before compacting, which then lays it out with the rest
						store.compact(keys, dbName);
					} catch (StoreException | SQLException | RuntimeException e) {
						store.closeQuietly();
						release(dir); // close releases only a connected store
						deleteDatabaseFiles(dir, dbName);
						throw e;
					}
				}
				// the header last: a folder without it is not a store, so a failed create leaves nothing to open
				try {
					new StoreHeader(StoreHeader.FORMAT, kdf, salt, keys.verifier(), dbName).write(dir);
				} catch (IOException e) {
					store.closeQuietly();
					throw ioFailed(dir, e);
				}
				return store;
			} catch (SQLException e) {
				throw databaseFailed(e);
			}
		} finally {
			wipe(passphrase);
		}
	}

	public static JdbcWorkspaceStore open(Path dir, char[] passphrase) throws StoreException {
		try {
			requirePassphrase(passphrase);
			StoreHeader header = readHeader(dir);
			try (KeyDerivation.Keys keys = unlock(header, passphrase)) {
				if (!Files.isRegularFile(dir.resolve(header.databaseName() + ".mv.db"))) {
					throw new StoreException(Reason.CORRUPT, Messages.format(Messages.HEADER_CORRUPT, dir));
				}
				claim(dir);
				try {
					removeLeftovers(dir, header.databaseName());
					Connection c = connectH2(dir, header.databaseName(), keys, true);
					try {
						JdbcWorkspaceStore store = new JdbcWorkspaceStore(dir, SqlDialect.H2, c);
						store.loadConnection = connectH2(dir, header.databaseName(), keys, true);
						store.loadConnection.setAutoCommit(false);
						return store;
					} catch (SQLException e) {
						closeQuietly(c);
						throw e;
					}
				} catch (SQLException | RuntimeException e) {
					release(dir);
					throw e;
				}
			} catch (NewerSchemaException e) {
				throw new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.NEWER_FORMAT, e.getMessage()));
			} catch (SQLException e) {
				throw databaseFailed(e);
			}
		} finally {
			wipe(passphrase);
		}
	}

	/**
	 * Connects to a local store's database directly, with the settings and keys a store uses, for tests and
	 * tools that must reach under the store. Claims nothing: the caller must know what else has the store open.
	 */
	public static Connection connectDatabase(Path dir, char[] passphrase) throws StoreException {
		try {
			requirePassphrase(passphrase);
			StoreHeader header = readHeader(dir);
			try (KeyDerivation.Keys keys = unlock(header, passphrase)) {
				return connectH2(dir, header.databaseName(), keys, true);
			} catch (SQLException e) {
				throw databaseFailed(e);
			}
		} finally {
			wipe(passphrase);
		}
	}

	/** The keys of a store whose header is {@code header}, if {@code passphrase} is its passphrase. */
	private static KeyDerivation.Keys unlock(StoreHeader header, char[] passphrase) throws StoreException {
		KeyDerivation.Keys keys = KeyDerivation.derive(passphrase, header.salt(), header.kdf());
		if (!keys.matches(header.verifier())) {
			keys.close();
			throw new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
		}
		return keys;
	}

	public static JdbcWorkspaceStore openServer(String jdbcUrl, String user, char[] password) throws StoreException {
		try {
			Properties props = new Properties();
			props.setProperty("user", user);
			props.setProperty("password", new String(password));
			Connection c;
			try {
				// a driver instance rather than DriverManager, which does not see other bundles in OSGi
				Driver driver = (Driver) Class.forName("org.postgresql.Driver").getDeclaredConstructor().newInstance();
				c = driver.connect(jdbcUrl, props);
				if (c == null) {
					throw new SQLException("not a PostgreSQL URL", "08001");
				}
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new StoreException(Reason.IO, Messages.format(Messages.SERVER_FAILED, "PostgreSQL driver missing"));
			}
			try {
				c.setAutoCommit(false);
				try (Statement st = c.createStatement()) {
					for (String ddl : SqlDialect.POSTGRESQL.createSchema()) {
						st.execute(ddl);
					}
				}
				c.commit();
				return new JdbcWorkspaceStore(null, SqlDialect.POSTGRESQL, c);
			} catch (SQLException e) {
				closeQuietly(c);
				throw e;
			}
		} catch (NewerSchemaException e) {
			throw new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.NEWER_FORMAT, e.getMessage()));
		} catch (SQLException e) {
			throw new StoreException(Reason.IO, Messages.format(Messages.SERVER_FAILED, describe(e)), sanitized(e));
		} finally {
			wipe(password);
		}
	}

	public static WorkspaceStore importModel(Path dir, char[] passphrase, Resource source) throws StoreException {
		if (source.getContents().isEmpty()) {
			wipe(passphrase);
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_MODEL);
		}
		return create(dir, passphrase, KeyDerivation.DEFAULT, source);
	}

	/** Rewrites the database file without its garbage (H2: SHUTDOWN COMPACT) and connects again. */
	private void compact(KeyDerivation.Keys keys, String dbName) throws SQLException {
		closeLoadConnection();
		try (Statement st = connection.createStatement()) {
			st.execute("SHUTDOWN COMPACT");
		}
		closeQuietly(connection);
		connection = null;
		connection = connectH2(dir, dbName, keys, true);
		connection.setAutoCommit(false);
	}

	/** Copies the objects of {@code source} into an empty, open store and saves them. */
	public static <S extends WorkspaceStore> S importModel(S store, Resource source) throws StoreException {
		if (source.getContents().isEmpty()) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_MODEL);
		}
		ResourceSet rs = new ResourceSetImpl();
		if (source.getResourceSet() != null) {
			rs.setPackageRegistry(source.getResourceSet().getPackageRegistry());
		}
		Resource target = store.load(rs);
		target.getContents().addAll(EcoreUtil.copyAll(source.getContents()));
		store.save();
		return store;
	}

	private static void claim(Path dir) throws StoreException {
		synchronized (OPEN_DIRS) {
			if (!OPEN_DIRS.add(key(dir))) {
				throw new StoreException(Reason.IN_USE, Messages.IN_USE);
			}
		}
	}

	private static void release(Path dir) {
		synchronized (OPEN_DIRS) {
			OPEN_DIRS.remove(key(dir));
		}
	}

	private static Path key(Path dir) {
		try {
			return dir.toRealPath();
		} catch (IOException e) {
			return dir.toAbsolutePath().normalize();
		}
	}

	private static StoreHeader readHeader(Path dir) throws StoreException {
		if (!StoreHeader.exists(dir)) {
			throw new StoreException(Reason.NOT_FOUND, Messages.format(Messages.NOT_A_STORE, dir));
		}
		try {
			return StoreHeader.read(dir);
		} catch (IOException e) {
			throw ioFailed(dir, e);
		} catch (StoreHeader.HeaderException e) {
			if (e.newerFormat() > 0) {
				throw new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.NEWER_FORMAT, e.newerFormat()));
			}
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.HEADER_CORRUPT, dir));
		}
	}

	/**
	 * The settings of every local store's H2 database. CIPHER=AES: the whole file encrypted; COMPRESS: pages
	 * compressed before they are encrypted, so opening decrypts less than half as many bytes; no trace file (it
	 * could hold SQL with data); the write delay 0 makes every commit reach the file before commit() returns; lazy
	 * execution streams big results instead of spilling them to temporary files.
	 */
	public static final String H2_SETTINGS = ";CIPHER=AES;COMPRESS=TRUE;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
			+ ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LAZY_QUERY_EXECUTION=TRUE";

	private static Connection connectH2(Path dir, String dbName, KeyDerivation.Keys keys, boolean mustExist) throws SQLException {
		String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve(dbName) + H2_SETTINGS
				+ (mustExist ? ";IFEXISTS=TRUE" : "");
		Properties props = new Properties();
		props.setProperty("user", H2_USER);
		char[] pw = keys.h2Password();
		props.put("password", pw); // H2 takes char[] and wipes it
		try {
			Connection c = new org.h2.Driver().connect(url, props);
			if (c == null) {
				throw new SQLException("H2 refused the URL");
			}
			return c;
		} finally {
			Arrays.fill(pw, '\0');
		}
	}

	/** Removes what an interrupted passphrase change may have left: database files the header does not name. */
	private static void removeLeftovers(Path dir, String current) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, DB_PREFIX + "*")) {
			for (Path f : files) {
				String name = f.getFileName().toString();
				if (!name.startsWith(current + ".") && name.matches(DB_PREFIX + "[0-9]+\\..*")) {
					Files.deleteIfExists(f);
				}
			}
			deleteTree(dir.resolve("rekey"));
		} catch (IOException e) {
			// a leftover is harmless; the next open tries again
		}
	}

	private static void deleteDatabaseFiles(Path dir, String dbName) throws StoreException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, dbName + ".*")) {
			for (Path f : files) {
				Files.deleteIfExists(f);
			}
		} catch (IOException e) {
			throw ioFailed(dir, e);
		}
	}

	private static void deleteTree(Path p) throws IOException {
		if (!Files.exists(p)) {
			return;
		}
		if (Files.isDirectory(p)) {
			try (DirectoryStream<Path> children = Files.newDirectoryStream(p)) {
				for (Path c : children) {
					deleteTree(c);
				}
			}
		}
		Files.deleteIfExists(p);
	}

	// ---------------------------------------------------------------- loading

	@Override
	public String deviceId() {
		return deviceId;
	}

	@Override
	public Resource load() throws StoreException {
		return load(new ResourceSetImpl());
	}

	@Override
	public Resource load(ResourceSet resourceSet) throws StoreException {
		requireOpen();
		if (recorder != null) {
			recorder.detach();
		}
		ResourceImpl r = new ResourceImpl(RESOURCE_URI);
		resourceSet.getResources().add(r);
		this.registry = resourceSet.getPackageRegistry();
		readInto(r);
		this.resource = r;
		this.recorder = new OperationRecorder(r, clock, deviceId, lastSequence);
		recorder.attach();
		return r;
	}

	/** Children in the order of their list: by position, then by id, which orders equal positions the same everywhere. */
	private static final Comparator<ObjectRowDecoder.LoadedRow> PLACE_ORDER = (a, b) -> a.position() != b.position()
			? Long.compare(a.position(), b.position())
			: a.id().compareTo(b.id());

	private void readInto(ResourceImpl r) throws StoreException {
		loaded = false;
		if (imageValid) {
			LoadImage.Contents image = readImage();
			if (image != null) {
				slots = image.slots();
				setContents(r, image.roots(), image.byId());
				loaded = true;
				return;
			}
		}
		slots = new IdentityHashMap<>();
		Map<String, EObject> byId = new HashMap<>();
		List<ObjectRowDecoder.LoadedRow> rows = new ArrayList<>();
		ObjectRowDecoder.ClassTable classes = new ObjectRowDecoder.ClassTable(registry);
		// the scan threads make the objects and set what needs no other object; references wait until every object
		// exists
		try (ObjectRowScan<ObjectRowDecoder.LoadedRow> scan = new ObjectRowScan<>(connection, loadConnection,
				() -> new ObjectRowDecoder(classes))) {
			for (List<ObjectRowDecoder.LoadedRow> batch; (batch = scan.next()) != null;) {
				for (ObjectRowDecoder.LoadedRow row : batch) {
					byId.put(row.id(), row.object());
				}
				rows.addAll(batch);
			}
		} catch (SQLException e) {
			throw databaseFailed(e);
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
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, row.id()));
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
		loaded = true;
	}

	/** Ends the read transaction of a load and closes the connection only loads use. */
	private void endReading() throws StoreException {
		try {
			connection.commit();
		} catch (SQLException e) {
			throw databaseFailed(e);
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
		try (LoadImageParts parts = new LoadImageParts(loadConnection != null ? loadConnection : connection)) {
			contents = LoadImage.read(parts, registry);
		} catch (LoadImage.Unusable e) {
			imageValid = false;
			rollbackQuietly();
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
	private void writeImage() {
		if (connection == null || !loaded || recorder == null || imageValid || recorder.hasChanges()) {
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
				LoadImage.write(resource.getContents(), slots, parts);
			}
			try (PreparedStatement mark = connection.prepareStatement("INSERT INTO cp_meta (meta_key, meta_value) VALUES (?, ?)")) {
				mark.setString(1, LOAD_IMAGE_MARK);
				mark.setString(2, "1");
				mark.executeUpdate();
			}
			connection.commit();
			imageValid = true;
		} catch (SQLException | IOException | LoadImage.NotWritable | RuntimeException e) {
			rollbackQuietly();
		}
	}

	/**
	 * Forgets the load image: the next open reads the objects table, and the image is written anew when a loaded
	 * store closes. The stored state does not change.
	 */
	public void dropLoadImage() throws StoreException {
		requireOpen();
		try {
			dropImageMark();
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	private void dropImageMark() throws SQLException {
		try (PreparedStatement drop = connection.prepareStatement("DELETE FROM cp_meta WHERE meta_key = ?")) {
			drop.setString(1, LOAD_IMAGE_MARK);
			drop.executeUpdate();
		}
		imageValid = false;
	}

	@Override
	public Resource resource() {
		return resource;
	}

	@Override
	public boolean isDirty() {
		return recorder != null && recorder.hasChanges();
	}

	// ---------------------------------------------------------------- saving

	@Override
	public int save() throws StoreException {
		requireLoaded();
		return write(List.of(), Map.of(), null, true);
	}

	/**
	 * Writes the recorded changes plus {@code foreign} operations (already applied), and makes what is staged in
	 * {@code imported} (if any) part of the store, in one transaction. Without {@code commit}, the transaction is
	 * left open for more (see {@link #importStaged}); the in-memory state moves on as if it were committed, and
	 * whoever rolls back must put it back (see {@link #restoreAfterFailure}).
	 */
	private int write(List<Operation> foreign, Map<String, Long> syncMarks, Stage imported, boolean commit)
			throws StoreException {
		recorder.flush();
		Set<EObject> relocated = recorder.placedObjects();
		Set<EObject> dirty = new LinkedHashSet<>(recorder.dirtyObjects());
		Map<EObject, Slot> newSlots = new IdentityHashMap<>();
		Map<OperationRecorder.ContainmentList, List<EObject>> changedMembers = new HashMap<>();
		for (EObject o : dirty) {
			if (o.eResource() == resource) {
				changedMembers.computeIfAbsent(new OperationRecorder.ContainmentList(o.eContainer(),
						o.eContainer() == null ? null : o.eContainmentFeature()), k -> new ArrayList<>()).add(o);
			}
		}
		for (OperationRecorder.ContainmentList list : recorder.changedLists()) {
			if (list.owner() == null || list.owner().eResource() == resource) {
				List<EObject> members = changedMembers.getOrDefault(list, List.of());
				if (!strictReplay && keepsOrder(list, members, relocated)) {
					// nothing in the list needs a new position: no walk over a list that may be very long
					for (EObject member : members) {
						Long merged = merge.positions.get(member);
						if (merged != null) {
							newSlots.put(member, new Slot(list.owner(), list.reference(), merged));
						}
					}
				} else {
					allocatePositions(list.owner(), list.reference(), newSlots, relocated);
				}
			}
		}
		dirty.addAll(newSlots.keySet());
		dirty.removeIf(o -> o.eResource() != resource);
		for (EObject o : dirty) {
			if (!slots.containsKey(o) && !newSlots.containsKey(o)) {
				allocatePositions(o.eContainer(), o.eContainmentFeature(), newSlots, relocated);
			}
		}
		List<Operation> ops = completeLocalOperations(recorder.operations(), newSlots);
		ops.addAll(foreign);
		long maxHlc = clock.current();
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cp_object WHERE id = ?");
				PreparedStatement update = connection.prepareStatement(
						"UPDATE cp_object SET eclass = ?, container_id = ?, container_feature = ?, pos = ?, state = ? WHERE id = ?");
				PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO cp_object (eclass, container_id, container_feature, pos, state, id) VALUES (?, ?, ?, ?, ?, ?)");
				PreparedStatement journal = connection.prepareStatement(
						"INSERT INTO cp_journal (device_id, device_seq, hlc, kind, object_id, data, target_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement meta = connection.prepareStatement("UPDATE cp_meta SET meta_value = ? WHERE meta_key = ?")) {
			if (imageValid) {
				// first, so that no commit of this write, however partial, leaves the image looking current
				dropImageMark();
			}
			int deletes = 0;
			for (EObject o : recorder.removedObjects()) {
				if (slots.containsKey(o)) {
					delete.setString(1, ObjectIds.id(o));
					delete.addBatch();
					deletes++;
				}
			}
			if (deletes > 0) {
				delete.executeBatch();
			}
			int updates = 0;
			int inserts = 0;
			for (EObject o : inIdOrder(dirty)) {
				boolean stored = slots.containsKey(o);
				PreparedStatement ps = stored ? update : insert;
				Slot slot = newSlots.containsKey(o) ? newSlots.get(o) : slots.get(o);
				ps.setString(1, ObjectIds.classUri(o.eClass()));
				ps.setString(2, o.eContainer() == null ? null : ObjectIds.id(o.eContainer()));
				ps.setString(3, o.eContainer() == null ? null : o.eContainmentFeature().getName());
				ps.setLong(4, slot.position());
				ps.setBytes(5, ObjectState.encodeFeatures(featuresOf(o)));
				ps.setString(6, ObjectIds.id(o));
				ps.addBatch();
				if (stored) {
					updates++;
				} else {
					inserts++;
				}
				if ((updates + inserts) % 5000 == 0) {
					flushBatches(update, updates, insert, inserts);
					updates = inserts = 0;
					commitIfBulk();
				}
			}
			flushBatches(update, updates, insert, inserts);
			long lastSeq = lastSequence;
			for (int i = 0; i < ops.size(); i++) {
				Operation op = ops.get(i);
				journal.setString(1, op.deviceId());
				journal.setLong(2, op.sequence());
				journal.setLong(3, op.timestamp());
				journal.setInt(4, op.kind().code());
				journal.setString(5, op.objectId());
				journal.setBytes(6, OperationCodec.encode(op));
				journal.setString(7, op.isPlacement() ? op.containerId() : null);
				journal.addBatch();
				if (op.kind() == Operation.Kind.RESOLVE && deviceId.equals(op.deviceId())) {
					merge.resolved.add(op.value());
				} else if (op.kind() == Operation.Kind.DELETE) {
					// deletes made here (or replayed) are tombstones too: a later move of the object must not revive it
					merge.addTombstone(op.objectId(), op);
					for (String content : op.deletedContents()) {
						merge.addTombstone(content, op);
					}
				}
				maxHlc = Math.max(maxHlc, op.timestamp());
				if (deviceId.equals(op.deviceId())) {
					lastSeq = Math.max(lastSeq, op.sequence());
				}
				if (i % 5000 == 4999) {
					journal.executeBatch();
					commitIfBulk();
				}
			}
			journal.executeBatch();
			lastSeq = Math.max(lastSeq, recorder.lastSequence());
			meta.setString(1, Long.toString(lastSeq));
			meta.setString(2, "last_sequence");
			meta.addBatch();
			meta.setString(1, Long.toString(maxHlc));
			meta.setString(2, "last_hlc");
			meta.addBatch();
			meta.executeBatch();
			raiseMarks(syncMarks);
			merge.writePending();
			if (imported != null) {
				imported.writeImported();
			}
			if (commit) {
				connection.commit();
			}
			lastSequence = lastSeq;
			advanceHeads(ops);
			if (imported != null) {
				stage = null; // imported: closing it has nothing left to drop
			}
		} catch (SQLException e) {
			rollbackQuietly();
			merge.clear();
			throw databaseFailed(e);
		}
		merge.clear();
		Map<String, EObject> idMap = ((ResourceImpl) resource).getIntrinsicIDToEObjectMap();
		for (EObject o : recorder.removedObjects()) {
			idMap.remove(ObjectIds.id(o));
		}
		for (EObject o : dirty) {
			idMap.put(ObjectIds.id(o), o); // ids given after the object was attached are not in the map yet
		}
		for (EObject o : recorder.removedObjects()) {
			slots.remove(o);
		}
		for (EObject o : dirty) {
			slots.put(o, newSlots.containsKey(o) ? newSlots.get(o) : slots.get(o));
		}
		for (Map.Entry<EObject, Slot> e : newSlots.entrySet()) {
			if (e.getKey().eResource() == resource) {
				slots.put(e.getKey(), e.getValue());
			}
		}
		recorder.clear();
		return ops.size();
	}

	/**
	 * Gives this device's new operations what a merge elsewhere needs: the basis (the latest clock value this
	 * device knew on the same register) and, for placements, the position the object now has among its
	 * siblings.
	 */
	private List<Operation> completeLocalOperations(List<Operation> local, Map<EObject, Slot> newSlots) throws StoreException {
		List<Operation> completed = new ArrayList<>(local.size());
		if (local.isEmpty()) {
			return completed;
		}
		Map<String, EObject> placedById = new HashMap<>();
		for (EObject o : recorder.placedObjects()) {
			placedById.put(ObjectIds.id(o), o);
		}
		Set<String> created = new HashSet<>();
		Set<String> known = new LinkedHashSet<>();
		for (Operation op : local) {
			if (op.kind() == Operation.Kind.CREATE) {
				created.add(op.objectId());
			} else if (!created.contains(op.objectId())) {
				known.add(op.objectId());
				known.addAll(op.deletedContents());
			}
		}
		Map<String, Long> registerStamps = new HashMap<>();
		Map<String, Long> objectStamps = new HashMap<>();
		if (!bulkImport && !known.isEmpty()) {
			for (List<Operation> history : merge.history(known).values()) {
				for (Operation op : history) {
					registerStamps.merge(registerKey(op), op.timestamp(), Math::max);
					objectStamps.merge(op.objectId(), op.timestamp(), Math::max);
				}
			}
		}
		for (Operation op : local) {
			Operation.Builder b = op.toBuilder();
			String key = registerKey(op);
			long basis = registerStamps.getOrDefault(key, 0L);
			if (op.kind() == Operation.Kind.DELETE) {
				basis = objectStamps.getOrDefault(op.objectId(), 0L);
				for (String content : op.deletedContents()) {
					basis = Math.max(basis, objectStamps.getOrDefault(content, 0L));
				}
			}
			if (op.kind() != Operation.Kind.CREATE && op.kind() != Operation.Kind.RESOLVE) {
				b.basis(basis);
			}
			if (op.isPlacement()) {
				EObject o = placedById.get(op.objectId());
				Slot slot = o == null || o.eResource() != resource ? null
						: newSlots.containsKey(o) ? newSlots.get(o) : slots.get(o);
				if (slot != null) {
					b.position(slot.position());
				}
			}
			if (op.kind() != Operation.Kind.RESOLVE) {
				registerStamps.put(key, op.timestamp());
				objectStamps.merge(op.objectId(), op.timestamp(), Math::max);
			}
			completed.add(b.build());
		}
		return completed;
	}

	/**
	 * The register an operation writes: a feature of its object, or the object's place (placements and
	 * deletes share it).
	 */
	public static String registerKey(Operation op) {
		boolean place = op.isPlacement() || op.kind() == Operation.Kind.DELETE;
		return op.objectId() + '\u0000' + (place || op.feature() == null ? "" : op.feature());
	}

	/** During an import into a new store (see create), each batch is committed: no giant transaction. */
	private void commitIfBulk() throws SQLException {
		if (bulkImport) {
			connection.commit();
		}
	}

	/**
	 * The objects sorted by id, so that rows reach the id index in key order: new rows with random ids
	 * would otherwise touch (and make the database rewrite) a different index page each.
	 */
	private static List<EObject> inIdOrder(Collection<EObject> objects) {
		record Keyed(String id, EObject object) {
		}
		List<Keyed> keyed = new ArrayList<>(objects.size());
		for (EObject o : objects) {
			keyed.add(new Keyed(ObjectIds.id(o), o));
		}
		keyed.sort(Comparator.comparing(Keyed::id, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<EObject> sorted = new ArrayList<>(keyed.size());
		for (Keyed k : keyed) {
			sorted.add(k.object());
		}
		return sorted;
	}

	private static void flushBatches(PreparedStatement update, int updates, PreparedStatement insert, int inserts)
			throws SQLException {
		if (updates > 0) {
			update.executeBatch();
		}
		if (inserts > 0) {
			insert.executeBatch();
		}
	}

	/**
	 * Whether the changed members of a list all have their place already: a position a merge gave them, or
	 * their stored slot in this very list when nothing here moved them.
	 */
	private boolean keepsOrder(OperationRecorder.ContainmentList list, List<EObject> members, Set<EObject> relocated) {
		for (EObject member : members) {
			if (merge.positions.containsKey(member)) {
				continue;
			}
			Slot slot = slots.get(member);
			if (slot == null || slot.owner() != list.owner() || slot.reference() != list.reference()
					|| relocated.contains(member)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Gives the children of one containment list increasing positions, keeping every stored position that
	 * is still in order and placing the others between their neighbours (or a gap after the last), so that
	 * an append or an insert rewrites one row and a removal none.
	 */
	private void allocatePositions(EObject owner, EReference reference, Map<EObject, Slot> newSlots, Set<EObject> relocated) {
		List<EObject> children;
		if (owner == null) {
			children = resource.getContents();
		} else if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			List<EObject> list = (List<EObject>) owner.eGet(reference);
			children = list;
		} else {
			EObject child = (EObject) owner.eGet(reference);
			children = child == null ? List.of() : List.of(child);
		}
		int n = children.size();
		long[] stored = new long[n];
		boolean[] valid = new boolean[n];
		boolean[] fixed = new boolean[n];
		for (int i = 0; i < n; i++) {
			EObject child = children.get(i);
			Long merged = merge.positions.get(child);
			if (merged != null) {
				// placed by a merge at the position its operation carries, the same on every device
				fixed[i] = valid[i] = true;
				stored[i] = merged;
				continue;
			}
			Slot s = slots.get(child);
			valid[i] = s != null && s.owner() == owner && s.reference() == reference && !relocated.contains(child);
			stored[i] = valid[i] ? s.position() : 0;
		}
		int[] nextValid = new int[n + 1];
		nextValid[n] = -1;
		for (int i = n - 1; i >= 0; i--) {
			nextValid[i] = valid[i] ? i : nextValid[i + 1];
		}
		boolean first = true;
		long prev = 0;
		for (int i = 0; i < n; i++) {
			if (fixed[i]) {
				newSlots.put(children.get(i), new Slot(owner, reference, stored[i]));
			}
			// equal positions are kept: siblings with equal positions are ordered by id, the same everywhere, and
			// renumbering one here would move it on this device only
			if (fixed[i] || (valid[i] && (first || stored[i] >= prev))) {
				prev = stored[i];
				first = false;
				continue;
			}
			int j = nextValid[i + 1];
			long pos;
			if (j >= 0 && (first || stored[j] > prev + 1)) {
				long upper = stored[j];
				pos = first ? upper - POSITION_GAP : prev + (upper - prev) / 2;
			} else if (j >= 0 && stored[j] >= prev) {
				pos = stored[j]; // no room left between the neighbours: equal positions, ordered by id
			} else {
				pos = first ? 0 : prev + POSITION_GAP;
			}
			prev = pos;
			first = false;
			newSlots.put(children.get(i), new Slot(owner, reference, pos));
		}
	}

	/** The stored feature values of an object, as the state column holds them. */
	static Map<String, List<String>> featuresOf(EObject o) {
		return FeatureValueCodec.stateOf(o);
	}

	@Override
	public int importOperations(Collection<Operation> operations) throws StoreException {
		return importOperations(operations, Map.of());
	}

	@Override
	public int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks) throws StoreException {
		strictReplay = true;
		try {
			return importOperations(operations, syncMarks,
					(fresh, target) -> new OperationApplier(target.resource(), registry).applyAll(fresh));
		} finally {
			strictReplay = false;
		}
	}

	@Override
	public int importOperations(Collection<Operation> operations, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		requireLoaded();
		if (recorder.hasChanges()) {
			save();
		}
		List<Operation> fresh;
		try {
			fresh = unjournaled(operations);
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		} catch (StoreException e) {
			rollbackQuietly();
			throw e;
		}
		integrate(fresh, integrator);
		try {
			write(fresh, syncMarks, null, true);
		} catch (StoreException e) {
			reloadAfterFailure();
			throw e;
		}
		return fresh.size();
	}

	@Override
	public int importStaged(ImportStage staged, Map<String, Long> syncMarks, OperationIntegrator integrator)
			throws StoreException {
		requireLoaded();
		Stage imported = openStage(staged);
		if (recorder.hasChanges()) {
			save();
		}
		// One transaction from the first batch to the commit: each batch is written before the next is read, so the
		// next sees it in the journal, and a failure anywhere rolls all of them back.
		int applied = 0;
		try {
			imported.rewind();
			boolean last;
			do {
				List<Operation> fresh = unjournaled(imported.nextBatch());
				last = !imported.hasNextBatch();
				integrateStaged(fresh, integrator);
				applied += fresh.size();
				write(fresh, last ? syncMarks : Map.of(), last ? imported : null, last);
			} while (!last);
			imported.dropImportedOperations();
		} catch (StoreException e) {
			restoreAfterFailure();
			throw e;
		} catch (SQLException e) {
			restoreAfterFailure();
			throw databaseFailed(e);
		} catch (IOException e) {
			restoreAfterFailure();
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "staged operations"));
		}
		return applied;
	}

	/**
	 * Those of {@code operations} that the journal does not hold yet (nor an earlier one of them: a second copy is
	 * dropped), in clock order; reads in the current transaction and leaves it open.
	 */
	private List<Operation> unjournaled(Collection<Operation> operations) throws StoreException, SQLException {
		// one range query per device rather than one per operation
		Map<String, List<Operation>> byDevice = new TreeMap<>();
		for (Operation op : operations) {
			if (op.deviceId() == null || op.sequence() <= 0) {
				throw new StoreException(Reason.INVALID_INPUT,
						Messages.format(Messages.OPERATION_REFUSED, "no device or sequence number"));
			}
			byDevice.computeIfAbsent(op.deviceId(), d -> new ArrayList<>()).add(op);
		}
		List<Operation> fresh = new ArrayList<>();
		try (PreparedStatement known = connection.prepareStatement(
				"SELECT device_seq FROM cp_journal WHERE device_id = ? AND device_seq BETWEEN ? AND ?")) {
			for (Map.Entry<String, List<Operation>> device : byDevice.entrySet()) {
				long first = Long.MAX_VALUE;
				long last = Long.MIN_VALUE;
				for (Operation op : device.getValue()) {
					first = Math.min(first, op.sequence());
					last = Math.max(last, op.sequence());
				}
				Set<Long> journaled = new HashSet<>();
				known.setString(1, device.getKey());
				known.setLong(2, first);
				known.setLong(3, last);
				try (ResultSet rs = known.executeQuery()) {
					while (rs.next()) {
						journaled.add(rs.getLong(1));
					}
				}
				for (Operation op : device.getValue()) {
					if (journaled.add(op.sequence())) {
						fresh.add(op);
					}
				}
			}
		}
		fresh.sort(OPERATION_ORDER);
		return fresh;
	}

	/**
	 * Integrates {@code fresh} into the loaded model without recording it as local changes, and lets the clock
	 * know of them. If they cannot be integrated, the model is reloaded from the store and the failure thrown.
	 */
	private void integrate(List<Operation> fresh, OperationIntegrator integrator) throws StoreException {
		try {
			integrateStaged(fresh, integrator);
		} catch (StoreException e) {
			reloadAfterFailure();
			throw e;
		}
	}

	/** As {@link #integrate}, leaving the model as the failure left it: the caller puts the store back. */
	private void integrateStaged(List<Operation> fresh, OperationIntegrator integrator) throws StoreException {
		merge.clear();
		StoreException[] failure = { null };
		try {
			recorder.runWithoutRecording(() -> {
				try {
					integrator.integrate(Collections.unmodifiableList(fresh), merge);
				} catch (StoreException e) {
					failure[0] = e;
				}
			});
		} catch (IllegalArgumentException e) {
			merge.clear();
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
		}
		if (failure[0] != null) {
			merge.clear();
			throw failure[0];
		}
		for (Operation op : fresh) {
			clock.receive(op.timestamp());
		}
	}

	/** Clock order, the device and then the sequence number breaking ties: the same total order everywhere. */
	public static final Comparator<Operation> OPERATION_ORDER = Comparator.comparingLong(Operation::timestamp)
			.thenComparing(Operation::deviceId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparingLong(Operation::sequence);

	@Override
	public List<Conflict> conflicts() throws StoreException {
		requireOpen();
		List<Conflict> conflicts = new ArrayList<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT kind, object_id, register, winner, loser FROM cp_conflict WHERE "
						+ "conflict_key NOT IN (SELECT conflict_key FROM cp_resolved) ORDER BY conflict_key")) {
			while (rs.next()) {
				String register = rs.getString(3);
				conflicts.add(new Conflict(Conflict.Kind.valueOf(rs.getString(1)), rs.getString(2),
						register.isEmpty() ? null : register, OperationCodec.decode(rs.getBytes(4)),
						OperationCodec.decode(rs.getBytes(5))));
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		} catch (IOException | IllegalArgumentException e) {
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "conflicts"));
		}
		return conflicts;
	}

	@Override
	public void resolveConflict(Conflict conflict, boolean applyLoser) throws StoreException {
		requireLoaded();
		if (conflicts().stream().noneMatch(c -> c.key().equals(conflict.key()))) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NO_SUCH_CONFLICT, conflict.key()));
		}
		if (applyLoser) {
			EObject o = merge.find(conflict.objectId());
			Operation loser = conflict.loser();
			if (o == null || conflict.kind() == Conflict.Kind.DELETE_EDIT) {
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.CANNOT_RESTORE, conflict.objectId()));
			}
			try {
				if (conflict.kind() == Conflict.Kind.VALUE) {
					new OperationApplier(resource, registry).apply(loser.toBuilder().basis(0).build());
				} else {
					EObject container = loser.containerId() == null ? null : merge.find(loser.containerId());
					if (loser.containerId() != null && (container == null || EcoreUtil.isAncestor(o, container))) {
						throw new StoreException(Reason.INVALID_INPUT,
								Messages.format(Messages.CANNOT_RESTORE, loser.containerId()));
					}
					new OperationApplier(resource, registry).apply(loser);
				}
			} catch (IllegalArgumentException e) {
				reloadAfterFailure();
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.OPERATION_REFUSED, e.getMessage()));
			}
		}
		recorder.recordResolution(conflict.objectId(), conflict.feature(), conflict.key());
		save();
	}

	/** Puts the stored state back into the loaded resource after changes that could not be written. */
	private void reloadAfterFailure() throws StoreException {
		recorder.detach();
		recorder.clear();
		readInto((ResourceImpl) resource);
		recorder = new OperationRecorder(resource, clock, deviceId, lastSequence);
		recorder.attach();
	}

	/**
	 * Rolls back a transaction that {@link #write} left open, and puts back what it moved on in memory: the last
	 * sequence number and journal heads as committed, whether the load image is current, and the loaded model.
	 */
	private void restoreAfterFailure() throws StoreException {
		rollbackQuietly();
		merge.clear();
		heads = null;
		headsToRecheck.clear();
		try {
			Map<String, String> meta = readMeta();
			connection.commit();
			lastSequence = Long.parseLong(meta.get("last_sequence"));
			imageValid = meta.containsKey(LOAD_IMAGE_MARK);
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
		reloadAfterFailure();
	}

	@Override
	public Map<String, String> deviceNames() throws StoreException {
		requireOpen();
		Map<String, String> names = new TreeMap<>();
		try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT device_id, name FROM cp_device")) {
			while (rs.next()) {
				names.put(rs.getString(1), rs.getString(2));
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
		return names;
	}

	@Override
	public void nameDevices(Map<String, String> names) throws StoreException {
		requireOpen();
		try (PreparedStatement update = connection.prepareStatement("UPDATE cp_device SET name = ? WHERE device_id = ?");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO cp_device (device_id, name) VALUES (?, ?)")) {
			for (Map.Entry<String, String> name : new TreeMap<>(names).entrySet()) {
				update.setString(1, name.getValue());
				update.setString(2, name.getKey());
				if (update.executeUpdate() == 0) {
					insert.setString(1, name.getKey());
					insert.setString(2, name.getValue());
					insert.executeUpdate();
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	@Override
	public Map<String, Long> syncMarks(String prefix) throws StoreException {
		requireOpen();
		Map<String, Long> marks = new TreeMap<>();
		try (PreparedStatement ps = connection.prepareStatement("SELECT mark_key, mark_value FROM cp_sync_mark")) {
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					if (rs.getString(1).startsWith(prefix)) {
						marks.put(rs.getString(1), rs.getLong(2));
					}
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
		return marks;
	}

	@Override
	public void raiseSyncMarks(Map<String, Long> syncMarks) throws StoreException {
		requireOpen();
		try {
			raiseMarks(syncMarks);
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	/** Raises marks inside the caller's transaction. */
	private void raiseMarks(Map<String, Long> syncMarks) throws SQLException {
		if (syncMarks.isEmpty()) {
			return;
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT mark_value FROM cp_sync_mark WHERE mark_key = ?");
				PreparedStatement update = connection.prepareStatement("UPDATE cp_sync_mark SET mark_value = ? WHERE mark_key = ?");
				PreparedStatement insert = connection.prepareStatement("INSERT INTO cp_sync_mark (mark_key, mark_value) VALUES (?, ?)")) {
			for (Map.Entry<String, Long> mark : new TreeMap<>(syncMarks).entrySet()) {
				select.setString(1, mark.getKey());
				try (ResultSet rs = select.executeQuery()) {
					if (!rs.next()) {
						insert.setString(1, mark.getKey());
						insert.setLong(2, mark.getValue());
						insert.executeUpdate();
					} else if (rs.getLong(1) < mark.getValue()) {
						update.setLong(1, mark.getValue());
						update.setString(2, mark.getKey());
						update.executeUpdate();
					}
				}
			}
		}
	}

	@Override
	public Map<String, Long> journalHeads() throws StoreException {
		requireOpen();
		try {
			if (heads == null) {
				heads = readHeads();
				headsToRecheck.clear();
			}
			for (String device : headsToRecheck) {
				heads.put(device, headBeyond(device, heads.getOrDefault(device, 0L)));
			}
			headsToRecheck.clear();
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			heads = null;
			throw databaseFailed(e);
		}
		return new TreeMap<>(heads);
	}

	/** Moves the known heads over operations just committed; a device left with a hole is read again later. */
	private void advanceHeads(List<Operation> written) {
		if (heads == null) {
			return;
		}
		Map<String, Set<Long>> byDevice = new HashMap<>();
		for (Operation op : written) {
			byDevice.computeIfAbsent(op.deviceId(), d -> new HashSet<>()).add(op.sequence());
		}
		for (Map.Entry<String, Set<Long>> device : byDevice.entrySet()) {
			long head = heads.getOrDefault(device.getKey(), 0L);
			while (device.getValue().remove(head + 1)) {
				head++;
			}
			heads.put(device.getKey(), head);
			long advanced = head;
			if (device.getValue().stream().anyMatch(seq -> seq > advanced)) {
				headsToRecheck.add(device.getKey()); // beyond a hole: a later write may fill it
			}
		}
	}

	private Map<String, Long> readHeads() throws SQLException {
		Map<String, Long> read = new TreeMap<>();
		List<String> withHoles = new ArrayList<>();
		// counts per device from the (device, sequence) index; only a device with holes is walked one by one
		try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT device_id, COUNT(*), MIN(device_seq), MAX(device_seq) FROM cp_journal GROUP BY device_id")) {
			while (rs.next()) {
				String device = rs.getString(1);
				long count = rs.getLong(2);
				long min = rs.getLong(3);
				long max = rs.getLong(4);
				if (min != 1) {
					read.put(device, 0L);
				} else if (count == max) {
					read.put(device, max);
				} else {
					withHoles.add(device);
				}
			}
		}
		for (String device : withHoles) {
			read.put(device, headBeyond(device, 0));
		}
		return read;
	}

	/** The head of a device's gap-free run, reading its journaled sequence numbers above {@code head}. */
	private long headBeyond(String device, long head) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(
				"SELECT device_seq FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")) {
			ps.setString(1, device);
			ps.setLong(2, head);
			try (ResultSet seqs = ps.executeQuery()) {
				while (seqs.next() && seqs.getLong(1) == head + 1) {
					head++;
				}
			}
		}
		return head;
	}

	@Override
	public void readJournal(String device, long afterSequence, OperationSink sink) throws StoreException, IOException {
		requireOpen();
		try (PreparedStatement ps = connection.prepareStatement(
				"SELECT data FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")) {
			ps.setFetchSize(1000);
			ps.setString(1, device);
			ps.setLong(2, afterSequence);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					Operation op;
					try {
						op = OperationCodec.decode(rs.getBytes(1));
					} catch (IOException e) {
						throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "journal"));
					}
					sink.accept(op);
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	// ---------------------------------------------------------------- reading

	@Override
	public List<Operation> journal() throws StoreException {
		return readJournal("SELECT data FROM cp_journal ORDER BY entry", null, 0);
	}

	@Override
	public List<Operation> journal(String device, long afterSequence) throws StoreException {
		return readJournal("SELECT data FROM cp_journal WHERE device_id = ? AND device_seq > ? ORDER BY device_seq", device,
				afterSequence);
	}

	private List<Operation> readJournal(String sql, String device, long after) throws StoreException {
		requireOpen();
		List<Operation> ops = new ArrayList<>();
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			if (device != null) {
				ps.setString(1, device);
				ps.setLong(2, after);
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ops.add(OperationCodec.decode(rs.getBytes(1)));
				}
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		} catch (IOException e) {
			throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "journal"));
		}
		return ops;
	}

	@Override
	public String stateHash() throws StoreException {
		requireOpen();
		Map<String, ObjectState> states = new HashMap<>();
		record Child(String container, String feature, long position, String id) {
		}
		List<Child> placed = new ArrayList<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT id, eclass, container_id, container_feature, pos, state FROM cp_object")) {
			while (rs.next()) {
				String id = rs.getString(1);
				try {
					states.put(id, new ObjectState(id, rs.getString(2), ObjectState.decodeFeatures(rs.getBytes(6))));
				} catch (IOException e) {
					throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, id));
				}
				placed.add(new Child(rs.getString(3), rs.getString(4), rs.getLong(5), id));
			}
			connection.commit();
		} catch (SQLException e) {
			throw databaseFailed(e);
		}
		placed.sort(Comparator.comparingLong(Child::position).thenComparing(Child::id));
		List<String> roots = new ArrayList<>();
		for (Child c : placed) {
			if (c.container() == null) {
				roots.add(c.id());
			} else {
				ObjectState owner = states.get(c.container());
				if (owner == null) {
					throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, c.id()));
				}
				owner.features().computeIfAbsent(c.feature(), k -> new ArrayList<>()).add(c.id());
			}
		}
		return ObjectState.hash(new ArrayList<>(states.values()), roots);
	}

	@Override
	public StoreStats stats() throws StoreException {
		requireOpen();
		try (Statement st = connection.createStatement()) {
			long objects;
			long journalSize;
			long lastHlc;
			try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM cp_object")) {
				rs.next();
				objects = rs.getLong(1);
			}
			try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(MAX(hlc), 0) FROM cp_journal")) {
				rs.next();
				journalSize = rs.getLong(1);
				lastHlc = rs.getLong(2);
			}
			connection.commit();
			return new StoreStats(objects, journalSize, lastHlc, deviceId, lastSequence);
		} catch (SQLException e) {
			throw databaseFailed(e);
		}
	}

	@Override
	public void exportTo(Resource target) throws StoreException {
		requireLoaded();
		target.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
	}

	// ---------------------------------------------------------------- passphrase

	@Override
	public void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws StoreException {
		try {
			requireOpen();
			if (dir == null) {
				throw new StoreException(Reason.INVALID_INPUT, Messages.NOT_LOCAL);
			}
			requirePassphrase(newPassphrase);
			StoreHeader header = readHeader(dir);
			KeyDerivation.Parameters kdf = header.kdf();
			byte[] salt = KeyDerivation.newSalt();
			try (KeyDerivation.Keys oldKeys = KeyDerivation.derive(oldPassphrase, header.salt(), kdf);
					KeyDerivation.Keys newKeys = KeyDerivation.derive(newPassphrase, salt, kdf)) {
				if (!oldKeys.matches(header.verifier())) {
					throw new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
				}
				String newName = DB_PREFIX + (Long.parseLong(header.databaseName().substring(DB_PREFIX.length())) + 1);
				Path work = dir.resolve("rekey");
				try {
					closeLoadConnection();
					connection.close();
					connection = null;
					deleteTree(work);
					Files.createDirectories(work);
					Files.copy(dir.resolve(header.databaseName() + ".mv.db"), work.resolve(newName + ".mv.db"));
					org.h2.tools.ChangeFileEncryption.execute(work.toString(), newName, "AES", oldKeys.filePassword(),
							newKeys.filePassword(), true);
					Files.move(work.resolve(newName + ".mv.db"), dir.resolve(newName + ".mv.db"), StandardCopyOption.ATOMIC_MOVE);
					// the switch: one atomic rename of the header
					new StoreHeader(StoreHeader.FORMAT, kdf, salt, newKeys.verifier(), newName).write(dir);
					removeLeftovers(dir, newName);
					connection = connectH2(dir, newName, newKeys, true);
					connection.setAutoCommit(false);
				} catch (IOException e) {
					throw ioFailed(dir, e);
				} catch (SQLException e) {
					throw databaseFailed(e);
				} finally {
					if (connection == null) {
						reconnectAfterFailure();
					}
				}
			}
		} finally {
			wipe(oldPassphrase);
			wipe(newPassphrase);
		}
	}

	private void reconnectAfterFailure() {
		// the header decides which database file and salt are current; the store stays closed and must be
		// opened again with whichever passphrase the header now expects
		connection = null;
		release(dir);
	}

	// ---------------------------------------------------------------- merging

	/**
	 * The store's side of an integration: journal lookups for the integrator, and what it decides (tombstones,
	 * positions, conflicts, resolutions) kept until {@link #write} puts it in the same transaction as the state.
	 */
	private final class MergeSession implements MergeTarget {

		private static final int IN_LIST = 500;

		final Map<EObject, Long> positions = new IdentityHashMap<>();
		final Map<String, Operation> tombstones = new LinkedHashMap<>();
		final List<Conflict.Kind> replacedKinds = new ArrayList<>();
		final List<String[]> replacedRegisters = new ArrayList<>();
		final List<List<Conflict>> replacements = new ArrayList<>();
		final Set<String> resolved = new LinkedHashSet<>();

		void clear() {
			positions.clear();
			tombstones.clear();
			replacedKinds.clear();
			replacedRegisters.clear();
			replacements.clear();
			resolved.clear();
		}

		@Override
		public Resource resource() {
			return resource;
		}

		@Override
		public EObject find(String id) {
			EObject o = ((ResourceImpl) resource).getIntrinsicIDToEObjectMap().get(id);
			return o != null && o.eResource() == resource ? o : null;
		}

		@Override
		public EClass resolveClass(String classUri) {
			return ObjectIds.resolveClass(registry, classUri);
		}

		@Override
		public Map<String, List<Operation>> history(Collection<String> objectIds) throws StoreException {
			return history(objectIds, "");
		}

		@Override
		public Map<String, List<Operation>> placementHistory(Collection<String> objectIds) throws StoreException {
			Map<String, List<Operation>> history = history(objectIds, " AND kind IN (" + Operation.Kind.CREATE.code() + ", "
					+ Operation.Kind.MOVE.code() + ")");
			for (List<Operation> ops : history.values()) {
				ops.removeIf(op -> !op.isPlacement());
			}
			return history;
		}

		private Map<String, List<Operation>> history(Collection<String> objectIds, String condition) throws StoreException {
			Map<String, List<Operation>> history = new HashMap<>();
			List<String> ids = new ArrayList<>(new LinkedHashSet<>(objectIds));
			try {
				for (int from = 0; from < ids.size(); from += IN_LIST) {
					List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
					try (PreparedStatement ps = connection.prepareStatement(
							"SELECT data FROM cp_journal WHERE object_id IN (" + placeholders(chunk.size()) + ")" + condition)) {
						for (int i = 0; i < chunk.size(); i++) {
							ps.setString(i + 1, chunk.get(i));
						}
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								Operation op = OperationCodec.decode(rs.getBytes(1));
								history.computeIfAbsent(op.objectId(), k -> new ArrayList<>()).add(op);
							}
						}
					}
				}
			} catch (SQLException e) {
				throw databaseFailed(e);
			} catch (IOException e) {
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "journal"));
			}
			for (List<Operation> ops : history.values()) {
				ops.sort(OPERATION_ORDER);
			}
			return history;
		}

		@Override
		public List<Operation> placementsInto(String containerId) throws StoreException {
			List<Operation> placements = new ArrayList<>();
			try (PreparedStatement ps = connection.prepareStatement("SELECT data FROM cp_journal WHERE target_id = ?")) {
				ps.setString(1, containerId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						placements.add(OperationCodec.decode(rs.getBytes(1)));
					}
				}
			} catch (SQLException e) {
				throw databaseFailed(e);
			} catch (IOException e) {
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "journal"));
			}
			placements.sort(OPERATION_ORDER);
			return placements;
		}

		@Override
		public Set<String> tombstones(Collection<String> ids) throws StoreException {
			Set<String> dead = new HashSet<>();
			List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
			for (String id : unique) {
				if (tombstones.containsKey(id)) {
					dead.add(id);
				}
			}
			try {
				for (int from = 0; from < unique.size(); from += IN_LIST) {
					List<String> chunk = unique.subList(from, Math.min(unique.size(), from + IN_LIST));
					try (PreparedStatement ps = connection.prepareStatement(
							"SELECT id FROM cp_tombstone WHERE id IN (" + placeholders(chunk.size()) + ")")) {
						for (int i = 0; i < chunk.size(); i++) {
							ps.setString(i + 1, chunk.get(i));
						}
						try (ResultSet rs = ps.executeQuery()) {
							while (rs.next()) {
								dead.add(rs.getString(1));
							}
						}
					}
				}
			} catch (SQLException e) {
				throw databaseFailed(e);
			}
			return dead;
		}

		@Override
		public Operation deletion(String id) throws StoreException {
			Operation pending = tombstones.get(id);
			if (pending != null) {
				return pending;
			}
			try (PreparedStatement ps = connection.prepareStatement("SELECT device_id, device_seq FROM cp_tombstone WHERE id = ?")) {
				ps.setString(1, id);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? operation(rs.getString(1), rs.getLong(2)) : null;
				}
			} catch (SQLException e) {
				throw databaseFailed(e);
			}
		}

		@Override
		public void addTombstone(String id, Operation delete) {
			tombstones.putIfAbsent(id, delete);
		}

		@Override
		public Operation operation(String device, long sequence) throws StoreException {
			try (PreparedStatement ps = connection.prepareStatement(
					"SELECT data FROM cp_journal WHERE device_id = ? AND device_seq = ?")) {
				ps.setString(1, device);
				ps.setLong(2, sequence);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? OperationCodec.decode(rs.getBytes(1)) : null;
				}
			} catch (SQLException e) {
				throw databaseFailed(e);
			} catch (IOException e) {
				throw new StoreException(Reason.CORRUPT, Messages.format(Messages.CORRUPT_STATE, "journal"));
			}
		}

		@Override
		public long position(EObject child) {
			Long merged = positions.get(child);
			if (merged != null) {
				return merged;
			}
			Slot slot = slots.get(child);
			return slot == null ? Operation.NO_POSITION : slot.position();
		}

		@Override
		public void setPosition(EObject child, long position) {
			positions.put(child, position);
		}

		@Override
		public void replaceConflicts(String objectId, String feature, Conflict.Kind kind, List<Conflict> conflicts) {
			replacedKinds.add(kind);
			replacedRegisters.add(new String[] { objectId, feature == null ? "" : feature });
			replacements.add(List.copyOf(conflicts));
		}

		@Override
		public void resolveConflict(String key) {
			resolved.add(key);
		}

		/** Writes tombstones, conflicts and resolutions inside the caller's transaction. */
		void writePending() throws SQLException {
			if (!tombstones.isEmpty()) {
				try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM cp_tombstone WHERE id = ?");
						PreparedStatement insert = connection.prepareStatement(
								"INSERT INTO cp_tombstone (id, device_id, device_seq) VALUES (?, ?, ?)")) {
					for (Map.Entry<String, Operation> t : tombstones.entrySet()) {
						known.setString(1, t.getKey());
						try (ResultSet rs = known.executeQuery()) {
							if (rs.next()) {
								continue;
							}
						}
						insert.setString(1, t.getKey());
						insert.setString(2, t.getValue().deviceId());
						insert.setLong(3, t.getValue().sequence());
						insert.executeUpdate();
					}
				}
			}
			if (!replacements.isEmpty()) {
				try (PreparedStatement delete = connection.prepareStatement(
						"DELETE FROM cp_conflict WHERE object_id = ? AND register = ? AND kind = ?");
						PreparedStatement insert = connection.prepareStatement("INSERT INTO cp_conflict (conflict_key, kind, "
								+ "object_id, register, winner, loser) VALUES (?, ?, ?, ?, ?, ?)")) {
					for (int i = 0; i < replacements.size(); i++) {
						String[] register = replacedRegisters.get(i);
						delete.setString(1, register[0]);
						delete.setString(2, register[1]);
						delete.setString(3, replacedKinds.get(i).name());
						delete.executeUpdate();
						Set<String> keys = new HashSet<>();
						for (Conflict c : replacements.get(i)) {
							if (!keys.add(c.key())) {
								continue;
							}
							insert.setString(1, c.key());
							insert.setString(2, c.kind().name());
							insert.setString(3, c.objectId());
							insert.setString(4, c.register());
							insert.setBytes(5, OperationCodec.encode(c.winner()));
							insert.setBytes(6, OperationCodec.encode(c.loser()));
							insert.executeUpdate();
						}
					}
				}
			}
			if (!resolved.isEmpty()) {
				try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM cp_resolved WHERE conflict_key = ?");
						PreparedStatement insert = connection.prepareStatement(
								"INSERT INTO cp_resolved (conflict_key) VALUES (?)")) {
					for (String key : resolved) {
						known.setString(1, key);
						try (ResultSet rs = known.executeQuery()) {
							if (rs.next()) {
								continue;
							}
						}
						insert.setString(1, key);
						insert.executeUpdate();
					}
				}
			}
		}
	}

	private static String placeholders(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

	// ---------------------------------------------------------------- attachments

	@Override
	public long addAttachment(String sha256, InputStream content) throws StoreException, IOException {
		requireOpen();
		return storeContent(sha256, content, true);
	}

	/**
	 * Writes content under its hash in one transaction, as an attachment or (without {@code asAttachment}) as
	 * staged content; nothing if the content does not have that hash or cannot be read.
	 */
	private long storeContent(String sha256, InputStream content, boolean asAttachment) throws StoreException, IOException {
		if (!AttachmentTable.isHash(sha256)) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.NOT_A_HASH, sha256));
		}
		try {
			boolean stored = AttachmentTable.size(connection, sha256) >= 0;
			AttachmentTable.Content read = stored ? AttachmentTable.read(content)
					: AttachmentTable.writePieces(connection, sha256, content);
			if (!read.sha256().equals(sha256)) {
				rollbackQuietly();
				throw new StoreException(Reason.INVALID_INPUT, Messages.format(Messages.ATTACHMENT_MISMATCH, sha256));
			}
			if (!stored && asAttachment) {
				AttachmentTable.insertRow(connection, sha256, read.size());
			} else if (!stored) {
				AttachmentTable.markStaged(connection, sha256);
			}
			connection.commit();
			return read.size();
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		} catch (IOException | RuntimeException e) {
			rollbackQuietly();
			throw e;
		}
	}

	@Override
	public InputStream openAttachment(String sha256) throws StoreException {
		long size = attachmentSize(sha256);
		return size < 0 ? null : AttachmentTable.open(() -> connection, sha256, size);
	}

	@Override
	public boolean hasAttachment(String sha256) throws StoreException {
		return attachmentSize(sha256) >= 0;
	}

	private long attachmentSize(String sha256) throws StoreException {
		requireOpen();
		if (!AttachmentTable.isHash(sha256)) {
			return -1;
		}
		try {
			long size = AttachmentTable.size(connection, sha256);
			connection.commit();
			return size;
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	@Override
	public SortedMap<String, Long> attachments() throws StoreException {
		requireOpen();
		try {
			SortedMap<String, Long> attachments = AttachmentTable.list(connection);
			connection.commit();
			return attachments;
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	/**
	 * How many pieces of attachment content the database holds, staged content included: an import that was
	 * refused leaves this figure as it was.
	 */
	public long attachmentPieces() throws StoreException {
		requireOpen();
		try {
			long pieces = AttachmentTable.pieceCount(connection);
			connection.commit();
			return pieces;
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
	}

	@Override
	public ImportStage stageImport() throws StoreException {
		requireOpen();
		if (stage != null) {
			throw new IllegalStateException("an import stage of this store is open already");
		}
		try {
			StagedOperationTable.clear(connection); // what an earlier stage could not remove
		} catch (SQLException e) {
			rollbackQuietly();
			throw databaseFailed(e);
		}
		stage = new Stage();
		return stage;
	}

	/** {@code staged} as this store's open stage. */
	private Stage openStage(ImportStage staged) {
		if (staged != stage || stage == null) {
			throw new IllegalArgumentException("not an open import stage of this store");
		}
		return stage;
	}

	/**
	 * Sets how many operations an import stage keeps in memory before it writes them to the store, which is also
	 * how many {@link #importStaged} integrates at once ({@link WorkspaceStore#IMPORT_BATCH} unless set): small
	 * batches let tests stage in the store without large imports.
	 */
	public void setImportBatch(int operations) {
		if (operations < 1) {
			throw new IllegalArgumentException("an import batch holds at least one operation");
		}
		importBatch = operations;
	}

	/**
	 * Staged attachment content is written and committed attachment by attachment as it arrives, as pieces without
	 * an attachment row; staged operations are kept in memory up to a batch and then appended to the staged
	 * operations table, a batch per commit. {@link #importStaged} reads them back in batches and, in its
	 * transaction, adds the attachment rows and clears the table. (Holding one transaction open from the first
	 * staged item to the import would not work here: reading a store commits, and the import itself reads the store
	 * before it writes.)
	 */
	private final class Stage implements ImportStage {
		private final Map<String, Long> attachments = new LinkedHashMap<>();
		/** operations not written to the table yet, at most a batch */
		private final List<Operation> pending = new ArrayList<>();
		/** operations in the table: arrival numbers 0 to written - 1 */
		private long written;
		/** while importing: the arrival number of the next operation to read from the table */
		private long nextArrival;
		private boolean pendingRead;

		@Override
		public void addOperation(Operation operation) throws StoreException {
			requireActive();
			pending.add(Objects.requireNonNull(operation, "operation"));
			if (pending.size() > importBatch) {
				// a batch goes to the table only once there is more than one: an import of one batch stays in memory
				List<Operation> batch = pending.subList(0, importBatch);
				try {
					StagedOperationTable.append(connection, written, batch);
					connection.commit();
				} catch (SQLException e) {
					rollbackQuietly();
					throw databaseFailed(e);
				}
				written += batch.size();
				batch.clear();
			}
		}

		@Override
		public long operationCount() {
			return written + pending.size();
		}

		@Override
		public long addAttachment(String sha256, InputStream content) throws StoreException, IOException {
			requireActive();
			long size = storeContent(sha256, content, false);
			attachments.put(sha256, size);
			return size;
		}

		@Override
		public Map<String, Long> attachments() {
			return Collections.unmodifiableMap(attachments);
		}

		private void requireActive() throws StoreException {
			requireOpen();
			if (stage != this) {
				throw new IllegalStateException("the import stage is closed or imported");
			}
		}

		/** Starts reading the staged operations from the first. */
		void rewind() {
			nextArrival = 0;
			pendingRead = false;
		}

		/** The next batch of staged operations, in the order they were staged; empty once all were read. */
		List<Operation> nextBatch() throws SQLException, IOException {
			if (nextArrival < written) {
				List<Operation> batch = StagedOperationTable.read(connection, nextArrival, importBatch);
				if (batch.isEmpty()) {
					throw new IOException("staged operations are missing");
				}
				nextArrival += batch.size();
				return batch;
			}
			pendingRead = true;
			return pending;
		}

		boolean hasNextBatch() {
			return nextArrival < written || !pendingRead && !pending.isEmpty();
		}

		/** Inside the import's transaction: the staged attachments become attachments. */
		void writeImported() throws SQLException {
			for (Map.Entry<String, Long> attachment : attachments.entrySet()) {
				AttachmentTable.insertRow(connection, attachment.getKey(), attachment.getValue());
				AttachmentTable.unmarkStaged(connection, attachment.getKey());
			}
		}

		/** After the import's commit: the staged operations go. Should that fail, the next stage removes them. */
		void dropImportedOperations() {
			if (written == 0) {
				return;
			}
			try {
				StagedOperationTable.clear(connection);
			} catch (SQLException e) {
				rollbackQuietly();
			}
		}

		@Override
		public void close() throws StoreException {
			if (stage != this) {
				return;
			}
			stage = null;
			pending.clear();
			if (attachments.isEmpty() && written == 0 || connection == null) {
				return; // a store closed meanwhile drops what was staged when it is opened again
			}
			try {
				for (String sha256 : attachments.keySet()) {
					AttachmentTable.dropStaged(connection, sha256);
				}
				connection.commit();
				if (written > 0) {
					StagedOperationTable.clear(connection);
				}
			} catch (SQLException e) {
				rollbackQuietly();
				throw databaseFailed(e);
			}
		}
	}

	// ---------------------------------------------------------------- housekeeping

	private void closeLoadConnection() {
		if (loadConnection != null) {
			closeQuietly(loadConnection);
			loadConnection = null;
		}
	}

	@Override
	public void close() throws StoreException {
		writeImage();
		if (recorder != null) {
			recorder.detach();
		}
		closeLoadConnection();
		if (dir != null && connection != null) {
			release(dir);
		}
		if (connection != null) {
			try {
				connection.close();
			} catch (SQLException e) {
				throw databaseFailed(e);
			} finally {
				connection = null;
			}
		}
	}

	private void closeQuietly() {
		try {
			close();
		} catch (StoreException e) {
			// already failing
		}
	}

	private static void closeQuietly(Connection c) {
		try {
			c.close();
		} catch (SQLException e) {
			// already failing
		}
	}

	private void rollbackQuietly() {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// the connection is broken; the transaction is lost either way
		}
	}

	private void requireOpen() throws StoreException {
		if (connection == null) {
			throw new StoreException(Reason.IO, Messages.CLOSED);
		}
	}

	private void requireLoaded() throws StoreException {
		requireOpen();
		if (resource == null) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.NOT_LOADED);
		}
	}

	private static void requirePassphrase(char[] passphrase) throws StoreException {
		if (passphrase == null || passphrase.length == 0) {
			throw new StoreException(Reason.INVALID_INPUT, Messages.EMPTY_PASSPHRASE);
		}
	}

	private static void wipe(char[] secret) {
		if (secret != null) {
			Arrays.fill(secret, '\0');
		}
	}

	private static StoreException ioFailed(Path path, IOException e) {
		return new StoreException(Reason.IO, Messages.format(Messages.IO_FAILED, path, e.getClass().getSimpleName()), e);
	}

	private static StoreException databaseFailed(SQLException e) {
		if (e instanceof NewerSchemaException) {
			return new StoreException(Reason.UNSUPPORTED_VERSION, Messages.format(Messages.NEWER_FORMAT, e.getMessage()));
		}
		int code = e.getErrorCode();
		if (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 || code == org.h2.api.ErrorCode.LOCK_TIMEOUT_1) {
			return new StoreException(Reason.IN_USE, Messages.IN_USE, sanitized(e));
		}
		if (code == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
			return new StoreException(Reason.WRONG_PASSPHRASE, Messages.WRONG_PASSPHRASE);
		}
		if (code == org.h2.api.ErrorCode.FILE_CORRUPTED_1 || code == org.h2.api.ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
			return new StoreException(Reason.CORRUPT, Messages.format(Messages.DATABASE_FAILED, describe(e)), sanitized(e));
		}
		return new StoreException(Reason.IO, Messages.format(Messages.DATABASE_FAILED, describe(e)), sanitized(e));
	}

	static String describe(SQLException e) {
		return "SQL state " + e.getSQLState() + ", error " + e.getErrorCode();
	}

	/**
	 * A copy of a database exception without its message, which may quote stored values or SQL with values;
	 * the stack trace is kept for diagnosis.
	 */
	private static SQLException sanitized(SQLException e) {
		SQLException clean = new SQLException(describe(e), e.getSQLState(), e.getErrorCode());
		clean.setStackTrace(e.getStackTrace());
		return clean;
	}
}
