package org.counterpart.ui.internal.exchange;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;

/**
 * The certificates of the recipients a device knows, kept as PEM files in the folder {@value #FOLDER_NAME} of its
 * identity folder, each checked against headquarters' authority and revocation list: who a package can be written
 * for. A certificate added from a file is copied there, so it is offered again next time.
 */
final class RecipientCertificates {

	/** The folder inside the identity folder. */
	static final String FOLDER_NAME = "recipients"; //$NON-NLS-1$

	/** One known certificate, and whether headquarters' trust accepts it now (null if so, else why not). */
	record Recipient(Path file, X509Certificate certificate, String untrustedReason) {

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

	/** The certificates in the recipients folder ({@code .crt} and {@code .pem} files), sorted by file name. */
	static List<Recipient> list(DeviceIdentityFolder identity, TrustVerifier trust) throws IOException {
		Path folder = ExchangeIdentity.recipientsFolder(identity);
		List<Recipient> recipients = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return recipients;
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{crt,pem}")) { //$NON-NLS-1$
			entries.forEach(files::add);
		}
		files.sort(null);
		for (Path file : files) {
			try {
				recipients.add(check(file, DeviceIdentityFolder.readCertificates(file).get(0), trust));
			} catch (CredentialException e) {
				// not a certificate: not offered
			}
		}
		return recipients;
	}

	/**
	 * Reads a recipient's certificate from {@code file} and keeps a copy in the recipients folder.
	 *
	 * @throws IOException with a message for the user if the file holds no certificate or cannot be copied
	 */
	static Recipient add(DeviceIdentityFolder identity, Path file, TrustVerifier trust) throws IOException {
		X509Certificate certificate;
		try {
			certificate = DeviceIdentityFolder.readCertificates(file).get(0);
		} catch (CredentialException e) {
			throw new IOException(e.getMessage(), e);
		}
		Path folder = ExchangeIdentity.recipientsFolder(identity);
		Files.createDirectories(folder);
		String name = certificate.getSerialNumber().toString(16) + ".crt"; //$NON-NLS-1$
		Path kept = folder.resolve(name);
		Path temporary = Files.createTempFile(folder, name, ".tmp"); //$NON-NLS-1$
		try {
			Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return check(kept, certificate, trust);
	}

	private static Recipient check(Path file, X509Certificate certificate, TrustVerifier trust) {
		try {
			trust.verify(List.of(certificate));
			return new Recipient(file, certificate, null);
		} catch (TrustException e) {
			return new Recipient(file, certificate, e.getMessage());
		}
	}
}
