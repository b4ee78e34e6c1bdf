package org.counterpart.exercise.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.Ratio;
import org.counterpart.exercise.TraineeScore;

/**
 * The report's charts as inline SVG: plain shapes and text with explicit sizes, no scripts, no external fonts, so
 * that a browser shows and prints them offline.
 */
public final class ReportCharts {

    /** The figures charted per trainee, in the order of the legend. */
    private static final String[] MEASURES = { "Entity recall", "Entity precision", "Relationship recall",
            "Relationship precision", "Grading exact", "Grading within one", "Findings in time" };
    private static final String[] COLOURS = { "#1f5f99", "#6a9fd0", "#2e7d32", "#81c784", "#8e44ad", "#c39bd3",
            "#e67e22" };

    private ReportCharts() {
    }

    private static Ratio[] measures(TraineeScore score) {
        return new Ratio[] { score.entityRecall(), score.entityPrecision(), score.relationshipRecall(),
                score.relationshipPrecision(), score.gradingExact(), score.gradingWithinOne(), score.timeliness() };
    }

    /** Grouped horizontal bars: per trainee, one bar per measure, from 0 to 100 %. */
    public static String figuresChart(List<TraineeScore> scores) {
        int label = 150;
        int width = 660;
        int plot = width - label - 50;
        int bar = 9;
        int group = MEASURES.length * (bar + 2) + 14;
        int legend = 22 * ((MEASURES.length + 2) / 3);
        int height = 24 + scores.size() * group + legend + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(open(width, height, "Figures per trainee"));
        // grid
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = label + plot * pct / 100.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"16\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>"
                            + "<text x=\"%.1f\" y=\"12\" font-size=\"9\" text-anchor=\"middle\" fill=\"#555\">%d%%</text>",
                    x, x, 20 + scores.size() * group, x, pct));
        }
        int y = 22;
        for (TraineeScore score : scores) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"end\">%s</text>",
                    label - 8, y + group / 2, Html.escape(score.trainee())));
            Ratio[] values = measures(score);
            for (int i = 0; i < values.length; i++) {
                int by = y + i * (bar + 2);
                if (values[i].isDefined()) {
                    double w = Math.max(1, plot * values[i].value());
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>"
                                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"8\" fill=\"#333\">%s</text>",
                            label, by, w, bar, COLOURS[i], MEASURES[i], values[i], label + w + 3, by + bar - 1,
                            values[i].percent()));
                } else {
                    svg.append(String.format(Locale.ROOT,
                            "<text x=\"%d\" y=\"%d\" font-size=\"8\" fill=\"#777\">%s: nothing captured</text>", label + 3,
                            by + bar - 1, MEASURES[i]));
                }
            }
            y += group;
        }
        y += 4;
        for (int i = 0; i < MEASURES.length; i++) {
            int lx = 10 + (i % 3) * 215;
            int ly = y + (i / 3) * 22;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
                    lx, ly, COLOURS[i], lx + 17, ly + 10, MEASURES[i]));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The injects on the exercise time line, and per trainee when each expected finding was reported: a green dot in
     * time, an orange one late, joined to its inject.
     */
    public static String timeline(List<Inject> injects, List<TraineeScore> scores) {
        int label = 120;
        int width = 660;
        int plot = width - label - 20;
        long days = Math.max(1, injects.stream().mapToInt(i -> i.time().day()).max().orElse(1));
        for (TraineeScore score : scores) {
            for (TraineeScore.FindingResult finding : score.findings()) {
                if (finding.reportedAt().isPresent()) {
                    days = Math.max(days, finding.reportedAt().get().day());
                }
            }
        }
        double minutes = days * 24 * 60.0;
        int rowHeight = 26;
        int top = 36;
        int firstRow = 16;
        int height = top + firstRow + (scores.size() + 1) * rowHeight + 30;
        StringBuilder svg = new StringBuilder(open(width, height, "Injects and reports on the exercise time line"));
        for (int day = 0; day <= days; day++) {
            double x = label + plot * day / (double) days;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#cccccc\"/>", x, top - 14, x,
                    height - 24));
            if (day < days) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#444\">Day %d</text>", x + 3, top - 18,
                        day + 1));
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"end\">Injects</text>",
                label - 8, top + 4));
        double lastX = -100;
        int lane = 0;
        for (Inject inject : injects) {
            double x = label + plot * inject.time().sinceStart().toMinutes() / minutes;
            // injects close in time alternate between two lanes, so that their numbers stay readable
            lane = x - lastX < 16 ? 1 - lane : 0;
            lastX = x;
            int injectRow = top + lane * 15;
            svg.append(String.format(Locale.ROOT,
                    "<g><title>Inject %d at %s: %s</title><rect x=\"%.1f\" y=\"%d\" width=\"14\" height=\"14\" fill=\"#34495e\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"8\" fill=\"#ffffff\" text-anchor=\"middle\">%d</text></g>",
                    inject.number(), inject.time(), Html.escape(inject.title()), x - 7, injectRow - 7, x, injectRow + 3,
                    inject.number()));
        }
        int row = 1;
        for (TraineeScore score : scores) {
            int y = top + firstRow + row * rowHeight;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>"
                            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eeeeee\"/>",
                    label - 8, y + 4, Html.escape(score.trainee()), label, y, label + plot, y));
            for (TraineeScore.FindingResult finding : score.findings()) {
                double ix = label + plot * finding.injectTime().sinceStart().toMinutes() / minutes;
                if (finding.reportedAt().isEmpty()) {
                    svg.append(String.format(Locale.ROOT,
                            "<g><title>'%s' not reported</title><text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#c0392b\" text-anchor=\"middle\">\u00d7</text></g>",
                            Html.escape(finding.finding().phrase()), ix, y + 4));
                    continue;
                }
                ExerciseTime at = finding.reportedAt().get();
                double x = label + plot * at.sinceStart().toMinutes() / minutes;
                String colour = finding.inTime() ? "#2e7d32" : "#e67e22";
                svg.append(String.format(Locale.ROOT,
                        "<g><title>'%s' reported at %s, %s after inject %d</title>"
                                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                                + "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"/></g>",
                        Html.escape(finding.finding().phrase()), at, durationText(finding.delay().orElse(Duration.ZERO)),
                        finding.finding().inject(), ix, y, x, y, colour, x, y, colour));
            }
            row++;
        }
        int ly = height - 12;
        svg.append(String.format(Locale.ROOT,
                "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#2e7d32\"/><text x=\"%d\" y=\"%d\" font-size=\"10\">reported in time</text>"
                        + "<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"#e67e22\"/><text x=\"%d\" y=\"%d\" font-size=\"10\">reported late</text>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#c0392b\">\u00d7</text><text x=\"%d\" y=\"%d\" font-size=\"10\">not reported (at its inject)</text>",
                label, ly - 3, label + 9, ly, label + 130, ly - 3, label + 139, ly, label + 250, ly + 1, label + 262, ly));
        return svg.append("</svg>").toString();
    }

    private static String durationText(Duration duration) {
        return org.counterpart.exercise.Durations.text(duration);
    }

    private static String open(int width, int height, String title) {
        return String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                        + " font-family=\"DejaVu Sans, Arial, sans-serif\"><title>%s</title>",
                width, height, width, height, Html.escape(title));
    }
}
