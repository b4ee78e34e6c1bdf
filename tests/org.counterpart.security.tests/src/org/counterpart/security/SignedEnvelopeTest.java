package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.counterpart.security.internal.CryptoProviders;
import org.counterpart.security.internal.GcmContentEncryptor;
import org.counterpart.security.internal.RecipientInfos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignedEnvelopeTest {

    @TempDir
    Path temp;

    private TestPki pki;
    private DeviceIdentity field;
    private DeviceIdentity hqRsa;
    private DeviceIdentity hqEc;

    @BeforeEach
    void createIdentities() throws Exception {
        pki = TestPki.create(temp);
        field = pki.device("field-laptop", KeyAlgorithm.EC_P256);
        hqRsa = pki.device("hq-rsa", KeyAlgorithm.RSA_3072);
        hqEc = pki.device("hq-ec", KeyAlgorithm.EC_P256);
    }

    static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    byte[] seal(DeviceIdentity signer, byte[] content, DeviceIdentity... recipients) throws Exception {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = SignedEnvelopeWriter.open(sealed, signer,
                Arrays.stream(recipients).map(r -> r.certificate().orElseThrow()).toList())) {
            // Uneven chunks exercise the streaming layers.
            int offset = 0;
            int chunk = 1;
            while (offset < content.length) {
                int n = Math.min(chunk, content.length - offset);
                out.write(content, offset, n);
                offset += n;
                chunk = chunk * 3 + 1;
            }
        }
        return sealed.toByteArray();
    }

    static byte[] readAll(SignedEnvelopeReader reader) throws IOException {
        return reader.unverifiedContent().readAllBytes();
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void roundTripToEveryRecipient(KeyAlgorithm signerAlgorithm) throws Exception {
        DeviceIdentity signer = pki.device("signer-" + signerAlgorithm, signerAlgorithm);
        byte[] content = content(300_000);
        byte[] sealed = seal(signer, content, hqRsa, hqEc, field);
        for (DeviceIdentity recipient : List.of(hqRsa, hqEc, field)) {
            try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), recipient)) {
                assertArrayEquals(content, readAll(reader));
                VerifiedSigner verified = reader.verify(pki.trust());
                assertEquals(signer.certificate().orElseThrow(), verified.certificate());
                assertTrue(verified.signingTime().isPresent());
            }
        }
    }

    @Test
    void aPackageLargeEnoughForTheEncryptionThreadRoundTrips() throws Exception {
        // past the 32 MiB the writer encrypts on the caller's thread, so the rest goes through its second thread
        byte[] content = content(40 << 20);
        byte[] sealed = seal(field, content, hqEc);
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hqEc)) {
            assertArrayEquals(content, readAll(reader));
            assertEquals(field.certificate().orElseThrow(), reader.verify(pki.trust()).certificate());
        }
    }

    @Test
    void emptyContentRoundTrips() throws Exception {
        byte[] sealed = seal(field, new byte[0], hqEc);
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hqEc)) {
            assertEquals(0, readAll(reader).length);
            assertNotNull(reader.verify(pki.trust()));
        }
    }

    @Test
    void contentIsNotInTheClear() throws Exception {
        byte[] content = "OBSERVATION: the minister met the general staff".repeat(20).getBytes();
        byte[] sealed = seal(field, content, hqEc);
        assertFalse(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("minister"));
    }

    @Test
    void readHandsOutResultOnlyAfterVerification() throws Exception {
        byte[] content = content(50_000);
        byte[] sealed = seal(field, content, hqRsa);
        SignedEnvelopeReader.Verified<byte[]> result = SignedEnvelopeReader.read(new ByteArrayInputStream(sealed),
                hqRsa, pki.trust(), InputStream::readAllBytes);
        assertArrayEquals(content, result.result());
        assertEquals(field.certificate().orElseThrow(), result.signer().certificate());

        // A handler that stops early still gets the rest checked.
        SignedEnvelopeReader.Verified<Integer> partial = SignedEnvelopeReader.read(new ByteArrayInputStream(sealed),
                hqRsa, pki.trust(), in -> in.read());
        assertEquals(content[0] & 0xff, partial.result());

        byte[] tampered = sealed.clone();
        tampered[tampered.length - 40] ^= 1;
        assertThrows(EnvelopeException.class, () -> SignedEnvelopeReader.read(new ByteArrayInputStream(tampered),
                hqRsa, pki.trust(), InputStream::readAllBytes));
    }

    @Test
    void verifyBeforeTheEndIsRefused() throws Exception {
        byte[] sealed = seal(field, content(100_000), hqEc);
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hqEc)) {
            reader.unverifiedContent().read(new byte[1000]);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader.verify(pki.trust()));
            assertTrue(e.getMessage().contains("read to its end"), e.getMessage());
        }
    }

    @Test
    void wrongRecipientIsRefused() throws Exception {
        DeviceIdentity outsider = pki.device("outsider", KeyAlgorithm.EC_P256);
        byte[] sealed = seal(field, content(1000), hqRsa, hqEc);
        EnvelopeException e = assertThrows(EnvelopeException.class,
                () -> SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), outsider));
        assertEquals(EnvelopeException.Reason.NOT_A_RECIPIENT, e.reason());
        assertTrue(e.getMessage().contains("CN=outsider"), e.getMessage());
    }

    @Test
    void truncatedPackageIsRefused() throws Exception {
        byte[] content = content(200_000);
        byte[] sealed = seal(field, content, hqEc);
        for (int length : new int[] { 0, 1, 10, 100, sealed.length / 3, sealed.length / 2, sealed.length - 100,
                sealed.length - 17, sealed.length - 2, sealed.length - 1 }) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> readAndVerify(truncated, hqEc),
                    "length " + length);
            assertTrue(e.reason() == EnvelopeException.Reason.TRUNCATED
                    || e.reason() == EnvelopeException.Reason.MALFORMED, length + ": " + e.reason());
            assertFalse(e.getMessage().isBlank());
        }
    }

    /**
     * A flipped bit never yields altered content as verified. Everything after the recipient infos
     * (content encryption parameters, encrypted content, GCM tag, end of the structure) is covered
     * and must be refused. Recipient infos are not authenticated by CMS; a flip there either breaks
     * the key unwrap (refused) or hits a field with no effect on the key, such as the version
     * number or the character-string type of a name, and the verified content is then unchanged.
     * The same holds for the end-of-contents octets around the tag, which Bouncy Castle's parser
     * does not check strictly.
     * Each recipient is sealed alone, since a flip in another recipient's info is invisible here.
     */
    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void flippedBitsNeverYieldAlteredVerifiedContent(KeyAlgorithm recipientAlgorithm) throws Exception {
        DeviceIdentity recipient = recipientAlgorithm == KeyAlgorithm.RSA_3072 ? hqRsa : hqEc;
        byte[] content = content(20_000);
        byte[] sealed = seal(field, content, recipient);
        int recipientInfosEnd = recipientInfosEnd(sealed);
        // Tail: ... 00 00 (end of content) 00 00 (end of EncryptedContentInfo) 04 10 <16-byte tag> 00 00 00 00 00 00
        int macStart = sealed.length - 6 - 16;
        assertEquals(0x04, sealed[macStart - 2]);
        assertEquals(0x10, sealed[macStart - 1]);
        Random random = new Random(7);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            // Evenly spread offsets, random ones, and every byte of the tail (GCM tag and end-of-contents).
            int offset = i < 60 ? i * sealed.length / 60 : i < 160 ? random.nextInt(sealed.length) : sealed.length - 200 + i;
            byte[] tampered = sealed.clone();
            tampered[offset] ^= (byte) (1 << random.nextInt(8));
            try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(tampered), recipient)) {
                byte[] read = reader.unverifiedContent().readAllBytes();
                VerifiedSigner signer = reader.verify(pki.trust());
                boolean covered = offset >= recipientInfosEnd && offset < macStart - 6
                        || offset >= macStart && offset < macStart + 16;
                assertFalse(covered, "bit flip at offset " + offset + " of " + sealed.length + " went unnoticed");
                assertArrayEquals(content, read, "flip at " + offset + " changed verified content");
                assertEquals(field.certificate().orElseThrow(), signer.certificate());
            } catch (EnvelopeException e) {
                assertNotNull(e.reason());
                assertFalse(e.getMessage().isBlank());
                refused++;
            }
        }
        assertTrue(refused > 150, "most flips are refused: " + refused);
        assertTrue(macStart > recipientInfosEnd);
    }

    /** Offset just past the RecipientInfos SET of the AuthEnvelopedData (after a 22-byte BER prefix). */
    private static int recipientInfosEnd(byte[] sealed) {
        assertEquals(0x31, sealed[22] & 0xff, "SET of recipient infos");
        int lengthOctets = sealed[23] & 0x7f;
        assertTrue((sealed[23] & 0x80) != 0 && lengthOctets <= 2, "definite long-form length");
        int length = 0;
        for (int i = 0; i < lengthOctets; i++) {
            length = (length << 8) | (sealed[24 + i] & 0xff);
        }
        return 24 + lengthOctets + length;
    }

    @Test
    void trailingDataIsRefused() throws Exception {
        byte[] sealed = seal(field, content(1000), hqEc);
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 5);
        longer[sealed.length + 2] = 'x';
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> readAndVerify(longer, hqEc));
        assertEquals(EnvelopeException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains("after the package"), e.getMessage());
    }

    @Test
    void flipInCiphertextIsReportedAsTampering() throws Exception {
        byte[] sealed = seal(field, content(100_000), hqEc);
        byte[] tampered = sealed.clone();
        tampered[sealed.length / 2] ^= 0x10;
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> readAndVerify(tampered, hqEc));
        assertTrue(e.reason() == EnvelopeException.Reason.TAMPERED
                || e.reason() == EnvelopeException.Reason.SIGNATURE_INVALID, e.reason() + " " + e.getMessage());
    }

    @Test
    void garbageIsRefused() throws Exception {
        for (byte[] garbage : List.of(new byte[0], "hello world".getBytes(), content(5000),
                new byte[] { 0x30, (byte) 0x80, 0, 0 }, new byte[] { 0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff })) {
            EnvelopeException e = assertThrows(EnvelopeException.class, () -> readAndVerify(garbage, hqEc));
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void signedDataWithoutEnvelopeIsUnsupported() throws Exception {
        org.bouncycastle.cms.CMSSignedDataStreamGenerator generator = new org.bouncycastle.cms.CMSSignedDataStreamGenerator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        generator.open(out, true).close();
        EnvelopeException e = assertThrows(EnvelopeException.class, () -> readAndVerify(out.toByteArray(), hqEc));
        assertEquals(EnvelopeException.Reason.UNSUPPORTED, e.reason());
    }

    @Test
    void unknownSignerIsRefusedAfterReading() throws Exception {
        TestPki rogue = TestPki.create(temp.resolve("rogue"), "CN=Rogue CA", KeyAlgorithm.EC_P256);
        DeviceIdentity intruder = rogue.device("intruder", KeyAlgorithm.EC_P256);
        byte[] sealed = seal(intruder, content(1000), hqEc);
        TrustException e = assertThrows(TrustException.class, () -> readAndVerify(sealed, hqEc));
        assertEquals(TrustException.Reason.UNKNOWN_SIGNER, e.reason());
    }

    @Test
    void revokedSignerIsRefused() throws Exception {
        byte[] sealed = seal(field, content(1000), hqEc);
        pki.authority.revoke(field.certificate().orElseThrow().getSerialNumber(), Instant.now());
        TrustException e = assertThrows(TrustException.class, () -> readAndVerify(sealed, hqEc));
        assertEquals(TrustException.Reason.REVOKED, e.reason());
    }

    @Test
    void expiredSignerIsRefused() throws Exception {
        DeviceIdentity old = pki.device("old", KeyAlgorithm.EC_P256, Instant.now().minus(Duration.ofDays(10)),
                Instant.now().minus(Duration.ofDays(1)));
        byte[] sealed = seal(old, content(1000), hqEc);
        TrustException e = assertThrows(TrustException.class, () -> readAndVerify(sealed, hqEc));
        assertEquals(TrustException.Reason.EXPIRED, e.reason());
    }

    @Test
    void writerNeedsCertificateAndRecipients() throws Exception {
        DeviceIdentity pending = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        List<X509Certificate> recipients = List.of(hqEc.certificate().orElseThrow());
        CredentialException e = assertThrows(CredentialException.class,
                () -> SignedEnvelopeWriter.open(new ByteArrayOutputStream(), pending, recipients));
        assertEquals(CredentialException.Reason.NO_CERTIFICATE, e.reason());
        assertThrows(IllegalArgumentException.class,
                () -> SignedEnvelopeWriter.open(new ByteArrayOutputStream(), field, List.of()));
    }

    @Test
    void contentStreamsWithoutBufferingTheWhole() throws Exception {
        // 64 MB through a pipe of fixed-size chunks: the writer must emit output long before close.
        CountingOutputStream sink = new CountingOutputStream();
        byte[] chunk = content(1 << 16);
        try (SignedEnvelopeWriter out = SignedEnvelopeWriter.open(sink, field, List.of(hqEc.certificate().orElseThrow()))) {
            for (int i = 0; i < 1024; i++) {
                out.write(chunk);
                if (i == 512) {
                    assertTrue(sink.count > 16L << 20, "output flows while writing: " + sink.count);
                }
            }
        }
        assertTrue(sink.count > 64L << 20);
    }

    @Test
    void noDecryptionThreadOutlivesItsReader() throws Exception {
        // HQ reads package after package: whether one verifies, is refused (while opening or after reading) or is
        // closed half-read, its reading thread must end with it
        byte[] sealed = seal(field, content(300_000), hqEc);
        readAndVerify(sealed, hqEc);
        for (int length : new int[] { 100, sealed.length / 2, sealed.length - 1 }) {
            assertThrows(EnvelopeException.class, () -> readAndVerify(Arrays.copyOf(sealed, length), hqEc));
        }
        byte[] flipped = sealed.clone();
        flipped[sealed.length / 2] ^= 1;
        assertThrows(EnvelopeException.class, () -> readAndVerify(flipped, hqEc));
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), hqEc)) {
            reader.unverifiedContent().read(new byte[10]);
        }
        // refused while opening, after decryption has started: encrypted content that is not SignedData
        ByteArrayOutputStream unsigned = new ByteArrayOutputStream();
        CMSAuthEnvelopedDataStreamGenerator generator = new CMSAuthEnvelopedDataStreamGenerator();
        generator.addRecipientInfoGenerator(RecipientInfos.forCertificate(hqEc.certificate().orElseThrow()));
        try (OutputStream out = generator.open(unsigned,
                new GcmContentEncryptor(CryptoProviders.encryption(), CryptoProviders.random()))) {
            out.write(content(300_000));
        }
        assertThrows(EnvelopeException.class,
                () -> SignedEnvelopeReader.open(new ByteArrayInputStream(unsigned.toByteArray()), hqEc));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (decryptionThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, decryptionThreads(), "decryption threads still running");
    }

    @Test
    void aFailingTargetEndsTheEncryptionThreadToo() throws Exception {
        // a full disk once the encryption thread has started: the writer fails, and the thread must not wait on
        IOException full = new IOException("No space left on device");
        OutputStream filling = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 36L << 20) {
                    throw full;
                }
            }
        };
        byte[] chunk = content(1 << 16);
        IOException e = assertThrows(IOException.class, () -> {
            try (SignedEnvelopeWriter out = SignedEnvelopeWriter.open(filling, field,
                    List.of(hqEc.certificate().orElseThrow()))) {
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                }
            }
        });
        assertTrue(e == full || List.of(e.getSuppressed()).contains(full), e.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threadsNamed("Counterpart package encryption") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, threadsNamed("Counterpart package encryption"), "encryption thread still running");
    }

    private static long decryptionThreads() {
        return threadsNamed("Counterpart package decryption");
    }

    private static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().equals(name)).count();
    }

    private VerifiedSigner readAndVerify(byte[] sealed, DeviceIdentity recipient) throws Exception {
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed), recipient)) {
            reader.unverifiedContent().transferTo(OutputStream.nullOutputStream());
            return reader.verify(pki.trust());
        }
    }

    private static final class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
