package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.counterpart.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through counterpart-cli: certificates bound to their store's device id, headquarters identities, the
 * legacy cut-off, revocation lists that may not go back in time, revocation after the last accepted
 * package, and baselines that carry the revocation list.
 */
public class TrustCommandsTest {

	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", "store-secret-passphrase",
			"COUNTERPART_DEVICE_PASSPHRASE", "device-secret-passphrase", "COUNTERPART_CA_PASSPHRASE",
			"authority-secret-passphrase");

	@TempDir
	Path folder;

	private final List<CommandLineRun> runs = new ArrayList<>();

	private CommandLineRun run(int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(ENVIRONMENT, arguments);
		runs.add(run);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private String path(String name) {
		return folder.resolve(name).toString();
	}

	/**
	 * Certifies a key in STORE/identity; {@code options} go to 'authority issue' ("--hq", "--country", ...).
	 * With {@code bind} the request carries the store's device id. Returns the serial.
	 */
	private String enrol(String store, String name, boolean bind, String... options) {
		String identity = path(store + "/identity");
		run(ExitCodes.OK, "device", "init", "--identity", identity);
		List<String> csr = new ArrayList<>(List.of("device", "csr", "--identity", identity, "--subject",
				"CN=" + name + ",O=Counterpart", "--out", path(name + ".csr")));
		if (bind) {
			csr.addAll(List.of("--store", path(store)));
		}
		run(ExitCodes.OK, csr.toArray(String[]::new));
		List<String> issue = new ArrayList<>(List.of("authority", "issue", "--ca", path("ca"), "--csr",
				path(name + ".csr"), "--out", path(name + ".pem")));
		issue.addAll(List.of(options));
		CommandLineRun issued = run(ExitCodes.OK, issue.toArray(String[]::new));
		assertEquals(bind, issued.out().contains("bound to device "), issued.out());
		Matcher serial = Pattern.compile("Issued serial ([0-9a-f]+) to CN=" + name).matcher(issued.out());
		assertTrue(serial.find(), issued.out());
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl-" + name + ".pem"));
		run(ExitCodes.OK, "device", "install-cert", "--identity", identity, "--chain", path(name + ".pem"), "--ca-cert",
				path("ca/ca.crt"), "--crl", path("crl-" + name + ".pem"));
		assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(identity, "device.crt")),
				"a public copy of the chain, for the workbench's status");
		return serial.group(1);
	}

	private String hash(String store) {
		return run(ExitCodes.OK, "store", "hash", "--store", path(store)).out();
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	@Test
	public void aCopyOfAStoreCannotBeSentUnderAnotherDevicesCertificateAndLegacyCertificatesHaveACutOff()
			throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field-a");
		run(ExitCodes.OK, "store", "init", "--store", path("field-b"));
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		enrol("field-a", "laptop-a", true);
		enrol("field-b", "laptop-b", true);
		enrol("hq", "hq-server", true, "--hq");

		// officer B copies A's store and exports it with B's identity
		copyFolder(folder.resolve("field-a"), folder.resolve("copy"));
		CommandLineRun forged = run(ExitCodes.FAILED, "export", "--store", path("copy"), "--identity",
				path("field-b/identity"), "--to", path("hq-server.pem"), "--out", path("forged.cpkg"));
		assertTrue(forged.err().contains("CN=laptop-b") && forged.err().contains("bound to device"), forged.err());
		assertFalse(Files.exists(folder.resolve("forged.cpkg")));

		run(ExitCodes.OK, "export", "--store", path("field-a"), "--to", path("hq-server.pem"), "--out", path("a1.cpkg"));
		CommandLineRun imported = run(ExitCodes.OK, "import", "--store", path("hq"), path("a1.cpkg"));
		assertFalse(imported.out().contains("warning"), imported.out());
		assertEquals(hash("field-a"), hash("hq"));

		// a device certified before device ids were bound: a warning until the cut-off, refused from then
		run(ExitCodes.OK, "store", "init", "--store", path("field-old"));
		enrol("field-old", "laptop-old", false);
		run(ExitCodes.OK, "export", "--store", path("field-old"), "--to", path("hq-server.pem"), "--out",
				path("old.cpkg"));
		String before = hash("hq");
		CommandLineRun refused = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("hq"),
				"--legacy-certificates-until", "2000-01-01", path("old.cpkg"));
		assertTrue(refused.out().contains("refused:") && refused.out().contains("binds no device id"), refused.out());
		assertEquals(before, hash("hq"));
		CommandLineRun warned = run(ExitCodes.OK, "import", "--store", path("hq"), "--legacy-certificates-until",
				"2999-01-01", path("old.cpkg"));
		assertTrue(warned.out().contains(path("old.cpkg") + ": warning: the certificate of CN=laptop-old,O=Counterpart"
				+ " binds no device id"), warned.out());
		CommandLineRun badDate = run(ExitCodes.USAGE, "import", "--store", path("hq"), "--legacy-certificates-until",
				"soon", path("old.cpkg"));
		assertTrue(badDate.err().contains("--legacy-certificates-until"), badDate.err());
	}

	@Test
	public void revocationListsDoNotGoBackAndARevokedDevicesLaterPackagesAreRefused() throws Exception {
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		run(ExitCodes.OK, "store", "init", "--store", path("liaison"));
		String fieldSerial = enrol("field", "laptop-7", true);
		enrol("hq", "hq-server", true, "--hq");
		enrol("liaison", "liaison-1", true, "--country", "XVM");

		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p1.cpkg"));
		run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		run(ExitCodes.OK, "demo", "mutate", "--store", path("field"), "--seed", "3", "--edits", "5");
		run(ExitCodes.OK, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p2.cpkg"));

		CommandLineRun unknownReason = run(ExitCodes.USAGE, "authority", "revoke", "--ca", path("ca"), "--serial",
				fieldSerial, "--reason", "lost");
		assertTrue(unknownReason.err().contains("'lost' is not one of unspecified, keyCompromise"), unknownReason.err());
		CommandLineRun revoked = run(ExitCodes.OK, "authority", "revoke", "--ca", path("ca"), "--serial", fieldSerial,
				"--store", path("hq"), "--reason", "keyCompromise");
		assertTrue(revoked.out().contains("packages after number 1 will be refused"), revoked.out());
		assertTrue(revoked.out().contains("(keyCompromise)"), revoked.out());
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl-new.pem"));
		java.security.cert.X509CRL newList = (java.security.cert.X509CRL) java.security.cert.CertificateFactory
				.getInstance("X.509").generateCRL(Files.newInputStream(folder.resolve("crl-new.pem")));
		assertEquals(java.security.cert.CRLReason.KEY_COMPROMISE,
				newList.getRevokedCertificate(new java.math.BigInteger(fieldSerial, 16)).getRevocationReason());
		run(ExitCodes.OK, "device", "install-crl", "--identity", path("hq/identity"), "--crl", path("crl-new.pem"));

		// an older list is refused, whether installed or given to one import
		CommandLineRun older = run(ExitCodes.FAILED, "device", "install-crl", "--identity", path("hq/identity"), "--crl",
				path("crl-liaison-1.pem"));
		assertTrue(older.err().contains("older than the one installed"), older.err());
		CommandLineRun olderForImport = run(ExitCodes.FAILED, "import", "--store", path("hq"), "--crl",
				path("crl-liaison-1.pem"), path("p2.cpkg"));
		assertTrue(olderForImport.err().contains("older than the one installed"), olderForImport.err());

		String before = hash("hq");
		CommandLineRun later = run(ExitCodes.PROBLEMS_FOUND, "import", "--store", path("hq"), path("p2.cpkg"));
		assertTrue(later.out().contains("refused:") && later.out().contains("up to number 1"), later.out());
		assertEquals(before, hash("hq"));

		// the liaison learns of the revocation with its baseline
		String liaisonList = Files.readString(folder.resolve("liaison/identity/crl.pem"));
		CommandLineRun baseline = run(ExitCodes.OK, "baseline", "--store", path("hq"), "--device",
				path("liaison-1.pem"), "--out", path("b1.cpkg"));
		assertTrue(baseline.out().contains("Baseline package"), baseline.out());
		CommandLineRun atLiaison = run(ExitCodes.OK, "import", "--store", path("liaison"), path("b1.cpkg"));
		assertTrue(atLiaison.out().contains("crl=installed"), atLiaison.out());
		assertFalse(liaisonList.equals(Files.readString(folder.resolve("liaison/identity/crl.pem"))));
		assertEquals(Files.readString(folder.resolve("crl-new.pem")).strip(),
				Files.readString(folder.resolve("liaison/identity/crl.pem")).strip());

		// a list past its next update warns on every import
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl-due.pem"), "--validity-days", "0");
		run(ExitCodes.OK, "device", "install-crl", "--identity", path("hq/identity"), "--crl", path("crl-due.pem"));
		Thread.sleep(1100);
		CommandLineRun overdue = run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		assertTrue(overdue.out().contains("warning: the revocation list is past its next update"), overdue.out());
	}
}
