package org.counterpart.exercise;

/** A share such as a recall: {@code hits} of {@code total}. Undefined (no value) when the total is 0. */
public record Ratio(int hits, int total) {

    public Ratio {
        if (hits < 0 || total < 0 || hits > total) {
            throw new IllegalArgumentException(hits + " of " + total);
        }
    }

    public boolean isDefined() {
        return total > 0;
    }

    /** The share from 0 to 1; NaN when undefined. */
    public double value() {
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** Whole percent, e.g. {@code 67%}; an en dash when undefined. */
    public String percent() {
        return total == 0 ? "\u2013" : Math.round(100.0 * hits / total) + "%";
    }

    /** {@code 2/3 (67%)}. */
    @Override
    public String toString() {
        return hits + "/" + total + " (" + percent() + ")";
    }
}
