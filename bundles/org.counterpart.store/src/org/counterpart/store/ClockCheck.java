package org.counterpart.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.counterpart.store.internal.Messages;
import org.counterpart.store.journal.HybridLogicalClock;

/**
 * Compares this computer's wall clock with the newest clock a store has received from other devices, at unlock and
 * at export. A computer whose clock runs far ahead stamps its changes in the future, and receivers refuse its
 * packages (they accept clocks at most a day ahead of their own); one whose clock runs behind what it has received is
 * most likely wrong too. Either way the user is warned and can set the clock right before exporting.
 *
 * @param ahead          whether this computer's clock is ahead of the newest received clock (else behind it)
 * @param deviceId       the device whose clock is the newest received
 * @param newestReceived that clock's physical time
 * @param wallClock      this computer's clock when checked
 */
public record ClockCheck(boolean ahead, String deviceId, Instant newestReceived, Instant wallClock) {

	/** A clock behind the newest received one by more than this is reported: the receivers' drift bound. */
	public static final Duration BEHIND_TOLERANCE = Duration.ofDays(1);
	/**
	 * A clock ahead of the newest received one by more than this is reported: longer than a device usually goes
	 * without receiving a package.
	 */
	public static final Duration AHEAD_TOLERANCE = Duration.ofDays(30);

	private static final long DAY = Duration.ofDays(1).toMillis();
	private static final long YEAR = 365 * DAY;

	/** How far apart the two clocks are. */
	public Duration skew() {
		return Duration.between(ahead ? newestReceived : wallClock, ahead ? wallClock : newestReceived);
	}

	/** The warning for people, with what to do. */
	public String message() {
		return Messages.format(ahead ? Messages.CLOCK_AHEAD : Messages.CLOCK_BEHIND, wallClock, span(skew().toMillis()),
				deviceId, newestReceived);
	}

	/**
	 * Checks {@code wallClockMillis} against the newest clock {@code store} has received from another device.
	 *
	 * @return a warning if the clocks are further apart than the tolerances, else empty (also when nothing was
	 *         received yet)
	 */
	public static Optional<ClockCheck> check(WorkspaceStore store, long wallClockMillis) throws StoreException {
		long newest = -1;
		String newestDevice = null;
		for (Map.Entry<String, Long> head : store.journalHeads().entrySet()) {
			if (head.getKey().equals(store.deviceId())) {
				continue;
			}
			// a device's clock only grows: its newest operation is its head or one beyond a gap
			long[] max = { -1 };
			try {
				store.readJournal(head.getKey(), Math.max(0, head.getValue() - 1),
						operation -> max[0] = Math.max(max[0], operation.timestamp()));
			} catch (IOException e) {
				throw new StoreException(StoreException.Reason.CORRUPT,
						Messages.format(Messages.CORRUPT_STATE, "journal of " + head.getKey()));
			}
			if (max[0] > newest) {
				newest = max[0];
				newestDevice = head.getKey();
			}
		}
		if (newestDevice == null) {
			return Optional.empty();
		}
		long received = HybridLogicalClock.physical(newest);
		if (wallClockMillis - received > AHEAD_TOLERANCE.toMillis()) {
			return Optional.of(new ClockCheck(true, newestDevice, Instant.ofEpochMilli(received),
					Instant.ofEpochMilli(wallClockMillis)));
		}
		if (received - wallClockMillis > BEHIND_TOLERANCE.toMillis()) {
			return Optional.of(new ClockCheck(false, newestDevice, Instant.ofEpochMilli(received),
					Instant.ofEpochMilli(wallClockMillis)));
		}
		return Optional.empty();
	}

	/** A span for people, in its two largest units: "3 years 2 days", "5 hours 12 minutes", "40 seconds". */
	public static String span(long millis) {
		long years = millis / YEAR;
		long days = millis % YEAR / DAY;
		long hours = millis % DAY / 3_600_000;
		long minutes = millis % 3_600_000 / 60_000;
		long seconds = millis % 60_000 / 1000;
		if (years > 0) {
			return join(years, "year", days, "day");
		}
		if (days > 0) {
			return join(days, "day", hours, "hour");
		}
		if (hours > 0) {
			return join(hours, "hour", minutes, "minute");
		}
		if (minutes > 0) {
			return join(minutes, "minute", seconds, "second");
		}
		return unit(seconds, "second");
	}

	private static String join(long major, String majorUnit, long minor, String minorUnit) {
		return minor == 0 ? unit(major, majorUnit) : unit(major, majorUnit) + " " + unit(minor, minorUnit);
	}

	private static String unit(long count, String unit) {
		return count + " " + unit + (count == 1 ? "" : "s");
	}
}
