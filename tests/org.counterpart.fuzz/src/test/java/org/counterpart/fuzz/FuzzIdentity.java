package org.counterpart.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;

/**
 * The fixed test identity every seed is encrypted for and signed by: a device key (EC P-256, in a
 * PKCS#12 file with a test passphrase), its headquarters CA certificate and a revocation list, all
 * under {@code identity/} next to this class and written by {@link FuzzSeeds}. Fixed, so that
 * seeds and findings stay reproducible from one run to the next. Test keys only.
 */
final class FuzzIdentity {

    static final char[] PASSPHRASE = "fuzz-test-passphrase".toCharArray();
    static final String DEVICE = "device.p12";
    static final String AUTHORITY = "ca.pem";
    static final String REVOCATIONS = "crl.pem";

    final DeviceIdentity device;
    final TrustVerifier trust;

    private FuzzIdentity(DeviceIdentity device, TrustVerifier trust) {
        this.device = device;
        this.trust = trust;
    }

    /** Loads the committed identity from the class path. */
    static FuzzIdentity load() {
        try {
            Path p12 = Files.createTempFile("counterpart-fuzz", ".p12");
            try {
                Files.write(p12, resource(DEVICE));
                DeviceIdentity device = DeviceIdentity.load(p12, PASSPHRASE);
                X509Certificate authority = CertificatePem.decode(new String(resource(AUTHORITY))).get(0);
                X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                        .generateCRL(new ByteArrayInputStream(resource(REVOCATIONS)));
                return new FuzzIdentity(device, new TrustVerifier(authority, crl));
            } finally {
                Files.delete(p12);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the fuzz identity under identity/ cannot be loaded", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FuzzIdentity.class.getResourceAsStream("identity/" + name)) {
            if (in == null) {
                throw new IOException("missing fuzz identity file identity/" + name);
            }
            return in.readAllBytes();
        }
    }
}
