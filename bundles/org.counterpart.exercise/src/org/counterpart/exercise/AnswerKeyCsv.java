package org.counterpart.exercise;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedFinding;
import org.counterpart.exercise.AnswerKey.ExpectedGrading;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.internal.Messages;

/**
 * A scenario's learning objectives and answer key as a spreadsheet a trainer edits: RFC 4180 CSV with a header row,
 * one item per row, its kind in the {@code item} column:
 * <ul>
 * <li>{@code title}: the exercise's name in {@code text};</li>
 * <li>{@code objective}: a learning objective, its id in {@code objective}, what it asks in {@code text};</li>
 * <li>{@code contact}, {@code institution}: an entity the trainee should capture, named in {@code text}
 * ("Given Family", or an institution's name or acronym), revealed by {@code inject};</li>
 * <li>{@code relationship}: from the actor named in {@code text} to the one in {@code target}, of the kind in
 * {@code relationship} ({@code reports-to}, {@code advises}, ...), revealed by {@code inject};</li>
 * <li>{@code grading}: the grading ({@code B2}) an observation whose text holds the phrase in {@code text} should
 * carry, for {@code inject};</li>
 * <li>{@code finding}: a report whose text holds the phrase in {@code text}, for learning objective
 * {@code objective}, due within {@code within hours} of {@code inject}.</li>
 * </ul>
 * The answer key travels encrypted to trainers in the scenario package; this file is the trainer's working copy.
 * Reading checks every row and refuses the whole file, naming the line, when one is wrong.
 */
public final class AnswerKeyCsv {

    public static final List<String> COLUMNS = List.of("item", "inject", "objective", "text", "target", "relationship",
            "grading", "within hours");

    /** What the file holds: the scenario's title and objectives, and its answer key. */
    public record Authored(String title, List<LearningObjective> objectives, AnswerKey key) {
        public Authored {
            objectives = List.copyOf(objectives);
        }

        /** The scenario these make with {@code msel}, starting from the shipped demo country. */
        public Scenario scenario(List<Inject> msel) {
            return new Scenario(title, DemoScenario.THEATER_SEED, objectives, msel);
        }
    }

    private AnswerKeyCsv() {
    }

    public static void write(Authored authored, Writer out) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord("title", "", "", authored.title(), "", "", "", "");
            for (LearningObjective objective : authored.objectives()) {
                printer.printRecord("objective", "", objective.id(), objective.text(), "", "", "", "");
            }
            AnswerKey key = authored.key();
            for (ExpectedEntity entity : key.entities()) {
                printer.printRecord(entity.kind().name().toLowerCase(Locale.ROOT), entity.inject(), "", entity.name(), "",
                        "", "", "");
            }
            for (ExpectedRelationship relationship : key.relationships()) {
                printer.printRecord("relationship", relationship.inject(), "", relationship.source(), relationship.target(),
                        relationship.kind(), "", "");
            }
            for (ExpectedGrading grading : key.gradings()) {
                printer.printRecord("grading", grading.inject(), "", grading.about(), "", "",
                        "" + grading.reliability() + grading.credibility(), "");
            }
            for (ExpectedFinding finding : key.findings()) {
                printer.printRecord("finding", finding.inject(), finding.objectiveId(), finding.phrase(), "", "", "",
                        hours(finding.within()));
            }
        }
    }

    /** Reads a scenario's title, objectives and answer key; refuses the file at its first wrong row. */
    public static Authored read(Reader in) throws IOException, ScenarioException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        String title = null;
        List<LearningObjective> objectives = new ArrayList<>();
        Set<String> objectiveIds = new HashSet<>();
        List<ExpectedEntity> entities = new ArrayList<>();
        List<ExpectedRelationship> relationships = new ArrayList<>();
        List<ExpectedGrading> gradings = new ArrayList<>();
        List<ExpectedFinding> findings = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    throw new ScenarioException(Messages.format(Messages.KEY_MISSING_COLUMN, column));
                }
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (!row.isConsistent()) {
                    throw rowProblem(line, Messages.CSV_COLUMN_COUNT);
                }
                String item = row.get("item").strip().toLowerCase(Locale.ROOT);
                String text = row.get("text").strip();
                if (text.isEmpty()) {
                    throw rowProblem(line, Messages.format(Messages.KEY_NO_TEXT, item));
                }
                switch (item) {
                case "title" -> title = text;
                case "objective" -> {
                    String id = row.get("objective").strip();
                    if (id.isEmpty() || !objectiveIds.add(id)) {
                        throw rowProblem(line, id.isEmpty() ? Messages.KEY_NO_OBJECTIVE
                                : Messages.format(Messages.OBJECTIVE_TWICE, id));
                    }
                    objectives.add(new LearningObjective(id, text));
                }
                case "contact", "institution" -> entities.add(new ExpectedEntity(
                        EntityKind.valueOf(item.toUpperCase(Locale.ROOT)), text, inject(row, line)));
                case "relationship" -> {
                    String target = row.get("target").strip();
                    String kind = row.get("relationship").strip();
                    if (target.isEmpty() || kind.isEmpty()) {
                        throw rowProblem(line, Messages.KEY_RELATIONSHIP);
                    }
                    relationships.add(new ExpectedRelationship(text, target, kind, inject(row, line)));
                }
                case "grading" -> gradings.add(grading(text, row.get("grading").strip(), inject(row, line), line));
                case "finding" -> {
                    String objective = row.get("objective").strip();
                    if (objective.isEmpty()) {
                        throw rowProblem(line, Messages.KEY_NO_OBJECTIVE);
                    }
                    findings.add(new ExpectedFinding(objective, text, inject(row, line),
                            within(row.get("within hours"), line)));
                }
                default -> throw rowProblem(line, Messages.format(Messages.KEY_ITEM, row.get("item")));
                }
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ScenarioException(Messages.format(Messages.KEY_MALFORMED, e.getMessage()), e);
        }
        if (title == null) {
            throw new ScenarioException(Messages.KEY_NO_TITLE);
        }
        for (ExpectedFinding finding : findings) {
            if (!objectiveIds.contains(finding.objectiveId())) {
                throw new ScenarioException(Messages.format(Messages.KEY_UNKNOWN_OBJECTIVE, finding.phrase(),
                        finding.objectiveId()));
            }
        }
        return new Authored(title, objectives, new AnswerKey(entities, relationships, gradings, findings));
    }

    private static int inject(CSVRecord row, long line) throws ScenarioException {
        try {
            int number = Integer.parseInt(row.get("inject").strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw rowProblem(line, Messages.format(Messages.INJECT_NUMBER, row.get("inject")));
    }

    private static ExpectedGrading grading(String about, String grading, int inject, long line) throws ScenarioException {
        if (grading.length() == 2) {
            char reliability = Character.toUpperCase(grading.charAt(0));
            int credibility = grading.charAt(1) - '0';
            if (reliability >= 'A' && reliability <= 'F' && credibility >= 1 && credibility <= 6) {
                return new ExpectedGrading(about, reliability, credibility, inject);
            }
        }
        throw rowProblem(line, Messages.format(Messages.KEY_GRADING, grading));
    }

    private static Duration within(String hours, long line) throws ScenarioException {
        try {
            double value = Double.parseDouble(hours.strip());
            if (value > 0 && value <= 24 * 30) {
                return Duration.ofMinutes(Math.round(value * 60));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw rowProblem(line, Messages.format(Messages.KEY_WITHIN, hours));
    }

    private static String hours(Duration within) {
        long minutes = within.toMinutes();
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : Double.toString(minutes / 60.0);
    }

    private static ScenarioException rowProblem(long line, String problem) {
        return new ScenarioException(Messages.format(Messages.KEY_ROW, line, problem));
    }
}
