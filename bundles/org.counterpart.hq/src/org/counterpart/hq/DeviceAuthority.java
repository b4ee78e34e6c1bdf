package org.counterpart.hq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javax.security.auth.x500.X500Principal;

import org.counterpart.hq.internal.Messages;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.CredentialException;
import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.IssuedCertificate;
import org.counterpart.security.RevocationReason;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageReader;

/**
 * What headquarters' authority does for the device registry: enrol a device from its certificate request (with the
 * country it works for), revoke a device's certificates with a reason, and publish the revocation list. The same steps
 * as {@code counterpart-cli authority issue}, {@code revoke --store} and {@code crl}, for the workbench.
 */
public final class DeviceAuthority {

	/** A certificate request is a few kilobytes; anything much larger is not one. */
	static final int MAX_REQUEST_BYTES = 64 * 1024;

	private final CertificateAuthority authority;

	public DeviceAuthority(CertificateAuthority authority) {
		this.authority = authority;
	}

	public CertificateAuthority authority() {
		return authority;
	}

	/**
	 * Issues a certificate for the request in {@code requestFile}, for a device working for {@code country}, and writes
	 * the chain (the device's certificate, then the authority's) to {@code chainFile}, for the device to install.
	 * Everything is checked before anything is issued: a bad request, a malformed country or a chain file that exists
	 * already changes nothing.
	 *
	 * @return the certificate issued
	 */
	public X509Certificate enrol(Path requestFile, String country, Duration validity, Path chainFile)
			throws CredentialException, IOException {
		String code = country == null ? "" : country.trim(); //$NON-NLS-1$
		if (!DeviceCountry.isCountryCode(code)) {
			throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.COUNTRY_NEEDED, code));
		}
		if (Files.exists(chainFile)) {
			throw new CredentialException(Reason.ALREADY_EXISTS, Messages.format(Messages.CHAIN_EXISTS, chainFile));
		}
		String request = readRequest(requestFile);
		X509Certificate issued = authority.issue(request, validity, code);
		Files.writeString(chainFile, CertificatePem.encode(List.of(issued, authority.certificate())),
				StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
		return issued;
	}

	private static String readRequest(Path file) throws CredentialException, IOException {
		if (!Files.isRegularFile(file)) {
			throw new CredentialException(Reason.UNREADABLE, Messages.format(Messages.REQUEST_MISSING, file));
		}
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
		}
		if (bytes.length > MAX_REQUEST_BYTES) {
			throw new CredentialException(Reason.INVALID_REQUEST, Messages.format(Messages.REQUEST_TOO_LARGE, file));
		}
		return new String(bytes, StandardCharsets.US_ASCII);
	}

	/** The certificates of the authority's register issued to {@code subject} and not revoked. */
	public List<IssuedCertificate> unrevoked(String subject) {
		X500Principal wanted = principal(subject);
		List<IssuedCertificate> found = new ArrayList<>();
		if (wanted == null) {
			return found;
		}
		for (IssuedCertificate issued : authority.issuedCertificates()) {
			if (issued.revokedAt().isEmpty() && wanted.equals(principal(issued.subject()))) {
				found.add(issued);
			}
		}
		return found;
	}

	private static X500Principal principal(String name) {
		try {
			return name == null ? null : new X500Principal(name);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * Revokes every certificate the authority issued to {@code subject} that is not revoked yet, with {@code reason}.
	 * Each revocation records the last package {@code store} accepted signed with that certificate's key, so packages up
	 * to it stay importable and any later one is refused.
	 *
	 * @return the certificates revoked, as they were before
	 * @throws CredentialException if the authority issued no unrevoked certificate to {@code subject}; nothing changes
	 */
	public List<IssuedCertificate> revoke(String subject, RevocationReason reason, WorkspaceStore store, Instant now)
			throws CredentialException, IOException, StoreException {
		List<IssuedCertificate> revoking = unrevoked(subject);
		if (revoking.isEmpty()) {
			throw new CredentialException(Reason.UNKNOWN_SERIAL, Messages.format(Messages.NOTHING_TO_REVOKE, subject));
		}
		List<OptionalLong> accepted = new ArrayList<>();
		for (IssuedCertificate issued : revoking) {
			String key = authority.publicKeyDigest(issued.serial()).orElse(null);
			accepted.add(key == null ? OptionalLong.empty()
					: OptionalLong.of(PackageReader.lastAcceptedPackage(store, key)));
		}
		for (int i = 0; i < revoking.size(); i++) {
			authority.revoke(revoking.get(i).serial(), now, accepted.get(i), reason);
		}
		return revoking;
	}

	/** Signs a revocation list valid for {@code validity} and writes it (PEM) to {@code file}, replacing it. */
	public X509CRL publish(Duration validity, Path file) throws CredentialException, IOException {
		X509CRL list = authority.issueRevocationList(validity);
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".part"); //$NON-NLS-1$
		try {
			Files.writeString(temporary, CertificatePem.encode(list), StandardCharsets.US_ASCII);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return list;
	}
}
