package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedFinding;
import org.counterpart.exercise.AnswerKey.ExpectedGrading;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Ratio;
import org.counterpart.exercise.Scorer;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.junit.jupiter.api.Test;

/**
 * A trainee's small theater scored against a small answer key, every figure worked out by hand below: recall and
 * precision of entities and relationships, grading accuracy, timeliness, and each objective met or not with its
 * evidence.
 */
class ScorerTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    private static final CounterpartFactory MODEL = CounterpartFactory.eINSTANCE;

    static AnswerKey key() {
        return new AnswerKey(
                List.of(new ExpectedEntity(EntityKind.CONTACT, "Arvo Tamm", 2),
                        new ExpectedEntity(EntityKind.CONTACT, "Liis  kask", 2),
                        new ExpectedEntity(EntityKind.INSTITUTION, "BGHQ", 1),
                        new ExpectedEntity(EntityKind.CONTACT, "Peeter Saar", 3)),
                List.of(new ExpectedRelationship("Arvo Tamm", "Liis Kask", "reports-to", 2),
                        new ExpectedRelationship("Liis Kask", "Border Guard Headquarters", "advises", 1)),
                List.of(new ExpectedGrading("smuggling route", 'B', 2, 3), new ExpectedGrading("fuel shortage", 'C', 3, 4)),
                List.of(new ExpectedFinding("LO1", "chain of command", 2, Duration.ofHours(6)),
                        new ExpectedFinding("LO2", "smuggling route", 3, Duration.ofHours(4))));
    }

    /** What the trainee captured; {@code minutes} of wall time after the start (144 exercise minutes each). */
    static Theater traineeTheater() {
        Theater theater = MODEL.createTheater();
        Contact old = contact(theater, "Old", "Timer", Duration.ofDays(-30));
        Contact arvo = contact(theater, "Arvo", "Tamm", Duration.ofMinutes(6));
        Contact liis = contact(theater, "Liis", "Kask", Duration.ofMinutes(6));
        Contact mart = contact(theater, "Mart", "Kuusk", Duration.ofMinutes(7));
        PartnerInstitution hq = MODEL.createPartnerInstitution();
        hq.setName("Border Guard Headquarters");
        hq.setAcronym("BGHQ");
        hq.setCreatedAt(at(Duration.ofMinutes(2)));
        theater.getInstitutions().add(hq);
        relationship(theater, arvo, liis, RelationshipKind.REPORTS_TO);
        relationship(theater, liis, mart, RelationshipKind.COUNTERPART_OF);
        // before the exercise: neither counted nor held against the trainee
        relationship(theater, old, hq, RelationshipKind.ADVISES).setCreatedAt(at(Duration.ofDays(-30)));
        observation(theater, "Arvo Tamm described the Chain of Command", Duration.ofMinutes(8), SourceReliability.B,
                InformationCredibility.PROBABLY_TRUE);
        observation(theater, "A smuggling route crosses the river", Duration.ofMinutes(20), SourceReliability.C,
                InformationCredibility.PROBABLY_TRUE);
        return theater;
    }

    private static Date at(Duration afterStart) {
        return Date.from(START.plus(afterStart));
    }

    private static Contact contact(Theater theater, String given, String family, Duration created) {
        Contact contact = MODEL.createContact();
        contact.setGivenName(given);
        contact.setFamilyName(family);
        contact.setCreatedAt(at(created));
        theater.getContacts().add(contact);
        return contact;
    }

    private static Relationship relationship(Theater theater, org.counterpart.model.Actor source,
            org.counterpart.model.Actor target, RelationshipKind kind) {
        Relationship relationship = MODEL.createRelationship();
        relationship.setSource(source);
        relationship.setTarget(target);
        relationship.setKind(kind);
        relationship.setCreatedAt(at(Duration.ofMinutes(9)));
        theater.getRelationships().add(relationship);
        return relationship;
    }

    private static void observation(Theater theater, String text, Duration recorded, SourceReliability reliability,
            InformationCredibility credibility) {
        FieldObservation observation = MODEL.createFieldObservation();
        observation.setText(text);
        observation.setCreatedAt(at(recorded));
        observation.setRecordedAt(at(recorded));
        observation.setSourceReliability(reliability);
        observation.setInformationCredibility(credibility);
        theater.getObservations().add(observation);
    }

    @Test
    void theFiguresAreThoseWorkedOutByHand() {
        TraineeScore score = new Scorer(ExerciseFixture.smallScenario(), key()).score("Trainee A", traineeTheater(),
                ExerciseClock.started(ExerciseClock.DAY_PER_TEN_MINUTES, START));

        // captured after the start: Arvo Tamm, Liis Kask, Mart Kuusk, BGHQ; Peeter Saar missing; Old Timer not counted
        assertEquals(new Ratio(3, 4), score.entityRecall());
        assertEquals(new Ratio(3, 4), score.entityPrecision());
        // Arvo reports-to Liis found; Liis advises BGHQ missed; Liis counterpart-of Mart not expected
        assertEquals(new Ratio(1, 2), score.relationshipRecall());
        assertEquals(new Ratio(1, 2), score.relationshipPrecision());
        assertEquals(List.of(key().relationships().get(0)), score.foundRelationships());
        // smuggling route graded C2 for B2: one step off; fuel shortage never reported
        assertEquals(new Ratio(0, 2), score.gradingExact());
        assertEquals(new Ratio(1, 2), score.gradingWithinOne());

        // chain of command: 8 wall minutes = 19 h 12 min of exercise, D1 19:12; inject 2 at D1 14:30: 4 h 42 min, in time
        TraineeScore.FindingResult chain = score.findings().get(0);
        assertEquals(Optional.of(ExerciseTime.of(1, 19, 12)), chain.reportedAt());
        assertEquals(Optional.of(Duration.ofMinutes(4 * 60 + 42)), chain.delay());
        assertTrue(chain.inTime());
        // smuggling route: 20 wall minutes = D3 00:00; inject 3 at D2 09:00: 15 h, late (4 h allowed)
        TraineeScore.FindingResult smuggling = score.findings().get(1);
        assertEquals(Optional.of(ExerciseTime.of(3, 0, 0)), smuggling.reportedAt());
        assertEquals(Optional.of(Duration.ofHours(15)), smuggling.delay());
        assertFalse(smuggling.inTime());
        assertEquals(new Ratio(1, 2), score.timeliness());
        assertEquals(Optional.of(Duration.ofMinutes((4 * 60 + 42 + 15 * 60) / 2)), score.meanDelay());

        // LO1 (injects 1, 2): Arvo, Liis, BGHQ found, Arvo->Liis found, Liis->BGHQ missed, finding in time: 5/6, met
        TraineeScore.ObjectiveResult lo1 = score.objectives().get(0);
        assertEquals("LO1", lo1.objective().id());
        assertEquals(new Ratio(5, 6), lo1.items());
        assertTrue(lo1.met());
        assertTrue(lo1.evidence().contains("missed: Liis Kask advises Border Guard Headquarters (inject 1)"), lo1.evidence().toString());
        assertTrue(lo1.evidence().contains("reported in time: 'chain of command' at D1 19:12, 4 h 42 min after inject 2 (allowed 6 h)"),
                lo1.evidence().toString());
        // LO2 (injects 3, 4): Peeter Saar missed, smuggling graded within one, fuel not, finding late: 1/4, not met
        TraineeScore.ObjectiveResult lo2 = score.objectives().get(1);
        assertEquals(new Ratio(1, 4), lo2.items());
        assertFalse(lo2.met());
        assertTrue(lo2.evidence().contains("reported late: 'smuggling route' at D3 00:00, 15 h after inject 3 (allowed 4 h)"),
                lo2.evidence().toString());
        assertEquals(new Ratio(1, 2), score.objectivesMet());
    }

    @Test
    void aTraineeWhoCapturedNothingScoresZeroAndMeetsNothing() {
        Theater empty = MODEL.createTheater();
        TraineeScore score = new Scorer(ExerciseFixture.smallScenario(), key()).score("Trainee B", empty,
                ExerciseClock.started(ExerciseClock.DAY_PER_TEN_MINUTES, START));
        assertEquals(new Ratio(0, 4), score.entityRecall());
        assertFalse(score.entityPrecision().isDefined());
        assertEquals("\u2013", score.entityPrecision().percent());
        assertEquals(new Ratio(0, 2), score.timeliness());
        assertEquals(Optional.empty(), score.meanDelay());
        assertEquals(new Ratio(0, 2), score.objectivesMet());
        assertTrue(score.objectives().get(1).evidence().contains("not reported: 'smuggling route' (inject 3)"));
    }
}
