package org.counterpart.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.internal.PackageArchive;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes as the archive inside a package's envelope (zip: manifest, operations, attachments),
 * read directly, so that the fuzzer is not stopped by the GCM tag and the signature: a signer who holds
 * a valid certificate can put any archive in a package. Reading may only be refused with an
 * IOException (PackageException, or EnvelopeException from the envelope's stream), within the
 * field limits, and without a NullPointerException, IndexOutOfBoundsException or ClassCastException
 * among its causes ({@link FuzzOracle}); anything else - a runtime exception, an error, an OutOfMemoryError at the small heap
 * of the test JVM, or a hang - is a finding. Seeds (PackageArchiveFuzzTestInputs/) are archives of real
 * packages written by PackageWriter.
 */
class PackageArchiveFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(10)
    void fuzzPackageArchive(byte[] input) {
        try {
            PackageArchive.read(new ByteArrayInputStream(input), PackageLimits.DEFAULT);
        } catch (IOException expected) {
            // PackageException or EnvelopeException: the documented refusals, unless they hide a bug
            FuzzOracle.checkRefusal(expected);
        }
    }
}
