package org.counterpart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.counterpart.security.EnvelopeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Well-formed DER that is not a CMS structure (found by EnvelopeReaderFuzzTest): refused as malformed by
 * checking the types, not by a cast that fails and is caught, which would hide real bugs of the same kind.
 */
class EnvelopeStructureTest {

    @TempDir
    Path temp;

    @Test
    void derThatIsNotACmsContentInfoIsRefusedAsMalformed() throws Exception {
        DeviceIdentity device = TestPki.create(temp).device("laptop-1", KeyAlgorithm.EC_P256);
        List<byte[]> inputs = List.of(new ASN1Integer(5).getEncoded(), new DERSet(new ASN1Integer(1)).getEncoded(),
                new DERSequence(new DERSequence()).getEncoded(),
                new DERSequence(new DEROctetString(new byte[] { 1, 2 })).getEncoded());

        for (byte[] input : inputs) {
            EnvelopeException refused = assertThrows(EnvelopeException.class,
                    () -> SignedEnvelopeReader.open(new ByteArrayInputStream(input), device));

            assertEquals(Reason.MALFORMED, refused.reason());
            assertTrue(refused.getMessage().contains("not a CMS structure"), refused.getMessage());
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                assertTrue(!(cause instanceof ClassCastException), "refused through a failed cast: " + cause);
            }
        }
    }
}
