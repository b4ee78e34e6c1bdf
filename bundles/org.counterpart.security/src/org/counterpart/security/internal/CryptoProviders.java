package org.counterpart.security.internal;

import java.security.Provider;
import java.security.SecureRandom;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider instance this bundle uses. It is passed explicitly to every builder
 * and never installed with {@code Security.addProvider}, so the bundle leaves the JVM's provider
 * list alone. Bulk AES-GCM goes through it because SunJCE's GCM decryption buffers the whole
 * ciphertext.
 */
public final class CryptoProviders {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CryptoProviders() {
    }

    public static Provider bouncyCastle() {
        return BOUNCY_CASTLE;
    }

    public static SecureRandom random() {
        return RANDOM;
    }
}
