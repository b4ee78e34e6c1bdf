package org.counterpart.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.login.FailedLoginException;

import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.CertificateProfiles;
import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.TokenLabels;

/**
 * A PKCS#11 token (smart card, HSM, SoftHSM2 in tests) reached through the JDK's SunPKCS11
 * provider. Keys are generated on the token and never leave it; signing runs on the token. The
 * provider is configured per token and not installed in the JVM's provider list.
 */
public final class Pkcs11Token implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Provider provider;
    private final KeyStore keyStore;
    private final long slot;

    private Pkcs11Token(Provider provider, KeyStore keyStore, long slot) {
        this.provider = provider;
        this.keyStore = keyStore;
        this.slot = slot;
    }

    /**
     * Logs in to the token in slot {@code slotId} (the slot number the PKCS#11 library reports, e.g.
     * the one {@code softhsm2-util --show-slots} prints) of the PKCS#11 module {@code library}.
     */
    public static Pkcs11Token open(Path library, long slotId, char[] pin) throws CredentialException {
        requireModule(library);
        return open(library, slotId, pin, "in slot " + slotId);
    }

    /**
     * Logs in to the token labelled {@code tokenLabel} (the label given when the token was
     * initialised, e.g. with {@code softhsm2-util --init-token --label}) of the PKCS#11 module
     * {@code library}.
     */
    public static Pkcs11Token open(Path library, String tokenLabel, char[] pin) throws CredentialException {
        requireModule(library);
        Map<Long, String> labels;
        try {
            labels = TokenLabels.bySlot(library);
        } catch (RuntimeException e) {
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE,
                    Messages.format(Messages.TOKEN_MODULE_UNUSABLE, library, e.getMessage()));
        }
        List<Long> slots = new ArrayList<>();
        labels.forEach((slot, label) -> {
            if (label.equals(tokenLabel)) {
                slots.add(slot);
            }
        });
        if (slots.isEmpty()) {
            String present = labels.isEmpty() ? "none" : "'" + String.join("', '", labels.values()) + "'";
            throw new CredentialException(Reason.TOKEN_NOT_FOUND,
                    Messages.format(Messages.TOKEN_LABEL_UNKNOWN, tokenLabel, library, present));
        }
        if (slots.size() > 1) {
            throw new CredentialException(Reason.TOKEN_NOT_FOUND,
                    Messages.format(Messages.TOKEN_LABEL_AMBIGUOUS, tokenLabel, library, slots.size()));
        }
        return open(library, slots.get(0), pin, "'" + tokenLabel + "'");
    }

    /**
     * The tokens the PKCS#11 module {@code library} offers: each token's label by the slot it sits in, in slot order,
     * for a user to choose from.
     */
    public static Map<Long, String> tokenLabels(Path library) throws CredentialException {
        requireModule(library);
        try {
            return TokenLabels.bySlot(library);
        } catch (RuntimeException e) {
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE,
                    Messages.format(Messages.TOKEN_MODULE_UNUSABLE, library, e.getMessage()));
        }
    }

    private static void requireModule(Path library) throws CredentialException {
        if (!Files.isRegularFile(library) || !Files.isReadable(library)) {
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE, Messages.format(Messages.TOKEN_MODULE_MISSING, library));
        }
    }

    /** {@code token} names the token in messages: "in slot N" or its label. */
    private static Pkcs11Token open(Path library, long slotId, char[] pin, String token) throws CredentialException {
        Provider provider;
        try {
            String configuration = "--name = Counterpart" + INSTANCES.incrementAndGet() + "\n"
                    + "library = \"" + library.toAbsolutePath() + "\"\n" + "slot = " + slotId + "\n"
                    // Generated private keys never leave the token; EC keys may derive (ECDH opens packages).
                    + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n"
                    + "attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {\n  CKA_DERIVE = true\n}\n"
                    // The raw ECDH secret is read back to run the CMS key derivation in software.
                    + "attributes(generate, CKO_SECRET_KEY, CKK_GENERIC_SECRET) = {\n  CKA_SENSITIVE = false\n"
                    + "  CKA_EXTRACTABLE = true\n}\n";
            Provider template = Security.getProvider("SunPKCS11");
            if (template == null) {
                throw new IllegalStateException("SunPKCS11 provider missing from this Java runtime");
            }
            provider = template.configure(configuration);
        } catch (RuntimeException e) {
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE,
                    Messages.format(Messages.TOKEN_UNAVAILABLE, library, token, rootMessage(e)));
        }
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
            keyStore.load(null, pin);
            return new Pkcs11Token(provider, keyStore, slotId);
        } catch (IOException e) {
            if (hasCause(e, FailedLoginException.class) || String.valueOf(e.getMessage()).contains("CKR_PIN_INCORRECT")) {
                throw new CredentialException(Reason.WRONG_PASSPHRASE, Messages.format(Messages.TOKEN_WRONG_PIN, token));
            }
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE,
                    Messages.format(Messages.TOKEN_UNAVAILABLE, library, token, e.getClass().getSimpleName()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CredentialException(Reason.TOKEN_UNAVAILABLE,
                    Messages.format(Messages.TOKEN_UNAVAILABLE, library, token, e.getClass().getSimpleName()));
        }
    }

    /** Names of the keys on the token that have a certificate. */
    public List<String> aliases() throws CredentialException {
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            return aliases;
        } catch (GeneralSecurityException e) {
            throw CertificateProfiles.failure(e);
        }
    }

    /**
     * Generates a key pair on the token under {@code alias}. Until headquarters issues its
     * certificate the key is kept with a self-signed stand-in certificate, because PKCS#11 key
     * stores only list keys that have one.
     */
    public DeviceIdentity generateIdentity(String alias, KeyAlgorithm algorithm) throws CredentialException {
        try {
            if (keyStore.containsAlias(alias)) {
                throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.TOKEN_ALIAS_EXISTS, alias));
            }
            KeyPair keys = algorithm.generateKeyPair(provider);
            X509Certificate placeholder = CertificateProfiles.placeholder(keys, algorithm,
                    CertificateProfiles.parseName("CN=Counterpart device key awaiting certificate"), provider);
            keyStore.setKeyEntry(alias, keys.getPrivate(), null, new Certificate[] { placeholder });
            return identity(alias);
        } catch (GeneralSecurityException e) {
            if (e instanceof CredentialException credential) {
                throw credential;
            }
            throw CertificateProfiles.failure(e);
        }
    }

    /** The identity stored on the token under {@code alias}. */
    public DeviceIdentity identity(String alias) throws CredentialException {
        try {
            Key key = keyStore.getKey(alias, null);
            Certificate[] stored = keyStore.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || stored == null || stored.length == 0) {
                throw new CredentialException(Reason.NO_KEY, Messages.format(Messages.TOKEN_NO_ALIAS, alias));
            }
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : stored) {
                chain.add((X509Certificate) certificate);
            }
            X509Certificate leaf = chain.get(0);
            boolean placeholder = DeviceIdentity.isPlaceholder(chain, leaf.getPublicKey());
            return new DeviceIdentity(privateKey, leaf.getPublicKey(), placeholder ? List.of() : chain, this, alias);
        } catch (GeneralSecurityException e) {
            if (e instanceof CredentialException credential) {
                throw credential;
            }
            throw CertificateProfiles.failure(e);
        }
    }

    /** Removes a key and its certificates from the token. */
    public void deleteIdentity(String alias) throws CredentialException {
        try {
            keyStore.deleteEntry(alias);
        } catch (GeneralSecurityException e) {
            throw CertificateProfiles.failure(e);
        }
    }

    void storeChain(String alias, PrivateKey key, List<X509Certificate> chain) throws CredentialException {
        try {
            keyStore.setKeyEntry(alias, key, null, chain.toArray(new Certificate[0]));
        } catch (GeneralSecurityException e) {
            throw CertificateProfiles.failure(e);
        }
    }

    Provider provider() {
        return provider;
    }

    /** Logs out of the token. */
    @Override
    public void close() {
        if (provider instanceof java.security.AuthProvider auth) {
            try {
                auth.logout();
            } catch (javax.security.auth.login.LoginException e) {
                // Already logged out or token removed: nothing left to release.
            }
        }
    }

    @Override
    public String toString() {
        return "Pkcs11Token[slot " + slot + "]";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }
}
