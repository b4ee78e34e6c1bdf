package org.counterpart.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * What headquarters sends back for a certificate request: the issued chain (device certificate first), the
 * headquarters CA certificate (needed the first time) and a revocation list (optional). Everything is read and
 * checked before anything is written, so a wrong file changes nothing: the chain must be issued by the authority,
 * the list signed by it and not older than the installed one, and the certificate must be for the device's key.
 */
public final class HeadquartersAnswer {

    private final DeviceIdentityFolder folder;
    private final List<X509Certificate> chain;
    private final X509Certificate authority;
    private final boolean newAuthority;
    private final X509CRL revocationList;

    private HeadquartersAnswer(DeviceIdentityFolder folder, List<X509Certificate> chain, X509Certificate authority,
            boolean newAuthority, X509CRL revocationList) {
        this.folder = folder;
        this.chain = chain;
        this.authority = authority;
        this.newAuthority = newAuthority;
        this.revocationList = revocationList;
    }

    /**
     * Reads and checks an answer for the device of {@code folder}.
     *
     * @param chainFile     the issued certificate chain (PEM)
     * @param authorityFile the headquarters CA certificate (PEM), or {@code null} to use the installed one
     * @param crlFile       a revocation list (PEM or DER), or {@code null}
     */
    public static HeadquartersAnswer read(DeviceIdentityFolder folder, Path chainFile, Path authorityFile, Path crlFile)
            throws CredentialException, TrustException, IOException {
        Objects.requireNonNull(chainFile, "chainFile");
        if (authorityFile == null && !folder.hasAuthority()) {
            throw new CredentialException(Reason.NO_CERTIFICATE, Messages.NO_AUTHORITY_YET);
        }
        X509Certificate authority = authorityFile != null ? readAuthority(authorityFile) : folder.authority();
        List<X509Certificate> chain = DeviceIdentityFolder.readCertificates(chainFile);
        try {
            chain.get(0).verify(authority.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new TrustException(TrustException.Reason.UNKNOWN_SIGNER, Messages.format(
                    Messages.CERTIFICATE_NOT_FROM_AUTHORITY, chainFile, authority.getSubjectX500Principal().getName()));
        }
        X509CRL list = crlFile == null ? null : checkedRevocationList(folder, authority, crlFile);
        return new HeadquartersAnswer(folder, chain, authority, authorityFile != null, list);
    }

    /** The headquarters CA certificate in {@code file}; refused unless it is a CA's. */
    public static X509Certificate readAuthority(Path file) throws CredentialException, IOException {
        X509Certificate authority = DeviceIdentityFolder.readCertificates(file).get(0);
        if (authority.getBasicConstraints() < 0) {
            throw new CredentialException(Reason.NO_CERTIFICATE, Messages.format(Messages.NOT_A_CA_CERTIFICATE,
                    authority.getSubjectX500Principal().getName()));
        }
        return authority;
    }

    /**
     * Installs the revocation list in {@code crlFile} in {@code folder}, after checking it is signed by the installed
     * authority and not older than the installed list; nothing changes when it is refused.
     */
    public static X509CRL installRevocationList(DeviceIdentityFolder folder, Path crlFile)
            throws CredentialException, TrustException, IOException {
        X509CRL list = checkedRevocationList(folder, folder.authority(), crlFile);
        folder.writeAtomically(folder.revocationListFile(), CertificatePem.encode(list));
        return list;
    }

    private static X509CRL checkedRevocationList(DeviceIdentityFolder folder, X509Certificate authority, Path crlFile)
            throws CredentialException, TrustException, IOException {
        X509CRL list = DeviceIdentityFolder.readRevocationList(crlFile);
        try {
            new TrustVerifier(authority, list);
        } catch (TrustException e) {
            throw new TrustException(TrustException.Reason.CRL_INVALID, Messages.format(Messages.CRL_NOT_FROM_AUTHORITY,
                    crlFile, authority.getSubjectX500Principal().getName()));
        }
        X509CRL installed = folder.installedRevocationList();
        // A list of another authority (headquarters changed its CA) is not an older one of this authority.
        if (installed != null && installed.getIssuerX500Principal().equals(list.getIssuerX500Principal())) {
            try {
                RevocationLists.requireNotOlder(installed, list);
            } catch (TrustException e) {
                throw new TrustException(e.reason(), Messages.format(Messages.CRL_OLDER_IN_FILE, crlFile, e.getMessage()));
            }
        }
        return list;
    }

    /** The issued chain, device certificate first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate authority() {
        return authority;
    }

    /** The revocation list that comes with the answer, or {@code null}. */
    public X509CRL revocationList() {
        return revocationList;
    }

    /**
     * Installs the answer for {@code device}: the chain with the key (on the token, or in {@code device.p12}), the CA
     * certificate if one was given, the revocation list if one was given, and a public copy of the chain.
     *
     * @throws CredentialException with {@link Reason#KEY_MISMATCH} when the certificate is for another key; then
     *                             nothing is written
     */
    public void install(UnlockedDevice device) throws CredentialException, IOException {
        X509Certificate leaf = chain.get(0);
        if (!Arrays.equals(leaf.getPublicKey().getEncoded(), device.identity().publicKey().getEncoded())) {
            throw new CredentialException(Reason.KEY_MISMATCH,
                    Messages.format(Messages.KEY_MISMATCH, leaf.getSubjectX500Principal().getName()));
        }
        device.storeChain(chain);
        if (newAuthority) {
            folder.installAuthority(authority);
        }
        if (revocationList != null) {
            folder.writeAtomically(folder.revocationListFile(), CertificatePem.encode(revocationList));
        }
        folder.keepDeviceCertificateChain(chain);
    }
}
