package org.counterpart.security;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalLong;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.counterpart.security.TrustException.Reason;
import org.counterpart.security.internal.Messages;

/**
 * Rules for the authority's revocation lists: which of two is newer (CRLNumber, then thisUpdate), when
 * one is overdue (past nextUpdate), and the last package a revoked device may still have signed.
 */
public final class RevocationLists {

    /**
     * CRL entry extension (non-critical, an INTEGER): the last package sequence headquarters accepted from
     * the revoked certificate. An OID under {@code 2.25} (ITU-T X.667), so it needs no registration.
     */
    public static final ASN1ObjectIdentifier LAST_ACCEPTED_PACKAGE = new ASN1ObjectIdentifier(
            "2.25.1434167944615907165255084423635586813");

    /** Orders lists oldest first: by CRLNumber, a list without one before any with one, then by thisUpdate. */
    public static final Comparator<X509CRL> AGE = Comparator
            .comparing((X509CRL crl) -> number(crl), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(X509CRL::getThisUpdate);

    private RevocationLists() {
    }

    /** The list's CRLNumber, or {@code null} if it has none. */
    public static BigInteger number(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (value == null) {
            return null;
        }
        try {
            return CRLNumber.getInstance(ASN1OctetString.getInstance(value).getOctets()).getCRLNumber();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Refuses {@code candidate} if it is older than {@code installed}: replacing a list with an older one
     * would forget revocations.
     */
    public static void requireNotOlder(X509CRL installed, X509CRL candidate) throws TrustException {
        Objects.requireNonNull(candidate, "candidate");
        if (installed != null && AGE.compare(candidate, installed) < 0) {
            throw new TrustException(Reason.CRL_OUTDATED, Messages.format(Messages.TRUST_CRL_OLDER, describe(candidate),
                    describe(installed)));
        }
    }

    /** Whether {@code candidate} is newer than {@code installed} (or nothing is installed). */
    public static boolean isNewer(X509CRL installed, X509CRL candidate) {
        return installed == null || AGE.compare(candidate, installed) > 0;
    }

    /** Whether the list's nextUpdate has passed at {@code now}: headquarters has issued, or owes, a newer one. */
    public static boolean isOverdue(X509CRL crl, Instant now) {
        return crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant());
    }

    /** The last package sequence recorded in a revocation entry ({@link #LAST_ACCEPTED_PACKAGE}), if any. */
    public static OptionalLong lastAcceptedPackage(X509CRLEntry entry) {
        byte[] value = entry.getExtensionValue(LAST_ACCEPTED_PACKAGE.getId());
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets())
                    .longValueExact());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** "number 4 of 2026-12-04T10:00:00Z", for messages. */
    public static String describe(X509CRL crl) {
        BigInteger number = number(crl);
        return Messages.format(Messages.CRL_DESCRIPTION, number == null ? "-" : number.toString(),
                crl.getThisUpdate().toInstant());
    }
}
