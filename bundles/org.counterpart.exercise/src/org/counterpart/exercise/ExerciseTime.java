package org.counterpart.exercise;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.exercise.internal.Messages;

/**
 * A moment of exercise time: how long after the start of the exercise (STARTEX, day 1 at 00:00) it is. Written
 * as trainers write it in an MSEL, {@code D2 14:30} (day 2, half past two in the afternoon). Exercise time is its
 * own measure: it runs compressed, stops while the exercise is paused, and never touches the clocks that order
 * operations.
 */
public record ExerciseTime(Duration sinceStart) implements Comparable<ExerciseTime> {

    public static final ExerciseTime STARTEX = new ExerciseTime(Duration.ZERO);

    private static final Pattern TEXT = Pattern.compile("D(\\d{1,3}) ([01]\\d|2[0-3]):([0-5]\\d)");

    public ExerciseTime {
        if (sinceStart == null || sinceStart.isNegative()) {
            throw new IllegalArgumentException("exercise time must not be before the start");
        }
    }

    public static ExerciseTime of(int day, int hour, int minute) {
        if (day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("no such exercise time: day " + day + ", " + hour + ":" + minute);
        }
        return new ExerciseTime(Duration.ofDays(day - 1L).plusHours(hour).plusMinutes(minute));
    }

    /** Reads {@code D<day> HH:MM}; days count from 1. */
    public static ExerciseTime parse(String text) throws ScenarioException {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new ScenarioException(Messages.format(Messages.TIME_MALFORMED, text));
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public int day() {
        return (int) sinceStart.toDays() + 1;
    }

    public ExerciseTime plus(Duration duration) {
        return new ExerciseTime(sinceStart.plus(duration));
    }

    /** The exercise time from this moment to {@code later} (negative if it is earlier). */
    public Duration until(ExerciseTime later) {
        return later.sinceStart.minus(sinceStart);
    }

    @Override
    public int compareTo(ExerciseTime other) {
        return sinceStart.compareTo(other.sinceStart);
    }

    /** {@code D<day> HH:MM}, seconds dropped. */
    @Override
    public String toString() {
        long minutes = sinceStart.toMinutes();
        return String.format("D%d %02d:%02d", minutes / (24 * 60) + 1, (minutes / 60) % 24, minutes % 60);
    }
}
