package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.List;

import org.counterpart.hq.DeviceAuthority;
import org.counterpart.security.IssuedCertificate;
import org.counterpart.security.RevocationReason;
import org.eclipse.swt.widgets.Shell;

/**
 * What the {@link DeviceRegistryView}'s enrolment, revocation and revocation list need: headquarters' authority and
 * the store. The workbench's is {@link WorkbenchAuthorityService}.
 */
public interface AuthorityService {

	/**
	 * Headquarters' authority, unlocked, in the user interface thread (the user is asked for its folder and passphrase
	 * the first time).
	 *
	 * @return {@code null} when the user cancelled or the authority cannot be opened (the user was told why)
	 */
	DeviceAuthority authority(Shell shell);

	/** Revokes the certificates of {@code subject}, see {@link DeviceAuthority#revoke}, with the store open. */
	List<IssuedCertificate> revoke(DeviceAuthority authority, String subject, RevocationReason reason)
			throws IOException;

	/** Takes the device certificate of the chain just written to {@code chainFile} among those headquarters knows. */
	void enrolled(Path chainFile) throws IOException;

	/** Installs the revocation list just published, so that baselines carry it. */
	void published(X509CRL list) throws IOException;

	/** Lets go of the authority. */
	void dispose();
}
