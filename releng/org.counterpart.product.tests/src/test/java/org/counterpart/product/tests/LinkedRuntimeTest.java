package org.counterpart.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java runtime the Linux product carries: it holds the modules {@code runtime-modules} lists (and what they
 * require), the launcher scripts run on it, and real work succeeds on it with no other Java reachable: a device key
 * on a PKCS#11 token (SoftHSM2) signs a package that headquarters imports, and a diagram is drawn as PNG.
 */
class LinkedRuntimeTest {

	private static final String TOKEN_PIN = "5821-token-pin";

	@TempDir
	Path home;

	@Test
	void runtimeHoldsTheListedModulesAndWhatTheyRequire() throws IOException {
		Path list = Path.of(System.getProperty("counterpart.runtime.modules", ""));
		Set<String> listed = Files.readAllLines(list).stream().map(line -> line.replaceAll("#.*", "").strip())
				.filter(line -> !line.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
		assertTrue(listed.contains("java.base") && listed.contains("jdk.crypto.cryptoki"), listed.toString());
		Set<String> required = Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), listed)
				.modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));

		String release = Files.readString(ProductProcess.linkedRuntime().resolve("release"), StandardCharsets.UTF_8);
		Matcher modules = Pattern.compile("(?m)^MODULES=\"([^\"]*)\"").matcher(release);
		assertTrue(modules.find(), release);
		Set<String> linked = new TreeSet<>(Arrays.asList(modules.group(1).split(" ")));
		assertEquals(required, linked);
		Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(release);
		assertTrue(version.find() && Integer.parseInt(version.group(1)) >= 21, release);
	}

	@Test
	void commandLineRunsOnTheLinkedRuntime() throws Exception {
		ProductProcess.Result result = ProductProcess.run(home, Map.of("COUNTERPART_VMARGS", "-XshowSettings:properties"),
				120, "counterpart-cli", "--version");
		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.err().contains("java.home = " + ProductProcess.linkedRuntime().toRealPath()), result.err());
		assertTrue(result.out().startsWith("Counterpart "), result.out());
	}

	@Test
	void tokenPackageImportAndPictureWorkOnTheLinkedRuntime() throws Exception {
		Map<String, String> environment = new HashMap<>();
		environment.put("COUNTERPART_CA_PASSPHRASE", "authority passphrase");
		environment.put("COUNTERPART_DEVICE_PASSPHRASE", "device passphrase");
		environment.put("COUNTERPART_TOKEN_PIN", TOKEN_PIN);
		environment.put("SOFTHSM2_CONF", softHsmConfiguration().toString());
		String label = "counterpart-field";
		initToken(environment.get("SOFTHSM2_CONF"), label);
		String[] token = { "--pkcs11-module", SoftHsm.MODULE.toString(), "--token-label", label };

		cli(environment, "demo", "--out", path("demo.xmi"), "--scale", "1");
		cli(environment, "authority", "init", "--ca", path("ca"), "--subject", "CN=Test HQ CA,O=Counterpart");
		cli(environment, "authority", "crl", "--ca", path("ca"), "--out", path("crl.pem"));
		cli(environment, "store", "import-xmi", "--store", path("field"), path("demo.xmi"));
		// Headquarters keeps its key in a PKCS#12 file.
		cli(environment, "store", "init", "--store", path("hq"));
		cli(environment, "device", "init", "--identity", path("hq/identity"));
		cli(environment, "device", "csr", "--identity", path("hq/identity"), "--subject", "CN=hq-server,O=Counterpart",
				"--out", path("hq.csr"));
		cli(environment, "authority", "issue", "--ca", path("ca"), "--csr", path("hq.csr"), "--out", path("hq.pem"));
		cli(environment, "device", "install-cert", "--identity", path("hq/identity"), "--chain", path("hq.pem"),
				"--ca-cert", path("ca/ca.crt"), "--crl", path("crl.pem"));
		// The field device's key is made on the token and never leaves it.
		String created = cli(environment, with(token, "device", "init"));
		assertTrue(created.contains("PKCS#11 token '" + label + "'"), created);
		cli(environment, with(token, "device", "csr", "--subject", "CN=field-laptop,O=Counterpart", "--store",
				path("field"), "--out", path("field.csr")));
		cli(environment, "authority", "issue", "--ca", path("ca"), "--csr", path("field.csr"), "--out", path("field.pem"));
		cli(environment, with(token, "device", "install-cert", "--identity", path("field/identity"), "--chain",
				path("field.pem"), "--ca-cert", path("ca/ca.crt"), "--crl", path("crl.pem")));
		assertFalse(Files.exists(home.resolve("field/identity/device.p12")), "the key stays on the token");

		String exported = cli(environment,
				with(token, "export", "--store", path("field"), "--to", path("hq.pem"), "--out", path("p1.cpkg")));
		assertTrue(exported.startsWith("Exported package 1 of device "), exported);
		String imported = cli(environment, "import", "--store", path("hq"), path("p1.cpkg"));
		assertTrue(imported.startsWith(path("p1.cpkg") + ": applied package=1 ")
				&& imported.contains("signer=\"CN=field-laptop,O=Counterpart\""), imported);
		assertEquals(cli(environment, "store", "hash", "--store", path("field")),
				cli(environment, "store", "hash", "--store", path("hq")));

		Path png = home.resolve("network.png");
		String drawn = cli(environment, "diagram", "render", "--store", path("hq"), "--representation", "contactNetwork",
				"--out", png.toString());
		assertTrue(drawn.startsWith("Drew contactNetwork of "), drawn);
		byte[] signature = Arrays.copyOf(Files.readAllBytes(png), 8);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, signature);
		var image = ImageIO.read(png.toFile());
		assertTrue(image != null && image.getWidth() > 300 && image.getHeight() > 300, "a drawn PNG: " + png);
	}

	private String path(String name) {
		return home.resolve(name).toString();
	}

	private static String[] with(String[] token, String... arguments) {
		String[] words = Arrays.copyOf(arguments, arguments.length + token.length);
		System.arraycopy(token, 0, words, arguments.length, token.length);
		return words;
	}

	/** Runs counterpart-cli with the arguments, expects success and returns its standard output. */
	private String cli(Map<String, String> environment, String... arguments) throws Exception {
		String[] command = new String[arguments.length + 1];
		command[0] = "counterpart-cli";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		ProductProcess.Result result = ProductProcess.run(home, environment, 300, command);
		if (result.exitCode() != 0) {
			fail(String.join(" ", command) + " exited with " + result.exitCode() + ":\n" + result.out() + result.err());
		}
		return result.out();
	}

	private Path softHsmConfiguration() throws IOException {
		Path tokens = Files.createDirectories(home.resolve("softhsm/tokens"));
		return Files.writeString(home.resolve("softhsm/softhsm2.conf"),
				"directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
	}

	private static void initToken(String configuration, String label) throws Exception {
		SoftHsm.requireInstalled();
		ProcessBuilder builder = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label, "--pin",
				TOKEN_PIN, "--so-pin", "9317-so-pin").redirectErrorStream(true);
		builder.environment().put("SOFTHSM2_CONF", configuration);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "softhsm2-util could not make a token: " + output);
	}

	/** Where SoftHSM2 is, and a clear failure when it is not. */
	private static final class SoftHsm {
		static final Path MODULE = Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");

		static void requireInstalled() {
			if (!Files.isReadable(MODULE)) {
				fail("SoftHSM2 is not installed: " + MODULE + " is missing (Debian packages softhsm2 and opensc; .ci/run"
						+ " installs them).");
			}
		}
	}
}
