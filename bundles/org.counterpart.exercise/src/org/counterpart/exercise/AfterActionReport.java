package org.counterpart.exercise;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.TraineeScore.ObjectiveResult;
import org.counterpart.exercise.internal.FindingsDiagram;
import org.counterpart.exercise.internal.ReportCharts;
import org.counterpart.exercise.internal.ReportStyle;

import static org.counterpart.exercise.internal.Html.escape;

/**
 * The after-action report of an exercise: one self-contained HTML file (inline CSS and SVG, no script, nothing
 * fetched from anywhere) that opens in any browser and prints on A4 and Letter. It holds the figures per trainee
 * and per learning objective with their evidence, charts of them, the timeline of injects against the trainees'
 * reports, and the relationships found and missed drawn on the Contact network diagram.
 */
public final class AfterActionReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Scenario scenario;
    private final AnswerKey key;
    private final List<TraineeScore> scores;

    public AfterActionReport(Scenario scenario, AnswerKey key, List<TraineeScore> scores) {
        this.scenario = scenario;
        this.key = key;
        this.scores = List.copyOf(scores);
    }

    public void write(Writer out, Instant written) throws IOException {
        String banner = "EXERCISE EXERCISE EXERCISE \u2013 " + scenario.title() + " \u2013 EXERCISE EXERCISE EXERCISE";
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>After-action report \u2013 " + escape(scenario.title()) + "</title>\n");
        out.write("<style>\n" + ReportStyle.CSS + "</style>\n</head>\n<body>\n");
        out.write("<div class=\"banner top\">" + escape(banner) + "</div>\n<main>\n");
        header(out, written);
        summary(out);
        objectives(out);
        timeline(out);
        relationships(out);
        method(out);
        out.write("</main>\n<div class=\"banner bottom\">" + escape(banner) + "</div>\n</body>\n</html>\n");
        out.flush();
    }

    private void header(Writer out, Instant written) throws IOException {
        out.write("<header><p class=\"kicker\">After-action report</p><h1>" + escape(scenario.title()) + "</h1>\n");
        int days = scenario.msel().stream().mapToInt(i -> i.time().day()).max().orElse(1);
        out.write("<p class=\"facts\">" + scores.size() + (scores.size() == 1 ? " trainee" : " trainees") + " \u00b7 "
                + scenario.msel().size() + " injects over " + days + (days == 1 ? " exercise day" : " exercise days")
                + " \u00b7 " + scenario.objectives().size() + " learning objectives \u00b7 written " + WHEN.format(written)
                + "</p></header>\n");
        if (scores.isEmpty()) {
            out.write("<p class=\"note\">No trainee store was scored.</p>\n");
        }
    }

    private void summary(Writer out) throws IOException {
        out.write("<section><h2>Figures per trainee</h2>\n<table class=\"figures\"><thead><tr><th>Trainee</th>"
                + "<th>Entities<br><span>recall / precision</span></th><th>Relationships<br><span>recall / precision</span></th>"
                + "<th>Gradings<br><span>exact / within one</span></th><th>Findings in time</th><th>Mean delay</th>"
                + "<th>Objectives met</th></tr></thead>\n<tbody>\n");
        for (TraineeScore score : scores) {
            out.write("<tr><th>" + escape(score.trainee()) + "</th><td>" + cell(score.entityRecall()) + " / "
                    + cell(score.entityPrecision()) + "</td><td>" + cell(score.relationshipRecall()) + " / "
                    + cell(score.relationshipPrecision()) + "</td><td>" + cell(score.gradingExact()) + " / "
                    + cell(score.gradingWithinOne()) + "</td><td>" + cell(score.timeliness()) + "</td><td>"
                    + score.meanDelay().map(Durations::text).orElse("\u2013") + "</td><td>" + cell(score.objectivesMet())
                    + "</td></tr>\n");
        }
        out.write("</tbody></table>\n<figure>" + ReportCharts.figuresChart(scores)
                + "<figcaption>Each bar is a share from 0 to 100 %; a trainee who captured nothing of a kind has no precision."
                + "</figcaption></figure></section>\n");
    }

    private static String cell(Ratio ratio) {
        return "<span class=\"ratio\" title=\"" + ratio.hits() + " of " + ratio.total() + "\">" + ratio.percent()
                + "</span> <span class=\"count\">(" + ratio.hits() + "/" + ratio.total() + ")</span>";
    }

    private void objectives(Writer out) throws IOException {
        out.write("<section><h2>Learning objectives</h2>\n<table class=\"objectives\"><thead><tr><th>Objective</th>");
        for (TraineeScore score : scores) {
            out.write("<th>" + escape(score.trainee()) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < scenario.objectives().size(); i++) {
            LearningObjective objective = scenario.objectives().get(i);
            out.write("<tr><th><b>" + escape(objective.id()) + "</b> " + escape(objective.text()) + "</th>");
            for (TraineeScore score : scores) {
                ObjectiveResult result = score.objectives().get(i);
                out.write("<td class=\"" + (result.met() ? "met" : "unmet") + "\">" + (result.met() ? "Met" : "Not met")
                        + " <span class=\"count\">(" + result.items().hits() + "/" + result.items().total() + ")</span></td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody></table>\n<h3>Evidence</h3>\n");
        for (TraineeScore score : scores) {
            out.write("<div class=\"evidence\"><h4>" + escape(score.trainee()) + "</h4>\n");
            for (ObjectiveResult result : score.objectives()) {
                out.write("<p><b>" + escape(result.objective().id()) + "</b> " + (result.met() ? "met" : "not met") + ", "
                        + result.items().hits() + " of " + result.items().total() + " items</p>\n<ul>");
                for (String line : result.evidence()) {
                    String kind = line.startsWith("found") || line.startsWith("reported in time")
                            || line.startsWith("graded within") ? "ok" : "miss";
                    out.write("<li class=\"" + kind + "\">" + escape(line) + "</li>");
                }
                out.write("</ul>\n");
            }
            out.write("</div>\n");
        }
        out.write("</section>\n");
    }

    private void timeline(Writer out) throws IOException {
        List<Inject> injects = scenario.injectsInOrder();
        out.write("<section><h2>Injects and reports</h2>\n<figure>" + ReportCharts.timeline(injects, scores)
                + "<figcaption>Exercise time from STARTEX; each finding the answer key expects is joined to its inject.</figcaption></figure>\n");
        out.write("<table class=\"msel\"><thead><tr><th>No.</th><th>Time</th><th>Delivery</th><th>Inject</th>"
                + "<th>Expected action</th><th>Objective</th></tr></thead>\n<tbody>\n");
        for (Inject inject : injects) {
            out.write("<tr><td>" + inject.number() + "</td><td class=\"nowrap\">" + inject.time() + "</td><td>"
                    + inject.delivery().label() + "</td><td><b>" + escape(inject.title()) + "</b><br>"
                    + escape(inject.content()) + "</td><td>" + escape(inject.expectedAction()) + "</td><td>"
                    + escape(inject.objectiveId()) + "</td></tr>\n");
        }
        out.write("</tbody></table></section>\n");
    }

    private void relationships(Writer out) throws IOException {
        out.write("<section class=\"network\"><h2>Relationships found and missed</h2>\n<figure class=\"diagram\">"
                + FindingsDiagram.svg(key, scores)
                + "<figcaption>The answer key on the Contact network diagram. Line width: how many trainees found the "
                + "relationship; dashed: nobody did. Contacts: green when every trainee captured them, pale green when "
                + "some did, grey when nobody did.</figcaption></figure>\n");
        out.write("<table><thead><tr><th>Relationship</th><th>Inject</th><th>Found by</th></tr></thead>\n<tbody>\n");
        for (ExpectedRelationship relationship : key.relationships()) {
            List<String> finders = scores.stream().filter(s -> s.foundRelationships().contains(relationship))
                    .map(TraineeScore::trainee).toList();
            out.write("<tr class=\"" + (finders.isEmpty() ? "miss" : "ok") + "\"><td>" + escape(relationship.source()) + " <i>"
                    + escape(relationship.kind()) + "</i> " + escape(relationship.target()) + "</td><td>"
                    + relationship.inject() + "</td><td>" + (finders.isEmpty() ? "nobody"
                            : escape(String.join(", ", finders)) + " (" + finders.size() + " of " + scores.size() + ")")
                    + "</td></tr>\n");
        }
        out.write("</tbody></table></section>\n");
    }

    private void method(Writer out) throws IOException {
        out.write("<section class=\"method\"><h2>How the figures are made</h2><p>Only what a trainee captured after "
                + "STARTEX counts. Recall: the answer key's entities (or relationships) the trainee captured, of those in "
                + "the key; precision: the trainee's captured entities (or relationships) that the key expects, of those "
                + "captured. Gradings: the first report that names the subject carries the expected source reliability and "
                + "information credibility exactly, or within one step on both scales. Findings: the exercise time from the "
                + "inject to the first report that names the finding, in time within the tolerance of the answer key. A "
                + "learning objective is met when at least " + Math.round(Scorer.MET_SHARE * 100) + " % of its items are "
                + "satisfied and none of its findings is missing.</p></section>\n");
    }
}
