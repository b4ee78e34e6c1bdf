package org.counterpart.security.internal;

import java.security.Provider;
import java.security.SecureRandom;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The providers this bundle uses for which job. The Bouncy Castle instance is passed explicitly to
 * builders and never installed with {@code Security.addProvider}, so the bundle leaves the JVM's
 * provider list alone. Bulk work goes to the JDK where it streams, because the JDK's providers use
 * the CPU's AES and SHA instructions (many times faster than Bouncy Castle's software code):
 * SHA-256 content digests through the default JCA lookup (SUN), AES-GCM encryption through SunJCE.
 * AES-GCM decryption stays on Bouncy Castle, because SunJCE's GCM decryption buffers the whole
 * ciphertext before it returns any plaintext.
 */
public final class CryptoProviders {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoProviders() {
    }

    public static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }

    /** Content digests (SHA-256) from the JVM's preferred provider. */
    public static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }

    /** The provider for streaming AES-GCM encryption. */
    public static String encryption() {
        return "SunJCE";
    }

    public static SecureRandom random() {
        return RANDOM;
    }
}
