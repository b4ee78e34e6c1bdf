package org.counterpart.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.counterpart.security.CredentialException;
import org.counterpart.security.CredentialException.Reason;

/**
 * Reads and writes passphrase-protected PKCS#12 files holding one private key and its chain. The
 * JDK's PKCS#12 writer (PBES2/AES-256, HMAC-SHA256 since JDK 21) produces files openssl 3 reads.
 * Writes go to a temporary file in the same directory and are moved into place, so a failed write
 * leaves the previous file intact.
 */
public final class KeyStoreFiles {

    /** One key and its certificate chain, leaf first. */
    public record KeyEntry(PrivateKey key, List<X509Certificate> chain) {
    }

    private KeyStoreFiles() {
    }

    public static KeyEntry read(Path file, String alias, char[] passphrase) throws CredentialException, IOException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, passphrase);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CredentialException(Reason.WRONG_PASSPHRASE,
                        Messages.format(Messages.WRONG_PASSPHRASE, file.getFileName()));
            }
            throw new CredentialException(Reason.UNREADABLE,
                    Messages.format(Messages.KEYSTORE_UNREADABLE, file.getFileName()));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CredentialException(Reason.UNREADABLE,
                    Messages.format(Messages.KEYSTORE_UNREADABLE, file.getFileName()));
        }
        try {
            String chosen = alias;
            if (chosen == null || !store.isKeyEntry(chosen)) {
                chosen = null;
                for (String candidate : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(candidate)) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            Key key = chosen == null ? null : store.getKey(chosen, passphrase);
            Certificate[] chain = chosen == null ? null : store.getCertificateChain(chosen);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new CredentialException(Reason.NO_KEY,
                        Messages.format(Messages.KEYSTORE_NO_KEY, file.getFileName()));
            }
            List<X509Certificate> certificates = new ArrayList<>();
            if (chain != null) {
                for (Certificate certificate : chain) {
                    certificates.add((X509Certificate) certificate);
                }
            }
            return new KeyEntry(privateKey, List.copyOf(certificates));
        } catch (UnrecoverableKeyException e) {
            throw new CredentialException(Reason.WRONG_PASSPHRASE,
                    Messages.format(Messages.WRONG_PASSPHRASE, file.getFileName()));
        } catch (GeneralSecurityException e) {
            throw new CredentialException(Reason.UNREADABLE,
                    Messages.format(Messages.KEYSTORE_UNREADABLE, file.getFileName()));
        }
    }

    public static void write(Path file, String alias, PrivateKey key, List<X509Certificate> chain, char[] passphrase)
            throws CredentialException, IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, passphrase, chain.toArray(new Certificate[0]));
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, passphrase);
                }
                moveIntoPlace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (GeneralSecurityException e) {
            throw new CredentialException(Reason.CRYPTO_FAILURE,
                    Messages.format(Messages.CRYPTO_FAILURE, e.getClass().getSimpleName()), e);
        }
    }

    /** Replaces {@code target} by {@code source} atomically where the file system allows it. */
    public static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
