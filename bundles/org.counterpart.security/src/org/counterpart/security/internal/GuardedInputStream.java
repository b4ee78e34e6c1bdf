package org.counterpart.security.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through, reports every failure as an EnvelopeException and remembers whether the
 * end of the stream was reached, so verification can insist on it.
 */
public final class GuardedInputStream extends FilterInputStream {

    private final boolean closesSource;
    private boolean ended;

    public GuardedInputStream(InputStream in) {
        this(in, true);
    }

    /**
     * @param closesSource whether {@link #close()} closes {@code in}; false where parsers that close what they read
     *        must not end a stream its opener still needs
     */
    public GuardedInputStream(InputStream in, boolean closesSource) {
        super(in);
        this.closesSource = closesSource;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b < 0) {
                ended = true;
            }
            return b;
        } catch (IOException | RuntimeException e) {
            throw EnvelopeFailures.classify(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                ended = true;
            }
            return n;
        } catch (IOException | RuntimeException e) {
            throw EnvelopeFailures.classify(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping must still run the bytes through the digest and the cipher.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int limit) {
        // not supported
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    @Override
    public void close() throws IOException {
        if (closesSource) {
            super.close();
        }
    }

    /** Reads and discards everything up to the end. */
    public void drain() throws IOException {
        byte[] buffer = new byte[8192];
        while (read(buffer, 0, buffer.length) >= 0) {
            // discard
        }
    }
}
