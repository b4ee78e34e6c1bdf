package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KnownCertificates;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;

/**
 * Who a package can be written for: the devices and headquarters identities this device knows
 * ({@link KnownCertificates}, the same certificates the Trust view lists), each checked against headquarters'
 * authority and revocation list as the Trust view checks it. A certificate added from the export wizard is installed
 * there, so both offer it from then on.
 */
final class RecipientCertificates {

	/** One known certificate, and whether headquarters' trust accepts it now (null if so, else why not). */
	record Recipient(X509Certificate certificate, String untrustedReason) {

		boolean trusted() {
			return untrustedReason == null;
		}

		String subject() {
			return certificate.getSubjectX500Principal().getName();
		}

		Optional<String> country() {
			return DeviceCountry.of(certificate);
		}

		boolean headquarters() {
			return DeviceBinding.isHeadquarters(certificate);
		}
	}

	private RecipientCertificates() {
	}

	/** The known certificates, in the Trust view's order, each with its state now. */
	static List<Recipient> list(DeviceIdentityFolder identity, TrustVerifier trust) throws IOException {
		List<Recipient> recipients = new ArrayList<>();
		for (X509Certificate known : new KnownCertificates(identity).list()) {
			recipients.add(check(known, trust));
		}
		return recipients;
	}

	/**
	 * Installs the certificate in {@code file} as known, if the device's trust accepts it now.
	 *
	 * @throws IOException with a message for the user if the file holds no certificate, it is not trusted, or it
	 *                     cannot be kept; nothing is kept then
	 */
	static Recipient add(DeviceIdentityFolder identity, Path file, TrustVerifier trust) throws IOException {
		try {
			return new Recipient(new KnownCertificates(identity).install(file, trust), null);
		} catch (GeneralSecurityException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static Recipient check(X509Certificate certificate, TrustVerifier trust) {
		try {
			trust.verify(List.of(certificate, trust.authority()));
			return new Recipient(certificate, null);
		} catch (TrustException e) {
			return new Recipient(certificate, e.getMessage());
		}
	}
}
