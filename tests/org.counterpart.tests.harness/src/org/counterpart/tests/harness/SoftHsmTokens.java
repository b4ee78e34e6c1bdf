package org.counterpart.tests.harness;

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
 * SoftHSM2 tokens for PKCS#11 tests. SoftHSM2 must be installed (Debian packages softhsm2 and opensc, which .ci/run
 * installs); without it the tests fail.
 * <p>
 * SoftHSM2 reads SOFTHSM2_CONF and lists its tokens once, when the library initialises in the JVM, so every token a
 * test JVM needs is created up front, on the first call, for all the purposes given then. If SOFTHSM2_CONF is not
 * set, a configuration with a temporary token directory is written and the variable is set in this process (through
 * the foreign function API, Java 22+), before anything loads the library.
 */
public final class SoftHsmTokens {

	public static final Path MODULE = Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"); //$NON-NLS-1$
	public static final String PIN = "7319-token-pin-c4e8"; //$NON-NLS-1$

	private static Map<String, Token> tokens;

	/** A token: its label and the slot SoftHSM2 gave it. */
	public record Token(String label, long slot) {
	}

	private SoftHsmTokens() {
	}

	/**
	 * The fresh token made for {@code purpose}. The first call makes one token for each of {@code purposes} (which
	 * must include {@code purpose}); later calls find them.
	 */
	public static synchronized Token token(String purpose, List<String> purposes) throws Exception {
		if (tokens == null) {
			tokens = create(purposes);
		}
		Token token = tokens.get(purpose);
		if (token == null) {
			fail("No SoftHSM2 token for " + purpose + ": the tokens of this JVM were made for " + tokens.keySet() //$NON-NLS-1$ //$NON-NLS-2$
					+ " (SoftHSM2 lists its tokens once per process)."); //$NON-NLS-1$
		}
		return token;
	}

	private static Map<String, Token> create(List<String> purposes) throws Exception {
		if (!Files.isReadable(MODULE)) {
			fail("SoftHSM2 is not installed: " + MODULE + " is missing. Install the Debian packages softhsm2 and" //$NON-NLS-1$ //$NON-NLS-2$
					+ " opensc (apt-get install -y softhsm2 opensc); .ci/run does."); //$NON-NLS-1$
		}
		String configuration = System.getenv("SOFTHSM2_CONF"); //$NON-NLS-1$
		if (configuration == null) {
			Path directory = Files.createTempDirectory("counterpart-softhsm"); //$NON-NLS-1$
			Path tokenDirectory = Files.createDirectory(directory.resolve("tokens")); //$NON-NLS-1$
			Path file = directory.resolve("softhsm2.conf"); //$NON-NLS-1$
			Files.writeString(file, "directories.tokendir = " + tokenDirectory + "\nobjectstore.backend = file\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "log.level = ERROR\nslots.removable = false\n"); //$NON-NLS-1$
			configuration = file.toString();
			setEnvironment("SOFTHSM2_CONF", configuration); //$NON-NLS-1$
		}
		String prefix = "cp-" + UUID.randomUUID().toString().substring(0, 8) + "-"; //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Token> created = new LinkedHashMap<>();
		for (String purpose : purposes) {
			String label = prefix + purpose;
			ProcessBuilder builder = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"--pin", PIN, "--so-pin", "8642-so-pin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			builder.environment().put("SOFTHSM2_CONF", configuration); //$NON-NLS-1$
			builder.redirectErrorStream(true);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				fail("softhsm2-util could not create a test token: " + output); //$NON-NLS-1$
			}
			Matcher slot = Pattern.compile("slot (\\d+)").matcher(output); //$NON-NLS-1$
			if (!slot.find()) {
				fail("softhsm2-util did not report the token's slot: " + output); //$NON-NLS-1$
			}
			created.put(purpose, new Token(label, Long.parseLong(slot.group(1))));
		}
		return created;
	}

	/** setenv(3) through java.lang.foreign, looked up reflectively because the bundle compiles for Java 21. */
	private static void setEnvironment(String name, String value) throws Exception {
		try {
			Class<?> linkerType = Class.forName("java.lang.foreign.Linker"); //$NON-NLS-1$
			Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout"); //$NON-NLS-1$
			Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout"); //$NON-NLS-1$
			Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor"); //$NON-NLS-1$
			Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment"); //$NON-NLS-1$
			Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option"); //$NON-NLS-1$
			Class<?> arenaType = Class.forName("java.lang.foreign.Arena"); //$NON-NLS-1$
			Object linker = linkerType.getMethod("nativeLinker").invoke(null); //$NON-NLS-1$
			Object lookup = linkerType.getMethod("defaultLookup").invoke(linker); //$NON-NLS-1$
			Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup") //$NON-NLS-1$
					.getMethod("find", String.class).invoke(lookup, "setenv"); //$NON-NLS-1$ //$NON-NLS-2$
			Object address = valueLayout.getField("ADDRESS").get(null); //$NON-NLS-1$
			Object integer = valueLayout.getField("JAVA_INT").get(null); //$NON-NLS-1$
			Object arguments = Array.newInstance(layoutType, 3);
			Array.set(arguments, 0, address);
			Array.set(arguments, 1, address);
			Array.set(arguments, 2, integer);
			Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass()).invoke(null, integer, //$NON-NLS-1$
					arguments);
			MethodHandle setenv = (MethodHandle) linkerType
					.getMethod("downcallHandle", segmentType, descriptorType, Array.newInstance(optionType, 0).getClass()) //$NON-NLS-1$
					.invoke(linker, symbol.orElseThrow(), descriptor, Array.newInstance(optionType, 0));
			Object arena = arenaType.getMethod("global").invoke(null); //$NON-NLS-1$
			Object nameSegment = arenaType.getMethod("allocateFrom", String.class).invoke(arena, name); //$NON-NLS-1$
			Object valueSegment = arenaType.getMethod("allocateFrom", String.class).invoke(arena, value); //$NON-NLS-1$
			int result = (int) setenv.invokeWithArguments(nameSegment, valueSegment, 1);
			if (result != 0) {
				throw new IllegalStateException("setenv returned " + result); //$NON-NLS-1$
			}
		} catch (ReflectiveOperationException | RuntimeException e) {
			fail("SOFTHSM2_CONF is not set and cannot be set in this JVM (needs Java 22+): set SOFTHSM2_CONF to a" //$NON-NLS-1$
					+ " SoftHSM2 configuration with a writable token directory. " + e); //$NON-NLS-1$
		} catch (Throwable e) {
			throw new IllegalStateException(e);
		}
	}
}
