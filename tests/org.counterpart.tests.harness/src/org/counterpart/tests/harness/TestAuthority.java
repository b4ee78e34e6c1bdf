package org.counterpart.tests.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.TrustVerifier;

/**
 * A headquarters certificate authority in a test folder that issues device identities (bound to a store's device id,
 * for a country, or one of headquarters' own) and sets up identity folders as enrolment leaves them: the device key
 * with its chain, the authority's certificate and its revocation list. For tests that exchange packages.
 */
public final class TestAuthority {

	private static final char[] CA_PASSPHRASE = "test authority passphrase".toCharArray();

	private final CertificateAuthority authority;

	private TestAuthority(CertificateAuthority authority) {
		this.authority = authority;
	}

	/** A new authority kept in {@code directory} (which must not hold one). */
	public static TestAuthority create(Path directory) throws Exception {
		return new TestAuthority(CertificateAuthority.create(directory, "CN=Counterpart Test HQ CA,O=Counterpart",
				KeyAlgorithm.EC_P256, Duration.ofDays(3650), CA_PASSPHRASE.clone()));
	}

	public CertificateAuthority authority() {
		return authority;
	}

	public X509Certificate certificate() {
		return authority.certificate();
	}

	/**
	 * A device identity with a certificate valid from a few minutes ago for a year.
	 *
	 * @param deviceId     the store device id the certificate binds, or null for none
	 * @param country      ISO 3166-1 alpha-3 code the certificate names, or null
	 * @param headquarters whether it is one of headquarters' identities
	 */
	public DeviceIdentity issue(String commonName, String deviceId, String country, boolean headquarters)
			throws Exception {
		DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
		String subject = "CN=" + commonName + ",OU=" + (headquarters ? "Headquarters" : "Field") + ",O=Counterpart";
		String request = deviceId == null ? identity.certificationRequestPem(subject)
				: identity.certificationRequestPem(subject, deviceId);
		X509Certificate issued = authority.issue(request, Instant.now().minus(Duration.ofMinutes(5)),
				Instant.now().plus(Duration.ofDays(365)), country, headquarters);
		identity.installCertificateChain(List.of(issued, authority.certificate()));
		return identity;
	}

	/** A revocation list valid for a week. */
	public X509CRL revocationList() throws Exception {
		return authority.issueRevocationList(Duration.ofDays(7));
	}

	/** The trust a device of this authority has: its certificate and a fresh revocation list. */
	public TrustVerifier trust() throws Exception {
		return new TrustVerifier(authority.certificate(), revocationList());
	}

	/**
	 * Fills {@code folder} as an enrolled device's identity folder: {@code identity} in its key store under
	 * {@code passphrase}, the authority's certificate and a fresh revocation list (files already there are replaced).
	 */
	public void install(DeviceIdentityFolder folder, DeviceIdentity identity, char[] passphrase) throws Exception {
		Files.createDirectories(folder.directory());
		Files.deleteIfExists(folder.revocationListFile());
		identity.save(folder.keyStore(), passphrase.clone());
		folder.installAuthority(authority.certificate());
		folder.installRevocationList(revocationList());
	}

	/** Writes {@code certificate} as a PEM file. */
	public static Path writePem(X509Certificate certificate, Path file) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, CertificatePem.encode(List.of(certificate)), StandardCharsets.US_ASCII);
		return file;
	}
}
