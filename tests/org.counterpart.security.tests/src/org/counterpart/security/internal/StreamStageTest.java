package org.counterpart.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The encryption and decryption stages of a package hand bytes between threads without loss or reordering. */
class StreamStageTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static boolean isRunning(String threadName) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(threadName) && t.isAlive());
    }

    @Test
    void readAheadDeliversEveryByteInOrderWhateverTheReadSizes() {
        byte[] data = randomBytes(5 * StreamStage.BUFFER_SIZE + 1234);
        assertTimeoutPreemptively(LIMIT, () -> {
            try (InputStream in = StreamStage.readAhead(new ByteArrayInputStream(data), "test read-ahead")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Random sizes = new Random(7);
                byte[] buffer = new byte[3 * StreamStage.BUFFER_SIZE];
                int n;
                while ((n = in.read(buffer, 0, 1 + sizes.nextInt(buffer.length))) >= 0) {
                    out.write(buffer, 0, n);
                    int single = in.read();
                    if (single < 0) {
                        break;
                    }
                    out.write(single);
                }
                assertArrayEquals(data, out.toByteArray());
                assertEquals(-1, in.read(), "the end stays the end");
            }
        });
    }

    @Test
    void aFailureWhileReadingAheadSurfacesAsTheSameExceptionAfterEveryByteBeforeIt() {
        // the failure comes part-way into one of the stage's buffers, as when a damaged package fails part-way
        for (int failAt : new int[] { 10, StreamStage.BUFFER_SIZE + StreamStage.BUFFER_SIZE / 2,
                3 * StreamStage.BUFFER_SIZE }) {
            byte[] data = randomBytes(failAt);
            IOException failure = new IOException("tag mismatch");
            // like a decrypting source: 1000 bytes ready at a time, a request read fully or not at all, and a
            // failure where the data ends
            InputStream failing = new InputStream() {
                private int position;

                @Override
                public int available() {
                    return Math.min(1000, data.length - position);
                }

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len > data.length - position) {
                        position = data.length;
                        throw failure;
                    }
                    System.arraycopy(data, position, b, off, len);
                    position += len;
                    return len;
                }
            };
            assertTimeoutPreemptively(LIMIT, () -> {
                try (InputStream in = StreamStage.readAhead(failing, "test read-ahead")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    byte[] buffer = new byte[777];
                    IOException thrown = assertThrows(IOException.class, () -> {
                        int n;
                        while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                            out.write(buffer, 0, n);
                        }
                    });
                    assertSame(failure, thrown);
                    assertArrayEquals(data, out.toByteArray(), "every byte before the failure arrives first");
                    assertSame(failure, assertThrows(IOException.class, in::read), "the failure stays");
                }
            });
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReadingThread() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 1;
            }
        };
        InputStream in = StreamStage.readAhead(endless, "test endless read-ahead");
        in.read();
        in.close();
        assertTimeoutPreemptively(LIMIT, () -> {
            while (isRunning("test endless read-ahead")) {
                Thread.sleep(10);
            }
        });
        assertThrows(IOException.class, in::read);
    }

    @Test
    void closingAtOnceAndClosingAfterTheEndAreQuiet() {
        assertTimeoutPreemptively(LIMIT, () -> {
            for (int i = 0; i < 50; i++) {
                StreamStage.readAhead(new ByteArrayInputStream(new byte[10]), "test closed at once").close();
            }
            InputStream in = StreamStage.readAhead(new ByteArrayInputStream(new byte[10]), "test closed at the end");
            assertEquals(10, in.readAllBytes().length);
            in.close();
            in.close();
        });
    }

    @Test
    void writeBehindWritesEveryByteInOrderAndClosesTheTargetOnce() {
        byte[] data = randomBytes(7 * StreamStage.BUFFER_SIZE + 99);
        AtomicInteger closes = new AtomicInteger();
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        assertTimeoutPreemptively(LIMIT, () -> {
            OutputStream out = StreamStage.writeBehind(target, "test write-behind", 3 * StreamStage.BUFFER_SIZE);
            Random sizes = new Random(3);
            int at = 0;
            while (at < data.length) {
                int n = Math.min(data.length - at, sizes.nextInt(2 * StreamStage.BUFFER_SIZE));
                out.write(data, at, n);
                at += n;
                if (at < data.length) {
                    out.write(data[at++]);
                }
                out.flush();
            }
            out.close();
            out.close();
        });
        assertArrayEquals(data, target.toByteArray());
        assertEquals(1, closes.get());
    }

    @Test
    void aFailingTargetSurfacesAsTheSameExceptionAndTheWriterNeverHangs() {
        IOException failure = new IOException("disk full");
        AtomicInteger closes = new AtomicInteger();
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > StreamStage.BUFFER_SIZE) {
                    throw failure;
                }
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        assertTimeoutPreemptively(LIMIT, () -> {
            OutputStream out = StreamStage.writeBehind(failing, "test failing write-behind", 0);
            byte[] chunk = new byte[StreamStage.BUFFER_SIZE];
            IOException seen = assertThrows(IOException.class, () -> {
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
                out.close();
            });
            assertSame(failure, seen);
            assertSame(failure, assertThrows(IOException.class, out::close));
        });
        assertEquals(0, closes.get(), "a target that failed is not finished as if complete");
        assertFalse(isRunning("test failing write-behind"), "closing waited for the writing thread to end");
    }
}
