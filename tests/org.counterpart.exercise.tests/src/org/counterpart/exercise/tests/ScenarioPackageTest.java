package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.exercise.ScenarioPackage;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.tests.harness.TestAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario package is signed by a trainer of the exercise's own authority and encrypted to the class; its answer
 * key opens for trainers only; a package signed or checked with a real authority, or altered, is refused.
 */
class ScenarioPackageTest {

    @TempDir
    static Path temp;

    private static ExerciseAuthority authority;
    private static DeviceIdentity trainer;
    private static Map<String, DeviceIdentity> trainees;
    private static byte[] sealed;

    @BeforeAll
    static void setUp() throws Exception {
        authority = ExerciseAuthority.create(temp.resolve("exercise-ca"), "Border Watch", "ca passphrase".toCharArray());
        trainer = authority.enrol("Trainer One", true);
        trainees = authority.enrolClass(List.of("Trainee A", "Trainee B"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScenarioPackage.write(ExerciseFixture.smallScenario(), ExerciseFixture.smallKey(), trainer,
                trainees.values().stream().map(t -> t.certificate().orElseThrow()).toList(),
                List.of(trainer.certificate().orElseThrow()), out);
        sealed = out.toByteArray();
    }

    @Test
    void theTrainerReadsTheScenarioAndTheAnswerKey() throws Exception {
        ScenarioPackage.Opened opened = ScenarioPackage.read(new ByteArrayInputStream(sealed), trainer, authority.trust());
        assertEquals(ExerciseFixture.smallScenario(), opened.scenario());
        assertEquals(ExerciseFixture.smallKey(), opened.answerKey().orElseThrow());
        assertTrue(opened.signer().certificate().getSubjectX500Principal().getName().contains("CN=Trainer One"));
    }

    @Test
    void aTraineeReadsTheScenarioButNotTheAnswerKey() throws Exception {
        for (DeviceIdentity trainee : trainees.values()) {
            ScenarioPackage.Opened opened = ScenarioPackage.read(new ByteArrayInputStream(sealed), trainee,
                    authority.trust());
            assertEquals(ExerciseFixture.smallScenario(), opened.scenario());
            assertFalse(opened.answerKey().isPresent(), "the answer key is for trainers only");
        }
    }

    @Test
    void theClassIsEnrolledUnderTheExerciseAuthority() {
        assertTrue(ExerciseAuthority.isExerciseAuthority(authority.certificate()));
        assertEquals(List.of("Trainee A", "Trainee B"), List.copyOf(trainees.keySet()));
        for (DeviceIdentity trainee : trainees.values()) {
            assertEquals(authority.certificate(), trainee.certificateChain().get(1));
            assertTrue(trainee.certificate().orElseThrow().getSubjectX500Principal().getName().contains("OU=Trainee"));
        }
    }

    @Test
    void aRealAuthorityIsRefusedForSigningAndForChecking() throws Exception {
        TestAuthority real = TestAuthority.create(temp.resolve("real-ca"));
        DeviceIdentity officer = real.issue("Field Officer", null, null, false);
        ScenarioException signing = assertThrows(ScenarioException.class,
                () -> ScenarioPackage.write(ExerciseFixture.smallScenario(), ExerciseFixture.smallKey(), officer,
                        List.of(), List.of(officer.certificate().orElseThrow()), new ByteArrayOutputStream()));
        assertTrue(signing.getMessage().contains("is not an exercise authority"), signing.getMessage());
        ScenarioException checking = assertThrows(ScenarioException.class,
                () -> ScenarioPackage.read(new ByteArrayInputStream(sealed), trainer, real.trust()));
        assertTrue(checking.getMessage().contains("is not an exercise authority"), checking.getMessage());
    }

    @Test
    void anAlteredPackageIsRefused() throws Exception {
        byte[] altered = sealed.clone();
        altered[altered.length / 2] ^= 0x20;
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> ScenarioPackage.read(new ByteArrayInputStream(altered), trainer, authority.trust()));
        assertTrue(refused.getMessage().startsWith("The scenario package was refused"), refused.getMessage());
    }

    @Test
    void someoneOutsideTheClassCannotOpenIt() throws Exception {
        DeviceIdentity outsider = authority.enrol("Not In Class", false);
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> ScenarioPackage.read(new ByteArrayInputStream(sealed), outsider, authority.trust()));
        assertTrue(refused.getMessage().startsWith("The scenario package was refused"), refused.getMessage());
    }
}
