package org.counterpart.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.counterpart.store.StoreException;

/**
 * Reads the whole objects table on threads of its own, decodes each row there, and hands the decoded rows over in
 * batches, in no particular order. Loading a workspace spends about half its time in the database (decrypting and
 * decompressing pages); with the scan and the decoding on other threads, the caller's work overlaps with it, and
 * with two H2 connections each scans half of the table's row ids. At most {@link #QUEUED_BATCHES} batches wait, so
 * memory stays bounded by the consumer's pace. The connections must not be used by anyone else until
 * {@link #close()} returns.
 *
 * @param <T> a decoded row
 */
final class ObjectRowScan<T> implements AutoCloseable {

	/**
	 * One row of the objects table as stored. The state column is {@code state[0, stateLength)}, in a buffer that the
	 * next row reuses.
	 */
	record RawRow(String id, String classUri, String containerId, String containerFeature, long position, byte[] state,
			int stateLength) {
	}

	/** Decodes rows on one scanning thread. */
	interface RowDecoder<T> {
		T decode(RawRow row) throws StoreException;
	}

	private static final int BATCH_SIZE = 1024;

	private static final int QUEUED_BATCHES = 8;

	private static final String SELECT = "SELECT id, eclass, container_id, container_feature, pos, state FROM cp_object";

	private static final Object END = new Object();

	private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean cancelled;

	private final Supplier<? extends RowDecoder<T>> decoders;

	private int running;

	/**
	 * Starts the scan: one thread on {@code main}, or two if {@code second} (a connection to the same H2 database)
	 * is given; each thread decodes its rows with a decoder of its own from {@code decoders}.
	 */
	ObjectRowScan(Connection main, Connection second, Supplier<? extends RowDecoder<T>> decoders) throws SQLException {
		this.decoders = decoders;
		if (second == null) {
			start(main, SELECT);
			return;
		}
		long lowest;
		long highest;
		try (Statement st = main.createStatement();
				ResultSet rs = st.executeQuery("SELECT MIN(_ROWID_), MAX(_ROWID_) FROM cp_object")) {
			rs.next();
			lowest = rs.getLong(1);
			highest = rs.getLong(2);
		}
		long split = lowest + (highest - lowest) / 2 + 1;
		start(main, SELECT + " WHERE _ROWID_ < " + split);
		start(second, SELECT + " WHERE _ROWID_ >= " + split);
	}

	private void start(Connection connection, String query) {
		running++;
		threads.add(Thread.ofPlatform().daemon().name("Counterpart store load " + threads.size())
				.start(() -> run(connection, query)));
	}

	private void run(Connection connection, String query) {
		Object last = END;
		try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
			RowDecoder<T> decoder = decoders.get();
			List<T> batch = new ArrayList<>(BATCH_SIZE);
			byte[] state = new byte[8192];
			while (rs.next()) {
				// through a stream into one buffer: getBytes would copy every state into an array of its own
				int length = 0;
				try (InputStream in = rs.getBinaryStream(6)) {
					for (int n; (n = in.readNBytes(state, length, state.length - length)) > 0;) {
						length += n;
						if (length == state.length) {
							state = Arrays.copyOf(state, state.length * 2);
						}
					}
				}
				batch.add(decoder.decode(new RawRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), state, length)));
				if (batch.size() == BATCH_SIZE) {
					if (!handOver(batch)) {
						return;
					}
					batch = new ArrayList<>(BATCH_SIZE);
				}
			}
			if (!batch.isEmpty() && !handOver(batch)) {
				return;
			}
		} catch (IOException e) {
			last = new SQLException(e.getMessage(), e);
		} catch (SQLException | StoreException | RuntimeException e) {
			last = e;
		}
		handOver(last);
	}

	private boolean handOver(Object item) {
		return Threads.handOver(batches, item, () -> cancelled);
	}

	/**
	 * The next batch of decoded rows, or null after the last.
	 *
	 * @throws SQLException as the database reported it to the scanning thread
	 * @throws StoreException as the decoder reported it
	 */
	@SuppressWarnings("unchecked")
	List<T> next() throws SQLException, StoreException {
		while (running > 0) {
			Object item;
			try {
				item = batches.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SQLException("interrupted while loading", e);
			}
			if (item == END) {
				running--;
				continue;
			}
			if (item instanceof SQLException e) {
				running = 0;
				throw e;
			}
			if (item instanceof StoreException e) {
				running = 0;
				throw e;
			}
			if (item instanceof RuntimeException e) {
				running = 0;
				throw e;
			}
			return (List<T>) item;
		}
		return null;
	}

	/** Stops the scan if it is still running and waits until no thread uses the connections any more. */
	@Override
	public void close() {
		cancelled = true;
		threads.forEach(Threads::joinUninterruptibly);
	}
}
