package org.counterpart.security.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The encryption stage of a package hands bytes between threads without loss or reordering. */
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
