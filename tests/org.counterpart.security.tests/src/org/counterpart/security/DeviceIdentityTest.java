package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.counterpart.security.internal.PemCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceIdentityTest {

    /** A passphrase no message, log line or file may ever contain. */
    private static final String MARKER = "MARKER-Passphrase-7f3a";

    @TempDir
    Path temp;

    @Test
    void generatesEcP256ByDefaultChoiceAndRsa3072() throws Exception {
        DeviceIdentity ec = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        assertEquals(256, ((ECPublicKey) ec.publicKey()).getParams().getCurve().getField().getFieldSize());
        DeviceIdentity rsa = DeviceIdentity.generate(KeyAlgorithm.RSA_3072);
        assertEquals(3072, ((RSAPublicKey) rsa.publicKey()).getModulus().bitLength());
        assertTrue(ec.certificate().isEmpty());
        assertFalse(ec.isOnToken());
    }

    @Test
    void certificationRequestIsSignedPemWithSubject() throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        String pem = identity.certificationRequestPem("CN=laptop-3,O=Counterpart");
        PKCS10CertificationRequest request = PemCodec.readCertificationRequest(pem);
        assertEquals("CN=laptop-3,O=Counterpart",
                new javax.security.auth.x500.X500Principal(request.getSubject().getEncoded()).getName());
        assertArrayEquals(identity.publicKey().getEncoded(), request.getSubjectPublicKeyInfo().getEncoded());
        Path file = temp.resolve("request.csr");
        Files.writeString(file, pem);
        TestPki.ProcessResult openssl = TestPki.run(null, null,
                TestPki.openssl("req", "-verify", "-noout", "-in", file.toString()).toArray(String[]::new));
        assertEquals(0, openssl.exitCode(), openssl.errors());
    }

    @Test
    void savesAndLoadsWithChain() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentity identity = pki.device("laptop-1", KeyAlgorithm.RSA_3072);
        Path file = temp.resolve("device.p12");
        identity.save(file, "device-pass".toCharArray());

        DeviceIdentity loaded = DeviceIdentity.load(file, "device-pass".toCharArray());
        assertEquals(identity.certificateChain(), loaded.certificateChain());
        assertEquals(identity.privateKey(), loaded.privateKey());
        assertEquals(KeyAlgorithm.RSA_3072, loaded.algorithm());

        TestPki.ProcessResult openssl = TestPki.run(null, null, TestPki.openssl("pkcs12", "-in", file.toString(),
                "-passin", "pass:device-pass", "-noout").toArray(String[]::new));
        assertEquals(0, openssl.exitCode(), "openssl reads the PKCS#12: " + openssl.errors());
    }

    @Test
    void keyWithoutCertificateSurvivesSaveAndLoad() throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        Path file = temp.resolve("pending.p12");
        identity.save(file, "pw".toCharArray());
        DeviceIdentity loaded = DeviceIdentity.load(file, "pw".toCharArray());
        assertTrue(loaded.certificate().isEmpty(), "the stand-in certificate is not an issued one");
        assertEquals(identity.publicKey(), loaded.publicKey());

        TestPki pki = TestPki.create(temp);
        X509Certificate issued = pki.authority.issue(loaded.certificationRequestPem("CN=later"), Duration.ofDays(5));
        loaded.installCertificateChain(List.of(issued, pki.authority.certificate()));
        assertEquals(issued, loaded.certificate().orElseThrow());
    }

    @Test
    void installRefusesCertificateOfAnotherKey() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentity other = pki.device("other", KeyAlgorithm.EC_P256);
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        CredentialException e = assertThrows(CredentialException.class,
                () -> identity.installCertificateChain(other.certificateChain()));
        assertEquals(CredentialException.Reason.KEY_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("CN=other"), e.getMessage());
        assertTrue(identity.certificate().isEmpty(), "nothing installed");
        assertThrows(CredentialException.class, () -> identity.installCertificateChain(List.of()));
    }

    @Test
    void wrongPassphraseNeverAppearsInMessagesOrFiles() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentity identity = pki.device("laptop-9", KeyAlgorithm.EC_P256);
        Path file = temp.resolve("device.p12");
        identity.save(file, MARKER.toCharArray());
        byte[] before = Files.readAllBytes(file);

        String wrong = MARKER + "-wrong";
        CredentialException e = assertThrows(CredentialException.class,
                () -> DeviceIdentity.load(file, wrong.toCharArray()));
        assertEquals(CredentialException.Reason.WRONG_PASSPHRASE, e.reason());
        assertTrue(e.getMessage().contains("device.p12"), e.getMessage());
        assertNoMarker(e);
        assertArrayEquals(before, Files.readAllBytes(file), "a failed load changes nothing");

        CredentialException ca = assertThrows(CredentialException.class,
                () -> CertificateAuthority.open(pki.caDirectory, MARKER.toCharArray()));
        assertNoMarker(ca);

        for (Path written : Files.walk(temp).filter(Files::isRegularFile).toList()) {
            String content = new String(Files.readAllBytes(written), StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(MARKER), "passphrase found in " + written);
            assertFalse(new String(Files.readAllBytes(written), StandardCharsets.UTF_16BE).contains(MARKER));
        }
        assertFalse(identity.toString().contains(MARKER));
    }

    @Test
    void garbageKeyStoreIsReported() throws Exception {
        Path file = temp.resolve("garbage.p12");
        Files.write(file, "this is not a key store".getBytes(StandardCharsets.US_ASCII));
        CredentialException e = assertThrows(CredentialException.class,
                () -> DeviceIdentity.load(file, MARKER.toCharArray()));
        assertTrue(e.getMessage().contains("garbage.p12"), e.getMessage());
        assertNoMarker(e);
    }

    static void assertNoMarker(Throwable thrown) {
        java.io.StringWriter trace = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(trace));
        assertFalse(trace.toString().contains(MARKER), "marker passphrase leaked into: " + trace);
    }
}
