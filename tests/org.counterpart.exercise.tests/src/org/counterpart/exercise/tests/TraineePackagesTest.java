package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.LearningObjective;
import org.counterpart.exercise.Scenario;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.exercise.Scorer;
import org.counterpart.exercise.TraineePackages;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer scores a trainee from the exercise package the trainee sent, with the same figures as from the trainee's
 * store, timeliness included (the package carries the trainee's exercise clock, paused and resumed); a package of
 * another scenario, or one that is no package, is refused with a message and leaves nothing behind.
 */
class TraineePackagesTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path temp;

    private ExerciseAuthority authority;
    private DeviceIdentity trainer;
    private DeviceIdentity trainee;

    @BeforeEach
    void enrol() throws Exception {
        authority = ExerciseAuthority.create(temp.resolve("ca"), "Border Watch", "ca passphrase".toCharArray());
        trainer = authority.enrol("Trainer One", true);
        trainee = authority.enrol("Trainee A", false);
    }

    /** A trainee's store playing {@code scenario}: paused an hour of wall time on day 1, with a report in it. */
    private Path played(String name, Scenario scenario) throws Exception {
        Path dir = temp.resolve(name);
        try (WorkspaceStore store = ExerciseFixture.store(dir, true)) {
            ExerciseRun run = ExerciseRun.start(store, scenario, ExerciseClock.DAY_PER_TEN_MINUTES, START);
            Theater theater = CounterpartFactory.eINSTANCE.createTheater();
            store.resource().getContents().add(theater);
            // D1 12:00 is five wall minutes in; the pause holds the clock there for an hour
            run.pause(START.plus(Duration.ofMinutes(5)));
            run.resume(START.plus(Duration.ofMinutes(65)));
            Contact tamm = CounterpartFactory.eINSTANCE.createContact();
            tamm.setGivenName("Arvo");
            tamm.setFamilyName("Tamm");
            tamm.setCreatedAt(Date.from(START.plus(Duration.ofMinutes(66))));
            theater.getContacts().add(tamm);
            FieldObservation report = CounterpartFactory.eINSTANCE.createFieldObservation();
            report.setText("The chain of command runs through Arvo Tamm");
            // 70 wall minutes: 5 running before the pause, 5 after it, so D2 00:00 on the exercise clock
            report.setRecordedAt(Date.from(START.plus(Duration.ofMinutes(70))));
            report.setCreatedAt(report.getRecordedAt());
            report.setSourceReliability(SourceReliability.B);
            report.setInformationCredibility(InformationCredibility.PROBABLY_TRUE);
            theater.getObservations().add(report);
            store.save();
        }
        return dir;
    }

    private Path export(Path storeDir, String name) throws Exception {
        Path file = temp.resolve(name + ".cpkg");
        try (WorkspaceStore store = ExerciseFixture.open(storeDir); OutputStream out = Files.newOutputStream(file)) {
            new PackageWriter(trainee).write(store, List.of(trainer.certificate().orElseThrow()), List.of(), out);
        }
        return file;
    }

    @Test
    void aTraineeIsScoredFromTheirPackageAsFromTheirStore() throws Exception {
        Scorer scorer = new Scorer(ExerciseFixture.smallScenario(), ExerciseFixture.smallKey());
        Path store = played("trainee", ExerciseFixture.smallScenario());
        TraineeScore fromStore;
        try (WorkspaceStore opened = ExerciseFixture.open(store)) {
            fromStore = scorer.score("Trainee A", (Theater) opened.resource().getContents().get(0),
                    ExerciseRun.open(opened).clock());
        }
        // the report came at D2 00:00 on the paused clock (D1 17:00 had the pause been ignored): 9 h 30 min after inject 2
        assertEquals(java.util.Optional.of(ExerciseTime.of(2, 0, 0)), fromStore.findings().get(0).reportedAt());

        TraineeScore fromPackage = TraineePackages.score(scorer, export(store, "trainee"), trainer, authority.trust());

        assertEquals(fromStore, fromPackage);
        assertEquals("Trainee A", fromPackage.trainee(), "named by the package's signer");
    }

    @Test
    void aPackageOfAnotherScenarioOrNoPackageIsRefused() throws Exception {
        Scenario other = new Scenario("Harbour Watch", 7, List.of(new LearningObjective("LO1", "Watch the harbour")),
                List.of(ExerciseFixture.inject(1, ExerciseTime.of(1, 8, 0),
                        org.counterpart.exercise.DeliveryKind.MESSAGE, "LO1")));
        Path otherPackage = export(played("other", other), "other");
        Scorer scorer = new Scorer(ExerciseFixture.smallScenario(), AnswerKey.EMPTY);
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> TraineePackages.score(scorer, otherPackage, trainer, authority.trust()));
        assertEquals("other.cpkg was written by a trainee playing another scenario than \"Border Watch\"; it is not scored.",
                refused.getMessage());

        Path junk = Files.writeString(temp.resolve("junk.cpkg"), "not a package");
        ScenarioException unreadable = assertThrows(ScenarioException.class,
                () -> TraineePackages.score(scorer, junk, trainer, authority.trust()));
        assertTrue(unreadable.getMessage().startsWith("junk.cpkg was refused: "), unreadable.getMessage());
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("counterpart-trainee-")),
                    "the scratch stores are deleted");
        }
    }
}
