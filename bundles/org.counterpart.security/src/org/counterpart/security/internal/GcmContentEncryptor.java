package org.counterpart.security.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.MacCaptureStream;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * AES-256-GCM content encryption for CMS AuthEnvelopedData (RFC 5083, parameters as RFC 5084: a 12-byte nonce
 * and a 16-byte tag), with a fresh key and a random nonce for each package, through a JCE cipher. It does what
 * Bouncy Castle's {@code JceCMSContentEncryptorBuilder} builds, but writes through one reused buffer: Bouncy
 * Castle's stream asks the cipher for a new array on every write, which at package sizes made the garbage
 * collector stop both of the writer's threads dozens of times a second.
 */
public final class GcmContentEncryptor implements OutputAEADEncryptor {

    private static final int KEY_BITS = 256;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;

    private final SecretKey key;
    private final Cipher cipher;
    private final AlgorithmIdentifier algorithm;
    private MacCaptureStream tagCapture;

    public GcmContentEncryptor(String provider, SecureRandom random) throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
        generator.init(KEY_BITS, random);
        key = generator.generateKey();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        algorithm = new AlgorithmIdentifier(CMSAlgorithm.AES256_GCM, new GCMParameters(nonce, TAG_BYTES));
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
    }

    @Override
    public GenericKey getKey() {
        return new JceGenericKey(algorithm, key);
    }

    /**
     * Authenticated attributes. A JCE cipher takes them only before any content, and Bouncy Castle's stream
     * generator writes them after it, so a writer that sets them gets the cipher's IllegalStateException rather than
     * a package without them. Packages carry none.
     */
    @Override
    public OutputStream getAADStream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                cipher.updateAAD(new byte[] { (byte) b });
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                cipher.updateAAD(bytes, offset, length);
            }
        };
    }

    /** The ciphertext goes to {@code out}; the tag that ends it is kept back for {@link #getMAC()}. */
    @Override
    public OutputStream getOutputStream(OutputStream out) {
        tagCapture = new MacCaptureStream(out, TAG_BYTES);
        return new EncryptingStream(cipher, tagCapture);
    }

    @Override
    public byte[] getMAC() {
        return tagCapture.getMac();
    }

    private static final class EncryptingStream extends OutputStream {

        private final Cipher cipher;
        private final OutputStream out;
        private final byte[] singleByte = new byte[1];
        private byte[] buffer = new byte[0];
        private boolean closed;

        EncryptingStream(Cipher cipher, OutputStream out) {
            this.cipher = cipher;
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            singleByte[0] = (byte) b;
            write(singleByte, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            try {
                ensureCapacity(cipher.getOutputSize(length));
                int n = cipher.update(bytes, offset, length, buffer, 0);
                out.write(buffer, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        /** Writes the rest of the ciphertext and the tag; unlike the JDK's cipher stream, a failure is thrown. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                ensureCapacity(cipher.getOutputSize(0));
                int n = cipher.doFinal(buffer, 0);
                out.write(buffer, 0, n);
            } catch (GeneralSecurityException e) {
                throw new IOException("encryption failed: " + e.getMessage(), e);
            }
            out.flush();
            out.close();
        }

        private void ensureCapacity(int size) {
            if (buffer.length < size) {
                buffer = new byte[size];
            }
        }
    }
}
