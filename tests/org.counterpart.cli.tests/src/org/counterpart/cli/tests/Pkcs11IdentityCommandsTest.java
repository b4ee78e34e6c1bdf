package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.cli.ExitCodes;
import org.counterpart.tests.harness.SoftHsmTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device whose key is on a PKCS#11 token (SoftHSM2): created there, certified by headquarters,
 * used to sign and open packages, all through counterpart-cli; and the token problems a user meets.
 */
public class Pkcs11IdentityCommandsTest {

	private static final String STORE_SECRET = "store-secret-passphrase";
	private static final String DEVICE_SECRET = "device-secret-passphrase";
	private static final String CA_SECRET = "authority-secret-passphrase";
	private static final String WRONG_PIN = "4401-wrong-pin-b7";
	private static final Map<String, String> ENVIRONMENT = Map.of("COUNTERPART_PASSPHRASE", STORE_SECRET,
			"COUNTERPART_DEVICE_PASSPHRASE", DEVICE_SECRET, "COUNTERPART_CA_PASSPHRASE", CA_SECRET,
			"COUNTERPART_TOKEN_PIN", SoftHsmTokens.PIN);

	@TempDir
	Path folder;

	private final List<CommandLineRun> runs = new ArrayList<>();

	private CommandLineRun run(Map<String, String> environment, int expectedExit, String... arguments) {
		CommandLineRun run = CommandLineRun.of(environment, arguments);
		runs.add(run);
		assertEquals(expectedExit, run.exitCode(), String.join(" ", arguments) + "\n" + run.out() + run.err());
		return run;
	}

	private CommandLineRun run(int expectedExit, String... arguments) {
		return run(ENVIRONMENT, expectedExit, arguments);
	}

	/** A failure: exit code 3 and one line on standard error. */
	private CommandLineRun fails(Map<String, String> environment, String... arguments) {
		CommandLineRun run = run(environment, ExitCodes.FAILED, arguments);
		assertTrue(run.err().startsWith("counterpart-cli: "), run.err());
		assertEquals(1, run.err().strip().lines().count(), run.err());
		return run;
	}

	private CommandLineRun fails(String... arguments) {
		return fails(ENVIRONMENT, arguments);
	}

	private String path(String name) {
		return folder.resolve(name).toString();
	}

	private static String[] with(String[] token, String... arguments) {
		return Stream.concat(Stream.of(arguments), Stream.of(token)).toArray(String[]::new);
	}

	private static String[] onToken(SoftHsmTokens.Token token) {
		return new String[] { "--pkcs11-module", SoftHsmTokens.MODULE.toString(), "--token-label", token.label() };
	}

	@AfterEach
	void noSecretWasPrinted() {
		for (CommandLineRun run : runs) {
			for (String secret : List.of(SoftHsmTokens.PIN, WRONG_PIN, STORE_SECRET, DEVICE_SECRET, CA_SECRET)) {
				assertFalse(run.out().contains(secret) || run.err().contains(secret), "a PIN or passphrase was printed");
			}
		}
	}

	@Test
	public void deviceKeyOnATokenIsCertifiedSignsForHeadquartersAndOpensItsAnswer() throws Exception {
		SoftHsmTokens.Token device = CliTestTokens.token(CliTestTokens.DEVICE);
		String[] token = onToken(device);
		CommandLineScenario.authorityAndDemoStore(this::run, folder, "field");
		run(ExitCodes.OK, "store", "init", "--store", path("hq"));
		// Headquarters keeps its key in a PKCS#12 file.
		run(ExitCodes.OK, "device", "init", "--identity", path("hq/identity"));
		run(ExitCodes.OK, "device", "csr", "--identity", path("hq/identity"), "--subject", "CN=hq-server,O=Counterpart",
				"--out", path("hq-server.csr"));
		run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr", path("hq-server.csr"), "--out",
				path("hq-server.pem"));
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		run(ExitCodes.OK, "device", "install-cert", "--identity", path("hq/identity"), "--chain", path("hq-server.pem"),
				"--ca-cert", path("ca/ca.crt"), "--crl", path("crl.pem"));

		CommandLineRun created = run(ExitCodes.OK, with(token, "device", "init"));
		assertTrue(created.out().contains("device key on the PKCS#11 token '" + device.label() + "'"), created.out());
		assertKeyCannotLeaveTheToken(device);
		CommandLineRun twice = fails(with(token, "device", "init", "--key", "RSA_3072"));
		assertTrue(twice.err().contains("exists already") && twice.err().contains("Nothing was changed"), twice.err());
		assertKeyCannotLeaveTheToken(device);

		run(ExitCodes.OK, with(token, "device", "csr", "--subject", "CN=token-laptop,O=Counterpart", "--store",
				path("field"), "--out", path("token-laptop.csr")));
		CommandLineRun issued = run(ExitCodes.OK, "authority", "issue", "--ca", path("ca"), "--csr",
				path("token-laptop.csr"), "--out", path("token-laptop.pem"));
		assertTrue(issued.out().contains("CN=token-laptop") && issued.out().contains("bound to device "), issued.out());

		// Before its certificate is installed, the token key signs nothing.
		Path fieldIdentity = Files.createDirectories(folder.resolve("field/identity"));
		Files.copy(folder.resolve("ca/ca.crt"), fieldIdentity.resolve("ca.crt"));
		Files.copy(folder.resolve("crl.pem"), fieldIdentity.resolve("crl.pem"));
		CommandLineRun uncertified = fails(
				with(token, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p0.cpkg")));
		assertTrue(uncertified.err().contains("has no certificate yet"), uncertified.err());
		assertFalse(Files.exists(folder.resolve("p0.cpkg")));

		CommandLineRun installed = run(ExitCodes.OK, with(token, "device", "install-cert", "--identity",
				fieldIdentity.toString(), "--chain", path("token-laptop.pem"), "--ca-cert", path("ca/ca.crt"), "--crl",
				path("crl.pem")));
		assertTrue(installed.out().contains("CN=token-laptop,O=Counterpart")
				&& installed.out().contains("on the PKCS#11 token '" + device.label() + "'"), installed.out());
		assertFalse(Files.exists(fieldIdentity.resolve("device.p12")), "the key and certificate stay on the token");
		assertKeyCannotLeaveTheToken(device);

		CommandLineRun exported = run(ExitCodes.OK,
				with(token, "export", "--store", path("field"), "--to", path("hq-server.pem"), "--out", path("p1.cpkg")));
		assertTrue(exported.out().startsWith("Exported package 1 of device "), exported.out());
		CommandLineRun imported = run(ExitCodes.OK, "import", "--store", path("hq"), path("p1.cpkg"));
		assertTrue(imported.out().startsWith(path("p1.cpkg") + ": applied package=1 device="), imported.out());
		assertTrue(imported.out().contains("signer=\"CN=token-laptop,O=Counterpart\""), imported.out());
		assertFalse(imported.out().contains("warning"), "the token certificate binds the field store: " + imported.out());
		String fieldHash = run(ExitCodes.OK, "store", "hash", "--store", path("field")).out();
		assertEquals(fieldHash, run(ExitCodes.OK, "store", "hash", "--store", path("hq")).out());

		// Headquarters answers with edits of its own; the token key opens the package (ECDH on the token).
		run(ExitCodes.OK, "demo", "mutate", "--store", path("hq"), "--edits", "7", "--seed", "3");
		run(ExitCodes.OK, "export", "--store", path("hq"), "--to", path("token-laptop.pem"), "--out", path("hq1.cpkg"));
		CommandLineRun answer = run(ExitCodes.OK, with(token, "import", "--store", path("field"), path("hq1.cpkg")));
		assertTrue(answer.out().startsWith(path("hq1.cpkg") + ": applied package=1 ")
				&& answer.out().contains("signer=\"CN=hq-server,O=Counterpart\""), answer.out());
		String hqHash = run(ExitCodes.OK, "store", "hash", "--store", path("hq")).out();
		assertFalse(hqHash.equals(fieldHash), "headquarters changed something");
		assertEquals(hqHash, run(ExitCodes.OK, "store", "hash", "--store", path("field")).out());
	}

	@Test
	public void tokenProblemsGetOneClearLineAndChangeNothing() throws Exception {
		SoftHsmTokens.Token empty = CliTestTokens.token(CliTestTokens.EMPTY);
		SoftHsmTokens.Token uncertified = CliTestTokens.token(CliTestTokens.UNCERTIFIED);

		CommandLineRun noModule = fails("device", "init", "--pkcs11-module", path("no-such-pkcs11.so"), "--token-label",
				empty.label());
		assertTrue(noModule.err().contains("The PKCS#11 module " + path("no-such-pkcs11.so") + " does not exist"),
				noModule.err());
		Path notAModule = Files.writeString(folder.resolve("not-pkcs11.so"), "not a shared library");
		CommandLineRun badModule = fails("device", "init", "--pkcs11-module", notAModule.toString(), "--token-label",
				empty.label());
		assertTrue(badModule.err().contains("cannot be used"), badModule.err());

		CommandLineRun noToken = fails("device", "init", "--pkcs11-module", SoftHsmTokens.MODULE.toString(),
				"--token-label", "no-such-token");
		assertTrue(noToken.err().contains("has no token labelled 'no-such-token'")
				&& noToken.err().contains("'" + empty.label() + "'"), noToken.err());

		Map<String, String> wrongPin = new HashMap<>(ENVIRONMENT);
		wrongPin.put("COUNTERPART_TOKEN_PIN", WRONG_PIN);
		CommandLineRun refused = fails(wrongPin, with(onToken(empty), "device", "init"));
		assertTrue(refused.err().contains("The PIN for the PKCS#11 token '" + empty.label() + "' is wrong."),
				refused.err());

		// Nothing was created by the refused attempts: the token holds no key.
		CommandLineRun noKey = fails(with(onToken(empty), "device", "csr", "--subject", "CN=x,O=Counterpart"));
		assertTrue(noKey.err().contains("holds no device key") && noKey.err().contains("device init"), noKey.err());
		assertEquals("", noKey.out());

		run(ExitCodes.OK, "authority", "init", "--ca", path("ca"), "--subject", "CN=Test HQ CA,O=Counterpart");
		run(ExitCodes.OK, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		run(ExitCodes.OK, "store", "init", "--store", path("s"));
		Path identity = Files.createDirectories(folder.resolve("s/identity"));
		Files.copy(folder.resolve("ca/ca.crt"), identity.resolve("ca.crt"));
		Files.copy(folder.resolve("crl.pem"), identity.resolve("crl.pem"));
		Files.writeString(folder.resolve("p.cpkg"), "not a package");
		CommandLineRun keyless = fails(with(onToken(empty), "import", "--store", path("s"), path("p.cpkg")));
		assertTrue(keyless.err().contains("holds no device key"), keyless.err());

		run(ExitCodes.OK, with(onToken(uncertified), "device", "init"));
		CommandLineRun noCertificate = fails(with(onToken(uncertified), "import", "--store", path("s"), path("p.cpkg")));
		assertTrue(noCertificate.err().contains("has no certificate yet") && noCertificate.err().contains("install-cert"),
				noCertificate.err());

		CommandLineRun halfToken = run(ExitCodes.USAGE, "device", "init", "--token-label", empty.label());
		assertTrue(halfToken.err().contains("--token-label needs --pkcs11-module"), halfToken.err());
		CommandLineRun halfModule = run(ExitCodes.USAGE, "export", "--store", path("s"), "--to", path("ca/ca.crt"),
				"--out", path("x.cpkg"), "--pkcs11-module", SoftHsmTokens.MODULE.toString());
		assertTrue(halfModule.err().contains("--pkcs11-module needs --token-label"), halfModule.err());
		CommandLineRun pinArgument = run(ExitCodes.USAGE, with(onToken(empty), "device", "init", "--pin", "1234"));
		assertTrue(pinArgument.err().contains("--pin"), pinArgument.err());
		CommandLineRun nowhere = run(ExitCodes.USAGE, "device", "init");
		assertTrue(nowhere.err().contains("--identity") && nowhere.err().contains("--pkcs11-module"), nowhere.err());
		CommandLineRun noFolder = run(ExitCodes.USAGE,
				with(onToken(uncertified), "device", "install-cert", "--chain", path("crl.pem")));
		assertTrue(noFolder.err().contains("Missing required option: '--identity=DIR'"), noFolder.err());

		CommandLineRun help = run(ExitCodes.OK, "device", "init", "--help");
		assertTrue(help.out().contains("--pkcs11-module") && help.out().contains("COUNTERPART_TOKEN_PIN"), help.out());
	}

	/** The token holds the device key as sensitive and unextractable: its value cannot be read. */
	private static void assertKeyCannotLeaveTheToken(SoftHsmTokens.Token token) throws Exception {
		Provider provider = Security.getProvider("SunPKCS11").configure("--name = CliTestKeyCheck\nlibrary = \""
				+ SoftHsmTokens.MODULE + "\"\nslot = " + token.slot() + "\n");
		try {
			KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
			keyStore.load(null, SoftHsmTokens.PIN.toCharArray());
			Key key = keyStore.getKey("counterpart-device", null);
			assertNotNull(key, "the device key is on the token");
			assertNull(key.getEncoded(), "the private key's value cannot be read");
			assertTrue(key.toString().contains(", sensitive") && key.toString().contains(", unextractable"), key.toString());
		} finally {
			((AuthProvider) provider).logout();
		}
	}
}
