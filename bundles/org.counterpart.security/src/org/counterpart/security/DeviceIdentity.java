package org.counterpart.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.CertificateProfiles;
import org.counterpart.security.internal.KeyStoreFiles;
import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.PemCodec;

/**
 * A device's key pair and, once headquarters has issued it, its certificate chain (device
 * certificate first, authority last). The private key is either in memory (from a PKCS#12 file)
 * or on a PKCS#11 token, where it never leaves the token. The key is only reachable by this
 * package's signing and decrypting classes.
 */
public final class DeviceIdentity {

    private static final String ALIAS = "counterpart-device";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final KeyAlgorithm algorithm;
    private final Pkcs11Token token;
    private final String tokenAlias;
    private List<X509Certificate> chain;

    DeviceIdentity(PrivateKey privateKey, PublicKey publicKey, List<X509Certificate> chain, Pkcs11Token token,
            String tokenAlias) throws CredentialException {
        this.privateKey = Objects.requireNonNull(privateKey);
        this.publicKey = Objects.requireNonNull(publicKey);
        this.algorithm = KeyAlgorithm.of(publicKey).orElseThrow(() -> new CredentialException(Reason.UNSUPPORTED_KEY,
                Messages.format(Messages.UNSUPPORTED_KEY, publicKey.getAlgorithm())));
        this.chain = List.copyOf(chain);
        this.token = token;
        this.tokenAlias = tokenAlias;
    }

    /** A new in-memory identity with a fresh key pair and no certificate yet. */
    public static DeviceIdentity generate(KeyAlgorithm algorithm) throws CredentialException {
        KeyPair keys = algorithm.generateKeyPair(null);
        return new DeviceIdentity(keys.getPrivate(), keys.getPublic(), List.of(), null, null);
    }

    /** Loads an identity saved with {@link #save(Path, char[])}. */
    public static DeviceIdentity load(Path pkcs12, char[] passphrase) throws CredentialException, IOException {
        KeyStoreFiles.KeyEntry entry = KeyStoreFiles.read(pkcs12, ALIAS, passphrase);
        if (entry.chain().isEmpty()) {
            throw new CredentialException(Reason.NO_KEY,
                    Messages.format(Messages.KEYSTORE_NO_KEY, pkcs12.getFileName()));
        }
        DeviceIdentity identity = new DeviceIdentity(entry.key(), entry.chain().get(0).getPublicKey(), List.of(),
                null, null);
        if (!isPlaceholder(entry.chain(), identity.publicKey)) {
            identity.chain = entry.chain();
        }
        return identity;
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Whether the private key lives on a PKCS#11 token. */
    public boolean isOnToken() {
        return token != null;
    }

    /** The issued device certificate, once installed. */
    public Optional<X509Certificate> certificate() {
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0));
    }

    /** The installed chain, device certificate first; empty before a certificate is installed. */
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    /**
     * A PEM PKCS#10 request for {@code subject} (e.g. {@code CN=laptop-7,OU=SC Office,O=Counterpart}),
     * signed with the device key, to be sent to headquarters.
     */
    public String certificationRequestPem(String subject) throws CredentialException {
        return certificationRequestPem(subject, null);
    }

    /**
     * As {@link #certificationRequestPem(String)}, asking headquarters to bind the workspace store's
     * {@code deviceId} into the certificate (see {@link DeviceBinding}): the request's extensionRequest
     * attribute carries it as a subjectAltName URI {@code urn:uuid:<deviceId>}.
     *
     * @param deviceId the store's device id (a UUID), or {@code null} for a request without one
     */
    public String certificationRequestPem(String subject, String deviceId) throws CredentialException {
        if (deviceId != null && !DeviceBinding.isDeviceId(deviceId)) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.DEVICE_ID_MALFORMED, deviceId));
        }
        try {
            ContentSigner signer = CertificateProfiles.signer(privateKey, algorithm, keyProvider());
            JcaPKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(
                    CertificateProfiles.parseName(subject), publicKey);
            if (deviceId != null) {
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest,
                        CertificateProfiles.deviceIdRequest(deviceId));
            }
            PKCS10CertificationRequest request = builder.build(signer);
            return PemCodec.encode(request);
        } catch (IllegalArgumentException e) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.CSR_UNREADABLE);
        }
    }

    /**
     * Installs the chain headquarters issued (device certificate first). The device certificate
     * must certify this identity's key. On a token the chain is stored on the token at once; a
     * file-based identity must be {@linkplain #save saved} afterwards.
     */
    public void installCertificateChain(List<X509Certificate> issuedChain) throws CredentialException {
        if (issuedChain.isEmpty()) {
            throw new CredentialException(Reason.NO_CERTIFICATE, Messages.CHAIN_EMPTY);
        }
        X509Certificate leaf = issuedChain.get(0);
        if (!leaf.getPublicKey().equals(publicKey)
                && !java.util.Arrays.equals(leaf.getPublicKey().getEncoded(), publicKey.getEncoded())) {
            throw new CredentialException(Reason.KEY_MISMATCH,
                    Messages.format(Messages.KEY_MISMATCH, leaf.getSubjectX500Principal().getName()));
        }
        if (token != null) {
            token.storeChain(tokenAlias, privateKey, issuedChain);
        }
        chain = List.copyOf(issuedChain);
    }

    /** Writes key and chain to a passphrase-protected PKCS#12 file, replacing it atomically. */
    public void save(Path pkcs12, char[] passphrase) throws CredentialException, IOException {
        if (token != null) {
            throw new CredentialException(Reason.UNSUPPORTED_KEY, Messages.TOKEN_SAVE);
        }
        List<X509Certificate> stored = chain;
        if (stored.isEmpty()) {
            // PKCS#12 needs a certificate beside the key: a self-signed stand-in until the real one arrives.
            stored = List.of(CertificateProfiles.placeholder(new KeyPair(publicKey, privateKey), algorithm,
                    CertificateProfiles.parseName("CN=Counterpart device key awaiting certificate"), null));
        }
        KeyStoreFiles.write(pkcs12, ALIAS, privateKey, stored, passphrase);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The provider that holds the private key, or {@code null} for an in-memory key. */
    Provider keyProvider() {
        return token == null ? null : token.provider();
    }

    static boolean isPlaceholder(List<X509Certificate> chain, PublicKey key) {
        if (chain.size() != 1) {
            return false;
        }
        X509Certificate only = chain.get(0);
        return only.getSubjectX500Principal().equals(only.getIssuerX500Principal()) && only.getBasicConstraints() < 0
                && java.util.Arrays.equals(only.getPublicKey().getEncoded(), key.getEncoded());
    }

    @Override
    public String toString() {
        return "DeviceIdentity[" + algorithm + (token != null ? ", on token" : "")
                + certificate().map(c -> ", " + c.getSubjectX500Principal().getName()).orElse(", no certificate") + "]";
    }
}
