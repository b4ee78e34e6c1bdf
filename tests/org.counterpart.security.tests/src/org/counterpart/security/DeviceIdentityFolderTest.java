package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identity folder shared by the workbench and the command line: revocation lists only move forward and must be the
 * authority's, damaged files are refused with their name, and the answer from headquarters is checked whole before
 * anything is written.
 */
class DeviceIdentityFolderTest {

    private static final char[] PASSPHRASE = "device-folder-test-passphrase".toCharArray();

    @TempDir
    Path temp;

    @Test
    void anOlderRevocationListIsRefusedAndTheInstalledFileStaysAsItWas() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        folder.installAuthority(pki.authority.certificate());
        X509CRL older = pki.crl();
        X509CRL newer = pki.crl();
        folder.installRevocationList(newer);
        byte[] installed = Files.readAllBytes(folder.revocationListFile());

        TrustException refused = assertThrows(TrustException.class, () -> folder.installRevocationList(older));
        assertEquals(TrustException.Reason.CRL_OUTDATED, refused.reason());
        assertTrue(refused.getMessage().contains("is older than the one installed"), refused.getMessage());
        assertArrayEquals(installed, Files.readAllBytes(folder.revocationListFile()), "the installed list is unchanged");

        Path olderFile = write("older.crl", CertificatePem.encode(older));
        TrustException inFile = assertThrows(TrustException.class,
                () -> HeadquartersAnswer.installRevocationList(folder, olderFile));
        assertTrue(inFile.getMessage().startsWith(olderFile + ": The revocation list (number "), inFile.getMessage());
        assertTrue(inFile.getMessage().endsWith(" Nothing was changed."), inFile.getMessage());
        assertArrayEquals(installed, Files.readAllBytes(folder.revocationListFile()));
        assertEquals(RevocationLists.number(newer), RevocationLists.number(folder.installedRevocationList()));
    }

    @Test
    void aRevocationListNotSignedByTheAuthorityIsRefused() throws Exception {
        TestPki pki = TestPki.create(temp);
        TestPki other = TestPki.create(temp, "CN=Some Other CA,O=Elsewhere", KeyAlgorithm.EC_P256);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        folder.installAuthority(pki.authority.certificate());
        folder.installRevocationList(pki.crl());
        byte[] installed = Files.readAllBytes(folder.revocationListFile());

        TrustException refused = assertThrows(TrustException.class, () -> folder.installRevocationList(other.crl()));
        assertEquals(TrustException.Reason.CRL_INVALID, refused.reason());
        Path foreign = write("foreign.crl", CertificatePem.encode(other.crl()));
        TrustException inFile = assertThrows(TrustException.class,
                () -> HeadquartersAnswer.installRevocationList(folder, foreign));
        assertEquals("The revocation list " + foreign + " is not signed by CN=Counterpart Test HQ CA,O=Counterpart."
                + " Nothing was installed.", inFile.getMessage());
        assertArrayEquals(installed, Files.readAllBytes(folder.revocationListFile()));
    }

    @Test
    void garbageCertificateAndListFilesGetAClearErrorNamingTheFile() throws Exception {
        Path garbage = temp.resolve("garbage.pem");
        Files.write(garbage, new byte[] { 0, (byte) 0xff, (byte) 0xfe, 'x', '\n', (byte) 0x80 });
        CredentialException certificate = assertThrows(CredentialException.class,
                () -> DeviceIdentityFolder.readCertificates(garbage));
        assertEquals(garbage + " holds no PEM certificate.", certificate.getMessage());
        Path text = write("notes.txt", "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n");
        assertEquals(text + " holds no PEM certificate.",
                assertThrows(CredentialException.class, () -> DeviceIdentityFolder.readCertificates(text)).getMessage());
        CredentialException list = assertThrows(CredentialException.class,
                () -> DeviceIdentityFolder.readRevocationList(garbage));
        assertTrue(list.getMessage().startsWith(garbage + " holds no revocation list"), list.getMessage());

        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        try (UnlockedDevice device = UnlockedDevice.createInFile(folder, KeyAlgorithm.EC_P256, PASSPHRASE)) {
            CredentialException answer = assertThrows(CredentialException.class,
                    () -> HeadquartersAnswer.read(folder, garbage, garbage, null));
            assertEquals(garbage + " holds no PEM certificate.", answer.getMessage());
        }
    }

    @Test
    void theAnswerFromHeadquartersIsInstalledWithTheKeyAndKeptForTheStatus() throws Exception {
        TestPki pki = TestPki.create(temp);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        String deviceId = UUID.randomUUID().toString();
        Path chainFile;
        try (UnlockedDevice device = UnlockedDevice.createInFile(folder, KeyAlgorithm.EC_P256, PASSPHRASE)) {
            assertTrue(UnlockedDevice.hasKey(folder));
            String request = device.identity().certificationRequestPem("CN=laptop-9,O=Counterpart", deviceId);
            X509Certificate issued = pki.authority.issue(request, Instant.now().minus(Duration.ofMinutes(5)),
                    Instant.now().plus(Duration.ofDays(20)), "XVM");
            chainFile = write("chain.pem", CertificatePem.encode(List.of(issued, pki.authority.certificate())));
        }
        CredentialException twice = assertThrows(CredentialException.class,
                () -> UnlockedDevice.createInFile(folder, KeyAlgorithm.EC_P256, PASSPHRASE));
        assertEquals(folder.keyStore() + " exists already; a device has one key. Nothing was changed.", twice.getMessage());

        DeviceStatus before = DeviceStatus.of(folder, Instant.now());
        assertEquals(List.of(DeviceStatus.Warning.NO_CERTIFICATE, DeviceStatus.Warning.NO_AUTHORITY), before.warnings());

        Path caFile = write("ca.crt", CertificatePem.encode(List.of(pki.authority.certificate())));
        Path crlFile = write("crl.pem", CertificatePem.encode(pki.crl()));
        HeadquartersAnswer answer = HeadquartersAnswer.read(folder, chainFile, caFile, crlFile);
        try (UnlockedDevice device = UnlockedDevice.unlock(folder, PASSPHRASE)) {
            answer.install(device);
        }
        try (UnlockedDevice device = UnlockedDevice.unlock(folder, PASSPHRASE)) {
            assertEquals("CN=laptop-9,O=Counterpart,C=XVM",
                    device.identity().certificate().orElseThrow().getSubjectX500Principal().getName());
        }
        DeviceStatus status = DeviceStatus.of(folder, Instant.now());
        assertEquals(DeviceStatus.KeyLocation.FILE, status.keyLocation());
        assertEquals("XVM", status.country().orElseThrow());
        assertEquals(deviceId, status.deviceId().orElseThrow());
        assertEquals(19L, status.daysToExpiry().orElseThrow());
        assertEquals(List.of(DeviceStatus.Warning.CERTIFICATE_EXPIRES_SOON), status.warnings());
        assertEquals(0, status.revokedCount());
        assertFalse(status.revocationListNumber().isEmpty());
        DeviceStatus later = DeviceStatus.of(folder, Instant.now().plus(Duration.ofDays(8)));
        assertTrue(later.warnings().contains(DeviceStatus.Warning.REVOCATION_LIST_OVERDUE), later.warnings().toString());
    }

    @Test
    void aCertificateForAnotherKeyOrFromAnotherAuthorityChangesNothing() throws Exception {
        TestPki pki = TestPki.create(temp);
        TestPki other = TestPki.create(temp, "CN=Some Other CA,O=Elsewhere", KeyAlgorithm.EC_P256);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        UnlockedDevice.createInFile(folder, KeyAlgorithm.EC_P256, PASSPHRASE).close();
        byte[] keyStore = Files.readAllBytes(folder.keyStore());
        Path caFile = write("ca.crt", CertificatePem.encode(List.of(pki.authority.certificate())));

        DeviceIdentity stranger = pki.device("stranger", KeyAlgorithm.EC_P256);
        Path strangersChain = write("stranger.pem", CertificatePem.encode(stranger.certificateChain()));
        HeadquartersAnswer wrongKey = HeadquartersAnswer.read(folder, strangersChain, caFile, null);
        try (UnlockedDevice device = UnlockedDevice.unlock(folder, PASSPHRASE)) {
            CredentialException refused = assertThrows(CredentialException.class, () -> wrongKey.install(device));
            assertEquals(CredentialException.Reason.KEY_MISMATCH, refused.reason());
            assertEquals("The certificate for CN=stranger,OU=Field,O=Counterpart does not belong to this device key.",
                    refused.getMessage());
        }
        DeviceIdentity foreign = other.device("foreign", KeyAlgorithm.EC_P256);
        Path foreignChain = write("foreign.pem", CertificatePem.encode(foreign.certificateChain()));
        TrustException notIssued = assertThrows(TrustException.class,
                () -> HeadquartersAnswer.read(folder, foreignChain, caFile, null));
        assertEquals("The certificate in " + foreignChain + " was not issued by the authority"
                + " CN=Counterpart Test HQ CA,O=Counterpart. Nothing was installed.", notIssued.getMessage());
        CredentialException deviceAsAuthority = assertThrows(CredentialException.class,
                () -> HeadquartersAnswer.read(folder, strangersChain, strangersChain, null));
        assertTrue(deviceAsAuthority.getMessage().contains("is not a certificate authority's"),
                deviceAsAuthority.getMessage());

        assertArrayEquals(keyStore, Files.readAllBytes(folder.keyStore()), "device.p12 is unchanged");
        assertFalse(folder.hasAuthority(), "no CA certificate was installed");
        assertFalse(Files.exists(folder.deviceCertificateFile()));
    }

    @Test
    void knownCertificatesAreTakenOnlyWhenTrustedAndCanBeForgotten() throws Exception {
        TestPki pki = TestPki.create(temp);
        TestPki other = TestPki.create(temp, "CN=Some Other CA,O=Elsewhere", KeyAlgorithm.EC_P256);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        KnownCertificates known = new KnownCertificates(folder);
        DeviceIdentity colleague = pki.device("colleague", KeyAlgorithm.EC_P256);
        Path colleagueFile = write("colleague.pem", CertificatePem.encode(colleague.certificateChain()));
        Path foreignFile = write("foreign.pem",
                CertificatePem.encode(other.device("foreign", KeyAlgorithm.EC_P256).certificateChain()));

        X509Certificate taken = known.install(colleagueFile, pki.trust());
        assertEquals(List.of(taken), known.list());
        TrustException refused = assertThrows(TrustException.class, () -> known.install(foreignFile, pki.trust()));
        assertEquals(TrustException.Reason.UNKNOWN_SIGNER, refused.reason());
        assertEquals(1, known.list().size(), "an untrusted certificate is not taken");
        assertTrue(known.remove(taken));
        assertTrue(known.list().isEmpty());
    }

    @Test
    void recipientsKeptInTheOlderFolderAreMovedOnceIntoTheKnownCertificates() throws Exception {
        TestPki pki = TestPki.create(temp);
        TestPki other = TestPki.create(temp, "CN=Some Other CA,O=Elsewhere", KeyAlgorithm.EC_P256);
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        Path older = Files.createDirectories(folder.directory().resolve(KnownCertificates.OLDER_FOLDER));
        X509Certificate colleague = pki.device("colleague", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        X509Certificate foreign = other.device("foreign", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        X509Certificate alreadyKnown = pki.device("known", KeyAlgorithm.EC_P256).certificate().orElseThrow();
        Files.writeString(older.resolve("colleague.crt"), CertificatePem.encode(List.of(colleague)));
        Files.writeString(older.resolve("foreign.pem"), CertificatePem.encode(List.of(foreign)));
        Files.writeString(older.resolve("again.crt"), CertificatePem.encode(List.of(alreadyKnown)));
        Files.writeString(older.resolve("damaged.crt"), "-----BEGIN CERTIFICATE-----\nnot base64\n");
        KnownCertificates known = new KnownCertificates(folder);
        known.install(write("known.pem", CertificatePem.encode(List.of(alreadyKnown))), pki.trust());

        List<X509Certificate> listed = known.list();
        assertEquals(3, listed.size(), listed.toString());
        assertTrue(listed.containsAll(List.of(colleague, foreign, alreadyKnown)));
        try (var left = Files.list(older)) {
            assertEquals(List.of(older.resolve("damaged.crt")), left.toList(), "only what is no certificate stays behind");
        }
        try (var kept = Files.list(known.directory())) {
            assertEquals(3, kept.count(), "one file per certificate, the known one not doubled");
        }
        assertTrue(known.remove(foreign), "a moved certificate is removed like any known one");
        assertFalse(known.list().contains(foreign), "it does not come back from the older folder");

        Files.delete(older.resolve("damaged.crt"));
        known.list();
        assertFalse(Files.exists(older), "the emptied older folder goes");
    }

    @Test
    void aTokenChoiceIsRememberedWithoutSecrets() throws Exception {
        DeviceIdentityFolder folder = new DeviceIdentityFolder(temp.resolve("identity"));
        DeviceTokenChoice choice = new DeviceTokenChoice(Path.of("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so"),
                "Officer's card é");
        choice.write(folder);
        assertEquals(choice, DeviceTokenChoice.read(folder).orElseThrow());
        Files.writeString(folder.directory().resolve(DeviceTokenChoice.FILE), "pkcs11.module=\n");
        CredentialException damaged = assertThrows(CredentialException.class, () -> DeviceTokenChoice.read(folder));
        assertTrue(damaged.getMessage().contains("must name the PKCS#11 module and the token label"), damaged.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        return file;
    }
}
