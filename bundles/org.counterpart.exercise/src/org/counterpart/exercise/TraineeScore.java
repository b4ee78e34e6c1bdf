package org.counterpart.exercise;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one trainee did against the answer key.
 *
 * @param trainee               the trainee's name
 * @param entityRecall          expected entities captured, of those expected
 * @param entityPrecision       captured entities that were expected, of those captured
 * @param relationshipRecall    expected relationships captured, of those expected
 * @param relationshipPrecision captured relationships that were expected, of those captured
 * @param gradingExact          expected gradings matched exactly, of those expected
 * @param gradingWithinOne      expected gradings matched within one step on both scales, of those expected
 * @param findings              each expected finding: when it was reported, if it was, and whether in time
 * @param objectives            each learning objective: met or not, with the evidence
 * @param foundEntities         the expected entities the trainee captured
 * @param foundRelationships    the expected relationships the trainee captured
 */
public record TraineeScore(String trainee, Ratio entityRecall, Ratio entityPrecision, Ratio relationshipRecall,
        Ratio relationshipPrecision, Ratio gradingExact, Ratio gradingWithinOne, List<FindingResult> findings,
        List<ObjectiveResult> objectives, List<AnswerKey.ExpectedEntity> foundEntities,
        List<AnswerKey.ExpectedRelationship> foundRelationships) {

    public TraineeScore {
        findings = List.copyOf(findings);
        objectives = List.copyOf(objectives);
        foundEntities = List.copyOf(foundEntities);
        foundRelationships = List.copyOf(foundRelationships);
    }

    /**
     * An expected finding and the trainee's report of it.
     *
     * @param reportedAt the exercise time of the first report containing the phrase, if any
     * @param delay      exercise time from the inject's delivery to that report (zero if reported before)
     */
    public record FindingResult(AnswerKey.ExpectedFinding finding, ExerciseTime injectTime,
            Optional<ExerciseTime> reportedAt, Optional<Duration> delay) {

        public boolean inTime() {
            return delay.isPresent() && delay.get().compareTo(finding.within()) <= 0;
        }
    }

    /** Met or not, with the evidence: one line per item of the answer key the objective covers. */
    public record ObjectiveResult(LearningObjective objective, boolean met, Ratio items, List<String> evidence) {
        public ObjectiveResult {
            evidence = List.copyOf(evidence);
        }
    }

    /** Findings reported in time, of those expected. */
    public Ratio timeliness() {
        return new Ratio((int) findings.stream().filter(FindingResult::inTime).count(), findings.size());
    }

    /** The mean delay of the findings reported, if any were. */
    public Optional<Duration> meanDelay() {
        List<Duration> delays = findings.stream().flatMap(f -> f.delay().stream()).toList();
        if (delays.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(delays.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(delays.size()));
    }

    public Ratio objectivesMet() {
        return new Ratio((int) objectives.stream().filter(ObjectiveResult::met).count(), objectives.size());
    }
}
