package org.counterpart.security;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.CertificateProfiles;
import org.counterpart.security.internal.CertificateRegister;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.KeyStoreFiles;
import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.PemCodec;

/**
 * The headquarters certificate authority: a key pair and self-signed CA certificate kept in a
 * passphrase-protected PKCS#12 ({@value #KEY_STORE_FILE}), and a plain-text register of issued and
 * revoked certificates beside it ({@value #REGISTER_FILE}). It issues device certificates from
 * PKCS#10 requests, revokes them by serial and signs revocation lists.
 */
public final class CertificateAuthority {

    public static final String KEY_STORE_FILE = "ca.p12";
    public static final String REGISTER_FILE = "ca-register.txt";
    private static final String ALIAS = "counterpart-hq-ca";
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final KeyAlgorithm algorithm;
    private final CertificateRegister register;

    private CertificateAuthority(PrivateKey key, X509Certificate certificate, CertificateRegister register) {
        this.key = key;
        this.certificate = certificate;
        this.algorithm = KeyAlgorithm.of(certificate.getPublicKey()).orElseThrow();
        this.register = register;
    }

    /**
     * Creates a new authority in {@code directory} (which must not hold one yet).
     *
     * @param subject the authority's distinguished name, e.g. {@code CN=Counterpart HQ CA,O=Counterpart}
     */
    public static CertificateAuthority create(Path directory, String subject, KeyAlgorithm algorithm,
            Duration validity, char[] passphrase) throws CredentialException, IOException {
        Objects.requireNonNull(passphrase, "passphrase");
        Path keyStore = directory.resolve(KEY_STORE_FILE);
        if (Files.exists(keyStore) || Files.exists(directory.resolve(REGISTER_FILE))) {
            throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.CA_EXISTS, directory));
        }
        Instant now = CertificateProfiles.toCertificateTime(Instant.now());
        KeyPair keys = algorithm.generateKeyPair(null);
        X509Certificate certificate = CertificateProfiles.authority(keys, algorithm, CertificateProfiles.parseName(subject),
                now.minus(CLOCK_SKEW), now.plus(validity));
        Files.createDirectories(directory);
        KeyStoreFiles.write(keyStore, ALIAS, keys.getPrivate(), List.of(certificate), passphrase);
        CertificateRegister register = CertificateRegister.create(directory.resolve(REGISTER_FILE));
        register.write();
        return new CertificateAuthority(keys.getPrivate(), certificate, register);
    }

    /** Opens the authority kept in {@code directory}. */
    public static CertificateAuthority open(Path directory, char[] passphrase) throws CredentialException, IOException {
        Path keyStore = directory.resolve(KEY_STORE_FILE);
        if (!Files.isRegularFile(keyStore)) {
            throw new CredentialException(Reason.UNREADABLE, Messages.format(Messages.CA_MISSING, directory));
        }
        KeyStoreFiles.KeyEntry entry = KeyStoreFiles.read(keyStore, ALIAS, passphrase);
        if (entry.chain().isEmpty()) {
            throw new CredentialException(Reason.NO_KEY, Messages.format(Messages.KEYSTORE_NO_KEY, KEY_STORE_FILE));
        }
        CertificateRegister register = CertificateRegister.read(directory.resolve(REGISTER_FILE));
        return new CertificateAuthority(entry.key(), entry.chain().get(0), register);
    }

    /** The self-signed authority certificate: the trust anchor devices are given. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** Issues a certificate valid from now (less a few minutes of clock skew) for {@code validity}. */
    public X509Certificate issue(String certificationRequestPem, Duration validity)
            throws CredentialException, IOException {
        return issue(certificationRequestPem, validity, null);
    }

    /**
     * Issues a certificate valid from now (less a few minutes of clock skew) for {@code validity}, for a
     * device working for {@code country} (see {@link #issue(String, Instant, Instant, String)}).
     */
    public X509Certificate issue(String certificationRequestPem, Duration validity, String country)
            throws CredentialException, IOException {
        Instant now = Instant.now();
        return issue(certificationRequestPem, now.minus(CLOCK_SKEW), now.plus(validity), country);
    }

    /**
     * Issues a device certificate for the subject and key of a PEM PKCS#10 request, after checking
     * that the request is signed by that key. The serial is random and recorded in the register.
     */
    public X509Certificate issue(String certificationRequestPem, Instant notBefore, Instant notAfter)
            throws CredentialException, IOException {
        return issue(certificationRequestPem, notBefore, notAfter, null);
    }

    /**
     * As {@link #issue(String, Instant, Instant)}, and certifies the country the device works for: the
     * subject gets a C attribute with {@code country}, an ISO 3166-1 alpha-3 code (see {@link DeviceCountry}).
     * The country is headquarters' to set, so a request that names a country itself is refused unless it
     * names the same one.
     *
     * @param country three capital letters, e.g. {@code XVM}; {@code null} for a certificate without country
     */
    public X509Certificate issue(String certificationRequestPem, Instant notBefore, Instant notAfter, String country)
            throws CredentialException, IOException {
        return issue(certificationRequestPem, notBefore, notAfter, country, false);
    }

    /**
     * As {@link #issue(String, Instant, Instant, String)}. The device id the request asks to bind (see
     * {@link DeviceBinding}) is written into the certificate; a request that asks for any other subject
     * alternative name is refused. With {@code headquarters} the certificate is one of headquarters'
     * identities, which may sign every device's operations (baselines, forwarded exports).
     */
    public X509Certificate issue(String certificationRequestPem, Instant notBefore, Instant notAfter, String country,
            boolean headquarters) throws CredentialException, IOException {
        if (country != null && !DeviceCountry.isCountryCode(country)) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.COUNTRY_MALFORMED, country));
        }
        Instant start = CertificateProfiles.toCertificateTime(notBefore);
        Instant end = CertificateProfiles.toCertificateTime(notAfter);
        if (!end.isAfter(start)) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.VALIDITY_EMPTY);
        }
        PKCS10CertificationRequest request;
        try {
            request = PemCodec.readCertificationRequest(certificationRequestPem);
        } catch (IOException | RuntimeException e) {
            request = null;
        }
        if (request == null) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.CSR_UNREADABLE);
        }
        String requested = CertificateProfiles.nameText(request.getSubject());
        List<String> requestedCountries = DeviceCountry.all(request.getSubject());
        if (!requestedCountries.isEmpty() && (country == null || !List.of(country).equals(requestedCountries))) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.CSR_NAMES_COUNTRY, requested,
                    String.join(", ", requestedCountries.stream().map(String::valueOf).toList())));
        }
        X500Name subjectName = country == null || !requestedCountries.isEmpty() ? request.getSubject()
                : withCountry(request.getSubject(), country);
        String subject = CertificateProfiles.nameText(subjectName);
        String deviceId = requestedDeviceId(request, subject);
        PublicKey subjectKey;
        try {
            subjectKey = new JcaPKCS10CertificationRequest(request).getPublicKey();
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(CryptoProviders.bouncyCastle()).build(request.getSubjectPublicKeyInfo()))) {
                throw new CredentialException(Reason.INVALID_REQUEST,
                        Messages.format(Messages.CSR_BAD_SIGNATURE, subject));
            }
        } catch (CredentialException e) {
            throw e;
        } catch (Exception e) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.CSR_BAD_SIGNATURE, subject));
        }
        KeyAlgorithm subjectAlgorithm = KeyAlgorithm.of(subjectKey).orElseThrow(() -> new CredentialException(
                Reason.UNSUPPORTED_KEY, Messages.format(Messages.CSR_WEAK_KEY, subject, subjectKey.getAlgorithm())));
        BigInteger serial;
        do {
            serial = CertificateProfiles.newSerial();
        } while (register.get(serial) != null);
        X509Certificate issued = CertificateProfiles.device(certificate, key, algorithm, serial, subjectName,
                subjectKey, subjectAlgorithm, start, end, deviceId, headquarters);
        register.add(new IssuedCertificate(serial, subject, start, end, null));
        register.putKeyDigest(serial, publicKeyDigest(subjectKey));
        register.write();
        return issued;
    }

    /** The device id a request asks to bind, {@code null} if none; refuses any other alternative name. */
    private static String requestedDeviceId(PKCS10CertificationRequest request, String subject)
            throws CredentialException {
        GeneralNames names;
        try {
            names = CertificateProfiles.requestedNames(request);
        } catch (IllegalArgumentException e) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.CSR_NAMES_MALFORMED, subject));
        }
        if (names == null) {
            return null;
        }
        GeneralName[] all = names.getNames();
        String uri = all.length == 1 && all[0].getTagNo() == GeneralName.uniformResourceIdentifier
                ? DERIA5String.getInstance(all[0].getName()).getString() : null;
        String id = uri != null && uri.startsWith(DeviceBinding.DEVICE_URI_PREFIX)
                ? uri.substring(DeviceBinding.DEVICE_URI_PREFIX.length()) : null;
        if (!DeviceBinding.isDeviceId(id)) {
            throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.CSR_NAMES_MALFORMED, subject));
        }
        return id;
    }

    /**
     * Lowercase hex SHA-256 of a certificate's encoded public key (its SubjectPublicKeyInfo): how packages
     * and stores name a signer's key.
     */
    public static String publicKeyDigest(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The {@link #publicKeyDigest} of the certificate issued with {@code serial}, if the register knows it
     * (it records it for certificates issued since device ids were bound).
     */
    public Optional<String> publicKeyDigest(BigInteger serial) {
        return Optional.ofNullable(register.keyDigest(serial));
    }

    /** {@code name} with a country attribute as its most significant part ({@code CN=laptop-7,O=Counterpart,C=XVM}). */
    private static X500Name withCountry(X500Name name, String country) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
        builder.addRDN(BCStyle.C, new DERPrintableString(country));
        for (RDN rdn : name.getRDNs()) {
            builder.addMultiValuedRDN(rdn.getTypesAndValues());
        }
        return builder.build();
    }

    /** Marks a certificate revoked from {@code revokedAt}; the next CRL lists it. Revoking twice keeps the first time. */
    public void revoke(BigInteger serial, Instant revokedAt) throws CredentialException, IOException {
        revoke(serial, revokedAt, OptionalLong.empty());
    }

    /**
     * As {@link #revoke(BigInteger, Instant)}, recording the last package sequence headquarters accepted
     * from the device: the CRL entry carries it (see {@link RevocationLists#LAST_ACCEPTED_PACKAGE}), and
     * packages signed with the certificate up to it stay importable while any later one is refused,
     * whatever signing time it claims. Without it every package of the certificate is refused.
     */
    public void revoke(BigInteger serial, Instant revokedAt, OptionalLong lastAcceptedPackage)
            throws CredentialException, IOException {
        revoke(serial, revokedAt, lastAcceptedPackage, RevocationReason.UNSPECIFIED);
    }

    /**
     * As {@link #revoke(BigInteger, Instant, OptionalLong)}, with the reason the revocation list entry gives. Revoking
     * twice keeps the first time and reason.
     */
    public void revoke(BigInteger serial, Instant revokedAt, OptionalLong lastAcceptedPackage, RevocationReason reason)
            throws CredentialException, IOException {
        Objects.requireNonNull(reason, "reason");
        IssuedCertificate issued = register.get(serial);
        if (issued == null) {
            throw new CredentialException(Reason.UNKNOWN_SERIAL,
                    Messages.format(Messages.SERIAL_UNKNOWN, serial.toString(16)));
        }
        if (issued.revokedAt().isEmpty()) {
            register.put(issued.revokedAt(CertificateProfiles.toCertificateTime(revokedAt)));
            if (lastAcceptedPackage.isPresent()) {
                register.putLastAccepted(serial, lastAcceptedPackage.getAsLong());
            }
            if (reason != RevocationReason.UNSPECIFIED) {
                register.putReason(serial, reason.code());
            }
            register.write();
        }
    }

    /** Why {@code serial} was revoked, {@link RevocationReason#UNSPECIFIED} if no reason was given or it is not revoked. */
    public RevocationReason revocationReason(BigInteger serial) {
        Integer code = register.reason(serial);
        return code == null ? RevocationReason.UNSPECIFIED
                : RevocationReason.ofCode(code).orElse(RevocationReason.UNSPECIFIED);
    }

    /** The last package sequence recorded when {@code serial} was revoked, if any. */
    public OptionalLong lastAcceptedPackage(BigInteger serial) {
        Long last = register.lastAccepted(serial);
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** Signs a revocation list of every revoked certificate, valid from now for {@code validity}. */
    public X509CRL issueRevocationList(Duration validity) throws CredentialException, IOException {
        Instant now = Instant.now();
        return issueRevocationList(now, now.plus(validity));
    }

    /** Signs a revocation list of every revoked certificate with the given update times. */
    public X509CRL issueRevocationList(Instant thisUpdate, Instant nextUpdate) throws CredentialException, IOException {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(CertificateProfiles.toCertificateTime(thisUpdate)));
            builder.setNextUpdate(Date.from(CertificateProfiles.toCertificateTime(nextUpdate)));
            for (IssuedCertificate issued : register.entries()) {
                if (issued.revokedAt().isPresent()) {
                    ExtensionsGenerator entry = new ExtensionsGenerator();
                    entry.addExtension(Extension.reasonCode, false,
                            CRLReason.lookup(revocationReason(issued.serial()).code()));
                    Long lastAccepted = register.lastAccepted(issued.serial());
                    if (lastAccepted != null) {
                        entry.addExtension(RevocationLists.LAST_ACCEPTED_PACKAGE, false, new ASN1Integer(lastAccepted));
                    }
                    builder.addCRLEntry(issued.serial(), Date.from(issued.revokedAt().get()), entry.generate());
                }
            }
            BigInteger number = register.nextCrlNumber();
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            X509CRL crl = new JcaX509CRLConverter()
                    .getCRL(builder.build(CertificateProfiles.signer(key, algorithm, null)));
            register.write();
            return crl;
        } catch (CredentialException e) {
            throw e;
        } catch (GeneralSecurityException | CertIOException e) {
            throw CertificateProfiles.failure(e);
        }
    }

    /** Every certificate this authority issued, with its revocation state. */
    public List<IssuedCertificate> issuedCertificates() {
        return register.entries();
    }

    public boolean isRevoked(BigInteger serial) {
        IssuedCertificate issued = register.get(serial);
        return issued != null && issued.revokedAt().isPresent();
    }

    @Override
    public String toString() {
        return "CertificateAuthority[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
