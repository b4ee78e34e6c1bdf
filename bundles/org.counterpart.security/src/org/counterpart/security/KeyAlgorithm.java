package org.counterpart.security;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Optional;

import org.counterpart.security.internal.Messages;

/** The key types Counterpart issues and accepts: EC P-256 (default) and RSA 3072. */
public enum KeyAlgorithm {

    EC_P256("EC", "SHA256withECDSA"),
    RSA_3072("RSA", "SHA256withRSA");

    private final String keyType;
    private final String signatureAlgorithm;

    KeyAlgorithm(String keyType, String signatureAlgorithm) {
        this.keyType = keyType;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** JCA key type: {@code EC} or {@code RSA}. */
    public String keyType() {
        return keyType;
    }

    /** JCA signature algorithm used with keys of this type. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * Generates a key pair with the given provider, or with the platform default when {@code provider}
     * is {@code null}.
     */
    public KeyPair generateKeyPair(Provider provider) throws CredentialException {
        try {
            KeyPairGenerator generator = provider == null ? KeyPairGenerator.getInstance(keyType)
                    : KeyPairGenerator.getInstance(keyType, provider);
            if (this == EC_P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CredentialException(CredentialException.Reason.CRYPTO_FAILURE,
                    Messages.format(Messages.CRYPTO_FAILURE, e.getClass().getSimpleName()), e);
        }
    }

    /** The algorithm of a public key, if it is one Counterpart supports. */
    public static Optional<KeyAlgorithm> of(PublicKey key) {
        if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
            return Optional.of(EC_P256);
        }
        if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 3072) {
            return Optional.of(RSA_3072);
        }
        return Optional.empty();
    }
}
