package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Device keys on a PKCS#11 token (SoftHSM2): generated there, certified, used to sign packages. */
class Pkcs11TokenTest {

    @TempDir
    Path temp;

    private static String alias() {
        return "device-" + UUID.randomUUID();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void tokenKeyIsCertifiedAndSignsPackages(KeyAlgorithm algorithm) throws Exception {
        SoftHsm softHsm = SoftHsm.token();
        TestPki pki = TestPki.create(temp);
        String alias = alias();
        try (Pkcs11Token token = softHsm.open()) {
            DeviceIdentity identity = token.generateIdentity(alias, algorithm);
            assertTrue(identity.isOnToken());
            assertEquals(null, identity.privateKey().getEncoded(), "the private key never leaves the token");
            assertTrue(identity.certificate().isEmpty(), "no certificate before headquarters issues one");
            assertTrue(token.aliases().contains(alias));
            CredentialException save = assertThrows(CredentialException.class,
                    () -> identity.save(temp.resolve("x.p12"), "pw".toCharArray()));
            assertTrue(save.getMessage().contains("token"), save.getMessage());

            X509Certificate issued = pki.authority.issue(identity.certificationRequestPem("CN=token-device"),
                    Duration.ofDays(30));
            identity.installCertificateChain(List.of(issued, pki.authority.certificate()));
        }

        // A new session sees the stored chain.
        try (Pkcs11Token token = softHsm.open()) {
            DeviceIdentity identity = token.identity(alias);
            assertEquals("CN=token-device", identity.certificate().orElseThrow().getSubjectX500Principal().getName());
            assertEquals(2, identity.certificateChain().size());

            DeviceIdentity hq = pki.device("hq", KeyAlgorithm.EC_P256);
            byte[] content = SignedEnvelopeTest.content(200_000);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (OutputStream out = SignedEnvelopeWriter.open(sealed, identity,
                    List.of(hq.certificate().orElseThrow()))) {
                out.write(content);
            }
            try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed.toByteArray()),
                    hq)) {
                assertArrayEquals(content, reader.unverifiedContent().readAllBytes());
                assertEquals(identity.certificate().orElseThrow(), reader.verify(pki.trust()).certificate());
            }

            // openssl accepts the token's signature too.
            Path packageFile = temp.resolve("package.cms");
            Files.write(packageFile, sealed.toByteArray());
            Path signedData = temp.resolve("signed.der");
            TestPki.ProcessResult decrypt = TestPki.run(packageFile, signedData, TestPki.openssl("cms", "-decrypt",
                    "-binary", "-inform", "DER", "-recip",
                    pki.writeCertificate("hq", hq.certificate().orElseThrow()).toString(), "-inkey",
                    pki.writeTestKey("hq", hq).toString()).toArray(String[]::new));
            assertEquals(0, decrypt.exitCode(), decrypt.errors());
            Path verified = temp.resolve("verified.bin");
            TestPki.ProcessResult verify = TestPki.run(signedData, verified, TestPki.openssl("cms", "-verify",
                    "-binary", "-inform", "DER", "-CAfile",
                    pki.writeCertificate("ca", pki.authority.certificate()).toString()).toArray(String[]::new));
            assertEquals(0, verify.exitCode(), verify.errors());
            assertArrayEquals(content, Files.readAllBytes(verified));
            token.deleteIdentity(alias);
            assertFalse(token.aliases().contains(alias));
        }
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void tokenKeyOpensPackagesAddressedToIt(KeyAlgorithm algorithm) throws Exception {
        SoftHsm softHsm = SoftHsm.token();
        TestPki pki = TestPki.create(temp);
        DeviceIdentity sender = pki.device("sender", KeyAlgorithm.EC_P256);
        String alias = alias();
        try (Pkcs11Token token = softHsm.open()) {
            DeviceIdentity identity = token.generateIdentity(alias, algorithm);
            identity.installCertificateChain(List.of(
                    pki.authority.issue(identity.certificationRequestPem("CN=token-recipient"), Duration.ofDays(1)),
                    pki.authority.certificate()));
            byte[] content = SignedEnvelopeTest.content(100_000);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream();
            try (OutputStream out = SignedEnvelopeWriter.open(sealed, sender,
                    List.of(identity.certificate().orElseThrow()))) {
                out.write(content);
            }
            if (algorithm == KeyAlgorithm.EC_P256) {
                try (SignedEnvelopeReader reader = SignedEnvelopeReader
                        .open(new ByteArrayInputStream(sealed.toByteArray()), identity)) {
                    assertArrayEquals(content, reader.unverifiedContent().readAllBytes());
                    assertEquals(sender.certificate().orElseThrow(), reader.verify(pki.trust()).certificate());
                }
                byte[] tampered = sealed.toByteArray();
                tampered[tampered.length / 2] ^= 1;
                assertThrows(EnvelopeException.class, () -> {
                    try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(tampered),
                            identity)) {
                        reader.unverifiedContent().transferTo(OutputStream.nullOutputStream());
                        reader.verify(pki.trust());
                    }
                });
            } else {
                // SunPKCS11 has no RSA-OAEP: refused with a message that says what to do.
                CredentialException e = assertThrows(CredentialException.class,
                        () -> SignedEnvelopeReader.open(new ByteArrayInputStream(sealed.toByteArray()), identity));
                assertEquals(CredentialException.Reason.UNSUPPORTED_KEY, e.reason());
                assertTrue(e.getMessage().contains("EC P-256"), e.getMessage());
            }
            token.deleteIdentity(alias);
        }
    }

    @Test
    void wrongPinIsRefusedWithoutRevealingIt() throws Exception {
        SoftHsm softHsm = SoftHsm.token();
        String marker = "MARKER-Pin-9c1e";
        CredentialException e = assertThrows(CredentialException.class,
                () -> Pkcs11Token.open(SoftHsm.LIBRARY, softHsm.slot, marker.toCharArray()));
        assertEquals(CredentialException.Reason.WRONG_PASSPHRASE, e.reason());
        assertTrue(e.getMessage().contains("PIN"), e.getMessage());
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        assertFalse(trace.toString().contains(marker));
        // The right PIN still works afterwards.
        try (Pkcs11Token token = softHsm.open()) {
            token.aliases();
        }
    }

    @Test
    void tokenIsFoundByItsLabel() throws Exception {
        SoftHsm softHsm = SoftHsm.token();
        String alias = alias();
        try (Pkcs11Token token = Pkcs11Token.open(SoftHsm.LIBRARY, softHsm.label, SoftHsm.PIN.toCharArray())) {
            token.generateIdentity(alias, KeyAlgorithm.EC_P256);
        }
        try (Pkcs11Token token = softHsm.open()) {
            assertTrue(token.aliases().contains(alias), "the key went to the token with that label");
            token.deleteIdentity(alias);
        }

        CredentialException unknown = assertThrows(CredentialException.class,
                () -> Pkcs11Token.open(SoftHsm.LIBRARY, "no-such-token", SoftHsm.PIN.toCharArray()));
        assertEquals(CredentialException.Reason.TOKEN_NOT_FOUND, unknown.reason());
        assertTrue(unknown.getMessage().contains("'no-such-token'") && unknown.getMessage().contains(softHsm.label),
                unknown.getMessage());

        String marker = "MARKER-Pin-5d2a";
        CredentialException wrongPin = assertThrows(CredentialException.class,
                () -> Pkcs11Token.open(SoftHsm.LIBRARY, softHsm.label, marker.toCharArray()));
        assertEquals(CredentialException.Reason.WRONG_PASSPHRASE, wrongPin.reason());
        assertTrue(wrongPin.getMessage().contains("'" + softHsm.label + "'"), wrongPin.getMessage());
        assertFalse(wrongPin.getMessage().contains(marker));
    }

    @Test
    void moduleThatIsNotPkcs11IsReported() throws Exception {
        Path notAModule = Files.writeString(temp.resolve("not-a-module.so"), "not a shared library");
        CredentialException e = assertThrows(CredentialException.class,
                () -> Pkcs11Token.open(notAModule, "any", "x".toCharArray()));
        assertEquals(CredentialException.Reason.TOKEN_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("not-a-module.so"), e.getMessage());
    }

    @Test
    void missingLibraryIsReported() {
        CredentialException e = assertThrows(CredentialException.class,
                () -> Pkcs11Token.open(temp.resolve("no-such-pkcs11.so"), 0, "x".toCharArray()));
        assertEquals(CredentialException.Reason.TOKEN_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("no-such-pkcs11.so"), e.getMessage());
    }

    @Test
    void unknownAliasAndDuplicateAliasAreReported() throws Exception {
        SoftHsm softHsm = SoftHsm.token();
        try (Pkcs11Token token = softHsm.open()) {
            CredentialException missing = assertThrows(CredentialException.class, () -> token.identity("nope"));
            assertEquals(CredentialException.Reason.NO_KEY, missing.reason());
            String alias = alias();
            token.generateIdentity(alias, KeyAlgorithm.EC_P256);
            CredentialException duplicate = assertThrows(CredentialException.class,
                    () -> token.generateIdentity(alias, KeyAlgorithm.EC_P256));
            assertEquals(CredentialException.Reason.ALREADY_EXISTS, duplicate.reason());
            token.deleteIdentity(alias);
        }
    }
}
