package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.store.WorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise clock runs compressed, pauses and resumes, and takes manual releases; injects are delivered in MSEL
 * order, each exactly once, across a restart of the store; exercise time leaves the operations' clocks alone; a real
 * store plays no scenario.
 */
class ExerciseRunTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path temp;

    private static Instant after(Duration wall) {
        return START.plus(wall);
    }

    @Test
    void oneExerciseDayPassesInTenMinutesAndStandsStillWhilePaused() {
        ExerciseClock clock = ExerciseClock.started(ExerciseClock.DAY_PER_TEN_MINUTES, START);
        assertEquals(ExerciseTime.of(2, 0, 0), clock.runningTime(after(Duration.ofMinutes(10))));
        assertEquals(ExerciseTime.of(1, 12, 0), clock.runningTime(after(Duration.ofMinutes(5))));
        ExerciseClock paused = clock.pause(after(Duration.ofMinutes(5)));
        assertFalse(paused.isRunning());
        assertEquals(ExerciseTime.of(1, 12, 0), paused.runningTime(after(Duration.ofMinutes(50))));
        ExerciseClock resumed = paused.resume(after(Duration.ofMinutes(50)));
        // 5 minutes before the pause and 5 after the resume: one exercise day
        assertEquals(ExerciseTime.of(2, 0, 0), resumed.runningTime(after(Duration.ofMinutes(55))));
        ExerciseClock released = resumed.release(ExerciseTime.of(3, 8, 0));
        assertEquals(ExerciseTime.of(3, 8, 0), released.dueUntil(after(Duration.ofMinutes(55))));
        assertEquals(ExerciseTime.of(4, 0, 0), released.dueUntil(after(Duration.ofMinutes(75))));
    }

    @Test
    void injectsArriveInOrderExactlyOnceAcrossARestart() throws Exception {
        Path dir = temp.resolve("trainee");
        List<Integer> seen = new ArrayList<>();
        String journalBefore;
        try (WorkspaceStore store = ExerciseFixture.store(dir, true)) {
            journalBefore = store.journal().toString();
            ExerciseRun run = ExerciseRun.start(store, ExerciseFixture.smallScenario(), ExerciseClock.DAY_PER_TEN_MINUTES,
                    START);
            assertEquals(List.of(), run.deliverDue(START));
            // D1 08:00 is 3 min 20 s of wall time after the start
            run.deliverDue(after(Duration.ofMinutes(4))).forEach(inject -> seen.add(inject.number()));
            assertEquals(List.of(1), seen);
            assertEquals(List.of(), run.deliverDue(after(Duration.ofMinutes(4))), "asked again, nothing new");
            run.pause(after(Duration.ofMinutes(5)));
        }
        // the workbench restarts much later: the pause kept the clock at D1 12:00
        try (WorkspaceStore store = ExerciseFixture.open(dir)) {
            ExerciseRun run = ExerciseRun.open(store);
            assertEquals(ExerciseFixture.smallScenario(), run.scenario());
            assertFalse(run.clock().isRunning());
            assertEquals(ExerciseTime.of(1, 12, 0), run.now(after(Duration.ofHours(3))));
            assertEquals(List.of(), run.deliverDue(after(Duration.ofHours(3))), "delivered before the restart");
            assertEquals(List.of(1), run.delivered().stream().map(Inject::number).toList());
            run.resume(after(Duration.ofHours(3)));
            // D1 14:30 is 2.5 exercise hours after D1 12:00: 62.5 wall seconds
            run.deliverDue(after(Duration.ofHours(3).plusSeconds(63))).forEach(inject -> seen.add(inject.number()));
            assertEquals(List.of(1, 2), seen);
        }
        try (WorkspaceStore store = ExerciseFixture.open(dir)) {
            ExerciseRun run = ExerciseRun.open(store);
            run.releaseUntil(ExerciseTime.of(3, 23, 59));
            run.deliverDue(after(Duration.ofHours(3).plusSeconds(64))).forEach(inject -> seen.add(inject.number()));
            assertEquals(List.of(1, 2, 3, 4), seen, "the trainer released the rest by hand");
            assertEquals(List.of(), run.deliverDue(after(Duration.ofDays(30))));
            assertEquals(journalBefore, store.journal().toString(), "exercise time writes no operations");
            assertTrue(store.isExercise());
        }
    }

    @Test
    void aRealStorePlaysNoScenarioAndAStoreOnlyOne() throws Exception {
        try (WorkspaceStore real = ExerciseFixture.store(temp.resolve("real"), false)) {
            ScenarioException refused = assertThrows(ScenarioException.class,
                    () -> ExerciseRun.start(real, ExerciseFixture.smallScenario(), 144, START));
            assertTrue(refused.getMessage().startsWith("This store holds real data"), refused.getMessage());
            assertFalse(ExerciseRun.isStarted(real));
        }
        try (WorkspaceStore trainee = ExerciseFixture.store(temp.resolve("trainee"), true)) {
            ExerciseRun.start(trainee, ExerciseFixture.smallScenario(), 144, START);
            assertThrows(ScenarioException.class,
                    () -> ExerciseRun.start(trainee, ExerciseFixture.smallScenario(), 144, START));
        }
    }
}
