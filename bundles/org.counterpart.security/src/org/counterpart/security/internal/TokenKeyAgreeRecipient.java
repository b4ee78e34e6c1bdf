package org.counterpart.security.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;

/**
 * ECDH key agreement recipient for a private key on a PKCS#11 token. Bouncy Castle's own recipient
 * needs the private key's encoding and a provider that implements the CMS KDF schemes; a token
 * offers neither. Here only the raw ECDH step runs on the token; the X9.63 KDF (SHA-256, with the
 * ECC-CMS-SharedInfo of RFC 5753) and the AES key unwrap run in software, and the content is
 * decrypted by Bouncy Castle as usual.
 */
public final class TokenKeyAgreeRecipient extends JceKeyAgreeAuthEnvelopedRecipient {

    private final PrivateKey tokenKey;
    private final Provider tokenProvider;

    public TokenKeyAgreeRecipient(PrivateKey tokenKey, Provider tokenProvider, X509Certificate certificate) {
        super(tokenKey);
        this.tokenKey = tokenKey;
        this.tokenProvider = tokenProvider;
        setPrivateKeyAlgorithmIdentifier(
                SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getAlgorithm());
        setProvider(CryptoProviders.bouncyCastle());
        setContentProvider(CryptoProviders.bouncyCastle());
    }

    @Override
    protected Key extractSecretKey(AlgorithmIdentifier keyEncryptionAlgorithm,
            AlgorithmIdentifier contentEncryptionAlgorithm, SubjectPublicKeyInfo senderKey,
            ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey) throws CMSException {
        if (!CMSAlgorithm.ECDH_SHA256KDF.equals(keyEncryptionAlgorithm.getAlgorithm())) {
            throw new CMSException("unsupported key agreement " + keyEncryptionAlgorithm.getAlgorithm());
        }
        AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(keyEncryptionAlgorithm.getParameters());
        int keyBits = wrapKeyBits(wrap.getAlgorithm());
        try {
            PublicKey sender = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(senderKey.getEncoded()));
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH", tokenProvider);
            agreement.init(tokenKey);
            agreement.doPhase(sender, true);
            byte[] shared = agreement.generateSecret();
            byte[] sharedInfo = new ECCCMSSharedInfo(wrap,
                    userKeyingMaterial == null ? null : userKeyingMaterial.getOctets(),
                    new byte[] { (byte) (keyBits >>> 24), (byte) (keyBits >>> 16), (byte) (keyBits >>> 8),
                            (byte) keyBits }).getEncoded(ASN1Encoding.DER);
            KDF2BytesGenerator kdf = new KDF2BytesGenerator(new SHA256Digest());
            kdf.init(new KDFParameters(shared, sharedInfo));
            byte[] kek = new byte[keyBits / 8];
            kdf.generateBytes(kek, 0, kek.length);
            java.util.Arrays.fill(shared, (byte) 0);
            Cipher unwrap = Cipher.getInstance("AESWrap", CryptoProviders.bouncyCastle());
            unwrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
            java.util.Arrays.fill(kek, (byte) 0);
            return unwrap.unwrap(encryptedContentKey, "AES", Cipher.SECRET_KEY);
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            throw new CMSException("cannot unwrap the content key with the token key: " + e.getClass().getSimpleName(), e);
        }
    }

    private static int wrapKeyBits(ASN1ObjectIdentifier wrap) throws CMSException {
        if (CMSAlgorithm.AES256_WRAP.equals(wrap)) {
            return 256;
        }
        if (CMSAlgorithm.AES192_WRAP.equals(wrap)) {
            return 192;
        }
        if (CMSAlgorithm.AES128_WRAP.equals(wrap)) {
            return 128;
        }
        throw new CMSException("unsupported key wrap " + wrap);
    }
}
