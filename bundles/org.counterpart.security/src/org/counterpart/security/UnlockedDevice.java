package org.counterpart.security;

import java.io.IOException;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * The device key of an identity folder, unlocked: from {@code device.p12} with its passphrase, or on the PKCS#11
 * token named in {@link DeviceTokenChoice} with its PIN. It keeps what it needs to store an issued certificate chain
 * back where the key is (for {@code device.p12}, a copy of the passphrase); closing wipes that copy and logs out of
 * the token.
 */
public final class UnlockedDevice implements AutoCloseable {

    private final DeviceIdentityFolder folder;
    private final DeviceIdentity identity;
    private final Pkcs11Token token;
    private final String where;
    private char[] passphrase;

    private UnlockedDevice(DeviceIdentityFolder folder, DeviceIdentity identity, Pkcs11Token token, String where,
            char[] passphrase) {
        this.folder = folder;
        this.identity = identity;
        this.token = token;
        this.where = where;
        this.passphrase = passphrase;
    }

    /** Whether {@code folder} has a device key: a {@code device.p12}, or a token chosen for it. */
    public static boolean hasKey(DeviceIdentityFolder folder) throws CredentialException, IOException {
        return folder.hasKeyStore() || DeviceTokenChoice.read(folder).isPresent();
    }

    /**
     * Unlocks the device key of {@code folder}: on its chosen token with {@code secret} as the PIN, otherwise in
     * {@code device.p12} with {@code secret} as the passphrase. The caller wipes {@code secret}.
     */
    public static UnlockedDevice unlock(DeviceIdentityFolder folder, char[] secret) throws CredentialException, IOException {
        Optional<DeviceTokenChoice> choice = DeviceTokenChoice.read(folder);
        if (choice.isPresent()) {
            Pkcs11Token token = Pkcs11Token.open(choice.get().module(), choice.get().label(), secret);
            try {
                return new UnlockedDevice(folder, deviceKeyOn(token, choice.get()), token, choice.get().describe(), null);
            } catch (CredentialException | RuntimeException e) {
                token.close();
                throw e;
            }
        }
        if (!folder.hasKeyStore()) {
            throw new CredentialException(Reason.NO_KEY, Messages.format(Messages.NO_DEVICE_KEY, folder.directory()));
        }
        DeviceIdentity identity = folder.loadDevice(secret);
        return new UnlockedDevice(folder, identity, null, folder.directory().toString(), secret.clone());
    }

    /**
     * Creates the device key in {@code device.p12} of {@code folder} under {@code passphrase} (which the caller wipes);
     * refused when the folder has a device key already.
     */
    public static UnlockedDevice createInFile(DeviceIdentityFolder folder, KeyAlgorithm algorithm, char[] passphrase)
            throws CredentialException, IOException {
        requireNoKey(folder);
        DeviceIdentity identity = DeviceIdentity.generate(algorithm);
        Files.createDirectories(folder.directory());
        identity.save(folder.keyStore(), passphrase);
        return new UnlockedDevice(folder, identity, null, folder.directory().toString(), passphrase.clone());
    }

    /**
     * Creates the device key on the token {@code choice} names, logging in with {@code pin} (which the caller wipes),
     * and remembers the token in {@code folder}; refused when the folder or the token has a device key already.
     */
    public static UnlockedDevice createOnToken(DeviceIdentityFolder folder, DeviceTokenChoice choice, KeyAlgorithm algorithm,
            char[] pin) throws CredentialException, IOException {
        requireNoKey(folder);
        Pkcs11Token token = Pkcs11Token.open(choice.module(), choice.label(), pin);
        try {
            DeviceIdentity identity;
            try {
                identity = token.generateIdentity(DeviceIdentityFolder.TOKEN_KEY_NAME, algorithm);
            } catch (CredentialException e) {
                if (e.reason() == Reason.ALREADY_EXISTS) {
                    throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.TOKEN_KEY_EXISTS,
                            DeviceIdentityFolder.TOKEN_KEY_NAME, choice.label()), e);
                }
                throw e;
            }
            choice.write(folder);
            return new UnlockedDevice(folder, identity, token, choice.describe(), null);
        } catch (CredentialException | IOException | RuntimeException e) {
            token.close();
            throw e;
        }
    }

    private static void requireNoKey(DeviceIdentityFolder folder) throws CredentialException, IOException {
        if (folder.hasKeyStore()) {
            throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.KEY_EXISTS, folder.keyStore()));
        }
        Optional<DeviceTokenChoice> chosen = DeviceTokenChoice.read(folder);
        if (chosen.isPresent()) {
            throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.TOKEN_KEY_EXISTS,
                    DeviceIdentityFolder.TOKEN_KEY_NAME, chosen.get().label()));
        }
    }

    private static DeviceIdentity deviceKeyOn(Pkcs11Token token, DeviceTokenChoice choice) throws CredentialException {
        try {
            return token.identity(DeviceIdentityFolder.TOKEN_KEY_NAME);
        } catch (CredentialException e) {
            if (e.reason() == Reason.NO_KEY) {
                throw new CredentialException(Reason.NO_KEY, Messages.format(Messages.TOKEN_NO_DEVICE_KEY, choice.label()), e);
            }
            throw e;
        }
    }

    public DeviceIdentity identity() {
        return identity;
    }

    /** The token session the key needs, or {@code null} for {@code device.p12}. */
    public Pkcs11Token token() {
        return token;
    }

    public boolean isOnToken() {
        return token != null;
    }

    public DeviceIdentityFolder folder() {
        return folder;
    }

    /** Where the key is: the identity folder, or "the PKCS#11 token 'LABEL'"; for messages. */
    public String where() {
        return where;
    }

    /**
     * Installs {@code chain} (device certificate first) with the key: on the token at once, or by writing
     * {@code device.p12} back atomically. Refused, with nothing changed, when the certificate is not for this key.
     */
    void storeChain(List<X509Certificate> chain) throws CredentialException, IOException {
        identity.installCertificateChain(chain);
        if (token == null) {
            identity.save(folder.keyStore(), passphrase);
        }
    }

    /** Wipes the kept passphrase and logs out of the token. */
    @Override
    public void close() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
            passphrase = null;
        }
        if (token != null) {
            token.close();
        }
    }

    @Override
    public String toString() {
        return "UnlockedDevice[" + where + "]";
    }
}
