package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * A SoftHSM2 token for the PKCS#11 tests. SoftHSM2 must be installed (Debian packages softhsm2
 * and opensc); without it the tests fail, unless {@code -Dcounterpart.test.pkcs11=skip} is given.
 *
 * SoftHSM2 finds its token directory through the SOFTHSM2_CONF environment variable, read when
 * the library initialises in this JVM. If the variable is not set, a configuration with a
 * temporary token directory is written and the variable is set in this process (through the
 * foreign function API, Java 22+), before anything loads the library.
 */
final class SoftHsm {

    static final Path LIBRARY = Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so");
    static final String PIN = "1234-test-pin";

    private static SoftHsm instance;

    final long slot;
    final String label;

    private SoftHsm(long slot, String label) {
        this.slot = slot;
        this.label = label;
    }

    /** The token shared by this JVM's PKCS#11 tests (SoftHSM2 reads its configuration once per process). */
    static synchronized SoftHsm token() throws Exception {
        if (!Files.isReadable(LIBRARY)) {
            if ("skip".equals(System.getProperty("counterpart.test.pkcs11"))) {
                Assumptions.abort("PKCS#11 tests skipped by -Dcounterpart.test.pkcs11=skip");
            }
            fail("SoftHSM2 is not installed: " + LIBRARY + " is missing. Install the Debian packages softhsm2 and"
                    + " opensc (apt-get install -y softhsm2 opensc), or run with -Dcounterpart.test.pkcs11=skip.");
        }
        if (instance == null) {
            String configuration = System.getenv("SOFTHSM2_CONF");
            if (configuration == null) {
                Path directory = Files.createTempDirectory("counterpart-softhsm");
                Path tokens = Files.createDirectory(directory.resolve("tokens"));
                Path file = directory.resolve("softhsm2.conf");
                Files.writeString(file, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                        + "log.level = ERROR\nslots.removable = false\n");
                configuration = file.toString();
                setEnvironment("SOFTHSM2_CONF", configuration);
            }
            String label = "cp-" + UUID.randomUUID().toString().substring(0, 8);
            ProcessBuilder builder = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label,
                    "--pin", PIN, "--so-pin", "5678-test-so-pin");
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
            instance = new SoftHsm(Long.parseLong(slot.group(1)), label);
        }
        return instance;
    }

    Pkcs11Token open() throws CredentialException {
        return Pkcs11Token.open(LIBRARY, slot, PIN.toCharArray());
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
