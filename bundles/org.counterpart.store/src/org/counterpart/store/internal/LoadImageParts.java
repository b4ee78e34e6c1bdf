package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The load image's parts as one stream, read from the database on a thread of its own so that decrypting and
 * decompressing the next parts overlaps with decoding this one. At most {@link #QUEUED_PARTS} parts wait. The
 * connection must not be used by anyone else until {@link #close()} returns.
 */
final class LoadImageParts extends InputStream {

	private static final int QUEUED_PARTS = 4;

	private static final byte[] END = new byte[0];

	private final BlockingQueue<Object> parts = new ArrayBlockingQueue<>(QUEUED_PARTS);

	private final Thread reader;

	private volatile boolean cancelled;

	private byte[] part = new byte[0];

	private int at;

	private boolean ended;

	LoadImageParts(Connection connection) {
		reader = Thread.ofPlatform().daemon().name("Counterpart store load image").start(() -> run(connection));
	}

	private void run(Connection connection) {
		Object last = END;
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT data FROM cp_image ORDER BY part")) {
			while (rs.next()) {
				if (!handOver(rs.getBytes(1))) {
					return;
				}
			}
		} catch (SQLException | RuntimeException e) {
			last = e;
		}
		handOver(last);
	}

	private boolean handOver(Object item) {
		return Threads.handOver(parts, item, () -> cancelled);
	}

	/** Moves to the next part with bytes left; false at the end of the image. */
	private boolean nextPart() throws IOException {
		while (!ended && at == part.length) {
			Object item;
			try {
				item = parts.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while loading", e);
			}
			if (item == END) {
				ended = true;
			} else if (item instanceof byte[] bytes) {
				part = bytes;
				at = 0;
			} else {
				ended = true;
				Exception e = (Exception) item;
				throw new IOException(e.getMessage(), e);
			}
		}
		return at < part.length;
	}

	@Override
	public int read() throws IOException {
		return nextPart() ? part[at++] & 0xFF : -1;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (len == 0) {
			return 0;
		}
		if (!nextPart()) {
			return -1;
		}
		int n = Math.min(len, part.length - at);
		System.arraycopy(part, at, b, off, n);
		at += n;
		return n;
	}

	/** Stops the reading thread if it still runs and waits until it no longer uses the connection. */
	@Override
	public void close() {
		cancelled = true;
		Threads.joinUninterruptibly(reader);
	}
}
