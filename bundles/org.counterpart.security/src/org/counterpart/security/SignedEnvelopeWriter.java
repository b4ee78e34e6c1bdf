package org.counterpart.security;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataStreamGenerator;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.internal.CertificateProfiles;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.GcmContentEncryptor;
import org.counterpart.security.internal.Messages;
import org.counterpart.security.internal.RecipientInfos;
import org.counterpart.security.internal.StreamStage;

/**
 * Writes a package: the bytes written to this stream are signed by the device (CMS SignedData,
 * SHA-256, content encapsulated, signer chain included) and the SignedData is encrypted for every
 * recipient (CMS AuthEnvelopedData, AES-256-GCM). The result has the layout of
 * {@code openssl cms -sign -binary -outform DER | openssl cms -encrypt -aes-256-gcm -binary -outform DER}
 * and is produced in one streaming pass with bounded memory. {@link #close()} finishes both
 * layers and closes the underlying stream.
 */
public final class SignedEnvelopeWriter extends OutputStream {

    private final OutputStream target;
    private final OutputStream envelope;
    private final OutputStream signed;
    private boolean closed;

    private SignedEnvelopeWriter(OutputStream target, OutputStream envelope, OutputStream signed) {
        this.target = target;
        this.envelope = envelope;
        this.signed = signed;
    }

    /**
     * Starts a package signed by {@code signer} (which must have an installed certificate) and
     * readable by the holder of any of {@code recipients} (RSA or EC P-256 certificates).
     */
    public static SignedEnvelopeWriter open(OutputStream target, DeviceIdentity signer,
            Collection<X509Certificate> recipients) throws CredentialException, IOException {
        Objects.requireNonNull(target, "target");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("at least one recipient is required");
        }
        X509Certificate signerCertificate = signer.certificate()
                .orElseThrow(() -> new CredentialException(Reason.NO_CERTIFICATE, Messages.NO_CERTIFICATE));
        try {
            CMSAuthEnvelopedDataStreamGenerator envelopeGenerator = new CMSAuthEnvelopedDataStreamGenerator();
            for (X509Certificate recipient : recipients) {
                RecipientInfoGenerator info = RecipientInfos.forCertificate(recipient);
                if (info == null) {
                    throw new CredentialException(Reason.UNSUPPORTED_KEY,
                            Messages.format(Messages.UNSUPPORTED_KEY, recipient.getPublicKey().getAlgorithm()));
                }
                envelopeGenerator.addRecipientInfoGenerator(info);
            }
            OutputAEADEncryptor encryptor = new GcmContentEncryptor(CryptoProviders.encryption(),
                    CryptoProviders.random());

            CMSSignedDataStreamGenerator signedGenerator = new CMSSignedDataStreamGenerator();
            signedGenerator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(CryptoProviders.digests())
                    .build(CertificateProfiles.signer(signer.privateKey(), signer.algorithm(), signer.keyProvider()),
                            signerCertificate));
            signedGenerator.addCertificates(new JcaCertStore(List.copyOf(signer.certificateChain())));

            // encryption runs on a thread of its own, signing on the caller's
            OutputStream envelope = StreamStage.writeBehind(envelopeGenerator.open(target, encryptor),
                    "Counterpart package encryption");
            OutputStream signed = signedGenerator.open(envelope, true);
            return new SignedEnvelopeWriter(target, envelope, signed);
        } catch (GeneralSecurityException e) {
            if (e instanceof CredentialException credential) {
                throw credential;
            }
            throw CertificateProfiles.failure(e);
        } catch (CMSException | OperatorCreationException e) {
            throw CertificateProfiles.failure(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        signed.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        signed.write(bytes, offset, length);
    }

    /** Finishes the signature, then the encryption (appending the GCM tag), then closes the target. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // the envelope is closed even when the signature fails, so its encryption thread always ends
        try (OutputStream output = target; OutputStream encryption = envelope) {
            signed.close();
        }
    }
}
