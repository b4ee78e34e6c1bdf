package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package format is standard CMS: the openssl binary (3.0) must read what the writer produces,
 * and the reader must read what openssl produces. Test keys are written to the temporary directory
 * for openssl only.
 */
class OpensslInteropTest {

    @TempDir
    Path temp;

    private TestPki pki;
    private Path caPem;
    private byte[] content;
    private Path contentFile;

    @BeforeEach
    void setUp() throws Exception {
        TestPki.ProcessResult version = TestPki.run(null, null, "openssl", "version");
        assertEquals(0, version.exitCode(), "the openssl binary is required for these tests");
        pki = TestPki.create(temp);
        caPem = pki.writeCertificate("ca", pki.authority.certificate());
        content = new byte[1_500_000];
        new Random(42).nextBytes(content);
        contentFile = temp.resolve("content.bin");
        Files.write(contentFile, content);
    }

    @ParameterizedTest(name = "signer {0}, recipient {1}")
    @CsvSource({ "EC_P256, EC_P256", "EC_P256, RSA_3072", "RSA_3072, EC_P256", "RSA_3072, RSA_3072" })
    void opensslDecryptsAndVerifiesWhatTheWriterProduces(KeyAlgorithm signerAlgorithm, KeyAlgorithm recipientAlgorithm)
            throws Exception {
        DeviceIdentity signer = pki.device("signer", signerAlgorithm);
        DeviceIdentity recipient = pki.device("recipient", recipientAlgorithm);
        DeviceIdentity other = pki.device("other", recipientAlgorithm == KeyAlgorithm.EC_P256
                ? KeyAlgorithm.RSA_3072 : KeyAlgorithm.EC_P256);
        Path sealed = temp.resolve("package.cms");
        try (OutputStream out = SignedEnvelopeWriter.open(Files.newOutputStream(sealed), signer,
                List.of(other.certificate().orElseThrow(), recipient.certificate().orElseThrow()))) {
            Files.copy(contentFile, out);
        }

        Path recipientCert = pki.writeCertificate("recipient", recipient.certificate().orElseThrow());
        Path recipientKey = pki.writeTestKey("recipient", recipient);
        Path signedData = temp.resolve("signed.der");
        TestPki.ProcessResult decrypt = TestPki.run(sealed, signedData, TestPki.openssl("cms", "-decrypt", "-binary",
                "-inform", "DER", "-recip", recipientCert.toString(), "-inkey", recipientKey.toString())
                .toArray(String[]::new));
        assertEquals(0, decrypt.exitCode(), decrypt.errors());

        Path verified = temp.resolve("verified.bin");
        TestPki.ProcessResult verify = TestPki.run(signedData, verified, TestPki.openssl("cms", "-verify", "-binary",
                "-inform", "DER", "-CAfile", caPem.toString()).toArray(String[]::new));
        assertEquals(0, verify.exitCode(), verify.errors());
        assertTrue(verify.errors().contains("Verification successful"), verify.errors());
        assertArrayEquals(content, Files.readAllBytes(verified));

    }

    @Test
    void opensslRefusesTamperedPackage() throws Exception {
        DeviceIdentity signer = pki.device("signer", KeyAlgorithm.EC_P256);
        DeviceIdentity recipient = pki.device("recipient", KeyAlgorithm.EC_P256);
        Path sealed = temp.resolve("package.cms");
        try (OutputStream out = SignedEnvelopeWriter.open(Files.newOutputStream(sealed), signer,
                List.of(recipient.certificate().orElseThrow()))) {
            Files.copy(contentFile, out);
        }
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length / 2] ^= 4;
        Files.write(sealed, bytes);
        TestPki.ProcessResult decrypt = TestPki.run(sealed, temp.resolve("out.der"), TestPki.openssl("cms", "-decrypt",
                "-binary", "-inform", "DER", "-recip",
                pki.writeCertificate("recipient", recipient.certificate().orElseThrow()).toString(), "-inkey",
                pki.writeTestKey("recipient", recipient).toString()).toArray(String[]::new));
        assertNotEquals(0, decrypt.exitCode());
    }

    @ParameterizedTest(name = "signer {0}, recipient {1}")
    @CsvSource({ "EC_P256, EC_P256", "RSA_3072, RSA_3072", "EC_P256, RSA_3072" })
    void readerReadsWhatOpensslProduces(KeyAlgorithm signerAlgorithm, KeyAlgorithm recipientAlgorithm) throws Exception {
        DeviceIdentity signer = pki.device("openssl-signer", signerAlgorithm);
        DeviceIdentity recipient = pki.device("recipient", recipientAlgorithm);
        Path signedData = temp.resolve("signed.der");
        TestPki.ProcessResult sign = TestPki.run(contentFile, signedData, TestPki.openssl("cms", "-sign", "-binary",
                "-stream", "-nodetach", "-md", "sha256", "-outform", "DER",
                "-signer", pki.writeCertificate("signer", signer.certificate().orElseThrow()).toString(),
                "-inkey", pki.writeTestKey("signer", signer).toString()).toArray(String[]::new));
        assertEquals(0, sign.exitCode(), sign.errors());
        List<String> encrypt = TestPki.openssl("cms", "-encrypt", "-binary", "-stream", "-aes-256-gcm", "-inform",
                "DER", "-outform", "DER", "-recip",
                pki.writeCertificate("recipient", recipient.certificate().orElseThrow()).toString());
        if (recipientAlgorithm == KeyAlgorithm.RSA_3072) {
            encrypt.addAll(List.of("-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"));
        }
        Path sealed = temp.resolve("package.cms");
        TestPki.ProcessResult encrypted = TestPki.run(signedData, sealed, encrypt.toArray(String[]::new));
        assertEquals(0, encrypted.exitCode(), encrypted.errors());

        try (InputStream in = Files.newInputStream(sealed);
                SignedEnvelopeReader reader = SignedEnvelopeReader.open(in, recipient)) {
            assertArrayEquals(content, reader.unverifiedContent().readAllBytes());
            assertEquals(signer.certificate().orElseThrow(), reader.verify(pki.trust()).certificate());
        }
    }

    @Test
    void opensslPackageFromUnknownSignerIsRefused() throws Exception {
        TestPki rogue = TestPki.create(temp.resolve("rogue"), "CN=Rogue", KeyAlgorithm.EC_P256);
        DeviceIdentity intruder = rogue.device("intruder", KeyAlgorithm.EC_P256);
        DeviceIdentity recipient = pki.device("recipient", KeyAlgorithm.EC_P256);
        Path signedData = temp.resolve("signed.der");
        assertEquals(0, TestPki.run(contentFile, signedData, TestPki.openssl("cms", "-sign", "-binary", "-nodetach",
                "-outform", "DER", "-signer",
                rogue.writeCertificate("intruder", intruder.certificate().orElseThrow()).toString(), "-inkey",
                rogue.writeTestKey("intruder", intruder).toString()).toArray(String[]::new)).exitCode());
        Path sealed = temp.resolve("package.cms");
        assertEquals(0, TestPki.run(signedData, sealed, TestPki.openssl("cms", "-encrypt", "-binary", "-aes-256-gcm",
                "-inform", "DER", "-outform", "DER", "-recip",
                pki.writeCertificate("recipient", recipient.certificate().orElseThrow()).toString())
                .toArray(String[]::new)).exitCode());
        try (InputStream in = Files.newInputStream(sealed);
                SignedEnvelopeReader reader = SignedEnvelopeReader.open(in, recipient)) {
            reader.unverifiedContent().transferTo(OutputStream.nullOutputStream());
            TrustException e = assertThrows(TrustException.class, () -> reader.verify(pki.trust()));
            assertEquals(TrustException.Reason.UNKNOWN_SIGNER, e.reason());
        }
    }
}
