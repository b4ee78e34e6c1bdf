package org.counterpart.exercise;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One order of the trainer to every trainee's exercise clock: pause, resume, or release everything up to an exercise
 * time. It travels signed (see {@link ClockOrders}) and is applied once per store, however often it is read.
 *
 * @param id    names the order, so that a store applies it once
 * @param kind  what the trainer ordered
 * @param at    when the trainer gave it, on the wall clock
 * @param until for a release, the exercise time released up to; {@code null} otherwise
 */
public record ClockOrder(UUID id, Kind kind, Instant at, ExerciseTime until) {

    /** What the trainer orders. */
    public enum Kind {
        PAUSE, RESUME, RELEASE
    }

    public ClockOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if ((kind == Kind.RELEASE) != (until != null)) {
            throw new IllegalArgumentException("a release, and only a release, names the exercise time it releases to");
        }
    }

    public static ClockOrder pause(Instant at) {
        return new ClockOrder(UUID.randomUUID(), Kind.PAUSE, at, null);
    }

    public static ClockOrder resume(Instant at) {
        return new ClockOrder(UUID.randomUUID(), Kind.RESUME, at, null);
    }

    public static ClockOrder release(Instant at, ExerciseTime until) {
        return new ClockOrder(UUID.randomUUID(), Kind.RELEASE, at, until);
    }
}
