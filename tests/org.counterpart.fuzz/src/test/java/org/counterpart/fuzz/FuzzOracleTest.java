package org.counterpart.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipException;

import org.bouncycastle.cms.CMSException;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.junit.jupiter.api.Test;

/** The fuzz targets' oracle: wrapping a programming error in a refusal must not hide it. */
class FuzzOracleTest {

    @Test
    void aRefusalWithoutProgrammingErrorPasses() {
        PackageException refusal = new PackageException(Reason.MALFORMED, "bad archive",
                new ZipException("invalid entry size"));

        assertDoesNotThrow(() -> FuzzOracle.checkRefusal(refusal));
        assertDoesNotThrow(() -> FuzzOracle.checkRefusal(new IOException("truncated")));
    }

    @Test
    void aNullPointerExceptionWrappedInAPackageExceptionIsAFinding() {
        NullPointerException bug = new NullPointerException("manifest field");
        PackageException refusal = new PackageException(Reason.MALFORMED, "bad manifest", bug);

        AssertionError finding = assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(refusal));
        assertSame(refusal, finding.getCause());
        assertSame(bug, FuzzOracle.programmingError(refusal));
    }

    @Test
    void indexAndCastErrorsDeepInTheCauseChainAreFindings() {
        Throwable index = new ArrayIndexOutOfBoundsException(7);
        Throwable deep = new PackageException(Reason.MALFORMED, "outer",
                new IOException("middle", new UncheckedIOException(new IOException("inner", index))));
        Throwable cast = new PackageException(Reason.STORE, "store", new IllegalStateException(new ClassCastException()));

        assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(deep));
        assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(cast));
        assertThrows(AssertionError.class,
                () -> FuzzOracle.checkRefusal(new IOException(new StringIndexOutOfBoundsException("s"))));
    }

    @Test
    void aProgrammingErrorAmongSuppressedExceptionsIsAFinding() {
        IOException refusal = new IOException("closing failed");
        refusal.addSuppressed(new IOException("while closing", new NullPointerException()));

        assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(refusal));
    }

    @Test
    void aCastErrorThatBouncyCastleReportsAsMalformedContentIsItsRefusal() {
        ClassCastException insideLibrary = new ClassCastException("DLTaggedObjectParser cannot be cast to ASN1SequenceParser");
        insideLibrary.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.bouncycastle.asn1.cms.AuthEnvelopedDataParser", "getAuthEncryptedContentInfo", null, -1),
                new StackTraceElement("org.counterpart.security.SignedEnvelopeReader", "open", null, 93) });
        Throwable refusal = new IOException("not a package", new CMSException("Malformed content.", insideLibrary));

        assertDoesNotThrow(() -> FuzzOracle.checkRefusal(refusal));
        // the same error wrapped by Counterpart's own code is not the library's refusal
        assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(new IOException("not a package", insideLibrary)));
        // nor is an error raised in Counterpart's code and wrapped by the library
        ClassCastException ours = new ClassCastException();
        ours.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.util.Objects", "requireNonNull", null, 1),
                new StackTraceElement("org.counterpart.sync.internal.PackageArchive", "read", null, 1) });
        assertThrows(AssertionError.class, () -> FuzzOracle.checkRefusal(new CMSException("Malformed content.", ours)));
    }

    @Test
    void aCycleAmongCausesEnds() {
        IOException first = new IOException("first");
        IOException second = new IOException("second", first);
        first.addSuppressed(second);

        assertDoesNotThrow(() -> FuzzOracle.checkRefusal(second));
    }
}
