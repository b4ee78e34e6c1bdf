package org.counterpart.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exercise time from the wall clock: it starts at STARTEX when the exercise starts, runs {@code compression} times
 * faster than the wall clock while the exercise runs (144: one exercise day per 10 minutes), stands still while it
 * is paused, and never runs behind what the trainer has released by hand. Immutable: each order gives a new clock.
 * The hybrid logical clocks that order operations know nothing of it.
 */
public record ExerciseClock(int compression, List<Order> orders, ExerciseTime releasedUntil) {

    /** One exercise day per ten minutes. */
    public static final int DAY_PER_TEN_MINUTES = 144;

    /** What the trainer did, and when on the wall clock. */
    public enum OrderKind {
        START, PAUSE, RESUME
    }

    public record Order(OrderKind kind, Instant at) {
        public Order {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }
    }

    public ExerciseClock {
        if (compression < 1 || compression > 10_000) {
            throw new IllegalArgumentException("compression must be 1 to 10000, not " + compression);
        }
        orders = List.copyOf(orders);
        Objects.requireNonNull(releasedUntil, "releasedUntil");
    }

    /** A clock started at {@code start}. */
    public static ExerciseClock started(int compression, Instant start) {
        return new ExerciseClock(compression, List.of(new Order(OrderKind.START, start)), ExerciseTime.STARTEX);
    }

    public boolean isRunning() {
        return !orders.isEmpty() && orders.get(orders.size() - 1).kind() != OrderKind.PAUSE;
    }

    /** This clock paused at {@code at}; a paused clock stays as it is. */
    public ExerciseClock pause(Instant at) {
        return isRunning() ? with(new Order(OrderKind.PAUSE, at)) : this;
    }

    /** This clock running again from {@code at}; a running clock stays as it is. */
    public ExerciseClock resume(Instant at) {
        return isRunning() ? this : with(new Order(OrderKind.RESUME, at));
    }

    /** This clock with everything up to {@code until} released, whatever the time. */
    public ExerciseClock release(ExerciseTime until) {
        return until.compareTo(releasedUntil) > 0 ? new ExerciseClock(compression, orders, until) : this;
    }

    private ExerciseClock with(Order order) {
        if (!orders.isEmpty() && order.at().isBefore(orders.get(orders.size() - 1).at())) {
            throw new IllegalArgumentException("orders must follow one another in time");
        }
        List<Order> more = new ArrayList<>(orders);
        more.add(order);
        return new ExerciseClock(compression, more, releasedUntil);
    }

    /** The exercise time the running clock shows at wall time {@code wall}, ignoring manual releases. */
    public ExerciseTime runningTime(Instant wall) {
        Duration run = Duration.ZERO;
        Instant runningSince = null;
        for (Order order : orders) {
            if (order.at().isAfter(wall)) {
                break;
            }
            if (order.kind() == OrderKind.PAUSE) {
                if (runningSince != null) {
                    run = run.plus(Duration.between(runningSince, order.at()));
                }
                runningSince = null;
            } else if (runningSince == null) {
                runningSince = order.at();
            }
        }
        if (runningSince != null) {
            run = run.plus(Duration.between(runningSince, wall));
        }
        return new ExerciseTime(run.multipliedBy(compression));
    }

    /** What is due at wall time {@code wall}: the running time, or the released time if that is later. */
    public ExerciseTime dueUntil(Instant wall) {
        ExerciseTime running = runningTime(wall);
        return running.compareTo(releasedUntil) >= 0 ? running : releasedUntil;
    }
}
