package org.counterpart.hq.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.TestAuthority;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Headquarters with a small demo country and three field devices that received its baseline, edited offline (one
 * contact on all three, so that they collide) and wrote two packages each for headquarters.
 */
final class InboxScenario implements AutoCloseable {

	static final String PASSPHRASE = "correct horse battery staple";
	static final KeyDerivation.Parameters FAST_KDF = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);

	final Path dir;
	final TestAuthority authority;
	final DeviceIdentity hq;
	final WorkspaceStore hqStore;
	final List<String> devices = new ArrayList<>();
	/** per device, its two packages */
	final List<List<byte[]>> packages = new ArrayList<>();

	InboxScenario(Path dir) throws Exception {
		this.dir = dir;
		CounterpartPackage.eINSTANCE.eClass();
		authority = TestAuthority.create(dir.resolve("ca"));
		hq = authority.issue("hq-analyst", null, null, true);
		Resource demo = new ResourceImpl();
		demo.getContents().add(new DemoCountryGenerator(7, 1).generate());
		hqStore = JdbcWorkspaceStore.importModel(JdbcWorkspaceStore.create(dir.resolve("hq-store"),
				PASSPHRASE.toCharArray(), FAST_KDF), demo);
		hqStore.load();
		Theater atHq = (Theater) hqStore.resource().getContents().get(0);
		String contactId = atHq.getContacts().get(2).getId();
		for (int d = 0; d < 3; d++) {
			try (WorkspaceStore field = JdbcWorkspaceStore.create(dir.resolve("field-" + UUID.randomUUID()),
					PASSPHRASE.toCharArray(), FAST_KDF)) {
				field.load();
				DeviceIdentity device = authority.issue("laptop-" + d, field.deviceId(), null, false);
				devices.add(field.deviceId());
				ByteArrayOutputStream baseline = new ByteArrayOutputStream();
				new PackageWriter(hq).write(hqStore, List.of(certificate(device)), List.of(), baseline);
				new PackageReader(device, authority.trust()).importPackage(
						new java.io.ByteArrayInputStream(baseline.toByteArray()), field);
				Theater theater = (Theater) field.resource().getContents().get(0);
				for (Contact c : theater.getContacts()) {
					if (c.getId().equals(contactId)) {
						c.setPosition("position set on laptop " + d);
					}
				}
				new OfflineEditGenerator(70 + d, "officer-" + d).apply(theater, 30);
				field.save();
				List<byte[]> two = new ArrayList<>();
				two.add(write(device, field));
				new OfflineEditGenerator(80 + d, "officer-" + d).apply(theater, 20);
				field.save();
				two.add(write(device, field));
				packages.add(two);
			}
		}
	}

	PackageReader reader() throws Exception {
		return new PackageReader(hq, authority.trust());
	}

	private byte[] write(DeviceIdentity device, WorkspaceStore field) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PackageWriter(device).write(field, List.of(certificate(hq)), List.of(), out);
		return out.toByteArray();
	}

	/** Drops package {@code number} (1 or 2) of device {@code d} into {@code inbox} as {@code name}. */
	Path drop(Path inbox, int d, int number, String name) throws Exception {
		Files.createDirectories(inbox);
		Path file = inbox.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(packages.get(d).get(number - 1));
		}
		return file;
	}

	static X509Certificate certificate(DeviceIdentity identity) {
		return identity.certificate().orElseThrow();
	}

	@Override
	public void close() throws Exception {
		hqStore.close();
	}
}
