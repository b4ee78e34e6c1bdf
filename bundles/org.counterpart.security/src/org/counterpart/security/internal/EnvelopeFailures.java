package org.counterpart.security.internal;

import java.io.EOFException;

import javax.crypto.AEADBadTagException;

import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.counterpart.security.EnvelopeException;
import org.counterpart.security.EnvelopeException.Reason;

/**
 * Turns the many exceptions Bouncy Castle raises on bad input (IOException, CMSException, ASN.1
 * runtime exceptions, cipher exceptions) into one {@link EnvelopeException} with a message for the
 * user. Library messages are kept only as the cause.
 */
public final class EnvelopeFailures {

    private EnvelopeFailures() {
    }

    public static EnvelopeException classify(Throwable failure) {
        if (failure instanceof EnvelopeException envelope) {
            return envelope;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof AEADBadTagException || t.getClass().getSimpleName().equals("InvalidCipherTextIOException")
                    || t.getClass().getSimpleName().equals("InvalidCipherTextException") || message.contains("mac check")
                    || message.contains("tag mismatch")) {
                return new EnvelopeException(Reason.TAMPERED, Messages.ENVELOPE_TAMPERED, failure);
            }
            if (t instanceof CMSSignerDigestMismatchException) {
                return new EnvelopeException(Reason.SIGNATURE_INVALID, Messages.ENVELOPE_SIGNATURE_INVALID, failure);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (t instanceof EOFException || message.contains("eof") || message.contains("truncated")
                    || message.contains("end of contents") || message.contains("premature end")) {
                return new EnvelopeException(Reason.TRUNCATED, Messages.ENVELOPE_TRUNCATED, failure);
            }
        }
        return new EnvelopeException(Reason.MALFORMED,
                Messages.format(Messages.ENVELOPE_MALFORMED, failure.getClass().getSimpleName()), failure);
    }
}
