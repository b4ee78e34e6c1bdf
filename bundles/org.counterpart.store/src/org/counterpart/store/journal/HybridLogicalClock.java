package org.counterpart.store.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", OPODIS 2014).
 * <p>
 * A timestamp is one {@code long}: the physical part (milliseconds since the epoch) in the upper 48 bits
 * and a logical counter in the lower 16 bits, so that timestamps compare as plain numbers and stay close
 * to wall-clock time. The clock never goes backwards, even if the time source does (a laptop whose clock
 * was reset): it then keeps the last physical part and counts up. If the counter would overflow, the
 * physical part is advanced by one millisecond, which keeps the order and costs at most that millisecond
 * of drift. Thread-safe.
 * </p>
 * <p>
 * A remote timestamp is merged only if it is a valid encoding and not absurdly far ahead of the local time: a
 * clock that took a value near the encoding's maximum would issue every later timestamp there, and fail once
 * its counter ran out. Every clock refuses values more than {@link #MAX_DRIFT_MILLIS} ahead; a tighter drift may
 * be set. (Packages are refused long before, by their own, configurable bound.)
 * </p>
 */
public final class HybridLogicalClock {

	public static final int LOGICAL_BITS = 16;
	private static final long LOGICAL_MASK = (1L << LOGICAL_BITS) - 1;
	private static final long MAX_PHYSICAL = (1L << (63 - LOGICAL_BITS)) - 1;
	/** No clock takes a remote physical time further ahead of its own than this: about a century. */
	public static final long MAX_DRIFT_MILLIS = 100L * 366 * 24 * 60 * 60 * 1000;

	private final LongSupplier physicalTime;
	private final long maxForwardDriftMillis;
	private long last;

	/** A clock on {@link System#currentTimeMillis()} that refuses only remote timestamps beyond {@link #MAX_DRIFT_MILLIS}. */
	public HybridLogicalClock() {
		this(System::currentTimeMillis, 0);
	}

	/**
	 * @param physicalTime the time source in milliseconds since the epoch (injectable for tests)
	 * @param maxForwardDriftMillis if positive, {@link #receive(long)} refuses remote timestamps further ahead
	 *                              of the local time source than this (a badly wrong remote clock would
	 *                              otherwise drag every later local timestamp along); 0, or more than
	 *                              {@link #MAX_DRIFT_MILLIS}, means {@link #MAX_DRIFT_MILLIS}
	 */
	public HybridLogicalClock(LongSupplier physicalTime, long maxForwardDriftMillis) {
		this.physicalTime = Objects.requireNonNull(physicalTime);
		this.maxForwardDriftMillis = maxForwardDriftMillis > 0 ? Math.min(maxForwardDriftMillis, MAX_DRIFT_MILLIS)
				: MAX_DRIFT_MILLIS;
	}

	/**
	 * Whether {@code timestamp} is one a clock can take without running out: non-negative, and at least
	 * {@link #MAX_DRIFT_MILLIS} below the encoding's largest physical time (year 6429), so that counting on from it
	 * can never reach the end.
	 */
	public static boolean isValid(long timestamp) {
		return timestamp >= 0 && physical(timestamp) <= MAX_PHYSICAL - MAX_DRIFT_MILLIS;
	}

	public static long physical(long timestamp) {
		return timestamp >>> LOGICAL_BITS;
	}

	public static int logical(long timestamp) {
		return (int) (timestamp & LOGICAL_MASK);
	}

	public static long pack(long physicalMillis, int logical) {
		if (physicalMillis < 0 || physicalMillis > MAX_PHYSICAL || logical < 0 || logical > LOGICAL_MASK) {
			throw new IllegalArgumentException("timestamp out of range");
		}
		return physicalMillis << LOGICAL_BITS | logical;
	}

	/** Readable form, e.g. {@code 2025-01-02T03:04:05.678Z+3}. */
	public static String toString(long timestamp) {
		return Instant.ofEpochMilli(physical(timestamp)) + "+" + logical(timestamp);
	}

	/** The last timestamp issued or received (0 before any). */
	public synchronized long current() {
		return last;
	}

	/**
	 * Raises the clock to at least {@code timestamp} without issuing one (e.g. the last value persisted).
	 *
	 * @throws IllegalArgumentException if {@code timestamp} is not {@linkplain #isValid(long) valid}; the clock
	 *                                  is unchanged then
	 */
	public synchronized void advanceTo(long timestamp) {
		if (!isValid(timestamp)) {
			throw new IllegalArgumentException("timestamp out of range: " + timestamp);
		}
		if (timestamp > last) {
			last = timestamp;
		}
	}

	/** Send or local event: a timestamp greater than every one issued or received so far. */
	public synchronized long now() {
		long pt = physicalNow();
		long l = physical(last);
		long lNew = Math.max(l, pt);
		long c = lNew == l ? logical(last) + 1 : 0;
		return last = normalise(lNew, c);
	}

	/**
	 * Receive event: merges a remote timestamp and returns a timestamp greater than both it and every local
	 * one.
	 *
	 * @throws IllegalArgumentException if the remote timestamp is not {@linkplain #isValid(long) valid} or is
	 *                                  further ahead than the allowed drift; the clock is unchanged then
	 */
	public synchronized long receive(long remote) {
		if (!isValid(remote)) {
			throw new IllegalArgumentException("timestamp out of range: " + remote);
		}
		long pt = physicalNow();
		long lm = physical(remote);
		if (lm - pt > maxForwardDriftMillis) {
			throw new IllegalArgumentException("remote clock is " + (lm - pt) + " ms ahead of local time");
		}
		return merge(remote, pt, lm);
	}

	/** Whether {@link #receive(long)} would take {@code remote} now: to check a whole batch before merging any. */
	public boolean accepts(long remote) {
		return isValid(remote) && physical(remote) - physicalNow() <= maxForwardDriftMillis;
	}

	private long merge(long remote, long pt, long lm) {
		long l = physical(last);
		long lNew = Math.max(Math.max(l, lm), pt);
		long c;
		if (lNew == l && lNew == lm) {
			c = Math.max(logical(last), logical(remote)) + 1;
		} else if (lNew == l) {
			c = logical(last) + 1;
		} else if (lNew == lm) {
			c = logical(remote) + 1L;
		} else {
			c = 0;
		}
		return last = normalise(lNew, c);
	}

	private long physicalNow() {
		return Math.max(0, Math.min(physicalTime.getAsLong(), MAX_PHYSICAL));
	}

	private static long normalise(long physical, long logical) {
		if (logical > LOGICAL_MASK) {
			// counter exhausted within one millisecond: borrow the next millisecond
			return pack(physical + 1, 0);
		}
		return pack(physical, (int) logical);
	}
}
