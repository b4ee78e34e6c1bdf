package org.counterpart.security;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.counterpart.security.internal.Messages;

/**
 * The certificates of other devices and headquarters identities this device knows, kept as PEM files in the folder
 * {@value #FOLDER} of the identity folder, one per certificate, named by serial: the recipients a package can be
 * written for. A certificate is only taken when the device's trust (the headquarters authority and its revocation
 * list) accepts it now.
 * <p>
 * Earlier versions kept recipients' certificates in the folder {@value #OLDER_FOLDER} instead, without checking them;
 * those are moved here, once, the first time the known certificates are read or changed, so there is one folder of
 * known certificates for the Trust view and the export alike. A certificate moved that way is not checked: the Trust
 * view shows why it is not trusted, and it can be removed there.
 */
public final class KnownCertificates {

    public static final String FOLDER = "known";
    /** The folder of recipients' certificates that earlier versions kept (PEM, {@code .crt} or {@code .pem}). */
    public static final String OLDER_FOLDER = "recipients";
    private static final String SUFFIX = ".crt";

    private final DeviceIdentityFolder folder;

    public KnownCertificates(DeviceIdentityFolder folder) {
        this.folder = folder;
    }

    public Path directory() {
        return folder.directory().resolve(FOLDER);
    }

    /** The known certificates, by subject; a damaged file is left out rather than hiding the others. */
    public List<X509Certificate> list() throws IOException {
        List<X509Certificate> known = new ArrayList<>();
        adoptOlderRecipients();
        if (!Files.isDirectory(directory())) {
            return known;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory(), "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    known.add(DeviceIdentityFolder.readCertificates(file).get(0));
                } catch (CredentialException e) {
                    // not a certificate: not a recipient either
                }
            }
        }
        known.sort(Comparator.comparing((X509Certificate c) -> c.getSubjectX500Principal().getName())
                .thenComparing(X509Certificate::getSerialNumber));
        return known;
    }

    /**
     * Takes the certificate in {@code file} as known, after {@code trust} has verified it now.
     *
     * @return the certificate taken
     * @throws TrustException with the verifier's reason when it is not trusted; nothing is written then
     */
    public X509Certificate install(Path file, TrustVerifier trust) throws CredentialException, TrustException, IOException {
        X509Certificate certificate = DeviceIdentityFolder.readCertificates(file).get(0);
        install(certificate, trust);
        return certificate;
    }

    /**
     * Takes those of {@code certificates} (teammates' certificates a baseline carried) that are not known yet and that
     * {@code trust} verifies now; the others are left out without a word, as a baseline may carry what is known.
     *
     * @return the certificates newly taken
     */
    public List<X509Certificate> learn(Collection<X509Certificate> certificates, TrustVerifier trust) throws IOException {
        List<X509Certificate> learned = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            if (Files.exists(fileOf(certificate))) {
                continue;
            }
            try {
                install(certificate, trust);
                learned.add(certificate);
            } catch (CredentialException | TrustException e) {
                // not trusted here (revoked since, or the authority's own): not a recipient either
            }
        }
        return learned;
    }

    private void install(X509Certificate certificate, TrustVerifier trust) throws CredentialException, TrustException, IOException {
        if (certificate.equals(trust.authority())) {
            throw new CredentialException(CredentialException.Reason.ALREADY_EXISTS, Messages.format(
                    Messages.KNOWN_IS_AUTHORITY, certificate.getSubjectX500Principal().getName()));
        }
        trust.verify(List.of(certificate, trust.authority()));
        adoptOlderRecipients();
        Files.createDirectories(directory());
        folder.writeAtomically(fileOf(certificate), CertificatePem.encode(List.of(certificate)));
    }

    /** Forgets {@code certificate}; whether it was known. */
    public boolean remove(X509Certificate certificate) throws IOException {
        adoptOlderRecipients();
        return Files.deleteIfExists(fileOf(certificate));
    }

    /**
     * Moves the certificates of the older recipients folder here, named by serial as any known certificate; a file
     * that holds no certificate is left where it was, and the older folder goes once it is empty.
     */
    private void adoptOlderRecipients() throws IOException {
        Path older = folder.directory().resolve(OLDER_FOLDER);
        if (!Files.isDirectory(older)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(older, "*.{crt,pem}")) {
            entries.forEach(files::add);
        }
        for (Path file : files) {
            X509Certificate certificate;
            try {
                certificate = DeviceIdentityFolder.readCertificates(file).get(0);
            } catch (CredentialException e) {
                continue;
            }
            Files.createDirectories(directory());
            Path kept = fileOf(certificate);
            if (!Files.exists(kept)) {
                folder.writeAtomically(kept, CertificatePem.encode(List.of(certificate)));
            }
            Files.delete(file);
        }
        try {
            Files.delete(older);
        } catch (DirectoryNotEmptyException e) {
            // damaged or unrelated files stay for the user to look at
        }
    }

    private Path fileOf(X509Certificate certificate) {
        return directory().resolve(certificate.getSerialNumber().toString(16).toLowerCase(Locale.ROOT) + SUFFIX);
    }
}
