package org.counterpart.sync.internal;

import java.time.Duration;
import java.time.Instant;

import org.counterpart.store.ClockCheck;
import org.counterpart.store.journal.HybridLogicalClock;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;

/**
 * Refuses operations whose hybrid-logical-clock value runs more than the allowed drift ahead of this
 * computer's wall clock. Merging such a value would pull the receiver's clock (and with it every later
 * operation of every device that syncs with it) into the future, and a value near the encoding's
 * maximum would leave no room to count on: so nothing ahead is ever stored, and nothing at the limits.
 */
public final class ClockBound {

    private final long nowMillis;
    private final long maxDriftMillis;

    /** A bound on {@code maxDrift} ahead of {@code nowMillis}, this computer's wall clock. */
    public ClockBound(long nowMillis, Duration maxDrift) {
        this.nowMillis = nowMillis;
        this.maxDriftMillis = maxDrift.toMillis();
    }

    /**
     * @throws PackageException with {@link Reason#CLOCK_AHEAD} naming the operation's device and how far its
     *                          clock runs ahead
     */
    public void check(Operation operation) throws PackageException {
        long timestamp = operation.timestamp();
        long ahead = HybridLogicalClock.physical(timestamp) - nowMillis;
        if (ahead > maxDriftMillis || !HybridLogicalClock.isValid(timestamp)) {
            String device = operation.deviceId() == null ? "?" : operation.deviceId();
            throw new PackageException(Reason.CLOCK_AHEAD, Messages.format(Messages.CLOCK_AHEAD, device,
                    describe(ahead), describe(maxDriftMillis),
                    Instant.ofEpochMilli(HybridLogicalClock.physical(timestamp)), Instant.ofEpochMilli(nowMillis)));
        }
    }

    /** A span for people: "3 years 2 days", "5 hours 12 minutes", "40 seconds". */
    public static String describe(long millis) {
        return ClockCheck.span(millis);
    }
}
