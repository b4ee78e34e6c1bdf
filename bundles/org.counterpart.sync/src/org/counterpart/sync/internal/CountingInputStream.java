package org.counterpart.sync.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and refuses to read past a limit. */
public class CountingInputStream extends FilterInputStream {

    /** Raised when the limit is passed. */
    @FunctionalInterface
    public interface Overflow {
        IOException exceeded(long limit);
    }

    private final long limit;
    private final Overflow overflow;
    private long count;

    public CountingInputStream(InputStream in, long limit, Overflow overflow) {
        super(in);
        this.limit = limit;
        this.overflow = overflow;
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw overflow.exceeded(limit);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
