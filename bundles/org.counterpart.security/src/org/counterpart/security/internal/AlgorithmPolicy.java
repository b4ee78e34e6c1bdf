package org.counterpart.security.internal;

import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.counterpart.security.EnvelopeException;
import org.counterpart.security.EnvelopeException.Reason;

/**
 * The algorithms a package may use: exactly what {@code SignedEnvelopeWriter} writes (and
 * {@code openssl cms -sign | openssl cms -encrypt -aes-256-gcm} with default settings). Anything else is
 * refused by name, before it is used, so that no weaker choice of a sender's is ever accepted.
 */
public final class AlgorithmPolicy {

    private static final ASN1ObjectIdentifier CONTENT_ENCRYPTION = NISTObjectIdentifiers.id_aes256_GCM;
    private static final ASN1ObjectIdentifier DIGEST = NISTObjectIdentifiers.id_sha256;
    /** The authority issues EC P-256 and RSA keys; a SignerInfo names RSA PKCS#1 v1.5 either way. */
    private static final Set<ASN1ObjectIdentifier> SIGNATURES = Set.of(X9ObjectIdentifiers.ecdsa_with_SHA256,
            PKCSObjectIdentifiers.rsaEncryption, PKCSObjectIdentifiers.sha256WithRSAEncryption);
    private static final Map<ASN1ObjectIdentifier, String> CONTENT_TYPES = Map.of(
            CMSObjectIdentifiers.data, "data", CMSObjectIdentifiers.signedData, "signed data",
            CMSObjectIdentifiers.envelopedData, "enveloped data (not authenticated)",
            CMSObjectIdentifiers.authEnvelopedData, "authenticated enveloped data",
            CMSObjectIdentifiers.encryptedData, "encrypted data", CMSObjectIdentifiers.digestedData, "digested data",
            CMSObjectIdentifiers.compressedData, "compressed data", CMSObjectIdentifiers.authenticatedData,
            "authenticated data");

    private AlgorithmPolicy() {
    }

    public static void checkContentEncryption(String oid) throws EnvelopeException {
        check(CONTENT_ENCRYPTION.getId().equals(oid), "content encryption", oid, "AES-256-GCM");
    }

    public static void checkDigest(String oid) throws EnvelopeException {
        check(DIGEST.getId().equals(oid), "the digest", oid, "SHA-256");
    }

    public static void checkSignature(String oid) throws EnvelopeException {
        check(oid != null && SIGNATURES.contains(new ASN1ObjectIdentifier(oid)), "the signature algorithm", oid,
                "ECDSA with SHA-256 or RSA with SHA-256");
    }

    /** {@code expected} must be the type of content {@code what} (e.g. "signed content") holds. */
    public static void checkContentType(String what, ASN1ObjectIdentifier expected, ASN1ObjectIdentifier actual)
            throws EnvelopeException {
        if (!expected.equals(actual)) {
            throw new EnvelopeException(Reason.UNSUPPORTED_ALGORITHM, Messages.format(Messages.ENVELOPE_ALGORITHM,
                    what + " of type", contentTypeName(actual), contentTypeName(expected)));
        }
    }

    public static String contentTypeName(ASN1ObjectIdentifier type) {
        if (type == null) {
            return "(none)";
        }
        String name = CONTENT_TYPES.get(type);
        return name == null ? type.getId() : name + " (" + type.getId() + ")";
    }

    private static void check(boolean accepted, String what, String oid, String expected) throws EnvelopeException {
        if (!accepted) {
            throw new EnvelopeException(Reason.UNSUPPORTED_ALGORITHM,
                    Messages.format(Messages.ENVELOPE_ALGORITHM, what, name(oid), expected));
        }
    }

    /** The algorithm's name as Bouncy Castle knows it (e.g. {@code AES128-CBC}, {@code SHA-1}), with its OID. */
    public static String name(String oid) {
        if (oid == null) {
            return "(none)";
        }
        try {
            ASN1ObjectIdentifier identifier = new ASN1ObjectIdentifier(oid);
            DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
            return names.hasAlgorithmName(identifier) ? names.getAlgorithmName(identifier) + " (" + oid + ")" : oid;
        } catch (IllegalArgumentException e) {
            return oid;
        }
    }
}
