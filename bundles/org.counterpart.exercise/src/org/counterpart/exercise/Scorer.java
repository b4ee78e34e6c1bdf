package org.counterpart.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedFinding;
import org.counterpart.exercise.AnswerKey.ExpectedGrading;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.TraineeScore.FindingResult;
import org.counterpart.exercise.TraineeScore.ObjectiveResult;
import org.counterpart.model.Actor;
import org.counterpart.model.Contact;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

/**
 * Scores a trainee's theater against the answer key. Only what the trainee captured during the exercise counts
 * (objects created at or after the exercise's start, not by exercise control), so neither the starting theater nor
 * the material injects bring ({@link InjectMaterial}) helps or hurts; gradings the trainee gives that material count.
 * <ul>
 * <li>Entities and relationships: recall (expected ones captured, of those expected) and precision (captured ones
 * expected, of those captured); contacts are matched by "Given Family", institutions by name or acronym,
 * relationships by both ends and kind.</li>
 * <li>Gradings: the first graded observation (by recording time) whose text contains the phrase carries the grading
 * exactly, or within one step on both scales (B2 for A1, say); an inject's document counts once the trainee grades it.</li>
 * <li>Timeliness: the exercise time, on the running exercise clock, from the inject to the first report whose text
 * contains the finding's phrase; in time when within the tolerance.</li>
 * <li>A learning objective covers the findings for it and the items revealed by the injects that serve it; it is
 * met when at least {@link #MET_SHARE} of them are satisfied and none of its findings is missing.</li>
 * </ul>
 */
public final class Scorer {

    /** The share of an objective's items a trainee must satisfy for the objective to be met. */
    public static final double MET_SHARE = 0.75;

    private final Scenario scenario;
    private final AnswerKey key;

    public Scorer(Scenario scenario, AnswerKey key) {
        this.scenario = scenario;
        this.key = key;
    }

    /** The scenario scored. */
    public Scenario scenario() {
        return scenario;
    }

    public TraineeScore score(String trainee, Theater theater, ExerciseClock clock) {
        Instant start = clock.orders().isEmpty() ? Instant.EPOCH : clock.orders().get(0).at();
        Predicate<Identified> duringExercise = object -> object.getCreatedAt() == null
                || !object.getCreatedAt().toInstant().isBefore(start);
        Predicate<Identified> captured = duringExercise.and(object -> !InjectMaterial.isControlMaterial(object));
        List<Actor> actors = new ArrayList<>();
        theater.getContacts().stream().filter(captured).forEach(actors::add);
        theater.getInstitutions().stream().filter(captured).forEach(actors::add);
        List<Relationship> relationships = theater.getRelationships().stream().filter(captured).toList();
        List<FieldObservation> observations = theater.getObservations().stream().filter(captured)
                .sorted(Comparator.comparing(Scorer::recorded)).toList();
        List<FieldObservation> graded = theater.getObservations().stream().filter(duringExercise)
                .filter(Scorer::isGraded).sorted(Comparator.comparing(Scorer::recorded)).toList();

        Map<Object, Boolean> satisfied = new HashMap<>();
        List<ExpectedEntity> foundEntities = new ArrayList<>();
        for (ExpectedEntity entity : key.entities()) {
            boolean hit = actors.stream().anyMatch(actor -> matches(entity, actor));
            satisfied.put(entity, hit);
            if (hit) {
                foundEntities.add(entity);
            }
        }
        int entityHits = foundEntities.size();
        int actorsExpected = (int) actors.stream()
                .filter(actor -> key.entities().stream().anyMatch(entity -> matches(entity, actor))).count();

        int relationshipHits = 0;
        List<ExpectedRelationship> found = new ArrayList<>();
        for (ExpectedRelationship expected : key.relationships()) {
            boolean hit = relationships.stream().anyMatch(r -> matches(expected, r));
            satisfied.put(expected, hit);
            if (hit) {
                relationshipHits++;
                found.add(expected);
            }
        }
        int relationshipsExpected = (int) relationships.stream()
                .filter(r -> key.relationships().stream().anyMatch(expected -> matches(expected, r))).count();

        int exact = 0;
        int withinOne = 0;
        for (ExpectedGrading grading : key.gradings()) {
            Optional<FieldObservation> report = graded.stream()
                    .filter(o -> AnswerKey.normalized(o.getText()).contains(AnswerKey.normalized(grading.about())))
                    .findFirst();
            int reliability = report.map(o -> o.getSourceReliability().getValue()).orElse(0);
            int credibility = report.map(o -> o.getInformationCredibility().getValue()).orElse(0);
            boolean isGraded = report.isPresent();
            int expectedReliability = grading.reliability() - 'A' + 1;
            boolean isExact = isGraded && reliability == expectedReliability && credibility == grading.credibility();
            boolean isNear = isGraded && Math.abs(reliability - expectedReliability) <= 1
                    && Math.abs(credibility - grading.credibility()) <= 1;
            exact += isExact ? 1 : 0;
            withinOne += isNear ? 1 : 0;
            satisfied.put(grading, isNear);
        }

        List<FindingResult> findings = new ArrayList<>();
        for (ExpectedFinding finding : key.findings()) {
            Inject inject = scenario.inject(finding.inject());
            ExerciseTime injectTime = inject == null ? ExerciseTime.STARTEX : inject.time();
            Optional<ExerciseTime> reported = observations.stream()
                    .filter(o -> AnswerKey.normalized(o.getText()).contains(AnswerKey.normalized(finding.phrase())))
                    .findFirst().map(o -> clock.runningTime(recorded(o)));
            Optional<Duration> delay = reported.map(at -> {
                Duration d = injectTime.until(at);
                return d.isNegative() ? Duration.ZERO : d;
            });
            FindingResult result = new FindingResult(finding, injectTime, reported, delay);
            findings.add(result);
            satisfied.put(finding, result.inTime());
        }

        List<ObjectiveResult> objectives = new ArrayList<>();
        for (LearningObjective objective : scenario.objectives()) {
            objectives.add(objectiveResult(objective, satisfied, findings));
        }
        return new TraineeScore(trainee, new Ratio(entityHits, key.entities().size()),
                new Ratio(actorsExpected, actors.size()), new Ratio(relationshipHits, key.relationships().size()),
                new Ratio(relationshipsExpected, relationships.size()), new Ratio(exact, key.gradings().size()),
                new Ratio(withinOne, key.gradings().size()), findings, objectives, foundEntities, found);
    }

    private ObjectiveResult objectiveResult(LearningObjective objective, Map<Object, Boolean> satisfied,
            List<FindingResult> findings) {
        Set<Integer> injects = scenario.msel().stream().filter(i -> i.objectiveId().equals(objective.id()))
                .map(Inject::number).collect(Collectors.toSet());
        List<String> evidence = new ArrayList<>();
        int hits = 0;
        int total = 0;
        boolean findingMissing = false;
        for (ExpectedEntity entity : key.entities()) {
            if (injects.contains(entity.inject())) {
                boolean ok = satisfied.get(entity);
                hits += ok ? 1 : 0;
                total++;
                evidence.add((ok ? "found" : "missed") + ": " + entity.kind().name().toLowerCase() + " " + entity.name()
                        + " (inject " + entity.inject() + ")");
            }
        }
        for (ExpectedRelationship relationship : key.relationships()) {
            if (injects.contains(relationship.inject())) {
                boolean ok = satisfied.get(relationship);
                hits += ok ? 1 : 0;
                total++;
                evidence.add((ok ? "found" : "missed") + ": " + relationship.source() + " " + relationship.kind() + " "
                        + relationship.target() + " (inject " + relationship.inject() + ")");
            }
        }
        for (ExpectedGrading grading : key.gradings()) {
            if (injects.contains(grading.inject())) {
                boolean ok = satisfied.get(grading);
                hits += ok ? 1 : 0;
                total++;
                evidence.add((ok ? "graded within one step" : "not graded as expected") + ": '" + grading.about()
                        + "', expected " + grading.reliability() + grading.credibility() + " (inject " + grading.inject() + ")");
            }
        }
        for (FindingResult result : findings) {
            ExpectedFinding finding = result.finding();
            if (finding.objectiveId().equals(objective.id())) {
                total++;
                if (result.reportedAt().isEmpty()) {
                    findingMissing = true;
                    evidence.add("not reported: '" + finding.phrase() + "' (inject " + finding.inject() + ")");
                } else {
                    hits += result.inTime() ? 1 : 0;
                    evidence.add((result.inTime() ? "reported in time" : "reported late") + ": '" + finding.phrase()
                            + "' at " + result.reportedAt().get() + ", " + Durations.text(result.delay().get())
                            + " after inject " + finding.inject() + " (allowed " + Durations.text(finding.within()) + ")");
                }
            }
        }
        Ratio items = new Ratio(hits, total);
        boolean met = total > 0 && !findingMissing && items.value() >= MET_SHARE;
        return new ObjectiveResult(objective, met, items, evidence);
    }

    private static boolean isGraded(FieldObservation observation) {
        return observation.getSourceReliability() != null && observation.getInformationCredibility() != null
                && observation.getSourceReliability().getValue() != SourceReliability.UNGRADED_VALUE
                && observation.getInformationCredibility().getValue() != InformationCredibility.UNGRADED_VALUE;
    }

    private static Instant recorded(FieldObservation observation) {
        Date at = observation.getRecordedAt() != null ? observation.getRecordedAt() : observation.getCreatedAt();
        return at == null ? Instant.EPOCH : at.toInstant();
    }

    static boolean matches(ExpectedEntity entity, Actor actor) {
        String name = AnswerKey.normalized(entity.name());
        if (entity.kind() == EntityKind.CONTACT && actor instanceof Contact contact) {
            return name.equals(AnswerKey.normalized(contact.getGivenName() + " " + contact.getFamilyName()));
        }
        if (entity.kind() == EntityKind.INSTITUTION && actor instanceof PartnerInstitution institution) {
            return name.equals(AnswerKey.normalized(institution.getName()))
                    || name.equals(AnswerKey.normalized(institution.getAcronym()));
        }
        return false;
    }

    static boolean matches(ExpectedRelationship expected, Relationship relationship) {
        return relationship.getKind() != null && relationship.getKind().getLiteral().equals(expected.kind())
                && named(relationship.getSource(), expected.source()) && named(relationship.getTarget(), expected.target());
    }

    private static boolean named(Actor actor, String name) {
        String wanted = AnswerKey.normalized(name);
        if (actor instanceof Contact contact) {
            return wanted.equals(AnswerKey.normalized(contact.getGivenName() + " " + contact.getFamilyName()));
        }
        if (actor instanceof PartnerInstitution institution) {
            return wanted.equals(AnswerKey.normalized(institution.getName()))
                    || wanted.equals(AnswerKey.normalized(institution.getAcronym()));
        }
        return false;
    }
}
