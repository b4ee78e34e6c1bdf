package org.counterpart.exercise;

import java.time.Duration;

/** Exercise durations as a trainer reads them: {@code 2 h 30 min}, {@code 1 d 4 h}. */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration duration) {
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" d");
        }
        if (hours > 0) {
            text.append(text.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (rest > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(rest).append(" min");
        }
        return text.toString();
    }
}
