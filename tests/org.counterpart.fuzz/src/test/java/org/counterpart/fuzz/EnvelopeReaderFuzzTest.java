package org.counterpart.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.counterpart.security.CredentialException;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.TrustException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes as a package for the fixed fuzz identity: opening, reading the content to its
 * end and verifying may only fail with the documented exceptions (EnvelopeException and other
 * IOExceptions, CredentialException, TrustException), and those must not carry a NullPointerException,
 * IndexOutOfBoundsException or ClassCastException among their causes ({@link FuzzOracle}). Anything else - a runtime exception, an
 * error, an OutOfMemoryError at the small heap of the test JVM, or a hang - is a finding.
 * The seeds (EnvelopeReaderFuzzTestInputs/) are real packages for that identity, so mutations get
 * past the recipient match and the key unwrap into the decrypted SignedData.
 */
class EnvelopeReaderFuzzTest {

    private static FuzzIdentity identity;

    @BeforeAll
    static void loadIdentity() {
        identity = FuzzIdentity.load();
    }

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void fuzzEnvelopeReader(byte[] input) throws Exception {
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(input), identity.device)) {
            InputStream content = reader.unverifiedContent();
            byte[] buffer = new byte[4096];
            while (content.read(buffer) >= 0) {
                // read to the end: verification insists on it
            }
            reader.verify(identity.trust);
        } catch (IOException | CredentialException | TrustException expected) {
            // the documented refusals (EnvelopeException is an IOException), unless they hide a bug
            FuzzOracle.checkRefusal(expected);
        }
    }
}
