package org.counterpart.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs one layer of a package stream (encryption when writing, decryption when reading) on a thread of its own,
 * so that layer and the signature layer use two cores at once, as the two processes of
 * {@code openssl cms -sign | openssl cms -encrypt} do. The threads exchange a fixed set of buffers, so memory
 * stays bounded whatever the package size. A failure on the stage's thread is rethrown, as the same exception,
 * by the next call on the caller's side, after every byte that was read before it.
 */
public final class StreamStage {

    /** Size of each buffer handed between the threads. */
    static final int BUFFER_SIZE = 64 * 1024;

    /** Number of buffers in flight: enough that neither side waits for the other on a steady stream. */
    static final int BUFFER_COUNT = 4;

    /**
     * Bytes a write-behind stage writes on the caller's thread before it starts its own. A small package gains
     * little from a second thread, and with one from the start its path took longer to reach full speed.
     */
    static final long DIRECT_BYTES = 32L * 1024 * 1024;

    private StreamStage() {
    }

    /**
     * Reads {@code source} ahead on a thread named {@code name}. Closing the returned stream stops that thread but
     * does not close {@code source}, which stays its opener's.
     */
    public static InputStream readAhead(InputStream source, String name) {
        ReadAhead stage = new ReadAhead(source);
        Thread.ofPlatform().daemon().name(name).start(stage::run);
        return stage;
    }

    /**
     * Writes to {@code target} on a thread named {@code name}, once {@link #DIRECT_BYTES} have been written on the
     * caller's. {@code close()} waits until everything written has reached {@code target} and then closes it on
     * the caller's thread.
     */
    public static OutputStream writeBehind(OutputStream target, String name) {
        return new WriteBehind(target, name, DIRECT_BYTES);
    }

    /** As {@link #writeBehind(OutputStream, String)}, with the thread started after {@code directBytes}. */
    static OutputStream writeBehind(OutputStream target, String name, long directBytes) {
        return new WriteBehind(target, name, directBytes);
    }

    /** A filled buffer, the end of the stream ({@code bytes} null) or a failure. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {

        static final Chunk END = new Chunk(null, -1, null);

        Chunk(byte[] bytes, int length) {
            this(bytes, length, null);
        }
    }

    private static BlockingQueue<byte[]> buffers() {
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFER_COUNT);
        for (int i = 0; i < BUFFER_COUNT; i++) {
            free.add(new byte[BUFFER_SIZE]);
        }
        return free;
    }

    private static IOException rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IOException(failure);
    }

    private static final class ReadAhead extends InputStream {

        private final InputStream source;
        private final BlockingQueue<byte[]> free = buffers();
        // every buffer plus the end or a failure fits, so the reading thread never waits for room here
        private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFER_COUNT + 1);
        private final byte[] singleByte = new byte[1];
        private volatile boolean closed;
        private Chunk current;
        private int position;
        private Chunk last;

        ReadAhead(InputStream source) {
            this.source = source;
        }

        void run() {
            try {
                while (!closed) {
                    byte[] buffer = free.take();
                    int length = 0;
                    Chunk end = null;
                    try {
                        while (length < buffer.length) {
                            // asks for what the source has ready, or one byte: some sources read a request fully
                            // and lose what they had read of it when they fail part-way
                            int request = Math.min(buffer.length - length, Math.max(1, source.available()));
                            int n = source.read(buffer, length, request);
                            if (n < 0) {
                                end = Chunk.END;
                                break;
                            }
                            length += n;
                        }
                    } catch (Throwable e) {
                        end = new Chunk(null, -1, e);
                    }
                    // the bytes read before the end or a failure go first: a damaged package is refused only after
                    // its reader has seen everything up to the damage, as when reading on one thread
                    if (length > 0) {
                        filled.put(new Chunk(buffer, length));
                    }
                    if (end != null) {
                        filled.put(end);
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // close() does not interrupt; someone else did, and the reader must not wait for an end that never comes
                filled.offer(new Chunk(null, -1, new InterruptedIOException()));
            }
        }

        /** The chunk with bytes left to read, or the last one (end or failure). */
        private Chunk next() throws IOException {
            if (current != null && position < current.length()) {
                return current;
            }
            if (last != null) {
                return last;
            }
            if (current != null) {
                free.offer(current.bytes());
                current = null;
            }
            Chunk chunk;
            try {
                chunk = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
            if (chunk.bytes() == null) {
                last = chunk;
            } else {
                current = chunk;
                position = 0;
            }
            return chunk;
        }

        @Override
        public int read() throws IOException {
            return read(singleByte, 0, 1) < 0 ? -1 : singleByte[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            if (length == 0) {
                return 0;
            }
            Chunk chunk = next();
            if (chunk.failure() != null) {
                throw rethrow(chunk.failure());
            }
            if (chunk.bytes() == null) {
                return -1;
            }
            int n = Math.min(length, chunk.length() - position);
            System.arraycopy(chunk.bytes(), position, target, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current == null ? 0 : current.length() - position;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            // wakes the reading thread if it waits for a free buffer; with none waiting, the extra buffer is
            // never taken, as the thread sees "closed" before its next turn
            free.offer(new byte[0]);
        }
    }

    private static final class WriteBehind extends OutputStream {

        private final OutputStream target;
        private final String name;
        private final BlockingQueue<byte[]> free = buffers();
        private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(BUFFER_COUNT + 1);
        private volatile Throwable failure;
        private Thread worker;
        private long directBytesLeft;
        private final byte[] singleByte = new byte[1];
        private byte[] buffer;
        private int position;
        private boolean closed;

        WriteBehind(OutputStream target, String name, long directBytes) {
            this.target = target;
            this.name = name;
            this.directBytesLeft = directBytes;
        }

        void run() {
            try {
                while (true) {
                    Chunk chunk = filled.take();
                    if (chunk.bytes() == null) {
                        return;
                    }
                    if (failure == null) {
                        try {
                            target.write(chunk.bytes(), 0, chunk.length());
                        } catch (Throwable e) {
                            failure = e;
                        }
                    }
                    // after a failure, buffers still go back so the writer never waits forever
                    free.add(chunk.bytes());
                }
            } catch (InterruptedException e) {
                failure = new InterruptedIOException();
            }
        }

        private void checkFailure() throws IOException {
            Throwable e = failure;
            if (e != null) {
                throw rethrow(e);
            }
        }

        private void handOver() throws IOException {
            if (buffer != null && position > 0) {
                put(new Chunk(buffer, position));
                buffer = null;
            }
        }

        private void put(Chunk chunk) throws IOException {
            try {
                filled.put(chunk);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            }
        }

        @Override
        public void write(int b) throws IOException {
            // single bytes (ASN.1 framing) need no array of their own
            singleByte[0] = (byte) b;
            write(singleByte, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            if (worker == null) {
                if (length <= directBytesLeft) {
                    target.write(bytes, offset, length);
                    directBytesLeft -= length;
                    return;
                }
                worker = Thread.ofPlatform().daemon().name(name).start(this::run);
            }
            while (length > 0) {
                checkFailure();
                if (buffer == null) {
                    try {
                        buffer = free.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                    position = 0;
                }
                int n = Math.min(length, buffer.length - position);
                System.arraycopy(bytes, offset, buffer, position, n);
                position += n;
                offset += n;
                length -= n;
                if (position == buffer.length) {
                    handOver();
                }
            }
        }

        /**
         * Only reports a failure: what is buffered goes on when a buffer fills or on {@link #close()}, so a layer
         * that flushes after every small write does not hand over a whole buffer for each.
         */
        @Override
        public void flush() throws IOException {
            checkFailure();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (worker == null) {
                target.close();
                return;
            }
            boolean finished = false;
            try {
                handOver();
                put(Chunk.END);
                worker.join();
                finished = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException();
            } finally {
                if (!finished) {
                    // interrupted: the thread may still be writing, so the target is not touched from here
                    worker.interrupt();
                } else if (failure == null) {
                    target.close();
                }
            }
            checkFailure();
        }
    }
}
