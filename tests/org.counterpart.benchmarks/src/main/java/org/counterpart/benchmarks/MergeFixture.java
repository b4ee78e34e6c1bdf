package org.counterpart.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.internal.SqlDialect;
import org.counterpart.store.internal.StoreHeader;
import org.counterpart.store.journal.Operation;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.internal.SyncMarks;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * What the merge benchmark imports, made once and kept in a folder between runs (making it takes minutes at
 * scale 100): an HQ store holding the demo workspace, an authority with HQ's identity, and packages from field
 * devices that share HQ's history. Each device is a copy of HQ's store under a fresh device id that makes
 * offline edits ({@link OfflineEditGenerator}) and saves them about {@code operations} operations at a time;
 * after each save it writes a signed and encrypted package for HQ ({@link PackageWriter}) and the same
 * operations, with the sync marks the package would raise, as a plain file for the benchmark without crypto.
 * The packages are then put in one import order that interleaves the devices at random, each device's
 * packages keeping their order.
 */
final class MergeFixture {

	/** Everything that shapes the fixture; a folder made with other values is made again. */
	record Parameters(long seed, int scale, int packages, int devices, int operations) {

		String key() {
			return key(SqlDialect.SCHEMA_VERSION);
		}

		/** The key of a fixture made by the version before: its HQ store is upgraded in place on open. */
		String olderSchemaKey() {
			return key(SqlDialect.SCHEMA_VERSION - 1);
		}

		private String key(int schema) {
			return String.format(Locale.ROOT, "seed=%d scale=%d packages=%d devices=%d operations=%d schema=%d codec=%d header=%d",
					seed, scale, packages, devices, operations, schema, OperationCodec.FORMAT_VERSION, StoreHeader.FORMAT);
		}
	}

	/** One package in import order: its signed and encrypted file, and its operations and marks as plain data. */
	record Package(String name, String deviceId, Path sealed, Path plain, int operations) {

		/** The operations and the sync marks that importing the package raises. */
		Contents read() throws IOException {
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(plain), 1 << 16))) {
				int marks = in.readInt();
				Map<String, Long> syncMarks = new TreeMap<>();
				for (int i = 0; i < marks; i++) {
					syncMarks.put(in.readUTF(), in.readLong());
				}
				int count = in.readInt();
				List<Operation> ops = new ArrayList<>(count);
				for (int i = 0; i < count; i++) {
					ops.add(OperationCodec.read(in));
				}
				return new Contents(ops, syncMarks);
			}
		}
	}

	record Contents(List<Operation> operations, Map<String, Long> syncMarks) {
	}

	private static final String PASSPHRASE = "benchmark passphrase";
	private static final char[] CA_PASSPHRASE = "benchmark-ca-passphrase".toCharArray();
	private static final String DESCRIPTION = "fixture.properties";
	/** Certificates of a fixture are valid this long; a fixture with less than a day left is made again. */
	private static final Duration VALIDITY = Duration.ofDays(60);
	/** Operations per edit of the generator's mix, a first guess; each save refines it. */
	private static final double FIRST_GUESS_OPERATIONS_PER_EDIT = 6;

	private final Path dir;
	private final Parameters parameters;
	private final List<Package> packages;
	private final int objects;
	private final String buildNote;

	private MergeFixture(Path dir, Parameters parameters, List<Package> packages, int objects, String buildNote) {
		this.dir = dir;
		this.parameters = parameters;
		this.packages = packages;
		this.objects = objects;
		this.buildNote = buildNote;
	}

	/** The fixture in {@code dir}, made (again) first unless it is there for these parameters and still valid. */
	static MergeFixture prepare(Path dir, Parameters parameters, boolean rebuild) throws Exception {
		Path description = dir.resolve(DESCRIPTION);
		if (!rebuild && Files.isRegularFile(description)) {
			Properties p = new Properties();
			try (InputStream in = Files.newInputStream(description)) {
				p.load(in);
			}
			boolean valid = Instant.parse(p.getProperty("notAfter")).isAfter(Instant.now().plus(Duration.ofDays(1)));
			if (valid && parameters.olderSchemaKey().equals(p.getProperty("parameters"))) {
				upgradeInPlace(dir, parameters, p);
			}
			if (valid && parameters.key().equals(p.getProperty("parameters"))) {
				MergeFixture fixture = read(dir, parameters, p);
				System.out.printf(Locale.ROOT, "Merge fixture: reusing %s (%s)%n", dir, p.getProperty("built"));
				return fixture;
			}
		}
		return build(dir, parameters);
	}

	/**
	 * Opens HQ's store of a fixture made with the previous schema once, which upgrades it in place (the packages do
	 * not depend on the schema), and records the fixture as one of this schema.
	 */
	private static void upgradeInPlace(Path dir, Parameters parameters, Properties p) throws Exception {
		long start = System.nanoTime();
		DemoWorkspaceFiles.registerModel();
		try (WorkspaceStore hq = WorkspaceStore.open(hqStore(dir), passphrase())) {
			hq.journalHeads();
		}
		p.setProperty("parameters", parameters.key());
		try (OutputStream out = Files.newOutputStream(dir.resolve(DESCRIPTION))) {
			p.store(out, null);
		}
		System.out.printf(Locale.ROOT, "Merge fixture: HQ's store upgraded to schema %d in place in %.1f s%n",
				SqlDialect.SCHEMA_VERSION, seconds(start));
	}

	private static MergeFixture read(Path dir, Parameters parameters, Properties p) {
		List<Package> packages = new ArrayList<>();
		for (String entry : p.getProperty("order").split(",")) {
			String[] parts = entry.split(":");
			packages.add(new Package(parts[0], parts[1], dir.resolve("packages").resolve(parts[0] + ".cpkg"),
					dir.resolve("packages").resolve(parts[0] + ".ops"), Integer.parseInt(parts[2])));
		}
		return new MergeFixture(dir, parameters, packages, Integer.parseInt(p.getProperty("objects")), p.getProperty("built"));
	}

	private static MergeFixture build(Path dir, Parameters parameters) throws Exception {
		DemoWorkspaceFiles.deleteTree(dir);
		Files.createDirectories(dir.resolve("packages"));
		DemoWorkspaceFiles.registerModel();
		long start = System.nanoTime();

		Theater demo = new DemoCountryGenerator(parameters.seed(), parameters.scale()).generate();
		Resource source = new ResourceImpl();
		source.getContents().add(demo);
		int objects = (int) DemoWorkspaceFiles.count(source);
		String hqDeviceId;
		Map<String, Long> hqHeads;
		try (WorkspaceStore hq = WorkspaceStore.importModel(hqStore(dir), passphrase(), source)) {
			hqDeviceId = hq.deviceId();
			hqHeads = hq.journalHeads();
		}
		source = null;
		demo = null;
		System.out.printf(Locale.ROOT, "Merge fixture: HQ store with the demo workspace (seed %d, scale %d, %,d objects, %,d journal "
				+ "operations) in %.0f s%n", parameters.seed(), parameters.scale(), objects, hqHeads.getOrDefault(hqDeviceId, 0L),
				seconds(start));

		Instant notAfter = Instant.now().plus(VALIDITY);
		DeviceIdentity hqIdentity = createHq(dir, notAfter);
		CertificateAuthority authority = authority(dir);
		X509Certificate hqCertificate = hqIdentity.certificate().orElseThrow();

		int devices = Math.min(parameters.devices(), parameters.packages());
		List<List<Package>> byDevice = new ArrayList<>();
		double[] calibration = { 0, 0 }; // operations and edits so far, over all devices
		for (int d = 0; d < devices; d++) {
			// packages spread over the devices as evenly as they go
			int count = parameters.packages() / devices + (d < parameters.packages() % devices ? 1 : 0);
			byDevice.add(device(dir, parameters, d, devices, count, authority, hqCertificate, hqHeads, notAfter, calibration));
		}

		// one import order: devices interleaved at random, each device's packages in their own order
		Random random = new Random(parameters.seed() * 31 + 7);
		List<Package> order = new ArrayList<>();
		int[] next = new int[devices];
		while (order.size() < parameters.packages()) {
			List<Integer> waiting = new ArrayList<>();
			for (int d = 0; d < devices; d++) {
				if (next[d] < byDevice.get(d).size()) {
					waiting.add(d);
				}
			}
			int d = waiting.get(random.nextInt(waiting.size()));
			order.add(byDevice.get(d).get(next[d]++));
		}

		String built = String.format(Locale.ROOT, "made %s in %.0f s", Instant.now().toString().substring(0, 16).replace('T', ' '),
				seconds(start));
		Properties p = new Properties();
		p.setProperty("parameters", parameters.key());
		p.setProperty("notAfter", notAfter.toString());
		p.setProperty("hqDevice", hqDeviceId);
		p.setProperty("objects", Integer.toString(objects));
		p.setProperty("built", built);
		List<String> entries = new ArrayList<>();
		for (Package pkg : order) {
			entries.add(pkg.name() + ":" + pkg.deviceId() + ":" + pkg.operations());
		}
		p.setProperty("order", String.join(",", entries));
		try (OutputStream out = Files.newOutputStream(dir.resolve(DESCRIPTION))) {
			p.store(out, "Merge benchmark fixture; made again when the parameters differ");
		}
		System.out.printf(Locale.ROOT, "Merge fixture: %s%n", built);
		return new MergeFixture(dir, parameters, order, objects, built);
	}

	/** One field device: a copy of HQ's store under a new id, its edits saved and packaged {@code count} times. */
	private static List<Package> device(Path dir, Parameters parameters, int index, int devices, int count, CertificateAuthority authority,
			X509Certificate hqCertificate, Map<String, Long> hqHeads, Instant notAfter, double[] calibration)
			throws Exception {
		long start = System.nanoTime();
		Path storeDir = dir.resolve("device-" + index);
		DemoWorkspaceFiles.copyTree(hqStore(dir), storeDir);
		String deviceId = UUID.randomUUID().toString();
		renameDevice(storeDir, deviceId);
		DeviceIdentity identity = identity(authority, "laptop-" + index, notAfter);
		X509Certificate certificate = identity.certificate().orElseThrow();
		PackageWriter writer = new PackageWriter(identity);
		String acknowledged = SyncMarks.acknowledgedPrefix(hqCertificate);
		List<Package> made = new ArrayList<>();
		try (WorkspaceStore store = WorkspaceStore.open(storeDir, passphrase())) {
			Theater theater = (Theater) store.load().getContents().get(0);
			// HQ has its own history: the packages carry the device's operations only
			Map<String, Long> known = new TreeMap<>();
			hqHeads.forEach((device, head) -> known.put(acknowledged + device, head));
			store.raiseSyncMarks(known);
			OfflineEditGenerator edits = new OfflineEditGenerator(parameters.seed() * 1000 + index, "Field officer " + (index + 1));
			long sequence = 0;
			for (int i = 1; i <= count; i++) {
				double perEdit = calibration[1] == 0 ? FIRST_GUESS_OPERATIONS_PER_EDIT : calibration[0] / calibration[1];
				int editCount = Math.max(1, (int) Math.round(parameters.operations() / perEdit));
				edits.apply(theater, editCount);
				int saved = store.save();
				List<Operation> ops = store.journal(deviceId, sequence);
				if (ops.size() != saved) {
					throw new IllegalStateException("save wrote " + saved + " operations, the journal has " + ops.size());
				}
				calibration[0] += saved;
				calibration[1] += editCount;
				String name = String.format(Locale.ROOT, "device-%02d-package-%03d", index + 1, i);
				Path sealed = dir.resolve("packages").resolve(name + ".cpkg");
				PackageManifest manifest = writer.write(store, List.of(hqCertificate), List.of(),
						new BufferedOutputStream(Files.newOutputStream(sealed), 1 << 16));
				if (manifest.operationCount() != saved) {
					throw new IllegalStateException("package " + name + " carries " + manifest.operationCount() + " operations, not " + saved);
				}
				sequence = ops.get(ops.size() - 1).sequence();
				// HQ acknowledges it: the next package starts after it
				store.raiseSyncMarks(Map.of(acknowledged + deviceId, sequence));
				// the marks PackageReader raises for this package, for the import without crypto
				Map<String, Long> marks = new TreeMap<>();
				marks.put(SyncMarks.received(certificate, deviceId), manifest.packageSequence());
				manifest.known().forEach((device, head) -> marks.put(SyncMarks.acknowledgedPrefix(certificate) + device, head));
				Path plain = dir.resolve("packages").resolve(name + ".ops");
				writePlain(plain, ops, marks);
				made.add(new Package(name, deviceId, sealed, plain, saved));
			}
		}
		DemoWorkspaceFiles.deleteTree(storeDir);
		System.out.printf(Locale.ROOT, "Merge fixture: device %d of %d, %d packages of %s operations in %.0f s%n", index + 1,
				devices, count, Arrays.toString(made.stream().mapToInt(Package::operations).toArray()), seconds(start));
		return made;
	}

	private static void writePlain(Path file, List<Operation> ops, Map<String, Long> marks) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			out.writeInt(marks.size());
			for (Map.Entry<String, Long> mark : marks.entrySet()) {
				out.writeUTF(mark.getKey());
				out.writeLong(mark.getValue());
			}
			out.writeInt(ops.size());
			for (Operation op : ops) {
				OperationCodec.write(out, op);
			}
		}
	}

	/**
	 * Gives a copied store a new device id and a fresh sequence: a device that received HQ's history and
	 * records its own operations from sequence 1. Journal and state stay those of HQ.
	 */
	static void renameDevice(Path storeDir, String deviceId) throws Exception {
		StoreHeader header = StoreHeader.read(storeDir);
		try (KeyDerivation.Keys keys = KeyDerivation.derive(passphrase(), header.salt(), header.kdf());
				Connection c = H2Settings.connect(storeDir.resolve(header.databaseName()), keys.filePassword().clone(), true);
				PreparedStatement update = c.prepareStatement("UPDATE cp_meta SET meta_value = ? WHERE meta_key = ?")) {
			for (String[] kv : new String[][] { { deviceId, "device_id" }, { "0", "last_sequence" } }) {
				update.setString(1, kv[0]);
				update.setString(2, kv[1]);
				if (update.executeUpdate() != 1) {
					throw new SQLException("no " + kv[1] + " in cp_meta");
				}
			}
			c.commit();
		}
	}

	static DeviceIdentity identity(CertificateAuthority authority, String name, Instant notAfter) throws Exception {
		DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		X509Certificate issued = authority.issue(identity.certificationRequestPem("CN=" + name + ",OU=Benchmark,O=Counterpart"),
				Instant.now().minus(Duration.ofMinutes(5)), notAfter);
		identity.installCertificateChain(List.of(issued, authority.certificate()));
		return identity;
	}

	private static Path hqStore(Path dir) {
		return dir.resolve("hq");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** A new copy each time: opening a store wipes the passphrase it is given. */
	static char[] passphrase() {
		return PASSPHRASE.toCharArray();
	}

	/** HQ's store folder; runs import into copies of it. */
	Path hqStore() {
		return hqStore(dir);
	}

	Parameters parameters() {
		return parameters;
	}

	/** In import order. */
	List<Package> packages() {
		return packages;
	}

	int objects() {
		return objects;
	}

	String buildNote() {
		return buildNote;
	}

	DeviceIdentity hqIdentity() throws Exception {
		return hqIdentity(dir);
	}

	TrustVerifier trust() throws Exception {
		return trust(dir);
	}

	/** An authority and HQ's identity in {@code dir}, as a fixture keeps them: {@code ca/} and {@code hq.p12}. */
	static DeviceIdentity createHq(Path dir, Instant notAfter) throws Exception {
		CertificateAuthority authority = CertificateAuthority.create(dir.resolve("ca"), "CN=Counterpart Benchmark HQ CA,O=Counterpart",
				KeyAlgorithm.EC_P256, Duration.between(Instant.now(), notAfter).plusDays(1), CA_PASSPHRASE.clone());
		DeviceIdentity hqIdentity = identity(authority, "hq-server", notAfter);
		hqIdentity.save(dir.resolve("hq.p12"), CA_PASSPHRASE.clone());
		return hqIdentity;
	}

	/** The authority kept in {@code dir} by {@link #createHq}. */
	static CertificateAuthority authority(Path dir) throws Exception {
		return CertificateAuthority.open(dir.resolve("ca"), CA_PASSPHRASE.clone());
	}

	/** HQ's identity kept in {@code dir} by {@link #createHq}. */
	static DeviceIdentity hqIdentity(Path dir) throws Exception {
		return DeviceIdentity.load(dir.resolve("hq.p12"), CA_PASSPHRASE.clone());
	}

	/** Trust in the authority kept in {@code dir} by {@link #createHq}, with a fresh revocation list. */
	static TrustVerifier trust(Path dir) throws Exception {
		CertificateAuthority authority = authority(dir);
		return new TrustVerifier(authority.certificate(), authority.issueRevocationList(Duration.ofDays(7)));
	}
}
