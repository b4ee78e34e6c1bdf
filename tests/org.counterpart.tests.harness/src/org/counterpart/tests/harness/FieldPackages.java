package org.counterpart.tests.harness;

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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Packages for headquarters' inbox, made from the demo country: a headquarters store with the demo country, and field
 * laptops that took its baseline, each changed the same contact's position (so that they collide at headquarters)
 * and other objects offline, and wrote two packages for headquarters, the second after more edits.
 */
public final class FieldPackages implements AutoCloseable {

	private static final KeyDerivation.Parameters FAST = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);
	private static final char[] PASSPHRASE = "passphrase of the test store".toCharArray();

	public final TestAuthority authority;
	public final DeviceIdentity headquarters;
	/** Headquarters' store, loaded. */
	public final WorkspaceStore store;
	/** The laptops' device ids. */
	public final List<String> devices = new ArrayList<>();
	/** Per laptop, its two packages. */
	public final List<List<byte[]>> packages = new ArrayList<>();

	/**
	 * @param demoSeed      the demo country's seed (at scale 1)
	 * @param laptops       how many field laptops write packages
	 * @param sharedContact the index of the contact whose position every laptop changes
	 * @param edits         how many offline edits go into the first and into the second package of each laptop
	 * @param editSeeds     the offline edits' seeds of the first and the second package, to which the laptop's index is
	 *                      added
	 */
	public FieldPackages(Path dir, long demoSeed, int laptops, int sharedContact, int[] edits, int[] editSeeds)
			throws Exception {
		CounterpartPackage.eINSTANCE.eClass();
		authority = TestAuthority.create(dir.resolve("authority"));
		headquarters = authority.issue("hq-inbox", null, null, true);
		Resource demo = new ResourceImpl();
		demo.getContents().add(new DemoCountryGenerator(demoSeed, 1).generate());
		store = JdbcWorkspaceStore.importModel(JdbcWorkspaceStore.create(dir.resolve("hq"), PASSPHRASE, FAST), demo);
		store.load();
		String shared = ((Theater) store.resource().getContents().get(0)).getContacts().get(sharedContact).getId();
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
					new OfflineEditGenerator(editSeeds[n] + d, "officer-" + d).apply(theater, edits[n]);
					field.save();
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					new PackageWriter(laptop).write(field, List.of(certificate(headquarters)), List.of(), out);
					written.add(out.toByteArray());
				}
				packages.add(written);
			}
		}
	}

	/** A reader of the packages with headquarters' key. */
	public PackageReader reader() throws Exception {
		return new PackageReader(headquarters, authority.trust());
	}

	/** Writes package {@code number} (1 or 2) of laptop {@code laptop} into {@code folder} as {@code name}. */
	public Path drop(Path folder, int laptop, int number, String name) throws Exception {
		Files.createDirectories(folder);
		return Files.write(folder.resolve(name), packages.get(laptop).get(number - 1));
	}

	public static X509Certificate certificate(DeviceIdentity identity) {
		return identity.certificate().orElseThrow();
	}

	@Override
	public void close() throws Exception {
		store.close();
	}
}
