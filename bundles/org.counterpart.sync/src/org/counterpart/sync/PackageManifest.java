package org.counterpart.sync;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a package says about itself: the first entry of its archive ({@code manifest.txt}, see
 * {@code docs/package-format.md}). Written by {@link PackageWriter}; a {@link PackageReader} checks
 * that the operations and attachments match it.
 *
 * @param formatVersion     {@code MAJOR.MINOR} of the package format
 * @param packageId         unique id of this package
 * @param deviceId          the store device that wrote the package
 * @param packageSequence   per sending device: 1 for its first package, then 2, 3, ...
 * @param created           when the package was written (the sender's clock)
 * @param operationCount    number of operations in {@code operations.bin}
 * @param firstClock        lowest hybrid logical clock value among the operations (0 if none)
 * @param lastClock         highest hybrid logical clock value among the operations (0 if none)
 * @param origins           per device whose operations the package carries, their sequence range
 * @param known             per device, the sender holds all its operations up to this sequence:
 *                          the sender's acknowledgement of what it has received
 * @param markingOperations operations that set a handling marking
 * @param classifications   classifications named by those markings (e.g. {@code CUI})
 * @param attachments       attachments by lowercase hex SHA-256, with their size in bytes
 * @param exercise          written by an exercise store ({@code purpose: exercise}); a manifest without
 *                          that line is a real package's
 * @param exerciseMarks     an exercise package only: the sync marks under {@link #EXERCISE_MARK_PREFIX} of the store
 *                          that wrote it (its scenario, exercise clock and deliveries), named without the prefix, so
 *                          that a trainer can score the trainee's work from the package alone
 */
public record PackageManifest(String formatVersion, UUID packageId, String deviceId, long packageSequence,
        Instant created, long operationCount, long firstClock, long lastClock, SortedMap<String, SequenceRange> origins,
        SortedMap<String, Long> known, long markingOperations, SortedSet<String> classifications,
        SortedMap<String, Long> attachments, boolean exercise, SortedMap<String, Long> exerciseMarks) {

    /** The format this version writes (1.1 added the baselines' certificates and the exercise marks). */
    public static final String FORMAT_VERSION = "1.1";

    /** The prefix of the sync marks an exercise store keeps of its exercise, which its packages carry. */
    public static final String EXERCISE_MARK_PREFIX = "exercise/";

    /** The major format version this version reads: packages of any 1.x. */
    public static final int READABLE_MAJOR = 1;

    public PackageManifest {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(packageId, "packageId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(created, "created");
        origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
        known = Collections.unmodifiableSortedMap(new TreeMap<>(known));
        classifications = Collections.unmodifiableSortedSet(new TreeSet<>(classifications));
        attachments = Collections.unmodifiableSortedMap(new TreeMap<>(attachments));
        exerciseMarks = Collections.unmodifiableSortedMap(new TreeMap<>(exerciseMarks));
        if (!exercise && !exerciseMarks.isEmpty()) {
            throw new IllegalArgumentException("a real package carries no exercise marks");
        }
    }

    /** The manifest of a package without exercise marks. */
    public PackageManifest(String formatVersion, UUID packageId, String deviceId, long packageSequence,
            Instant created, long operationCount, long firstClock, long lastClock, SortedMap<String, SequenceRange> origins,
            SortedMap<String, Long> known, long markingOperations, SortedSet<String> classifications,
            SortedMap<String, Long> attachments, boolean exercise) {
        this(formatVersion, packageId, deviceId, packageSequence, created, operationCount, firstClock, lastClock, origins,
                known, markingOperations, classifications, attachments, exercise, new TreeMap<>());
    }

    /** The manifest of a real (not exercise) package. */
    public PackageManifest(String formatVersion, UUID packageId, String deviceId, long packageSequence,
            Instant created, long operationCount, long firstClock, long lastClock, SortedMap<String, SequenceRange> origins,
            SortedMap<String, Long> known, long markingOperations, SortedSet<String> classifications,
            SortedMap<String, Long> attachments) {
        this(formatVersion, packageId, deviceId, packageSequence, created, operationCount, firstClock, lastClock, origins,
                known, markingOperations, classifications, attachments, false);
    }

    /** The major part of {@link #formatVersion()}. */
    public int majorVersion() {
        return Integer.parseInt(formatVersion.substring(0, formatVersion.indexOf('.')));
    }

    /** One line for people: sender, sequence, operations, clock range and markings. */
    public String summary() {
        return (exercise ? "exercise " : "") + "package " + packageSequence + " of device " + deviceId + ", " + operationCount + " operations"
                + (classifications.isEmpty() ? "" : ", marked " + String.join("/", classifications));
    }
}
