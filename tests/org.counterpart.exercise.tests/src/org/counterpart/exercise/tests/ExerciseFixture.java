package org.counterpart.exercise.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.LearningObjective;
import org.counterpart.exercise.Scenario;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;

/** A small scenario and exercise stores in a temporary folder. */
final class ExerciseFixture {

    static final String PASSPHRASE = "exercise store passphrase";
    /** Cheap key stretching: the tests open stores several times. */
    static final KeyDerivation.Parameters FAST_KDF = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);

    private ExerciseFixture() {
    }

    static Scenario smallScenario() {
        return new Scenario("Border Watch", 7,
                List.of(new LearningObjective("LO1", "Map the border guard's chain of command"),
                        new LearningObjective("LO2", "Grade sources soundly")),
                List.of(inject(3, ExerciseTime.of(2, 9, 0), DeliveryKind.DOCUMENT, "LO2"),
                        inject(1, ExerciseTime.of(1, 8, 0), DeliveryKind.MESSAGE, "LO1"),
                        inject(2, ExerciseTime.of(1, 14, 30), DeliveryKind.NEW_CONTACTS, "LO1"),
                        inject(4, ExerciseTime.of(3, 10, 0), DeliveryKind.PACKAGE, "LO2")));
    }

    static Inject inject(int number, ExerciseTime time, DeliveryKind delivery, String objective) {
        return new Inject(number, time, delivery, "Inject " + number, "Text of inject " + number + ", with \"quotes\", commas",
                delivery == DeliveryKind.DOCUMENT ? List.of("report.pdf", "map.png") : List.of(),
                delivery == DeliveryKind.NEW_CONTACTS ? List.of("Liis Kask", "Peeter Saar") : List.of(),
                "Record what it says", objective);
    }

    static AnswerKey smallKey() {
        return new AnswerKey(
                List.of(new AnswerKey.ExpectedEntity(AnswerKey.EntityKind.CONTACT, "Arvo Tamm", 2)),
                List.of(new AnswerKey.ExpectedRelationship("Arvo Tamm", "Liis Kask", "reports-to", 2)),
                List.of(new AnswerKey.ExpectedGrading("smuggling route", 'B', 2, 3)),
                List.of(new AnswerKey.ExpectedFinding("LO1", "chain of command", 2, Duration.ofHours(6))));
    }

    /** A new, empty store in {@code dir}, marked exercise if asked, open and loaded. */
    static WorkspaceStore store(Path dir, boolean exercise) throws StoreException {
        JdbcWorkspaceStore.create(dir, PASSPHRASE.toCharArray(), FAST_KDF).close();
        if (exercise) {
            WorkspaceStore.markExercise(dir);
        }
        return open(dir);
    }

    static WorkspaceStore open(Path dir) throws StoreException {
        WorkspaceStore store = JdbcWorkspaceStore.open(dir, PASSPHRASE.toCharArray());
        store.load();
        return store;
    }
}
