package org.counterpart.security;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAuthEnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSSignedDataParser;
import org.bouncycastle.cms.CMSTypedStream;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoVerifierBuilder;
import org.counterpart.security.EnvelopeException.Reason;
import org.counterpart.security.internal.AlgorithmPolicy;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.EnvelopeFailures;
import org.counterpart.security.internal.GuardedInputStream;
import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.RecipientInfos;
import org.counterpart.security.internal.StreamStage;

/**
 * Reads a package written by {@link SignedEnvelopeWriter} or by
 * {@code openssl cms -sign | openssl cms -encrypt -aes-256-gcm}, streaming, with bounded memory.
 *
 * <p><b>Content is unverified until {@link #verify(TrustVerifier)} returns.</b> The GCM tag and the
 * signature can only be checked at the end of the stream, so the bytes of
 * {@link #unverifiedContent()} may be forged or truncated. A caller must only stage them (for
 * example in an uncommitted store transaction), read them to the end, call {@code verify}, and
 * discard everything it staged unless {@code verify} returns normally. {@link #read} packages this
 * contract for callers that can produce one result from the content.
 */
public final class SignedEnvelopeReader implements Closeable {

    /** Consumes unverified content and produces a staged result that is only released after verification. */
    @FunctionalInterface
    public interface ContentHandler<T> {
        T stage(InputStream unverifiedContent) throws IOException;
    }

    /** A result that was produced from content that then verified, with its signer. */
    public record Verified<T>(T result, VerifiedSigner signer) {
    }

    private final InputStream source;
    private final InputStream decryption;
    private final CMSAuthEnvelopedDataParser envelope;
    private final GuardedInputStream decrypted;
    private final CMSSignedDataParser signedData;
    private final GuardedInputStream content;
    private boolean verified;

    private SignedEnvelopeReader(InputStream source, InputStream decryption, CMSAuthEnvelopedDataParser envelope,
            GuardedInputStream decrypted, CMSSignedDataParser signedData, GuardedInputStream content) {
        this.source = source;
        this.decryption = decryption;
        this.envelope = envelope;
        this.decrypted = decrypted;
        this.signedData = signedData;
        this.content = content;
    }

    /**
     * Opens a package for {@code recipient}: parses the envelope header, unwraps the content key
     * and parses the SignedData header. Nothing is verified yet.
     *
     * @throws EnvelopeException if the input is not such a package, or not addressed to the recipient
     */
    public static SignedEnvelopeReader open(InputStream in, DeviceIdentity recipient)
            throws EnvelopeException, CredentialException {
        X509Certificate recipientCertificate = recipient.certificate().orElseThrow(
                () -> new CredentialException(CredentialException.Reason.NO_CERTIFICATE, Messages.NO_CERTIFICATE));
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        InputStream decryption = null;
        try {
            checkContentType(buffered);
            CMSAuthEnvelopedDataParser envelope = new CMSAuthEnvelopedDataParser(buffered);
            AlgorithmPolicy.checkContentEncryption(envelope.getEncAlgOID());
            X509CertificateHolder holder = new JcaX509CertificateHolder(recipientCertificate);
            RecipientInformation match = null;
            for (RecipientInformation information : envelope.getRecipientInfos().getRecipients()) {
                if (information.getRID().match(holder)) {
                    match = information;
                    break;
                }
            }
            if (match == null) {
                throw new EnvelopeException(Reason.NOT_A_RECIPIENT, Messages.format(Messages.ENVELOPE_NOT_RECIPIENT,
                        recipientCertificate.getSubjectX500Principal().getName()));
            }
            Recipient unwrapper = RecipientInfos.forKey(match, recipient.privateKey(), recipient.keyProvider(),
                    recipientCertificate);
            if (unwrapper == null && recipient.isOnToken()) {
                throw new CredentialException(CredentialException.Reason.UNSUPPORTED_KEY,
                        Messages.TOKEN_DECRYPT_UNSUPPORTED);
            }
            if (unwrapper == null) {
                throw new EnvelopeException(Reason.UNSUPPORTED,
                        Messages.format(Messages.ENVELOPE_UNSUPPORTED, match.getClass().getSimpleName()));
            }
            CMSTypedStream typed = match.getContentStream(unwrapper);
            // the writer, like openssl cms -encrypt, labels the encrypted SignedData as opaque data
            AlgorithmPolicy.checkContentType("encrypted content", CMSObjectIdentifiers.data, typed.getContentType());
            // decryption runs on a thread of its own, the signature check on the caller's; only close() stops it
            decryption = StreamStage.readAhead(typed.getContentStream(), "Counterpart package decryption");
            GuardedInputStream decrypted = new GuardedInputStream(decryption, false);
            CMSSignedDataParser signedData = new CMSSignedDataParser(CryptoProviders.digests(), decrypted);
            CMSTypedStream signedContent = signedData.getSignedContent();
            if (signedContent == null) {
                throw new EnvelopeException(Reason.UNSUPPORTED,
                        Messages.format(Messages.ENVELOPE_UNSUPPORTED, "detached signature"));
            }
            AlgorithmPolicy.checkContentType("signed content", CMSObjectIdentifiers.data, signedContent.getContentType());
            for (AlgorithmIdentifier digest : signedData.getDigestAlgorithmIDs()) {
                AlgorithmPolicy.checkDigest(digest.getAlgorithm().getId());
            }
            return new SignedEnvelopeReader(buffered, decryption, envelope, decrypted, signedData,
                    new GuardedInputStream(signedContent.getContentStream()));
        } catch (EnvelopeException | CredentialException e) {
            closeQuietly(decryption);
            closeQuietly(buffered);
            throw e;
        } catch (Exception e) {
            closeQuietly(decryption);
            closeQuietly(buffered);
            if (e.getClass().getName().startsWith("org.bouncycastle.cms.CMSException")
                    && String.valueOf(e.getMessage()).contains("key")) {
                // The key could not be unwrapped: the recipient info was altered or the key is not ours.
                throw new EnvelopeException(Reason.TAMPERED, Messages.ENVELOPE_TAMPERED, e);
            }
            throw EnvelopeFailures.classify(e);
        }
    }

    /**
     * Reads a package in one call: {@code handler} stages the content, the package is verified, and
     * only then is the staged result returned. If verification fails the exception propagates and
     * the caller must discard what the handler staged.
     */
    public static <T> Verified<T> read(InputStream in, DeviceIdentity recipient, TrustVerifier trust,
            ContentHandler<T> handler) throws IOException, CredentialException, TrustException {
        try (SignedEnvelopeReader reader = open(in, recipient)) {
            T staged = handler.stage(reader.unverifiedContent());
            reader.unverifiedContent().transferTo(java.io.OutputStream.nullOutputStream());
            VerifiedSigner signer = reader.verify(trust);
            return new Verified<>(staged, signer);
        }
    }

    /**
     * The inner content, decrypted as it is read. <b>Unverified</b>: see the class comment. Read it
     * to its end before calling {@link #verify(TrustVerifier)}.
     */
    public InputStream unverifiedContent() {
        return content;
    }

    /**
     * Checks the package after its content has been read to the end: the signature over the
     * content, the GCM tag over the whole envelope, and the signer's trust.
     *
     * @return the verified signer; only now may the content read be acted upon
     * @throws IllegalStateException if the content has not been read to its end, or verify was already called
     * @throws EnvelopeException if the package was altered, truncated or is not signed properly
     * @throws TrustException if the signer is not trusted
     */
    public VerifiedSigner verify(TrustVerifier trust) throws EnvelopeException, TrustException {
        return verify(trust, Long.MAX_VALUE);
    }

    /**
     * As {@link #verify(TrustVerifier)} for content that is number {@code signedSequence} of its signer's
     * packages: the signer is verified with {@link TrustVerifier#verifySigner}, so a package signed while its
     * certificate was valid verifies after it expired, and a revoked signer's packages up to the last one
     * headquarters accepted still verify.
     */
    public VerifiedSigner verify(TrustVerifier trust, long signedSequence) throws EnvelopeException, TrustException {
        if (!content.ended()) {
            throw new IllegalStateException(Messages.ENVELOPE_NOT_READ);
        }
        if (verified) {
            throw new IllegalStateException(Messages.ENVELOPE_ALREADY_VERIFIED);
        }
        verified = true;
        SignerInformation signer;
        List<X509Certificate> certificates = new ArrayList<>();
        X509Certificate signerCertificate = null;
        Instant signingTime = null;
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            Collection<X509CertificateHolder> holders = signedData.getCertificates().getMatches(null);
            Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
            // Reading past the SignedData to the end of the envelope checks the GCM tag.
            decrypted.drain();
            checkEnvelopeEnd();
            if (signers.size() != 1) {
                throw new EnvelopeException(Reason.NO_SIGNER,
                        Messages.format(Messages.ENVELOPE_SIGNER_COUNT, signers.size()));
            }
            signer = signers.iterator().next();
            for (X509CertificateHolder holder : holders) {
                X509Certificate certificate = converter.getCertificate(holder);
                if (signer.getSID().match(holder)) {
                    signerCertificate = certificate;
                } else {
                    certificates.add(certificate);
                }
            }
            if (signerCertificate == null) {
                throw new EnvelopeException(Reason.NO_SIGNER, Messages.ENVELOPE_NO_SIGNER);
            }
            certificates.add(0, signerCertificate);
            AlgorithmPolicy.checkDigest(signer.getDigestAlgOID());
            AlgorithmPolicy.checkSignature(signer.getEncryptionAlgOID());
            // Verify against the bare key: certificate validity is the trust verifier's decision, not Bouncy Castle's.
            if (!signer.verify(new JcaSignerInfoVerifierBuilder(CryptoProviders.digests())
                    .setProvider(CryptoProviders.bouncyCastle()).build(signerCertificate.getPublicKey()))) {
                throw new EnvelopeException(Reason.SIGNATURE_INVALID, Messages.ENVELOPE_SIGNATURE_INVALID);
            }
            if (signer.getSignedAttributes() != null) {
                Attribute time = signer.getSignedAttributes().get(CMSAttributes.signingTime);
                if (time != null) {
                    signingTime = Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant();
                }
            }
        } catch (EnvelopeException e) {
            throw e;
        } catch (Exception e) {
            EnvelopeException classified = EnvelopeFailures.classify(e);
            if (classified.reason() == Reason.MALFORMED && e.getClass().getSimpleName().startsWith("CMS")) {
                throw new EnvelopeException(Reason.SIGNATURE_INVALID, Messages.ENVELOPE_SIGNATURE_INVALID, e);
            }
            throw classified;
        }
        trust.verifySigner(certificates, signingTime, signedSequence);
        return new VerifiedSigner(signerCertificate, certificates, signingTime);
    }

    @Override
    public void close() throws IOException {
        decryption.close();
        source.close();
    }

    /**
     * Parses the envelope to its end: the rest of the AuthEnvelopedData, then only the
     * end-of-contents octets of the two enclosing indefinite-length encodings (ContentInfo and its
     * [0]) may follow, or nothing when those have definite lengths.
     */
    private void checkEnvelopeEnd() throws IOException {
        envelope.getUnauthAttrs();
        int remaining = 0;
        int b;
        while ((b = source.read()) >= 0) {
            if (b != 0 || ++remaining > 4) {
                throw new EnvelopeException(Reason.MALFORMED,
                        Messages.format(Messages.ENVELOPE_MALFORMED, "unexpected data after the package"));
            }
        }
        if (remaining != 0 && remaining != 4) {
            throw new EnvelopeException(Reason.MALFORMED,
                    Messages.format(Messages.ENVELOPE_MALFORMED, "damaged end of the package"));
        }
        source.close();
    }

    private static void checkContentType(BufferedInputStream in) throws IOException {
        in.mark(256);
        ASN1ObjectIdentifier type;
        try {
            // checked, not cast: a cast that fails on hostile input would be a bug caught as a refusal
            ASN1Encodable outer = new ASN1StreamParser(in).readObject();
            ASN1Encodable first = outer instanceof ASN1SequenceParser sequence ? sequence.readObject() : null;
            if (outer != null && !(outer instanceof ASN1SequenceParser)
                    || first != null && !(first instanceof ASN1ObjectIdentifier)) {
                throw new EnvelopeException(Reason.MALFORMED,
                        Messages.format(Messages.ENVELOPE_MALFORMED, "not a CMS structure"));
            }
            type = (ASN1ObjectIdentifier) first;
        } catch (EnvelopeException e) {
            throw e;
        } catch (IllegalStateException | IOException e) {
            throw new EnvelopeException(Reason.MALFORMED,
                    Messages.format(Messages.ENVELOPE_MALFORMED, "not a CMS structure"), e);
        }
        in.reset();
        if (type == null) {
            throw new EnvelopeException(Reason.MALFORMED, Messages.format(Messages.ENVELOPE_MALFORMED, "empty"));
        }
        if (CMSObjectIdentifiers.envelopedData.equals(type)) {
            // name the cipher the sender chose, as far as the header tells it
            String cipher = null;
            try {
                cipher = new CMSEnvelopedDataParser(in).getEncryptionAlgOID();
            } catch (Exception e) {
                // unreadable header: the content type alone is reason enough
            }
            throw new EnvelopeException(Reason.UNSUPPORTED_ALGORITHM, Messages.format(Messages.ENVELOPE_ALGORITHM,
                    AlgorithmPolicy.contentTypeName(type) + " with content encryption", AlgorithmPolicy.name(cipher),
                    "AES-256-GCM authenticated enveloped data"));
        }
        if (!CMSObjectIdentifiers.authEnvelopedData.equals(type)) {
            throw new EnvelopeException(Reason.UNSUPPORTED, Messages.format(Messages.ENVELOPE_UNSUPPORTED,
                    AlgorithmPolicy.contentTypeName(type)));
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing after a failure: the first failure is what the caller needs to see.
        }
    }
}
