package org.counterpart.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where an operation's row sits in the journal ({@code cp_journal.entry}): the operations on one object side by
 * side. The key's high bits are a bucket drawn from the object's id, its low bits count the bucket's operations in
 * the order they were journaled. H2 keeps a table's rows in the order of a primary key of one number, so a merge
 * reads an object's history from one place, and a package that touches a hundred objects changes about a hundred
 * pages of the journal. Rows appended in arrival order, with an index by object, made a package write the pages of
 * its appended rows and of their unique index besides a page of the index per object: three times the bytes, at
 * headquarters' scale. The journal's own order is the column {@code arrival}, given by the writer.
 * <p>
 * Objects whose ids fall in the same bucket share it: a look-up by object also compares the id.
 * </p>
 */
public final class JournalKeys {

	/** Bits that count a bucket's operations: four million per bucket (keys stay below 2^62). */
	static final int COUNTER_BITS = 22;

	/** Bits of the bucket: a trillion buckets, so that objects rarely share one. */
	static final int BUCKET_BITS = 40;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;
	private static final long FNV_PRIME = 0x100000001b3L;

	private JournalKeys() {
	}

	/**
	 * The bucket of an object: the high bits of the 64-bit FNV-1a hash of its id's characters (a fixed function, the
	 * same in every version and on every machine: the keys are stored).
	 */
	public static long bucket(String objectId) {
		long hash = FNV_OFFSET;
		for (int i = 0; i < objectId.length(); i++) {
			char ch = objectId.charAt(i);
			hash = (hash ^ (ch & 0xff)) * FNV_PRIME;
			hash = (hash ^ (ch >>> 8)) * FNV_PRIME;
		}
		return hash >>> (Long.SIZE - BUCKET_BITS);
	}

	/** The first key of a bucket. */
	public static long first(long bucket) {
		return bucket << COUNTER_BITS;
	}

	/** The first key after a bucket. */
	static long end(long bucket) {
		return (bucket + 1) << COUNTER_BITS;
	}

	/** The next value of the journal's order: one after the highest (1 for an empty journal). */
	static long nextArrival(Connection c) throws SQLException {
		return JournalBlocks.lastArrival(c) + 1;
	}

	/**
	 * Gives the operations of one write their keys, reading each bucket's highest key once unless the write's merge read
	 * it already; runs in the writer's transaction (on a shared store, under the writers' lock), so no other write takes
	 * the same keys.
	 */
	static final class Allocator implements AutoCloseable {

		private final PreparedStatement highest;
		/** whether the journal held nothing when the write began: then no bucket needs reading */
		private final boolean empty;
		/** per bucket, the next key to give */
		private final Map<Long, Long> next = new HashMap<>();
		/** per bucket read in this transaction, its highest key */
		private final Map<Long, Long> lastKeys;

		/**
		 * An allocator for a write to {@code c}, whose journal holds nothing if {@code empty}, and whose buckets in
		 * {@code lastKeys} have the highest keys given there (read in the same transaction).
		 */
		Allocator(Connection c, boolean empty, Map<Long, Long> lastKeys) throws SQLException {
			this.highest = c.prepareStatement("SELECT MAX(entry) FROM cp_journal WHERE entry >= ? AND entry < ?");
			this.empty = empty;
			this.lastKeys = lastKeys;
		}

		/** A key for the next operation on {@code objectId}, after every key its bucket holds or has been given. */
		long next(String objectId) throws SQLException {
			long bucket = bucket(objectId);
			Long key = next.get(bucket);
			if (key == null && empty) {
				key = first(bucket); // a new store's first write: a bulk import reads no bucket
			} else if (key == null && lastKeys.containsKey(bucket)) {
				key = lastKeys.get(bucket) + 1;
			} else if (key == null) {
				highest.setLong(1, first(bucket));
				highest.setLong(2, end(bucket));
				try (ResultSet rs = highest.executeQuery()) {
					rs.next();
					long max = rs.getLong(1);
					key = rs.wasNull() ? first(bucket) : max + 1;
				}
			}
			if (key >= end(bucket)) {
				// four million operations on the objects of one bucket: not a state a store reaches in use
				throw new SQLException("the journal's bucket " + bucket + " is full");
			}
			next.put(bucket, key + 1);
			return key;
		}

		@Override
		public void close() throws SQLException {
			highest.close();
		}
	}
}
