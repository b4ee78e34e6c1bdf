package org.counterpart.hq.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

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
 * A headquarters store made from the demo country and two field laptops that took its baseline, changed the same
 * contact's position (a conflict at headquarters) and other objects offline, and wrote two packages each.
 */
final class FieldPackages implements AutoCloseable {

	private static final KeyDerivation.Parameters FAST = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);
	private static final char[] PASSPHRASE = "passphrase of the test store".toCharArray();

	final TestAuthority authority;
	final DeviceIdentity headquarters;
	final WorkspaceStore store;
	final List<String> devices = new ArrayList<>();
	private final List<List<byte[]>> packages = new ArrayList<>();

	FieldPackages(Path dir, int laptops) throws Exception {
		CounterpartPackage.eINSTANCE.eClass();
		authority = TestAuthority.create(dir.resolve("authority"));
		headquarters = authority.issue("hq-inbox", null, null, true);
		Resource demo = new ResourceImpl();
		demo.getContents().add(new DemoCountryGenerator(11, 1).generate());
		store = JdbcWorkspaceStore.importModel(JdbcWorkspaceStore.create(dir.resolve("hq"), PASSPHRASE, FAST), demo);
		store.load();
		String shared = ((Theater) store.resource().getContents().get(0)).getContacts().get(1).getId();
		for (int d = 0; d < laptops; d++) {
			try (WorkspaceStore field = JdbcWorkspaceStore.create(dir.resolve("laptop-" + d), PASSPHRASE, FAST)) {
				field.load();
				DeviceIdentity laptop = authority.issue("laptop-" + d, field.deviceId(), null, false);
				devices.add(field.deviceId());
				ByteArrayOutputStream baseline = new ByteArrayOutputStream();
				new PackageWriter(headquarters).write(store, List.of(certificate(laptop)), List.of(), baseline);
				new PackageReader(laptop, authority.trust()).importPackage(new ByteArrayInputStream(baseline.toByteArray()),
						field);
				Theater theater = (Theater) field.resource().getContents().get(0);
				for (Contact contact : theater.getContacts()) {
					if (contact.getId().equals(shared)) {
						contact.setPosition("position from laptop " + d);
					}
				}
				List<byte[]> written = new ArrayList<>();
				for (int n = 0; n < 2; n++) {
					new OfflineEditGenerator(40 + 10 * d + n, "officer-" + d).apply(theater, 15);
					field.save();
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					new PackageWriter(laptop).write(field, List.of(certificate(headquarters)), List.of(), out);
					written.add(out.toByteArray());
				}
				packages.add(written);
			}
		}
	}

	PackageReader reader() throws Exception {
		return new PackageReader(headquarters, authority.trust());
	}

	/** Writes package {@code number} (1 or 2) of laptop {@code laptop} into {@code folder} as {@code name}. */
	Path drop(Path folder, int laptop, int number, String name) throws Exception {
		Files.createDirectories(folder);
		return Files.write(folder.resolve(name), packages.get(laptop).get(number - 1));
	}

	private static X509Certificate certificate(DeviceIdentity identity) {
		return identity.certificate().orElseThrow();
	}

	@Override
	public void close() throws Exception {
		store.close();
	}
}
