package org.counterpart.sync;

/** The sequence numbers {@code first..last} (inclusive) of one device's operations in a package. */
public record SequenceRange(long first, long last) {

    public SequenceRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("invalid sequence range " + first + ".." + last);
        }
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
