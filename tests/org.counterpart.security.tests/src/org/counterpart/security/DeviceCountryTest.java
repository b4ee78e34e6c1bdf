package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headquarters certifies the country a device works for in the C attribute of its certificate. */
class DeviceCountryTest {

    @TempDir
    Path temp;

    private TestPki pki;

    @BeforeEach
    void setUp() throws Exception {
        pki = TestPki.create(temp);
    }

    private static String request(String subject) throws Exception {
        return DeviceIdentity.generate(KeyAlgorithm.EC_P256).certificationRequestPem(subject);
    }

    @Test
    void anIssuedCountryIsInTheSubjectAndReadBack() throws Exception {
        X509Certificate issued = pki.authority.issue(request("CN=xvm-liaison,O=Counterpart"), Duration.ofDays(30), "XVM");

        assertEquals("CN=xvm-liaison,O=Counterpart,C=XVM", issued.getSubjectX500Principal().getName());
        assertEquals(Optional.of("XVM"), DeviceCountry.of(issued));
        issued.verify(pki.authority.certificate().getPublicKey());
        pki.trust().verify(List.of(issued));
        assertEquals("CN=xvm-liaison,O=Counterpart,C=XVM", pki.authority.issuedCertificates().get(0).subject());

        Path file = pki.writeCertificate("xvm-liaison", issued);
        Path subject = temp.resolve("subject.txt");
        TestPki.ProcessResult openssl = TestPki.run(null, subject, "openssl", "x509", "-in", file.toString(), "-noout",
                "-subject", "-nameopt", "RFC2253");
        assertEquals(0, openssl.exitCode(), openssl.errors());
        assertTrue(Files.readString(subject).contains("C=XVM"), Files.readString(subject));
    }

    @Test
    void withoutCountryThereIsNone() throws Exception {
        X509Certificate issued = pki.authority.issue(request("CN=hq-server,O=Counterpart"), Duration.ofDays(30));
        assertEquals(Optional.empty(), DeviceCountry.of(issued));
    }

    @Test
    void aRequestThatNamesItsOwnCountryIsRefusedUnlessHeadquartersNamesTheSame() throws Exception {
        String selfDeclared = request("CN=laptop-9,O=Counterpart,C=USA");
        CredentialException unasked = assertThrows(CredentialException.class,
                () -> pki.authority.issue(selfDeclared, Duration.ofDays(30)));
        assertEquals(CredentialException.Reason.INVALID_REQUEST, unasked.reason());
        assertTrue(unasked.getMessage().contains("names the country USA itself"), unasked.getMessage());
        assertThrows(CredentialException.class, () -> pki.authority.issue(selfDeclared, Duration.ofDays(30), "XVM"));
        assertTrue(pki.authority.issuedCertificates().isEmpty(), "nothing was issued");

        X509Certificate same = pki.authority.issue(selfDeclared, Duration.ofDays(30), "USA");
        assertEquals("CN=laptop-9,O=Counterpart,C=USA", same.getSubjectX500Principal().getName());
        assertEquals(Optional.of("USA"), DeviceCountry.of(same));
    }

    @Test
    void aCountryCodeMustBeThreeCapitalLetters() throws Exception {
        for (String code : List.of("XV", "xvm", "XVMX", "X1M", "")) {
            assertFalse(DeviceCountry.isCountryCode(code), code);
            CredentialException refused = assertThrows(CredentialException.class,
                    () -> pki.authority.issue(request("CN=laptop-3"), Duration.ofDays(30), code));
            assertTrue(refused.getMessage().contains("alpha-3"), refused.getMessage());
        }
        assertTrue(pki.authority.issuedCertificates().isEmpty(), "nothing was issued");
        assertTrue(DeviceCountry.isCountryCode("XVM"));
    }
}
