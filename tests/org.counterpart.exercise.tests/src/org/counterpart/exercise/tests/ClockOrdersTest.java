package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer's pause, resume and release reach a trainee's store as signed files in a watched folder: each is
 * applied once, in the order given, across a restart; an order signed by a trainee or altered is refused and
 * changes nothing.
 */
class ClockOrdersTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static ExerciseAuthority authority;
    private static DeviceIdentity trainer;
    private static Map<String, DeviceIdentity> trainees;
    private static List<X509Certificate> everyone;

    @BeforeAll
    static void enrol() throws Exception {
        authority = ExerciseAuthority.create(shared.resolve("exercise-ca"), "Border Watch", "ca passphrase".toCharArray());
        trainer = authority.enrol("Trainer One", true);
        trainees = authority.enrolClass(List.of("Trainee A", "Trainee B"));
        everyone = List.of(trainer.certificate().orElseThrow(), trainees.get("Trainee A").certificate().orElseThrow(),
                trainees.get("Trainee B").certificate().orElseThrow());
    }

    @Test
    void ordersWrittenByTheTrainerAreAppliedOnceInOrderAcrossARestart() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("orders"));
        DeviceIdentity trainee = trainees.get("Trainee A");
        // written out of order: the later release first
        ClockOrders.write(ClockOrder.resume(START.plus(Duration.ofMinutes(20))), trainer, everyone, folder);
        ClockOrders.write(ClockOrder.pause(START.plus(Duration.ofMinutes(5))), trainer, everyone, folder);
        ClockOrders.write(ClockOrder.release(START.plus(Duration.ofMinutes(21)), ExerciseTime.of(2, 9, 0)), trainer,
                everyone, folder);
        assertEquals(3, Files.list(folder).count(), "one file per order, no part files left");

        Path dir = temp.resolve("trainee");
        try (WorkspaceStore store = ExerciseFixture.store(dir, true)) {
            ExerciseRun run = ExerciseRun.start(store, ExerciseFixture.smallScenario(), ExerciseClock.DAY_PER_TEN_MINUTES,
                    START);
            ClockOrders.Applied first = ClockOrders.applyFolder(folder, run, trainee, authority.trust());
            assertEquals(List.of(ClockOrder.Kind.PAUSE, ClockOrder.Kind.RESUME, ClockOrder.Kind.RELEASE),
                    first.applied().stream().map(ClockOrder::kind).toList(), "in the order given");
            assertTrue(first.refused().isEmpty(), first.refused().toString());
            ExerciseClock clock = run.clock();
            assertTrue(clock.isRunning());
            // 5 minutes run before the pause, 1 after the resume at 20: 6 minutes, 0.6 exercise days
            assertEquals(ExerciseTime.of(1, 14, 24), clock.runningTime(START.plus(Duration.ofMinutes(21))));
            assertEquals(ExerciseTime.of(2, 9, 0), clock.releasedUntil());
            assertTrue(ClockOrders.applyFolder(folder, run, trainee, authority.trust()).applied().isEmpty(),
                    "nothing twice");
        }
        try (WorkspaceStore store = ExerciseFixture.open(dir)) {
            ExerciseRun run = ExerciseRun.open(store);
            ClockOrders.write(ClockOrder.pause(START.plus(Duration.ofMinutes(30))), trainer, everyone, folder);
            ClockOrders.Applied again = ClockOrders.applyFolder(folder, run, trainee, authority.trust());
            assertEquals(List.of(ClockOrder.Kind.PAUSE), again.applied().stream().map(ClockOrder::kind).toList(),
                    "after a restart only the new order");
            assertFalse(run.clock().isRunning());
            assertEquals(4, run.clock().orders().size(), "start, pause, resume, pause");
        }
    }

    @Test
    void anOrderSignedByATraineeOrAlteredIsRefusedAndChangesNothing() throws Exception {
        DeviceIdentity trainee = trainees.get("Trainee A");
        Path folder = Files.createDirectories(temp.resolve("orders"));
        ScenarioException notTrainer = assertThrows(ScenarioException.class,
                () -> ClockOrders.write(ClockOrder.pause(START), trainees.get("Trainee B"), everyone, folder));
        assertTrue(notTrainer.getMessage().contains("trainer"), notTrainer.getMessage());
        assertEquals(0, Files.list(folder).count(), "nothing written");

        Path written = ClockOrders.write(ClockOrder.pause(START.plus(Duration.ofMinutes(1))), trainer, everyone, folder);
        byte[] bytes = Files.readAllBytes(written);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(written, bytes);
        assertThrows(ScenarioException.class,
                () -> ClockOrders.read(new ByteArrayInputStream(bytes), trainee, authority.trust()));

        try (WorkspaceStore store = ExerciseFixture.store(temp.resolve("trainee"), true)) {
            ExerciseRun run = ExerciseRun.start(store, ExerciseFixture.smallScenario(), 144, START);
            ClockOrders.Applied applied = ClockOrders.applyFolder(folder, run, trainee, authority.trust());
            assertTrue(applied.applied().isEmpty());
            assertEquals(List.of(written), List.copyOf(applied.refused().keySet()));
            assertTrue(applied.refused().get(written).contains("refused"), applied.refused().get(written));
            assertTrue(run.clock().isRunning(), "the clock is as it was");
        }
    }
}
