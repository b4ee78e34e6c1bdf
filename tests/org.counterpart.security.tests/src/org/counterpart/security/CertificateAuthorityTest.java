package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    @TempDir
    Path temp;

    @Test
    void createsSelfSignedAuthorityCertificate() throws Exception {
        CertificateAuthority authority = CertificateAuthority.create(temp.resolve("ca"), "CN=HQ CA,O=Counterpart",
                KeyAlgorithm.EC_P256, Duration.ofDays(3650), TestPki.CA_PASSPHRASE);
        X509Certificate certificate = authority.certificate();
        certificate.verify(certificate.getPublicKey());
        assertEquals(3, certificate.getVersion());
        assertEquals(0, certificate.getBasicConstraints(), "CA with path length 0");
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[5], "keyCertSign");
        assertTrue(usage[6], "cRLSign");
        assertTrue(Files.isRegularFile(temp.resolve("ca").resolve(CertificateAuthority.KEY_STORE_FILE)));
        assertTrue(Files.isRegularFile(temp.resolve("ca").resolve(CertificateAuthority.REGISTER_FILE)));
    }

    @Test
    void rsaAuthorityIssuesToEcDevice() throws Exception {
        TestPki pki = TestPki.create(temp, "CN=RSA HQ CA", KeyAlgorithm.RSA_3072);
        DeviceIdentity device = pki.device("laptop-rsa-ca", KeyAlgorithm.EC_P256);
        device.certificate().orElseThrow().verify(pki.authority.certificate().getPublicKey());
    }

    @Test
    void reopensWithPassphraseAndKeepsRegister() throws Exception {
        Path directory = temp.resolve("ca");
        CertificateAuthority authority = CertificateAuthority.create(directory, "CN=HQ CA", KeyAlgorithm.EC_P256,
                Duration.ofDays(365), TestPki.CA_PASSPHRASE);
        DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        X509Certificate issued = authority.issue(device.certificationRequestPem("CN=laptop-1"), Duration.ofDays(30));
        authority.revoke(issued.getSerialNumber(), Instant.now());

        CertificateAuthority reopened = CertificateAuthority.open(directory, TestPki.CA_PASSPHRASE);
        assertEquals(authority.certificate(), reopened.certificate());
        assertEquals(1, reopened.issuedCertificates().size());
        IssuedCertificate entry = reopened.issuedCertificates().get(0);
        assertEquals(issued.getSerialNumber(), entry.serial());
        assertEquals("CN=laptop-1", entry.subject());
        assertEquals(issued.getNotAfter().toInstant(), entry.notAfter());
        assertTrue(reopened.isRevoked(issued.getSerialNumber()));
    }

    @Test
    void issuesDeviceCertificateFromRequest() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentity ec = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        String request = ec.certificationRequestPem("CN=laptop-7,OU=SC Office,O=Counterpart");
        assertTrue(request.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        Instant notBefore = Instant.parse("2025-01-01T00:00:00Z");
        Instant notAfter = Instant.parse("2035-01-01T00:00:00Z");
        X509Certificate certificate = pki.authority.issue(request, notBefore, notAfter);

        certificate.verify(pki.authority.certificate().getPublicKey());
        assertEquals("CN=laptop-7,OU=SC Office,O=Counterpart", certificate.getSubjectX500Principal().getName());
        assertEquals(pki.authority.certificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(notBefore, certificate.getNotBefore().toInstant());
        assertEquals(notAfter, certificate.getNotAfter().toInstant());
        assertEquals(ec.publicKey(), certificate.getPublicKey());
        assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0], "digitalSignature");
        assertTrue(usage[4], "keyAgreement for EC");
        assertFalse(usage[2], "no keyEncipherment for EC");
        assertEquals(List.of("1.3.6.1.5.5.7.3.4"), certificate.getExtendedKeyUsage(), "emailProtection");
        assertTrue(certificate.getSerialNumber().signum() > 0);

        DeviceIdentity rsa = DeviceIdentity.generate(KeyAlgorithm.RSA_3072);
        X509Certificate rsaCertificate = pki.authority.issue(rsa.certificationRequestPem("CN=laptop-8"),
                Duration.ofDays(10));
        assertTrue(rsaCertificate.getKeyUsage()[2], "keyEncipherment for RSA");
        assertFalse(rsaCertificate.getKeyUsage()[4]);
        assertFalse(certificate.getSerialNumber().equals(rsaCertificate.getSerialNumber()));
    }

    @Test
    void revocationListListsRevokedSerials() throws Exception {
        TestPki pki = TestPki.create(temp);
        X509Certificate kept = pki.device("kept", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        X509Certificate revoked = pki.device("lost", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        Instant when = Instant.parse("2026-01-02T03:04:05Z");
        pki.authority.revoke(revoked.getSerialNumber(), when);

        X509CRL crl = pki.authority.issueRevocationList(Duration.ofDays(7));
        crl.verify(pki.authority.certificate().getPublicKey());
        assertEquals(pki.authority.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertNotNull(crl.getNextUpdate());
        assertNotNull(crl.getRevokedCertificate(revoked));
        assertEquals(when, crl.getRevokedCertificate(revoked).getRevocationDate().toInstant());
        assertNull(crl.getRevokedCertificate(kept));
        assertEquals(1, crl.getRevokedCertificates().size());

        X509CRL next = pki.authority.issueRevocationList(Duration.ofDays(7));
        assertTrue(crlNumber(next).compareTo(crlNumber(crl)) > 0, "CRL numbers increase");
    }

    @Test
    void revocationListEntriesCarryTheReasonGivenAndKeepItAfterReopening() throws Exception {
        TestPki pki = TestPki.create(temp);
        X509Certificate lost = pki.device("lost", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        X509Certificate replaced = pki.device("replaced", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        X509Certificate plain = pki.device("plain", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        pki.authority.revoke(lost.getSerialNumber(), Instant.now(), java.util.OptionalLong.of(2),
                RevocationReason.KEY_COMPROMISE);
        pki.authority.revoke(replaced.getSerialNumber(), Instant.now(), java.util.OptionalLong.empty(),
                RevocationReason.SUPERSEDED);
        pki.authority.revoke(plain.getSerialNumber(), Instant.now());
        // a second revocation keeps the first reason
        pki.authority.revoke(lost.getSerialNumber(), Instant.now(), java.util.OptionalLong.empty(),
                RevocationReason.CESSATION_OF_OPERATION);

        CertificateAuthority reopened = CertificateAuthority.open(pki.caDirectory, TestPki.CA_PASSPHRASE);
        assertEquals(RevocationReason.KEY_COMPROMISE, reopened.revocationReason(lost.getSerialNumber()));
        assertEquals(RevocationReason.SUPERSEDED, reopened.revocationReason(replaced.getSerialNumber()));
        assertEquals(RevocationReason.UNSPECIFIED, reopened.revocationReason(plain.getSerialNumber()));
        X509CRL crl = reopened.issueRevocationList(Duration.ofDays(7));
        crl.verify(pki.authority.certificate().getPublicKey());
        assertEquals(java.security.cert.CRLReason.KEY_COMPROMISE,
                crl.getRevokedCertificate(lost).getRevocationReason());
        assertEquals(java.security.cert.CRLReason.SUPERSEDED,
                crl.getRevokedCertificate(replaced).getRevocationReason());
        assertEquals(java.security.cert.CRLReason.UNSPECIFIED, crl.getRevokedCertificate(plain).getRevocationReason());
        for (RevocationReason reason : RevocationReason.values()) {
            assertEquals(reason.name(), java.security.cert.CRLReason.values()[reason.code()].name(),
                    "the code of " + reason.rfcName());
            assertEquals(reason, RevocationReason.ofCode(reason.code()).orElseThrow());
        }
    }

    @Test
    void openSslAcceptsRevocationList() throws Exception {
        TestPki pki = TestPki.create(temp);
        X509Certificate revoked = pki.device("lost", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        pki.authority.revoke(revoked.getSerialNumber(), Instant.now());
        Path crl = temp.resolve("hq.crl");
        Files.writeString(crl, CertificatePem.encode(pki.crl()));
        Path ca = pki.writeCertificate("ca", pki.authority.certificate());
        Path device = pki.writeCertificate("device", revoked);
        TestPki.ProcessResult result = TestPki.run(null, null, TestPki.openssl("verify", "-crl_check", "-CAfile",
                ca.toString(), "-CRLfile", crl.toString(), device.toString()).toArray(String[]::new));
        assertTrue(result.errors().contains("certificate revoked"), result.errors());
        assertTrue(result.exitCode() != 0);
    }

    @Test
    void wrongPassphraseIsRefused() throws Exception {
        Path directory = temp.resolve("ca");
        CertificateAuthority.create(directory, "CN=HQ CA", KeyAlgorithm.EC_P256, Duration.ofDays(365),
                TestPki.CA_PASSPHRASE);
        CredentialException e = assertThrows(CredentialException.class,
                () -> CertificateAuthority.open(directory, "not-the-passphrase".toCharArray()));
        assertEquals(CredentialException.Reason.WRONG_PASSPHRASE, e.reason());
        assertTrue(e.getMessage().contains("passphrase"), e.getMessage());
    }

    @Test
    void createRefusesExistingAuthority() throws Exception {
        Path directory = temp.resolve("ca");
        CertificateAuthority first = CertificateAuthority.create(directory, "CN=HQ CA", KeyAlgorithm.EC_P256,
                Duration.ofDays(365), TestPki.CA_PASSPHRASE);
        byte[] before = Files.readAllBytes(directory.resolve(CertificateAuthority.KEY_STORE_FILE));
        CredentialException e = assertThrows(CredentialException.class, () -> CertificateAuthority.create(directory,
                "CN=Other", KeyAlgorithm.EC_P256, Duration.ofDays(365), TestPki.CA_PASSPHRASE));
        assertEquals(CredentialException.Reason.ALREADY_EXISTS, e.reason());
        assertArrayEquals(before, Files.readAllBytes(directory.resolve(CertificateAuthority.KEY_STORE_FILE)));
        assertEquals(first.certificate(), CertificateAuthority.open(directory, TestPki.CA_PASSPHRASE).certificate());
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() throws Exception {
        TestPki pki = TestPki.create(temp);
        Path register = pki.caDirectory.resolve(CertificateAuthority.REGISTER_FILE);
        String before = Files.readString(register);

        CredentialException garbage = assertThrows(CredentialException.class,
                () -> pki.authority.issue("not a request", Duration.ofDays(1)));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, garbage.reason());
        assertTrue(garbage.getMessage().contains("CERTIFICATE REQUEST"), garbage.getMessage());

        String valid = DeviceIdentity.generate(KeyAlgorithm.EC_P256).certificationRequestPem("CN=victim");
        String forged = forgeSubject(valid);
        CredentialException badSignature = assertThrows(CredentialException.class,
                () -> pki.authority.issue(forged, Duration.ofDays(1)));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, badSignature.reason());

        CredentialException empty = assertThrows(CredentialException.class,
                () -> pki.authority.issue(valid, Instant.now(), Instant.now().minusSeconds(60)));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, empty.reason());

        CredentialException unknown = assertThrows(CredentialException.class,
                () -> pki.authority.revoke(BigInteger.valueOf(42), Instant.now()));
        assertEquals(CredentialException.Reason.UNKNOWN_SERIAL, unknown.reason());
        assertTrue(unknown.getMessage().contains("2a"), unknown.getMessage());

        assertTrue(pki.authority.issuedCertificates().isEmpty());
        assertEquals(before, Files.readString(register));
    }

    @Test
    void damagedRegisterIsReported() throws Exception {
        Path directory = temp.resolve("ca");
        CertificateAuthority.create(directory, "CN=HQ CA", KeyAlgorithm.EC_P256, Duration.ofDays(365),
                TestPki.CA_PASSPHRASE);
        Files.writeString(directory.resolve(CertificateAuthority.REGISTER_FILE), "issued zz nonsense\n");
        CredentialException e = assertThrows(CredentialException.class,
                () -> CertificateAuthority.open(directory, TestPki.CA_PASSPHRASE));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    /** Changes one byte inside the signed part of a request, so its signature no longer verifies. */
    private static String forgeSubject(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = java.util.Base64.getDecoder().decode(base64);
        int index = new String(der, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("victim");
        der[index] = 'V';
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + java.util.Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] extension = crl.getExtensionValue("2.5.29.20");
        return org.bouncycastle.asn1.ASN1Integer
                .getInstance(org.bouncycastle.asn1.ASN1OctetString.getInstance(extension).getOctets()).getValue();
    }
}
