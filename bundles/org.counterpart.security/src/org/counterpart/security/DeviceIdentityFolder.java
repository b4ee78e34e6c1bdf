package org.counterpart.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * A device's identity folder, shared by the workbench and the command line: {@value #KEY_STORE} (the device key
 * and, once issued, its certificate chain, in PKCS#12 under the device passphrase), {@value #AUTHORITY} (the
 * headquarters CA certificate the device trusts) and {@value #REVOCATION_LIST} (the latest revocation list from
 * headquarters). By default it is the folder {@value #DEFAULT_NAME} inside the workspace store's folder. When the
 * device key is on a PKCS#11 token, the key (named {@value #TOKEN_KEY_NAME}) and its chain are on the token and the
 * folder holds only the CA certificate and the list.
 */
public final class DeviceIdentityFolder {

    public static final String KEY_STORE = "device.p12";
    public static final String AUTHORITY = "ca.crt";
    public static final String REVOCATION_LIST = "crl.pem";
    /**
     * A public copy of the issued device certificate chain (PEM), written when the chain is installed, so that the
     * device's status can be shown without unlocking its key.
     */
    public static final String DEVICE_CERTIFICATE = "device.crt";
    public static final String DEFAULT_NAME = "identity";
    /** The name of the device key on a PKCS#11 token. */
    public static final String TOKEN_KEY_NAME = "counterpart-device";

    private final Path directory;

    public DeviceIdentityFolder(Path directory) {
        this.directory = Objects.requireNonNull(directory);
    }

    /** The identity folder inside a workspace store's folder. */
    public static DeviceIdentityFolder inStore(Path storeDirectory) {
        return new DeviceIdentityFolder(storeDirectory.resolve(DEFAULT_NAME));
    }

    public Path directory() {
        return directory;
    }

    public Path keyStore() {
        return directory.resolve(KEY_STORE);
    }

    public Path authorityFile() {
        return directory.resolve(AUTHORITY);
    }

    public Path revocationListFile() {
        return directory.resolve(REVOCATION_LIST);
    }

    public Path deviceCertificateFile() {
        return directory.resolve(DEVICE_CERTIFICATE);
    }

    /** Whether the folder holds a device key store. */
    public boolean hasKeyStore() {
        return Files.isRegularFile(keyStore());
    }

    /** Whether the headquarters CA certificate is installed. */
    public boolean hasAuthority() {
        return Files.isRegularFile(authorityFile());
    }

    /**
     * Loads the device identity from {@value #KEY_STORE}, with or without its certificate.
     *
     * @param passphrase wiped by the key store code once used
     * @throws CredentialException with {@link Reason#NO_KEY} when there is no key store, or as
     *                             {@link DeviceIdentity#load(Path, char[])}
     */
    public DeviceIdentity loadDevice(char[] passphrase) throws CredentialException, IOException {
        if (!hasKeyStore()) {
            throw new CredentialException(Reason.NO_KEY, "No device identity in " + directory + ".");
        }
        return DeviceIdentity.load(keyStore(), passphrase);
    }

    /** The headquarters CA certificate. */
    public X509Certificate authority() throws CredentialException, IOException {
        if (!hasAuthority()) {
            throw new CredentialException(Reason.NO_CERTIFICATE, "No headquarters CA certificate in " + directory + ".");
        }
        return readCertificates(authorityFile()).get(0);
    }

    /** The installed revocation list, or {@code null} if none is installed. */
    public X509CRL installedRevocationList() throws CredentialException, IOException {
        return Files.isRegularFile(revocationListFile()) ? readRevocationList(revocationListFile()) : null;
    }

    /**
     * The trust of this device: its CA certificate and the installed revocation list.
     *
     * @throws CredentialException when the CA certificate or the list is missing or unreadable
     * @throws TrustException when the list is not the CA's
     */
    public TrustVerifier trust() throws CredentialException, IOException, TrustException {
        X509Certificate authority = authority();
        X509CRL list = installedRevocationList();
        if (list == null) {
            throw new CredentialException(Reason.UNREADABLE, "No revocation list in " + directory + ".");
        }
        return new TrustVerifier(authority, list);
    }

    /**
     * Installs {@code list} as this folder's revocation list, replacing the file atomically, after checking it against
     * the CA certificate and refusing one older than the installed list; nothing changes when it is refused.
     */
    public void installRevocationList(X509CRL list) throws CredentialException, IOException, TrustException {
        new TrustVerifier(authority(), list);
        RevocationLists.requireNotOlder(installedRevocationList(), list);
        writeAtomically(revocationListFile(), CertificatePem.encode(list));
    }

    /** The public copy of the device's certificate chain (device certificate first), or empty if none is kept. */
    public List<X509Certificate> deviceCertificateChain() throws CredentialException, IOException {
        return Files.isRegularFile(deviceCertificateFile()) ? readCertificates(deviceCertificateFile()) : List.of();
    }

    /** Keeps a public copy of the device's certificate chain, replacing the file atomically. */
    public void keepDeviceCertificateChain(List<X509Certificate> chain) throws IOException {
        writeAtomically(deviceCertificateFile(), CertificatePem.encode(chain));
    }

    /** Installs the headquarters CA certificate, replacing the file atomically. */
    public void installAuthority(X509Certificate authority) throws IOException {
        Files.createDirectories(directory);
        writeAtomically(authorityFile(), CertificatePem.encode(List.of(authority)));
    }

    void writeAtomically(Path file, String content) throws IOException {
        writeAtomically(file, content, StandardCharsets.US_ASCII);
    }

    void writeAtomically(Path file, String content, java.nio.charset.Charset charset) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, charset);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The PEM certificates in {@code file}. */
    public static List<X509Certificate> readCertificates(Path file) throws CredentialException, IOException {
        List<X509Certificate> certificates;
        try {
            // Read as Latin-1 so that a binary or foreign file is refused as no PEM, not as a decoding error.
            certificates = CertificatePem.decode(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (CredentialException e) {
            certificates = List.of();
        }
        if (certificates.isEmpty()) {
            throw new CredentialException(Reason.UNREADABLE, Messages.format(Messages.NOT_A_CERTIFICATE_FILE, file));
        }
        return certificates;
    }

    /** The revocation list in {@code file} (PEM or DER). */
    public static X509CRL readRevocationList(Path file) throws CredentialException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
        } catch (CRLException | CertificateException | ClassCastException e) {
            throw new CredentialException(Reason.UNREADABLE, file + " holds no revocation list (expected PEM 'X509 CRL').", e);
        }
    }
}
