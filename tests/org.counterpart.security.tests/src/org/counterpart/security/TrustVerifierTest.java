package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustVerifierTest {

    @TempDir
    Path temp;

    private TestPki pki;

    @BeforeEach
    void createAuthority() throws Exception {
        pki = TestPki.create(temp);
    }

    @Test
    void trustsDeviceCertifiedByAuthority() throws Exception {
        DeviceIdentity device = pki.device("laptop-1", KeyAlgorithm.EC_P256);
        X509Certificate signer = pki.trust().verify(device.certificateChain());
        assertEquals(device.certificate().orElseThrow(), signer);
        // The leaf alone is enough: the authority is the anchor.
        assertEquals(signer, pki.trust().verify(List.of(signer)));
    }

    @Test
    void unknownSignerIsRefused() throws Exception {
        TestPki rogue = TestPki.create(temp, "CN=Counterpart Test HQ CA,O=Rogue", KeyAlgorithm.EC_P256);
        DeviceIdentity device = rogue.device("intruder", KeyAlgorithm.EC_P256);
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.UNKNOWN_SIGNER, e.reason());
        assertTrue(e.getMessage().contains("CN=intruder"), e.getMessage());
    }

    @Test
    void authorityWithSameNameButOtherKeyIsUnknown() throws Exception {
        TestPki impostor = TestPki.create(temp.resolve("other"));
        DeviceIdentity device = impostor.device("intruder", KeyAlgorithm.EC_P256);
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.UNKNOWN_SIGNER, e.reason());
    }

    @Test
    void revokedSignerIsRefused() throws Exception {
        DeviceIdentity device = pki.device("stolen", KeyAlgorithm.EC_P256);
        TrustVerifier before = pki.trust();
        pki.authority.revoke(device.certificate().orElseThrow().getSerialNumber(), Instant.now());
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.REVOKED, e.reason());
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
        // The older list does not know yet.
        assertEquals(device.certificate().orElseThrow(), before.verify(device.certificateChain()));
    }

    @Test
    void expiredSignerIsRefused() throws Exception {
        DeviceIdentity device = pki.device("old", KeyAlgorithm.EC_P256, Instant.now().minus(Duration.ofDays(30)),
                Instant.now().minus(Duration.ofDays(1)));
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.EXPIRED, e.reason());
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        // At a time inside its validity it was fine.
        pki.trust().verify(device.certificateChain(), Instant.now().minus(Duration.ofDays(2)));
    }

    @Test
    void notYetValidSignerIsRefused() throws Exception {
        DeviceIdentity device = pki.device("future", KeyAlgorithm.EC_P256, Instant.now().plus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)));
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.NOT_YET_VALID, e.reason());
        assertTrue(e.getMessage().contains("not valid before"), e.getMessage());
    }

    @Test
    void revocationOutranksExpiry() throws Exception {
        DeviceIdentity device = pki.device("old-and-lost", KeyAlgorithm.EC_P256,
                Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)));
        pki.authority.revoke(device.certificate().orElseThrow().getSerialNumber(), Instant.now());
        TrustException e = assertThrows(TrustException.class, () -> pki.trust().verify(device.certificateChain()));
        assertEquals(TrustException.Reason.REVOKED, e.reason());
    }

    @Test
    void revocationListOfAnotherAuthorityIsRefused() throws Exception {
        TestPki other = TestPki.create(temp.resolve("other"), "CN=Other CA", KeyAlgorithm.EC_P256);
        TrustException e = assertThrows(TrustException.class,
                () -> new TrustVerifier(pki.authority.certificate(), other.crl()));
        assertEquals(TrustException.Reason.CRL_INVALID, e.reason());
    }

    @Test
    void authorityItselfIsNotASigner() throws Exception {
        TrustException e = assertThrows(TrustException.class,
                () -> pki.trust().verify(List.of(pki.authority.certificate())));
        assertEquals(TrustException.Reason.UNKNOWN_SIGNER, e.reason());
    }
}
