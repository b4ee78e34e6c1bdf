package org.counterpart.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.counterpart.cli.CliException;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;

/**
 * A device's identity folder: {@value #KEY_STORE} (the device key and, once issued, its certificate
 * chain, in PKCS#12 under the passphrase in {@value #PASSPHRASE_VARIABLE}), {@value #AUTHORITY}
 * (the headquarters CA certificate the device trusts) and {@value #REVOCATION_LIST} (the latest
 * revocation list from headquarters). By default it is the folder {@code identity} inside the
 * workspace store's folder. When the device key is on a PKCS#11 token ({@link TokenOptions}), the
 * key and its chain are on the token and the folder holds only the CA certificate and the list.
 */
final class IdentityFolder {

    static final String KEY_STORE = DeviceIdentityFolder.KEY_STORE;
    static final String AUTHORITY = DeviceIdentityFolder.AUTHORITY;
    static final String REVOCATION_LIST = DeviceIdentityFolder.REVOCATION_LIST;
    static final String PASSPHRASE_VARIABLE = "COUNTERPART_DEVICE_PASSPHRASE";
    static final String DEFAULT_NAME = DeviceIdentityFolder.DEFAULT_NAME;

    private final Path directory;
    private final DeviceIdentityFolder folder;

    IdentityFolder(Path directory) {
        this.directory = directory;
        this.folder = new DeviceIdentityFolder(directory);
    }

    /** The folder given with {@code --identity}, or {@code STORE/identity}. */
    static IdentityFolder of(Path identity, StoreLocation store) throws CliException {
        return new IdentityFolder(identity != null ? identity : store.identityDefault());
    }

    Path directory() {
        return directory;
    }

    /** The certificates of other devices this one knows (recipients and teammates). */
    KnownCertificates known() {
        return new KnownCertificates(folder);
    }

    Path keyStore() {
        return folder.keyStore();
    }

    Path authorityFile() {
        return folder.authorityFile();
    }

    Path revocationListFile() {
        return folder.revocationListFile();
    }

    /** Unlocks the device identity on the token, if one is given, or in this folder; it must have a certificate. */
    UnlockedIdentity load(Map<String, String> environment, TokenOptions token) throws CliException {
        if (token.given()) {
            return token.unlock(environment, true);
        }
        return new UnlockedIdentity(load(environment), null);
    }

    /** Loads the device identity; it must have an installed certificate. */
    DeviceIdentity load(Map<String, String> environment) throws CliException {
        if (!Files.isRegularFile(keyStore())) {
            throw CliException.failed("No device identity in " + directory
                    + ". Create one with 'counterpart-cli device init --identity " + directory + "'.", null);
        }
        DeviceIdentity identity;
        try {
            identity = folder.loadDevice(PassphrasePrompt.existing(environment, PASSPHRASE_VARIABLE, "device key"));
        } catch (CredentialException | IOException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        if (identity.certificate().isEmpty()) {
            throw CliException.failed("The device in " + directory + " has no certificate yet. Send its request"
                    + " ('device csr') to headquarters and install the answer with 'device install-cert'.", null);
        }
        return identity;
    }

    /**
     * The first certificate of each of {@code files}, each verified by {@code trust} now; one that is not trusted is
     * refused with its file named as {@code role} ("Recipient", "Teammate"), and nothing is to be exported.
     */
    static List<X509Certificate> trustedCertificates(List<Path> files, TrustVerifier trust, String role)
            throws CliException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            X509Certificate certificate = readCertificates(file).get(0);
            try {
                trust.verify(List.of(certificate));
            } catch (TrustException e) {
                throw CliException.failed(role + " " + file + ": " + e.getMessage() + " Nothing was exported.", e);
            }
            certificates.add(certificate);
        }
        return certificates;
    }

    /** The trust of this device: its CA certificate and the revocation list {@code crl} or the installed one. */
    TrustVerifier trust(Path crl) throws CliException {
        if (!Files.isRegularFile(authorityFile())) {
            throw CliException.failed("No headquarters CA certificate in " + directory
                    + ". Install it with 'device install-cert --ca-cert FILE'.", null);
        }
        Path crlFile = crl != null ? crl : revocationListFile();
        if (!Files.isRegularFile(crlFile)) {
            throw CliException.failed("No revocation list in " + directory
                    + ". Install the latest one from headquarters with 'device install-crl --crl FILE'.", null);
        }
        X509CRL list = readCrl(crlFile);
        if (crl != null) {
            requireNotOlderThanInstalled(crl, list);
        }
        try {
            return new TrustVerifier(readCertificates(authorityFile()).get(0), list);
        } catch (TrustException e) {
            throw CliException.failed(e.getMessage(), e);
        }
    }

    /** The installed revocation list, or {@code null} if none is installed. */
    X509CRL installedRevocationList() throws CliException {
        return Files.isRegularFile(revocationListFile()) ? readCrl(revocationListFile()) : null;
    }

    /** Refuses {@code list} (read from {@code file}) if it is older than the installed one. */
    void requireNotOlderThanInstalled(Path file, X509CRL list) throws CliException {
        if (file.toAbsolutePath().normalize().equals(revocationListFile().toAbsolutePath().normalize())) {
            return;
        }
        try {
            RevocationLists.requireNotOlder(installedRevocationList(), list);
        } catch (TrustException e) {
            throw CliException.failed(file + ": " + e.getMessage() + " Nothing was changed.", e);
        }
    }

    /** Installs {@code list} (verified by the caller) as this folder's revocation list, replacing the file atomically. */
    void installRevocationList(X509CRL list) throws CliException {
        try {
            folder.installRevocationList(list);
        } catch (IOException e) {
            throw CliException.failed("Cannot write " + revocationListFile() + ": " + e.getMessage(), e);
        } catch (CredentialException | TrustException e) {
            throw CliException.failed(revocationListFile() + ": " + e.getMessage() + " Nothing was changed.", e);
        }
    }

    static List<X509Certificate> readCertificates(Path file) throws CliException {
        try {
            return DeviceIdentityFolder.readCertificates(file);
        } catch (IOException e) {
            throw CliException.failed("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (CredentialException e) {
            throw CliException.failed(file + " holds no PEM certificate.", e);
        }
    }

    static X509CRL readCrl(Path file) throws CliException {
        try {
            return DeviceIdentityFolder.readRevocationList(file);
        } catch (IOException e) {
            throw CliException.failed("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (CredentialException e) {
            throw CliException.failed(e.getMessage(), e);
        }
    }
}
