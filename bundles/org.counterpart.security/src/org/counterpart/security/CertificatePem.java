package org.counterpart.security;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.PemCodec;

/** PEM text of certificates and revocation lists, for files exchanged between devices and headquarters. */
public final class CertificatePem {

    private CertificatePem() {
    }

    public static String encode(List<X509Certificate> certificates) {
        return PemCodec.encode(certificates.toArray());
    }

    public static String encode(X509CRL crl) {
        return PemCodec.encode(crl);
    }

    /** All certificates in {@code pem}, in order. */
    public static List<X509Certificate> decode(String pem) throws CredentialException {
        try {
            List<X509Certificate> certificates = PemCodec.readCertificates(pem);
            if (certificates.isEmpty()) {
                throw new CredentialException(CredentialException.Reason.UNREADABLE, Messages.CHAIN_EMPTY);
            }
            return certificates;
        } catch (CredentialException e) {
            throw e;
        } catch (Exception e) {
            throw new CredentialException(CredentialException.Reason.UNREADABLE, Messages.CHAIN_EMPTY);
        }
    }
}
