package org.counterpart.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoftHSM2 tokens for the command line's PKCS#11 tests. SoftHSM2 must be installed (Debian packages
 * softhsm2 and opensc, which .ci/run installs); without it these tests fail.
 *
 * SoftHSM2 reads SOFTHSM2_CONF and lists its tokens once, when the library initialises in this JVM,
 * so every token the tests need is created up front. If SOFTHSM2_CONF is not set, a configuration
 * with a temporary token directory is written and the variable is set in this process (through the
 * foreign function API, Java 22+), before anything loads the library.
 */
final class SoftHsmTokens {

	static final Path MODULE = Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
	static final String PIN = "7319-token-pin-c4e8";

	/** The purposes tokens are made for; one test uses each. */
	static final List<String> PURPOSES = List.of("device", "empty", "uncertified");

	private static Map<String, Token> tokens;

	/** A token: its label and the slot SoftHSM2 gave it. */
	record Token(String label, long slot) {
	}

	private SoftHsmTokens() {
	}

	/** The fresh token made for {@code purpose} (one of {@link #PURPOSES}). */
	static synchronized Token token(String purpose) throws Exception {
		if (tokens == null) {
			tokens = create();
		}
		Token token = tokens.get(purpose);
		if (token == null) {
			throw new IllegalArgumentException("no token for " + purpose);
		}
		return token;
	}

	private static Map<String, Token> create() throws Exception {
		if (!Files.isReadable(MODULE)) {
			fail("SoftHSM2 is not installed: " + MODULE + " is missing. Install the Debian packages softhsm2 and"
					+ " opensc (apt-get install -y softhsm2 opensc); .ci/run does.");
		}
		String configuration = System.getenv("SOFTHSM2_CONF");
		if (configuration == null) {
			Path directory = Files.createTempDirectory("counterpart-cli-softhsm");
			Path tokenDirectory = Files.createDirectory(directory.resolve("tokens"));
			Path file = directory.resolve("softhsm2.conf");
			Files.writeString(file, "directories.tokendir = " + tokenDirectory + "\nobjectstore.backend = file\n"
					+ "log.level = ERROR\nslots.removable = false\n");
			configuration = file.toString();
			setEnvironment("SOFTHSM2_CONF", configuration);
		}
		String prefix = "cli-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		Map<String, Token> created = new LinkedHashMap<>();
		for (String purpose : PURPOSES) {
			String label = prefix + purpose;
			ProcessBuilder builder = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label,
					"--pin", PIN, "--so-pin", "8642-so-pin");
			builder.environment().put("SOFTHSM2_CONF", configuration);
			builder.redirectErrorStream(true);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				fail("softhsm2-util could not create a test token: " + output);
			}
			Matcher slot = Pattern.compile("slot (\\d+)").matcher(output);
			if (!slot.find()) {
				fail("softhsm2-util did not report the token's slot: " + output);
			}
			created.put(purpose, new Token(label, Long.parseLong(slot.group(1))));
		}
		return created;
	}

	/** setenv(3) through java.lang.foreign, looked up reflectively because the bundle compiles for Java 21. */
	private static void setEnvironment(String name, String value) throws Exception {
		try {
			Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
			Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout");
			Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
			Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
			Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
			Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
			Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
			Object linker = linkerType.getMethod("nativeLinker").invoke(null);
			Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
			Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
					.getMethod("find", String.class).invoke(lookup, "setenv");
			Object address = valueLayout.getField("ADDRESS").get(null);
			Object integer = valueLayout.getField("JAVA_INT").get(null);
			Object arguments = Array.newInstance(layoutType, 3);
			Array.set(arguments, 0, address);
			Array.set(arguments, 1, address);
			Array.set(arguments, 2, integer);
			Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass()).invoke(null, integer,
					arguments);
			MethodHandle setenv = (MethodHandle) linkerType
					.getMethod("downcallHandle", segmentType, descriptorType, Array.newInstance(optionType, 0).getClass())
					.invoke(linker, symbol.orElseThrow(), descriptor, Array.newInstance(optionType, 0));
			Object arena = arenaType.getMethod("global").invoke(null);
			Object nameSegment = arenaType.getMethod("allocateFrom", String.class).invoke(arena, name);
			Object valueSegment = arenaType.getMethod("allocateFrom", String.class).invoke(arena, value);
			int result = (int) setenv.invokeWithArguments(nameSegment, valueSegment, 1);
			if (result != 0) {
				throw new IllegalStateException("setenv returned " + result);
			}
		} catch (ReflectiveOperationException | RuntimeException e) {
			fail("SOFTHSM2_CONF is not set and cannot be set in this JVM (needs Java 22+): set SOFTHSM2_CONF to a"
					+ " SoftHSM2 configuration with a writable token directory. " + e);
		} catch (Throwable e) {
			throw new IllegalStateException(e);
		}
	}
}
