package org.counterpart.security.internal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;

import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/**
 * Recipient infos of the profile openssl interoperates with: RSA keys get RSAES-OAEP with SHA-256
 * and MGF1-SHA-256; EC keys get ephemeral-static ECDH with the SHA-256 KDF and AES-256 key wrap.
 */
public final class RecipientInfos {

    private RecipientInfos() {
    }

    /** A generator for {@code certificate}, or {@code null} if its key type is not supported. */
    public static RecipientInfoGenerator forCertificate(X509Certificate certificate) throws GeneralSecurityException {
        Provider bc = CryptoProviders.bouncyCastle();
        if (certificate.getPublicKey() instanceof RSAPublicKey) {
            OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    PSource.PSpecified.DEFAULT);
            return new JceKeyTransRecipientInfoGenerator(certificate,
                    new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                            oaep)).setProvider(bc);
        }
        if (certificate.getPublicKey() instanceof ECPublicKey ec) {
            // One ephemeral key per recipient, on that recipient's named curve: explicit curve
            // parameters would put unauthenticated values (such as the group order) into the package.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", bc);
            Object curve = SubjectPublicKeyInfo.getInstance(ec.getEncoded()).getAlgorithm().getParameters();
            if (!(curve instanceof ASN1ObjectIdentifier named)) {
                return null;
            }
            generator.initialize(new ECGenParameterSpec(named.getId()), CryptoProviders.random());
            KeyPair ephemeral = generator.generateKeyPair();
            return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(),
                    ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP).addRecipient(certificate).setProvider(bc);
        }
        return null;
    }

    /**
     * The recipient that unwraps the content key with {@code key}; bulk decryption always runs on
     * Bouncy Castle (streaming GCM). {@code keyProvider} is the token provider, or {@code null}.
     */
    public static Recipient forKey(RecipientInformation information, PrivateKey key, Provider keyProvider,
            X509Certificate certificate) {
        Provider bc = CryptoProviders.bouncyCastle();
        if (keyProvider != null) {
            // RSA-OAEP is not offered by SunPKCS11; token keys open packages through ECDH only.
            return information instanceof KeyAgreeRecipientInformation
                    ? new TokenKeyAgreeRecipient(key, keyProvider, certificate) : null;
        }
        if (information instanceof KeyTransRecipientInformation) {
            JceKeyTransAuthEnvelopedRecipient recipient = new JceKeyTransAuthEnvelopedRecipient(key);
            recipient.setProvider(keyProvider == null ? bc : keyProvider);
            recipient.setContentProvider(bc);
            return recipient;
        }
        if (information instanceof KeyAgreeRecipientInformation) {
            JceKeyAgreeAuthEnvelopedRecipient recipient = new JceKeyAgreeAuthEnvelopedRecipient(key);
            recipient.setProvider(keyProvider == null ? bc : keyProvider);
            recipient.setContentProvider(bc);
            return recipient;
        }
        return null;
    }
}
