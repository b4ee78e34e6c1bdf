package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.counterpart.security.internal.CertificateProfiles;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.PemCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device id travels from the certificate request into the certificate; headquarters' identities are
 * marked; a revocation records the last accepted package; a certificate that expired verifies a package
 * signed while it was valid; revocation lists are ordered by number, then thisUpdate.
 */
class DeviceBindingAndRevocationTest {

    @TempDir
    Path temp;

    private TestPki pki;

    @BeforeEach
    void createAuthority() throws Exception {
        pki = TestPki.create(temp);
    }

    private X509Certificate issue(DeviceIdentity identity, String deviceId, boolean headquarters, Instant notBefore,
            Instant notAfter) throws Exception {
        X509Certificate issued = pki.authority.issue(identity.certificationRequestPem("CN=laptop,O=Counterpart", deviceId),
                notBefore, notAfter, null, headquarters);
        identity.installCertificateChain(List.of(issued, pki.authority.certificate()));
        return issued;
    }

    private X509Certificate issue(DeviceIdentity identity, String deviceId, boolean headquarters) throws Exception {
        Instant now = Instant.now();
        return issue(identity, deviceId, headquarters, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(30)));
    }

    @Test
    void theRequestedDeviceIdIsBoundAndOnlyHeadquartersIdentitiesAreMarked() throws Exception {
        String deviceId = UUID.randomUUID().toString();
        X509Certificate device = issue(DeviceIdentity.generate(KeyAlgorithm.EC_P256), deviceId, false);
        assertEquals(Optional.of(deviceId), DeviceBinding.deviceId(device));
        assertFalse(DeviceBinding.isHeadquarters(device));
        assertEquals(List.of(List.of(6, "urn:uuid:" + deviceId)),
                device.getSubjectAlternativeNames().stream().map(List::copyOf).toList());

        X509Certificate hq = issue(DeviceIdentity.generate(KeyAlgorithm.RSA_3072), UUID.randomUUID().toString(), true);
        assertTrue(DeviceBinding.isHeadquarters(hq));

        X509Certificate legacy = pki.device("old-laptop", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        assertEquals(Optional.empty(), DeviceBinding.deviceId(legacy));
        assertFalse(DeviceBinding.isHeadquarters(legacy));
        new TrustVerifier(pki.authority.certificate(), pki.crl()).verify(List.of(device, pki.authority.certificate()));
    }

    @Test
    void aRequestForAnyOtherNameOrAMalformedDeviceIdIsRefusedAndRecordsNothing() throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        CredentialException malformed = assertThrows(CredentialException.class,
                () -> identity.certificationRequestPem("CN=laptop", "not-a-uuid"));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, malformed.reason());

        ExtensionsGenerator extensions = new ExtensionsGenerator();
        extensions.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, "hq.example")));
        String request = PemCodec.encode(new JcaPKCS10CertificationRequestBuilder(
                CertificateProfiles.parseName("CN=laptop"), identity.publicKey())
                .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(CryptoProviders.bouncyCastle())
                        .build(identity.privateKey())));
        int issuedBefore = pki.authority.issuedCertificates().size();
        CredentialException e = assertThrows(CredentialException.class,
                () -> pki.authority.issue(request, Duration.ofDays(1)));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, e.reason());
        assertTrue(e.getMessage().contains("urn:uuid:"), e.getMessage());
        assertEquals(issuedBefore, pki.authority.issuedCertificates().size());
    }

    @Test
    void aRevokedCertificateVerifiesPackagesUpToTheLastAcceptedOneOnly() throws Exception {
        DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        X509Certificate certificate = issue(device, UUID.randomUUID().toString(), false);
        assertEquals(Optional.of(CertificateAuthority.publicKeyDigest(device.publicKey())),
                pki.authority.publicKeyDigest(certificate.getSerialNumber()));
        pki.authority.revoke(certificate.getSerialNumber(), Instant.now(), OptionalLong.of(3));
        CertificateAuthority reopened = CertificateAuthority.open(pki.caDirectory, TestPki.CA_PASSPHRASE);
        assertEquals(OptionalLong.of(3), reopened.lastAcceptedPackage(certificate.getSerialNumber()));

        TrustVerifier trust = new TrustVerifier(pki.authority.certificate(), reopened.issueRevocationList(Duration.ofDays(7)));
        List<X509Certificate> chain = device.certificateChain();
        Instant claimed = Instant.now().minus(Duration.ofDays(1)); // a signing time before the revocation changes nothing
        trust.verifySigner(chain, claimed, 3);
        TrustException later = assertThrows(TrustException.class, () -> trust.verifySigner(chain, claimed, 4));
        assertEquals(TrustException.Reason.REVOKED, later.reason());
        assertTrue(later.getMessage().contains("up to number 3") && later.getMessage().contains("number 4"),
                later.getMessage());
        assertEquals(TrustException.Reason.REVOKED,
                assertThrows(TrustException.class, () -> trust.verify(chain)).reason(), "no package number: refused");

        DeviceIdentity other = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        issue(other, UUID.randomUUID().toString(), false);
        pki.authority.revoke(other.certificate().orElseThrow().getSerialNumber(), Instant.now());
        TrustVerifier withoutRecord = new TrustVerifier(pki.authority.certificate(), pki.crl());
        assertEquals(TrustException.Reason.REVOKED, assertThrows(TrustException.class,
                () -> withoutRecord.verifySigner(other.certificateChain(), claimed, 1)).reason());
    }

    @Test
    void anExpiredCertificateVerifiesWhatWasSignedWhileItWasValid() throws Exception {
        Instant notAfter = Instant.now().plus(Duration.ofHours(1));
        DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        issue(device, UUID.randomUUID().toString(), false, Instant.now().minus(Duration.ofDays(2)), notAfter);
        List<X509Certificate> chain = device.certificateChain();
        X509CRL crl = pki.crl();
        TrustVerifier later = new TrustVerifier(pki.authority.certificate(), crl,
                Clock.fixed(notAfter.plus(Duration.ofDays(3)), ZoneOffset.UTC));

        later.verifySigner(chain, notAfter.minus(Duration.ofHours(2)), 1);
        assertEquals(TrustException.Reason.EXPIRED, assertThrows(TrustException.class,
                () -> later.verifySigner(chain, notAfter.plus(Duration.ofMinutes(1)), 1)).reason(), "signed after expiry");
        assertEquals(TrustException.Reason.EXPIRED, assertThrows(TrustException.class,
                () -> later.verifySigner(chain, null, 1)).reason(), "no signing time");
    }

    @Test
    void revocationListsAreOrderedByNumberThenThisUpdateAndAnOverdueOneIsNoticed() throws Exception {
        Instant now = Instant.now();
        X509CRL first = pki.authority.issueRevocationList(now, now.plus(Duration.ofDays(7)));
        X509CRL second = pki.authority.issueRevocationList(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(7)));
        assertTrue(RevocationLists.isNewer(first, second), "a higher number is newer even with an earlier thisUpdate");
        TrustException older = assertThrows(TrustException.class, () -> RevocationLists.requireNotOlder(second, first));
        assertEquals(TrustException.Reason.CRL_OUTDATED, older.reason());
        assertTrue(older.getMessage().contains("number 1") && older.getMessage().contains("number 2"), older.getMessage());
        RevocationLists.requireNotOlder(second, second);
        RevocationLists.requireNotOlder(null, first);

        assertFalse(RevocationLists.isOverdue(second, now));
        assertTrue(RevocationLists.isOverdue(second, now.plus(Duration.ofDays(8))));
        assertTrue(new TrustVerifier(pki.authority.certificate(), second,
                Clock.fixed(now.plus(Duration.ofDays(8)), ZoneOffset.UTC)).isRevocationListOverdue());
    }
}
