package org.counterpart.exercise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.counterpart.exercise.internal.Messages;

/**
 * What a good trainee captures, for the trainers: the entities, relationships, gradings and findings of the
 * scenario, each tied to the inject that reveals it, with the tolerances a scorer allows. Names are matched
 * without regard to case or repeated spaces.
 */
public record AnswerKey(List<ExpectedEntity> entities, List<ExpectedRelationship> relationships,
        List<ExpectedGrading> gradings, List<ExpectedFinding> findings) {

    public static final AnswerKey EMPTY = new AnswerKey(List.of(), List.of(), List.of(), List.of());

    public AnswerKey {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
        gradings = List.copyOf(gradings);
        findings = List.copyOf(findings);
    }

    /** The kinds of entity a trainee records. */
    public enum EntityKind {
        CONTACT, INSTITUTION
    }

    /** An institution (by name or acronym) or a contact (by "Given Family") the trainee should have. */
    public record ExpectedEntity(EntityKind kind, String name, int inject) {
        public ExpectedEntity {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A relationship the trainee should record: between the actors named (as in {@link ExpectedEntity}), of the
     * kind named as the model spells it ({@code reports-to}, {@code advises}, ...).
     */
    public record ExpectedRelationship(String source, String target, String kind, int inject) {
        public ExpectedRelationship {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * The grading an observation about {@code about} (a phrase its text contains) should carry: source reliability
     * A-F and information credibility 1-6. Exact, or within one step on each scale.
     */
    public record ExpectedGrading(String about, char reliability, int credibility, int inject) {
        public ExpectedGrading {
            Objects.requireNonNull(about, "about");
            if (reliability < 'A' || reliability > 'F' || credibility < 1 || credibility > 6) {
                throw new IllegalArgumentException("grading " + reliability + credibility + " is not A-F 1-6");
            }
        }
    }

    /**
     * A finding the trainee should report: an observation whose text contains {@code phrase}, for learning
     * objective {@code objectiveId}, within {@code within} of exercise time after inject {@code inject} arrived.
     */
    public record ExpectedFinding(String objectiveId, String phrase, int inject, Duration within) {
        public ExpectedFinding {
            Objects.requireNonNull(objectiveId, "objectiveId");
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(within, "within");
        }
    }

    /**
     * What makes this key unfair to trainees of {@code scenario}, for the trainer; empty if nothing does. A contact
     * that an inject brings into the theater ({@link InjectMaterial}) is not the trainee's capture, so the key cannot
     * expect it.
     */
    public List<String> problems(Scenario scenario) {
        List<String> problems = new ArrayList<>();
        for (ExpectedEntity entity : entities) {
            if (entity.kind() != EntityKind.CONTACT) {
                continue;
            }
            for (Inject inject : scenario.injectsInOrder()) {
                if (inject.delivery() == DeliveryKind.NEW_CONTACTS && inject.newContacts().stream()
                        .anyMatch(name -> normalized(name).equals(normalized(entity.name())))) {
                    problems.add(Messages.format(Messages.KEY_EXPECTS_DELIVERED, entity.name(), inject.number()));
                }
            }
        }
        return problems;
    }

    /** How names and phrases are compared: lower case, single spaces, trimmed. */
    public static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
