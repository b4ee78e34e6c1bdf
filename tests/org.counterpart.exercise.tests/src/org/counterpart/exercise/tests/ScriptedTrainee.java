package org.counterpart.exercise.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.InjectMaterial;
import org.counterpart.exercise.Scenario;
import org.counterpart.model.Actor;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.RelationshipKind;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;

/**
 * A trainee's theater filled by a script: each capture stamped with the wall time at which the running exercise
 * clock (one exercise day per ten minutes from {@link #START}) shows the exercise time given. It starts with the
 * State Border Guard, as the demo country has it before the exercise.
 */
final class ScriptedTrainee {

    static final Instant START = Instant.parse("2026-12-05T09:00:00Z");
    static final ExerciseClock CLOCK = ExerciseClock.started(ExerciseClock.DAY_PER_TEN_MINUTES, START);

    private static final CounterpartFactory MODEL = CounterpartFactory.eINSTANCE;
    final Theater theater = MODEL.createTheater();

    ScriptedTrainee() {
        PartnerInstitution guard = MODEL.createPartnerInstitution();
        guard.setName("State Border Guard");
        guard.setCreatedAt(Date.from(START.minus(Duration.ofDays(30))));
        theater.getInstitutions().add(guard);
    }

    /** Every inject of {@code scenario} delivered at its time, with the material it brings. */
    ScriptedTrainee delivered(Scenario scenario) {
        for (Inject inject : scenario.injectsInOrder()) {
            InjectMaterial.missingFrom(theater, scenario, inject, wall(inject.time()).toInstant()).addTo(theater);
        }
        return this;
    }

    /** Grades the observation an inject brought, found by the start of its text. */
    void gradeDelivered(String textStart, String grade) {
        FieldObservation observation = theater.getObservations().stream()
                .filter(o -> InjectMaterial.isControlMaterial(o) && o.getText().startsWith(textStart)).findFirst()
                .orElseThrow();
        observation.setSourceReliability(SourceReliability.get(grade.substring(0, 1)));
        observation.setInformationCredibility(InformationCredibility.get(grade.charAt(1) - '0'));
    }

    static Date wall(ExerciseTime time) {
        return Date.from(START.plus(time.sinceStart().dividedBy(ExerciseClock.DAY_PER_TEN_MINUTES)));
    }

    Contact contact(String name, ExerciseTime at) {
        Contact contact = MODEL.createContact();
        int space = name.lastIndexOf(' ');
        contact.setGivenName(name.substring(0, space));
        contact.setFamilyName(name.substring(space + 1));
        contact.setCreatedAt(wall(at));
        theater.getContacts().add(contact);
        return contact;
    }

    PartnerInstitution institution(String name, ExerciseTime at) {
        PartnerInstitution institution = MODEL.createPartnerInstitution();
        institution.setName(name);
        institution.setCreatedAt(wall(at));
        theater.getInstitutions().add(institution);
        return institution;
    }

    Actor actor(String name) {
        for (Contact contact : theater.getContacts()) {
            if ((contact.getGivenName() + " " + contact.getFamilyName()).equals(name)) {
                return contact;
            }
        }
        return theater.getInstitutions().stream().filter(i -> name.equals(i.getName())).findFirst().orElseThrow();
    }

    void relationship(String source, String target, RelationshipKind kind, ExerciseTime at) {
        Relationship relationship = MODEL.createRelationship();
        relationship.setSource(actor(source));
        relationship.setTarget(actor(target));
        relationship.setKind(kind);
        relationship.setCreatedAt(wall(at));
        theater.getRelationships().add(relationship);
    }

    /** An observation graded as {@code grade} ("B2"; null for ungraded). */
    void observation(String text, String grade, ExerciseTime at) {
        FieldObservation observation = MODEL.createFieldObservation();
        observation.setText(text);
        observation.setCreatedAt(wall(at));
        observation.setRecordedAt(wall(at));
        if (grade != null) {
            observation.setSourceReliability(SourceReliability.get(grade.substring(0, 1)));
            observation.setInformationCredibility(InformationCredibility.get(grade.charAt(1) - '0'));
        }
        theater.getObservations().add(observation);
    }

    static ExerciseTime t(int day, int hour, int minute) {
        return ExerciseTime.of(day, hour, minute);
    }

    /** How long after {@code time}. */
    static ExerciseTime after(ExerciseTime time, Duration duration) {
        return time.plus(duration);
    }
}
