package org.counterpart.cli.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a span of time given on the command line: a whole number and a unit ({@code 90s}, {@code 45m}, {@code 12h},
 * {@code 1d}, {@code 2w}) or an ISO-8601 duration ({@code PT36H}, {@code P3D}).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhdw])");

    @Override
    public Duration convert(String value) {
        Matcher given = SHORT.matcher(value.trim());
        if (given.matches()) {
            long n = Long.parseLong(given.group(1));
            return switch (given.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration: give a number and a unit, such as"
                    + " 12h, 1d or 2w (s, m, h, d, w), or an ISO-8601 duration such as PT36H.");
        }
    }
}
