package org.counterpart.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.operator.jcajce.JceGenericKey;
import org.junit.jupiter.api.Test;

/** The package encryptor gives what CMS AuthEnvelopedData with AES-256-GCM needs, and nothing else. */
class GcmContentEncryptorTest {

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** The content key as the recipient infos wrap it. */
    private static byte[] keyBytes(GcmContentEncryptor encryptor) {
        return (byte[]) ((JceGenericKey) encryptor.getKey()).getRepresentation();
    }

    /** Decrypts with a plain JCE cipher from the encryptor's parameters, key and tag. */
    private static byte[] decrypt(GcmContentEncryptor encryptor, byte[] ciphertext, byte[] aad) throws Exception {
        GCMParameters parameters = GCMParameters.getInstance(encryptor.getAlgorithmIdentifier().getParameters());
        byte[] key = keyBytes(encryptor);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(parameters.getIcvLen() * 8, parameters.getNonce()));
        if (aad != null) {
            cipher.updateAAD(aad);
        }
        byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + encryptor.getMAC().length);
        System.arraycopy(encryptor.getMAC(), 0, sealed, ciphertext.length, encryptor.getMAC().length);
        return cipher.doFinal(sealed);
    }

    @Test
    void theContentComesBackFromTheParametersTheKeyAndTheTag() throws Exception {
        byte[] content = content(300_001);
        byte[] aad = "authenticated attributes".getBytes(StandardCharsets.US_ASCII);
        GcmContentEncryptor encryptor = new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random());
        assertEquals(CMSAlgorithm.AES256_GCM, encryptor.getAlgorithmIdentifier().getAlgorithm());
        GCMParameters parameters = GCMParameters.getInstance(encryptor.getAlgorithmIdentifier().getParameters());
        assertEquals(12, parameters.getNonce().length);
        assertEquals(16, parameters.getIcvLen());
        encryptor.getAADStream().write(aad);
        ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
        try (OutputStream out = encryptor.getOutputStream(ciphertext)) {
            // uneven writes, single bytes among them
            int offset = 0;
            for (int size = 1; offset < content.length; size = size * 3 + 1) {
                int n = Math.min(size, content.length - offset);
                out.write(content, offset, n);
                offset += n;
                if (offset < content.length) {
                    out.write(content[offset++]);
                }
            }
        }
        assertEquals(content.length, ciphertext.size(), "the tag is kept back, not written");
        assertEquals(16, encryptor.getMAC().length);
        assertFalse(Arrays.equals(content, ciphertext.toByteArray()));
        assertArrayEquals(content, decrypt(encryptor, ciphertext.toByteArray(), aad));

        byte[] altered = ciphertext.toByteArray();
        altered[altered.length / 2] ^= 1;
        assertThrows(AEADBadTagException.class, () -> decrypt(encryptor, altered, aad));
    }

    @Test
    void everyEncryptorHasItsOwnKeyAndNonce() throws Exception {
        GcmContentEncryptor first = new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random());
        GcmContentEncryptor second = new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random());
        assertFalse(Arrays.equals(GCMParameters.getInstance(first.getAlgorithmIdentifier().getParameters()).getNonce(),
                GCMParameters.getInstance(second.getAlgorithmIdentifier().getParameters()).getNonce()));
        byte[] firstKey = keyBytes(first);
        byte[] secondKey = keyBytes(second);
        assertEquals(32, firstKey.length);
        assertFalse(Arrays.equals(firstKey, secondKey));
    }

    @Test
    void writingAfterCloseIsRefused() throws Exception {
        GcmContentEncryptor encryptor = new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random());
        OutputStream out = encryptor.getOutputStream(OutputStream.nullOutputStream());
        out.write(content(100));
        out.close();
        out.close();
        assertThrows(IOException.class, () -> out.write(1));
    }
}
