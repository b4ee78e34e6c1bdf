package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.GcmContentEncryptor;
import org.counterpart.security.internal.KeyStoreFiles;
import org.counterpart.security.internal.RecipientInfos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader accepts only what the writer writes: AES-256-GCM, SHA-256, the signature algorithms the
 * authority's keys use, signed data of type id-data inside; and a signer whose certificate allows
 * digitalSignature. Everything else is refused naming what was used.
 */
class PackageAlgorithmTest {

    @TempDir
    Path temp;

    private TestPki pki;
    private DeviceIdentity field;
    private DeviceIdentity hq;

    @BeforeEach
    void createIdentities() throws Exception {
        pki = TestPki.create(temp);
        field = pki.device("field-laptop", KeyAlgorithm.EC_P256);
        hq = pki.device("hq", KeyAlgorithm.EC_P256);
    }

    /** How a hand-made package differs from what the writer makes. */
    private record Choices(String signature, ASN1ObjectIdentifier contentType, ASN1ObjectIdentifier cipher,
            boolean authenticated) {
        static Choices writer() {
            return new Choices("SHA256withECDSA", CMSObjectIdentifiers.data, CMSAlgorithm.AES256_GCM, true);
        }
    }

    private byte[] seal(DeviceIdentity signer, List<X509Certificate> chain, Choices choices) throws Exception {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        OutputStream envelope;
        if (choices.authenticated()) {
            CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(RecipientInfos.forCertificate(hq.certificate().orElseThrow()));
            OutputAEADEncryptor encryptor = choices.cipher().equals(CMSAlgorithm.AES256_GCM)
                    ? new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random())
                    : (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(choices.cipher())
                            .setProvider(CryptoProviders.bouncyCastle()).build();
            envelope = generator.open(sealed, encryptor);
        } else {
            CMSEnvelopedDataStreamGenerator generator = new CMSEnvelopedDataStreamGenerator();
            generator.addRecipientInfoGenerator(RecipientInfos.forCertificate(hq.certificate().orElseThrow()));
            OutputEncryptor encryptor = new JceCMSContentEncryptorBuilder(choices.cipher())
                    .setProvider(CryptoProviders.bouncyCastle()).build();
            envelope = generator.open(sealed, encryptor);
        }
        CMSSignedDataStreamGenerator signed = new CMSSignedDataStreamGenerator();
        signed.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(CryptoProviders.digests()).build(
                new JcaContentSignerBuilder(choices.signature()).setProvider(CryptoProviders.bouncyCastle())
                        .build(signer.privateKey()),
                chain.get(0)));
        signed.addCertificates(new JcaCertStore(chain));
        try (OutputStream out = signed.open(choices.contentType(), envelope, true)) {
            out.write(SignedEnvelopeTest.content(5000));
        }
        envelope.close();
        return sealed.toByteArray();
    }

    private EnvelopeException refused(byte[] sealed) {
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> {
            try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hq)) {
                reader.unverifiedContent().readAllBytes();
                reader.verify(pki.trust());
            }
        });
        assertEquals(EnvelopeException.Reason.UNSUPPORTED_ALGORITHM, e.reason(), e.getMessage());
        return e;
    }

    @Test
    void whatTheWriterWritesIsAccepted() throws Exception {
        byte[] sealed = seal(field, field.certificateChain(), Choices.writer());
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hq)) {
            assertArrayEquals(SignedEnvelopeTest.content(5000), reader.unverifiedContent().readAllBytes());
            assertEquals(field.certificate().orElseThrow(), reader.verify(pki.trust()).certificate());
        }
    }

    @Test
    void anotherContentCipherIsRefusedByName() throws Exception {
        Choices writer = Choices.writer();
        EnvelopeException gcm128 = refused(seal(field, field.certificateChain(),
                new Choices(writer.signature(), writer.contentType(), CMSAlgorithm.AES128_GCM, true)));
        assertTrue(gcm128.getMessage().contains(CMSAlgorithm.AES128_GCM.getId()), gcm128.getMessage());
        assertTrue(gcm128.getMessage().contains("AES-256-GCM"), gcm128.getMessage());

        EnvelopeException cbc = refused(seal(field, field.certificateChain(),
                new Choices(writer.signature(), writer.contentType(), CMSAlgorithm.AES128_CBC, false)));
        assertTrue(cbc.getMessage().contains(CMSAlgorithm.AES128_CBC.getId()), cbc.getMessage());
        assertTrue(cbc.getMessage().contains("CBC"), cbc.getMessage());
    }

    @Test
    void anotherDigestIsRefusedByName() throws Exception {
        Choices writer = Choices.writer();
        EnvelopeException sha512 = refused(seal(field, field.certificateChain(),
                new Choices("SHA512withECDSA", writer.contentType(), writer.cipher(), true)));
        assertTrue(sha512.getMessage().contains("SHA-512") || sha512.getMessage().contains("SHA512"),
                sha512.getMessage());
        EnvelopeException sha1 = refused(seal(field, field.certificateChain(),
                new Choices("SHA1withECDSA", writer.contentType(), writer.cipher(), true)));
        assertTrue(sha1.getMessage().contains("SHA-1") || sha1.getMessage().contains("SHA1"), sha1.getMessage());
    }

    @Test
    void anotherSignedContentTypeIsRefusedByName() throws Exception {
        Choices writer = Choices.writer();
        EnvelopeException e = refused(seal(field, field.certificateChain(),
                new Choices(writer.signature(), CMSObjectIdentifiers.compressedData, writer.cipher(), true)));
        assertTrue(e.getMessage().contains("compressed data"), e.getMessage());
    }

    @Test
    void aSignerWhoseCertificateDoesNotAllowDigitalSignatureIsRefused() throws Exception {
        for (KeyUsage usage : new KeyUsage[] { new KeyUsage(KeyUsage.keyAgreement), null }) {
            DeviceIdentity signer = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
            X509Certificate certificate = issueBypassingTheProfile(signer, usage);
            byte[] sealed = seal(signer, List.of(certificate, pki.authority.certificate()), Choices.writer());
            TrustException e = assertThrows(TrustException.class, () -> {
                try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hq)) {
                    reader.unverifiedContent().readAllBytes();
                    reader.verify(pki.trust());
                }
            });
            assertEquals(TrustException.Reason.NOT_FOR_SIGNING, e.reason(), "key usage " + usage);
        }
    }

    /** A certificate from the test authority's key with the given key usage (none if {@code null}). */
    private X509Certificate issueBypassingTheProfile(DeviceIdentity subject, KeyUsage usage) throws Exception {
        KeyStoreFiles.KeyEntry ca = KeyStoreFiles.read(pki.caDirectory.resolve(CertificateAuthority.KEY_STORE_FILE),
                "counterpart-hq-ca", TestPki.CA_PASSPHRASE);
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(
                X500Name.getInstance(pki.authority.certificate().getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(Duration.ofDays(1))), new X500Name("CN=no-signing,O=Counterpart"),
                SubjectPublicKeyInfo.getInstance(subject.publicKey().getEncoded()))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        if (usage != null) {
            builder.addExtension(Extension.keyUsage, true, usage);
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").setProvider(CryptoProviders.bouncyCastle())
                        .build(ca.key())));
    }
}
