package org.counterpart.exercise;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.exercise.internal.Messages;

/**
 * The MSEL as a spreadsheet: RFC 4180 CSV with a header row, one inject per row. Columns: {@code number},
 * {@code time} ({@code D2 14:30}), {@code delivery} ({@code package}, {@code message}, {@code document},
 * {@code new-contacts}), {@code title}, {@code content}, {@code attachments} and {@code new contacts}
 * (several separated by {@code ;}), {@code expected action}, {@code objective}. Reading checks every row and
 * refuses the whole file, naming the line, when one is wrong.
 */
public final class MselCsv {

    public static final List<String> COLUMNS = List.of("number", "time", "delivery", "title", "content",
            "attachments", "new contacts", "expected action", "objective");

    private MselCsv() {
    }

    public static void write(List<Inject> injects, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Inject inject : injects) {
                printer.printRecord(inject.number(), inject.time(), inject.delivery().label(), inject.title(),
                        inject.content(), String.join(";", inject.attachments()), String.join(";", inject.newContacts()),
                        inject.expectedAction(), inject.objectiveId());
            }
        }
    }

    /** Reads the injects of an MSEL; refuses the file at its first wrong row. */
    public static List<Inject> read(Reader in) throws IOException, ScenarioException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Inject> injects = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw new ScenarioException(Messages.format(Messages.CSV_MISSING_COLUMN, column));
                }
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                Inject inject = inject(row, line);
                if (!numbers.add(inject.number())) {
                    throw new ScenarioException(Messages.format(Messages.CSV_ROW, line,
                            Messages.format(Messages.INJECT_TWICE, inject.number())));
                }
                injects.add(inject);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ScenarioException(Messages.format(Messages.CSV_MALFORMED, e.getMessage()), e);
        }
        return injects;
    }

    private static Inject inject(CSVRecord row, long line) throws ScenarioException {
        if (!row.isConsistent()) {
            throw new ScenarioException(Messages.format(Messages.CSV_ROW, line, Messages.CSV_COLUMN_COUNT));
        }
        int number;
        try {
            number = Integer.parseInt(row.get("number").strip());
        } catch (NumberFormatException e) {
            throw new ScenarioException(Messages.format(Messages.CSV_ROW, line,
                    Messages.format(Messages.INJECT_NUMBER, row.get("number"))));
        }
        if (number < 1) {
            throw new ScenarioException(Messages.format(Messages.CSV_ROW, line,
                    Messages.format(Messages.INJECT_NUMBER, number)));
        }
        ExerciseTime time;
        try {
            time = ExerciseTime.parse(row.get("time"));
        } catch (ScenarioException e) {
            throw new ScenarioException(Messages.format(Messages.CSV_ROW, line, e.getMessage()));
        }
        DeliveryKind delivery = DeliveryKind.fromLabel(row.get("delivery"));
        if (delivery == null) {
            throw new ScenarioException(Messages.format(Messages.CSV_ROW, line,
                    Messages.format(Messages.DELIVERY_UNKNOWN, row.get("delivery"))));
        }
        return new Inject(number, time, delivery, row.get("title").strip(), row.get("content"), list(row.get("attachments")),
                list(row.get("new contacts")), row.get("expected action"), row.get("objective").strip());
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
