package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the whole objects table on a thread of its own and hands the rows over in batches. Loading a workspace
 * spends about half its time in the database (decrypting and decompressing pages); with the scan on a second
 * thread, building the objects overlaps with it. At most {@link #QUEUED_BATCHES} batches wait, so memory stays
 * bounded by the consumer's pace. The connection must not be used by anyone else until {@link #close()} returns.
 */
final class ObjectRowScan implements AutoCloseable {

	/** One row of the objects table as stored. */
	record RawRow(String id, String classUri, String containerId, String containerFeature, long position, byte[] state) {
	}

	private static final int BATCH_SIZE = 1024;

	private static final int QUEUED_BATCHES = 8;

	private static final Object END = new Object();

	private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);

	private final Thread thread;

	private volatile boolean cancelled;

	private boolean ended;

	ObjectRowScan(Connection connection) {
		thread = Thread.ofPlatform().daemon().name("Counterpart store load").start(() -> run(connection));
	}

	private void run(Connection connection) {
		Object last = END;
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT id, eclass, container_id, container_feature, pos, state FROM cp_object")) {
			List<RawRow> batch = new ArrayList<>(BATCH_SIZE);
			while (rs.next()) {
				batch.add(new RawRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getBytes(6)));
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
		} catch (SQLException | RuntimeException e) {
			last = e;
		}
		handOver(last);
	}

	/** Waits for room in the queue unless the scan was closed; false when it was. */
	private boolean handOver(Object item) {
		try {
			while (!cancelled) {
				if (batches.offer(item, 50, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/**
	 * The next batch of rows, or null after the last.
	 *
	 * @throws SQLException as the database reported it to the scanning thread
	 */
	@SuppressWarnings("unchecked")
	List<RawRow> next() throws SQLException {
		if (ended) {
			return null;
		}
		Object item;
		try {
			item = batches.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while loading", e);
		}
		if (item == END) {
			ended = true;
			return null;
		}
		if (item instanceof SQLException e) {
			ended = true;
			throw e;
		}
		if (item instanceof RuntimeException e) {
			ended = true;
			throw e;
		}
		return (List<RawRow>) item;
	}

	/** Stops the scan if it is still running and waits until the thread no longer uses the connection. */
	@Override
	public void close() {
		cancelled = true;
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
