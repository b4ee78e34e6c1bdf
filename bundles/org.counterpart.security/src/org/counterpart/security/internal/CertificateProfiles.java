package org.counterpart.security.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.KeyAlgorithm;

/**
 * The certificate profiles: the self-signed authority certificate and device certificates that
 * {@code openssl cms -verify} accepts for S/MIME-style signing (extended key usage
 * emailProtection, key usage digitalSignature plus keyEncipherment for RSA or keyAgreement for EC).
 */
public final class CertificateProfiles {

    private CertificateProfiles() {
    }

    /** A random positive serial of 127 bits (RFC 5280 allows up to 20 octets). */
    public static BigInteger newSerial() {
        return new BigInteger(127, CryptoProviders.random()).setBit(126);
    }

    /**
     * Parses an RFC 4514 distinguished name the way {@link X500Principal} does (most significant
     * RDN last in the text, first in the encoding), so names print back as they were written.
     */
    public static X500Name parseName(String name) {
        return X500Name.getInstance(new X500Principal(name).getEncoded());
    }

    /** RFC 4514 text of an encoded name, as {@link X500Principal#getName()} prints it. */
    public static String nameText(X500Name name) {
        try {
            return new X500Principal(name.getEncoded()).getName();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** X.509 times have second precision. */
    public static Instant toCertificateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static X509Certificate authority(KeyPair keys, KeyAlgorithm algorithm, X500Name subject, Instant notBefore,
            Instant notAfter) throws CredentialException {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            SubjectPublicKeyInfo publicKey = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(subject, newSerial(),
                    Date.from(notBefore), Date.from(notAfter), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate(), algorithm, null);
        } catch (GeneralSecurityException | CertIOException e) {
            throw failure(e);
        }
    }

    /** The extensionRequest value of a certificate request that asks to bind {@code deviceId}. */
    public static Extensions deviceIdRequest(String deviceId) {
        try {
            ExtensionsGenerator extensions = new ExtensionsGenerator();
            extensions.addExtension(Extension.subjectAlternativeName, false, deviceName(deviceId));
            return extensions.generate();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The subjectAltName a request asks for in its extensionRequest attribute, or {@code null} if none. Any
     * other requested extension is ignored: the authority decides the rest of the profile.
     */
    public static GeneralNames requestedNames(PKCS10CertificationRequest request) {
        for (Attribute attribute : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            for (ASN1Encodable value : attribute.getAttributeValues()) {
                Extension names = Extensions.getInstance(value).getExtension(Extension.subjectAlternativeName);
                if (names != null) {
                    return GeneralNames.getInstance(names.getParsedValue());
                }
            }
        }
        return null;
    }

    private static GeneralNames deviceName(String deviceId) {
        return new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                DeviceBinding.DEVICE_URI_PREFIX + deviceId));
    }

    /**
     * A device certificate; with {@code deviceId} it binds the device (see {@link DeviceBinding}), and with
     * {@code headquarters} it marks one of headquarters' identities.
     */
    public static X509Certificate device(X509Certificate issuer, PrivateKey issuerKey, KeyAlgorithm issuerAlgorithm,
            BigInteger serial, X500Name subject, PublicKey subjectKey, KeyAlgorithm subjectAlgorithm, Instant notBefore,
            Instant notAfter, String deviceId, boolean headquarters) throws CredentialException {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            int usage = KeyUsage.digitalSignature
                    | (subjectAlgorithm == KeyAlgorithm.RSA_3072 ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                    X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), serial,
                    Date.from(notBefore), Date.from(notAfter), subject,
                    SubjectPublicKeyInfo.getInstance(subjectKey.getEncoded()))
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(new KeyPurposeId[] { KeyPurposeId.id_kp_emailProtection }))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(issuer));
            if (deviceId != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, deviceName(deviceId));
            }
            if (headquarters) {
                builder.addExtension(Extension.certificatePolicies, false,
                        new CertificatePolicies(new PolicyInformation(DeviceBinding.HEADQUARTERS_POLICY)));
            }
            return sign(builder, issuerKey, issuerAlgorithm, null);
        } catch (GeneralSecurityException | CertIOException e) {
            throw failure(e);
        }
    }

    /**
     * A short-lived self-signed certificate that only carries a new token key until the authority
     * issues the real one: PKCS#11 key stores list only keys that have a certificate.
     */
    public static X509Certificate placeholder(KeyPair keys, KeyAlgorithm algorithm, X500Name subject,
            Provider keyProvider) throws CredentialException {
        try {
            Instant now = toCertificateTime(Instant.now());
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(subject, newSerial(), Date.from(now),
                    Date.from(now.plus(1, ChronoUnit.DAYS)), subject,
                    SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()));
            return sign(builder, keys.getPrivate(), algorithm, keyProvider);
        } catch (GeneralSecurityException e) {
            throw failure(e);
        }
    }

    public static ContentSigner signer(PrivateKey key, KeyAlgorithm algorithm, Provider keyProvider)
            throws CredentialException {
        try {
            return new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
                    .setProvider(keyProvider == null ? CryptoProviders.bouncyCastle() : keyProvider).build(key);
        } catch (OperatorCreationException | RuntimeException e) {
            throw failure(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key, KeyAlgorithm algorithm,
            Provider keyProvider) throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key, algorithm, keyProvider)));
    }

    public static CredentialException failure(Exception e) {
        return new CredentialException(CredentialException.Reason.CRYPTO_FAILURE,
                Messages.format(Messages.CRYPTO_FAILURE, e.getClass().getSimpleName()), e);
    }
}
