package org.counterpart.sync.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.SequenceRange;

/**
 * The text form of a manifest: UTF-8 lines {@code key: value}, one key per line, {@code format}
 * first. Keys a 1.x reader does not know are ignored (a newer minor version may add some); a newer
 * major version is refused before anything else is read.
 */
public final class ManifestCodec {

    public static final int MAX_BYTES = 1 << 20;

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern EXERCISE_MARK = Pattern.compile("[A-Za-z0-9._-][A-Za-z0-9._/-]{0,127}");
    private static final String EXERCISE_KEY = "exercise.";
    private static final Pattern CLASSIFICATION = Pattern.compile("[A-Z][A-Z0-9_ ]{0,63}");

    private ManifestCodec() {
    }

    public static byte[] encode(PackageManifest manifest) {
        StringBuilder text = new StringBuilder();
        line(text, "format", manifest.formatVersion());
        line(text, "package-id", manifest.packageId().toString());
        line(text, "device", manifest.deviceId());
        line(text, "package-sequence", Long.toString(manifest.packageSequence()));
        line(text, "created", manifest.created().toString());
        line(text, "operation-count", Long.toString(manifest.operationCount()));
        line(text, "clock-first", Long.toString(manifest.firstClock()));
        line(text, "clock-last", Long.toString(manifest.lastClock()));
        manifest.origins().forEach((device, range) -> line(text, "origin." + device, range.toString()));
        manifest.known().forEach((device, sequence) -> line(text, "known." + device, Long.toString(sequence)));
        line(text, "marking-operations", Long.toString(manifest.markingOperations()));
        line(text, "classifications", String.join(",", manifest.classifications()));
        manifest.attachments().forEach((hash, size) -> line(text, "attachment." + hash, Long.toString(size)));
        if (manifest.exercise()) {
            // only exercise packages carry the line, so that real packages stay as readers before it expect them
            line(text, "purpose", "exercise");
            manifest.exerciseMarks().forEach((mark, value) -> line(text, EXERCISE_KEY + mark, Long.toString(value)));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(": ").append(value).append('\n');
    }

    public static PackageManifest decode(byte[] bytes) throws PackageException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("it is not UTF-8 text");
        }
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[lines.length - 1].isEmpty()) {
            throw malformed("it does not end with a line break");
        }
        Map<String, String> fields = new TreeMap<>();
        SortedMap<String, SequenceRange> origins = new TreeMap<>();
        SortedMap<String, Long> known = new TreeMap<>();
        SortedMap<String, Long> attachments = new TreeMap<>();
        SortedMap<String, Long> exerciseMarks = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw malformed("line " + (i + 1) + " is not 'key: value'");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (!seen.add(key)) {
                throw malformed("'" + key + "' appears twice");
            }
            if (i == 0) {
                if (!key.equals("format")) {
                    throw malformed("it does not start with the format version");
                }
                checkVersion(value);
            }
            if (key.startsWith("origin.")) {
                String device = device(key.substring(7), key);
                String[] bounds = value.split("-", -1);
                if (bounds.length != 2) {
                    throw malformed("'" + key + "' is not a range FIRST-LAST");
                }
                try {
                    origins.put(device, new SequenceRange(number(bounds[0], key), number(bounds[1], key)));
                } catch (IllegalArgumentException e) {
                    throw malformed("'" + key + "' is not a valid range");
                }
            } else if (key.startsWith("known.")) {
                known.put(device(key.substring(6), key), number(value, key));
            } else if (key.startsWith("attachment.")) {
                String hash = key.substring(11);
                if (!SHA256.matcher(hash).matches()) {
                    throw malformed("'" + key + "' does not name a SHA-256 hash");
                }
                attachments.put(hash, number(value, key));
            } else if (key.startsWith(EXERCISE_KEY)) {
                String mark = key.substring(EXERCISE_KEY.length());
                if (!EXERCISE_MARK.matcher(mark).matches()) {
                    throw malformed("'" + key + "' does not name an exercise mark");
                }
                exerciseMarks.put(mark, number(value, key));
            } else {
                fields.put(key, value);
            }
        }
        UUID id;
        try {
            id = UUID.fromString(required(fields, "package-id"));
        } catch (IllegalArgumentException e) {
            throw malformed("'package-id' is not a UUID");
        }
        Instant created;
        try {
            created = Instant.parse(required(fields, "created"));
        } catch (DateTimeParseException e) {
            throw malformed("'created' is not an ISO-8601 instant");
        }
        SortedSet<String> classifications = new TreeSet<>();
        String listed = required(fields, "classifications");
        if (!listed.isEmpty()) {
            for (String classification : listed.split(",", -1)) {
                if (!CLASSIFICATION.matcher(classification).matches()) {
                    throw malformed("'classifications' holds an invalid name");
                }
                classifications.add(classification);
            }
        }
        String purpose = fields.getOrDefault("purpose", "real");
        if (!purpose.equals("real") && !purpose.equals("exercise")) {
            throw malformed("'purpose' is neither 'real' nor 'exercise'");
        }
        if (purpose.equals("real") && !exerciseMarks.isEmpty()) {
            throw malformed("a real package carries exercise marks");
        }
        long sequence = number(required(fields, "package-sequence"), "package-sequence");
        if (sequence < 1) {
            throw malformed("'package-sequence' must be at least 1");
        }
        return new PackageManifest(required(fields, "format"), id, device(required(fields, "device"), "device"),
                sequence, created, number(required(fields, "operation-count"), "operation-count"),
                number(required(fields, "clock-first"), "clock-first"),
                number(required(fields, "clock-last"), "clock-last"), origins, known,
                number(required(fields, "marking-operations"), "marking-operations"), classifications, attachments,
                purpose.equals("exercise"), exerciseMarks);
    }

    /** Refuses a manifest of a newer major version with a message that says what to do. */
    public static void checkVersion(String version) throws PackageException {
        var matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            throw malformed("'format' is not MAJOR.MINOR");
        }
        int major = Integer.parseInt(matcher.group(1));
        if (major > PackageManifest.READABLE_MAJOR) {
            throw new PackageException(Reason.NEWER_VERSION,
                    Messages.format(Messages.NEWER_VERSION, version, PackageManifest.READABLE_MAJOR));
        }
        if (major < 1) {
            throw malformed("format " + version + " does not exist");
        }
    }

    private static String required(Map<String, String> fields, String key) throws PackageException {
        String value = fields.get(key);
        if (value == null) {
            throw malformed("'" + key + "' is missing");
        }
        return value;
    }

    private static String device(String value, String key) throws PackageException {
        if (!DEVICE.matcher(value).matches()) {
            throw malformed("'" + key + "' does not name a device");
        }
        return value;
    }

    private static long number(String value, String key) throws PackageException {
        try {
            long n = Long.parseLong(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw malformed("'" + key + "' is not a non-negative number");
        }
    }

    private static PackageException malformed(String detail) {
        return new PackageException(Reason.MALFORMED_MANIFEST, Messages.format(Messages.MANIFEST_MALFORMED, detail));
    }
}
