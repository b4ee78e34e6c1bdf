package org.counterpart.security;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The country a device works for, as headquarters certified it: the country (C) attribute of the device
 * certificate's subject, an ISO 3166-1 alpha-3 code such as {@code XVM} (the codes handling markings use in
 * their REL TO lists). Headquarters sets it when it issues the certificate
 * ({@link CertificateAuthority#issue(String, java.time.Instant, java.time.Instant, String)}); releasability
 * filtering trusts nothing else.
 * <p>
 * X.520 defines the C attribute for two-letter codes. Counterpart writes the three-letter code of the
 * markings there, so that a marking's REL TO list and a certificate name a country the same way; the
 * certificates are only read by Counterpart and by {@code openssl cms}, which do not check the length.
 * </p>
 */
public final class DeviceCountry {

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    private DeviceCountry() {
    }

    /** Whether {@code code} has the form of an ISO 3166-1 alpha-3 code: three capital letters. */
    public static boolean isCountryCode(String code) {
        return code != null && ALPHA_3.matcher(code).matches();
    }

    /**
     * The country of a certificate's subject: the value of its one C attribute if that is an alpha-3 code;
     * empty if the subject has no C attribute, several, or one of another form.
     */
    public static Optional<String> of(X509Certificate certificate) {
        return of(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    static Optional<String> of(X500Name name) {
        List<String> countries = all(name);
        return countries.size() == 1 && isCountryCode(countries.get(0)) ? Optional.of(countries.get(0))
                : Optional.empty();
    }

    /** The values of every C attribute of {@code name}, whatever their form ({@code null} for a non-string value). */
    static List<String> all(X500Name name) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (BCStyle.C.equals(attribute.getType())) {
                    values.add(text(attribute.getValue()));
                }
            }
        }
        return values;
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : null;
    }
}
