package org.counterpart.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * Which PKCS#11 token holds the device key: the module (library) path and the token's label, kept in
 * {@value #FILE} in the identity folder so that the workbench and the command line find the key again
 * without asking. It holds no PIN and no key.
 */
public record DeviceTokenChoice(Path module, String label) {

    public static final String FILE = "device.properties";
    private static final String MODULE = "pkcs11.module";
    private static final String LABEL = "token.label";

    public DeviceTokenChoice {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(label, "label");
    }

    /** The token choice kept in {@code folder}, or empty when the device key is (to be) in {@code device.p12}. */
    public static Optional<DeviceTokenChoice> read(DeviceIdentityFolder folder) throws CredentialException, IOException {
        Path file = folder.directory().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        String module = properties.getProperty(MODULE);
        String label = properties.getProperty(LABEL);
        if (module == null || module.isBlank() || label == null || label.isEmpty()) {
            throw new CredentialException(Reason.UNREADABLE, Messages.format(Messages.TOKEN_CHOICE_UNREADABLE, file));
        }
        return Optional.of(new DeviceTokenChoice(Path.of(module), label));
    }

    /** Keeps this choice in {@code folder}, replacing the file atomically. */
    public void write(DeviceIdentityFolder folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(MODULE, module.toAbsolutePath().toString());
        properties.setProperty(LABEL, label);
        StringWriter text = new StringWriter();
        properties.store(text, "The PKCS#11 token that holds this device's key");
        folder.writeAtomically(folder.directory().resolve(FILE), text.toString(), StandardCharsets.UTF_8);
    }

    /** "the PKCS#11 token 'LABEL'", for messages. */
    public String describe() {
        return "the PKCS#11 token '" + label + "'";
    }
}
