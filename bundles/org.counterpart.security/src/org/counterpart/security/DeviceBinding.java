package org.counterpart.security;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;

/**
 * What a certificate says about the device that holds its key: the workspace store's device id, bound
 * by the authority as a subjectAltName URI {@code urn:uuid:<device id>} (RFC 4122), and whether the
 * holder is one of headquarters' identities (a certificate policy only {@code authority issue --hq}
 * writes). A device certificate may only sign its own device's operations; a headquarters identity
 * relays every device's. Certificates issued before device ids were bound carry neither.
 */
public final class DeviceBinding {

    /** The URI scheme of a bound device id. */
    public static final String DEVICE_URI_PREFIX = "urn:uuid:";

    /**
     * Certificate policy of headquarters identities: an OID under {@code 2.25} (ITU-T X.667, derived from a
     * UUID), so it needs no registration and cannot collide.
     */
    public static final ASN1ObjectIdentifier HEADQUARTERS_POLICY = new ASN1ObjectIdentifier(
            "2.25.338112517213663521614179141153431204174");

    private static final int URI_NAME = 6;

    private DeviceBinding() {
    }

    /** Whether {@code deviceId} is a device id a certificate can bind: a UUID in its canonical lower-case text. */
    public static boolean isDeviceId(String deviceId) {
        try {
            return deviceId != null && UUID.fromString(deviceId).toString().equals(deviceId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The device id {@code certificate} binds, or empty for a certificate issued before ids were bound. */
    public static Optional<String> deviceId(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
        if (names == null) {
            return Optional.empty();
        }
        for (List<?> name : names) {
            if (name.size() == 2 && Integer.valueOf(URI_NAME).equals(name.get(0)) && name.get(1) instanceof String uri
                    && uri.toLowerCase(Locale.ROOT).startsWith(DEVICE_URI_PREFIX)) {
                String id = uri.substring(DEVICE_URI_PREFIX.length()).toLowerCase(Locale.ROOT);
                if (isDeviceId(id)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code certificate} is one of headquarters' identities, which may relay any device's operations. */
    public static boolean isHeadquarters(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return false;
        }
        try {
            CertificatePolicies policies = CertificatePolicies
                    .getInstance(ASN1OctetString.getInstance(extension).getOctets());
            return policies.getPolicyInformation(HEADQUARTERS_POLICY) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
