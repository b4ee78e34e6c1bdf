package org.counterpart.hq.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.RevocationReason;
import org.counterpart.tests.harness.FieldPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrolment, revocation with a reason and the revocation list as the device registry does them: a device enrolled from
 * its request file with a country, bad requests and countries refused with nothing issued, and a revocation whose
 * reason and last accepted package reach the published list.
 */
class DeviceAuthorityTest {

	@TempDir
	Path dir;

	private FieldPackages field;
	private DeviceAuthority authority;

	@BeforeEach
	void setUp() throws Exception {
		field = new FieldPackages(dir, 3, 0, 0, new int[] { 1, 1 }, new int[] { 1, 1 });
		authority = new DeviceAuthority(field.authority.authority());
	}

	@AfterEach
	void tearDown() throws Exception {
		field.close();
	}

	@Test
	void enrolsADeviceFromItsRequestWithItsCountry() throws Exception {
		DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		String deviceId = java.util.UUID.randomUUID().toString();
		Path request = Files.writeString(dir.resolve("laptop-9.csr"),
				device.certificationRequestPem("CN=laptop-9,OU=Field,O=Counterpart", deviceId));
		Path chain = dir.resolve("laptop-9.chain.pem");
		X509Certificate issued = authority.enrol(request, "XVM", Duration.ofDays(365), chain);

		assertEquals("XVM", DeviceCountry.of(issued).orElseThrow());
		assertEquals(deviceId, DeviceBinding.deviceId(issued).orElseThrow());
		assertEquals(device.publicKey(), issued.getPublicKey());
		List<X509Certificate> written = DeviceIdentityFolder.readCertificates(chain);
		assertEquals(List.of(issued, field.authority.certificate()), written);
		device.installCertificateChain(written);
		field.authority.trust().verify(device.certificateChain());

		org.counterpart.hq.DeviceRow row = org.counterpart.hq.DeviceRegistry.rows(field.store, List.of(issued)).stream()
				.filter(r -> r.deviceId().equals(deviceId)).findFirst().orElseThrow();
		assertEquals(issued.getSubjectX500Principal().getName(), row.name(), "listed before it sent anything");
		assertEquals(issued.getNotAfter().toInstant(), row.expiry());
		assertEquals(0, row.operations());
	}

	@Test
	void aBadRequestOrCountryIssuesNothing() throws Exception {
		int before = authority.authority().issuedCertificates().size();
		Path garbage = Files.writeString(dir.resolve("garbage.csr"), "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n");
		Path chain = dir.resolve("out.pem");
		CredentialException bad = assertThrows(CredentialException.class,
				() -> authority.enrol(garbage, "XVM", Duration.ofDays(30), chain));
		assertEquals(CredentialException.Reason.INVALID_REQUEST, bad.reason());

		DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		Path request = Files.writeString(dir.resolve("good.csr"), device.certificationRequestPem("CN=laptop-8"));
		CredentialException country = assertThrows(CredentialException.class,
				() -> authority.enrol(request, "xv", Duration.ofDays(30), chain));
		assertTrue(country.getMessage().contains("'xv' is not a country code"), country.getMessage());
		assertThrows(CredentialException.class,
				() -> authority.enrol(dir.resolve("missing.csr"), "XVM", Duration.ofDays(30), chain));
		Files.writeString(chain, "kept");
		CredentialException exists = assertThrows(CredentialException.class,
				() -> authority.enrol(request, "XVM", Duration.ofDays(30), chain));
		assertTrue(exists.getMessage().contains("exists already"), exists.getMessage());
		assertEquals("kept", Files.readString(chain), "the file that was there is kept");
		assertEquals(before, authority.authority().issuedCertificates().size(), "nothing was issued");
	}

	@Test
	void revokesADevicesCertificatesWithTheReasonThatTheListCarries() throws Exception {
		DeviceIdentity device = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		Path request = Files.writeString(dir.resolve("laptop-7.csr"),
				device.certificationRequestPem("CN=laptop-7,OU=Field,O=Counterpart", java.util.UUID.randomUUID().toString()));
		X509Certificate issued = authority.enrol(request, "XVM", Duration.ofDays(365), dir.resolve("laptop-7.pem"));
		String subject = issued.getSubjectX500Principal().getName();
		assertEquals(1, authority.unrevoked(subject).size());

		assertEquals(List.of(issued.getSerialNumber()),
				authority.revoke(subject, RevocationReason.KEY_COMPROMISE, field.store, Instant.now()).stream()
						.map(c -> c.serial()).toList());
		assertTrue(authority.unrevoked(subject).isEmpty());
		assertThrows(CredentialException.class,
				() -> authority.revoke(subject, RevocationReason.SUPERSEDED, field.store, Instant.now()),
				"nothing left to revoke");

		Path file = dir.resolve("hq.crl");
		X509CRL published = authority.publish(Duration.ofDays(7), file);
		X509CRL read = (X509CRL) CertificateFactory.getInstance("X.509")
				.generateCRL(new ByteArrayInputStream(Files.readAllBytes(file)));
		assertEquals(published, read);
		assertEquals(CRLReason.KEY_COMPROMISE, read.getRevokedCertificate(issued).getRevocationReason());
		assertEquals(java.util.OptionalLong.of(0), authority.authority().lastAcceptedPackage(issued.getSerialNumber()),
				"no package of it was accepted");
		assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
	}
}
