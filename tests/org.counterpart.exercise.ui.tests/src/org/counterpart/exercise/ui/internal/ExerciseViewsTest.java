package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseStores;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.LearningObjective;
import org.counterpart.exercise.Scenario;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Exercise Clock and Injects views of the Exercise perspective, on a run in an exercise store of their own: the
 * trainer's release shows the inject once, with one notification, and a restarted workbench shows the same list
 * without delivering anything again.
 */
public class ExerciseViewsTest {

	private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
	private static final String PASSPHRASE = "exercise views passphrase";

	@TempDir
	Path temp;

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ExerciseClockView clockView;
	private InjectsView injectsView;
	private WorkspaceStore store;
	private final List<Inject> arrivals = new ArrayList<>();

	@BeforeEach
	public void openExercisePerspective() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		window = workbench.getActiveWorkbenchWindow();
		page = workbench.showPerspective(CounterpartPerspectives.EXERCISE, window);
		clockView = (ExerciseClockView) page.showView(ExerciseClockView.ID);
		injectsView = (InjectsView) page.showView(InjectsView.ID);
		InjectNotification.open().forEach(Shell::dispose);
	}

	@AfterEach
	public void closeStore() throws Exception {
		clockView.show(ExerciseRunTracker.getDefault());
		injectsView.show(ExerciseRunTracker.getDefault());
		InjectNotification.open().forEach(Shell::dispose);
		if (store != null) {
			store.close();
		}
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD, window);
	}

	@Test
	public void theViewsSitInTheExercisePerspectiveAndSayWhenNoExerciseRuns() {
		assertEquals(Messages.Clock_noRun, clockView.getStateText(), "the workspace's own store plays no exercise");
		assertEquals(0, injectsView.getTable().getItemCount());
		assertFalse(clockView.getReleaseNextButton().isEnabled(), "nothing to release");
	}

	@Test
	public void releasingTheNextInjectShowsItInTheInjectsViewOnceEvenAfterARestart() throws Exception {
		Scenario scenario = scenario();
		store = ExerciseStores.create(temp.resolve("trainee"), PASSPHRASE.toCharArray(), scenario);
		ExerciseRun run = ExerciseRun.start(store, scenario, ExerciseClock.DAY_PER_TEN_MINUTES, START);
		// The wall clock stands still at STARTEX, so only the trainer's hand releases injects.
		ExerciseRunTracker tracker = follow(run);

		assertEquals(ExerciseTime.STARTEX.toString(), clockView.getTimeText());
		assertEquals(Messages.Clock_running, clockView.getStateText());
		assertTrue(clockView.getNextText().contains("\"Border crossing reported\""), clockView.getNextText());
		assertEquals(0, injectsView.getTable().getItemCount(), "nothing is due at STARTEX");

		click(clockView.getPauseButton());
		assertEquals(Messages.Clock_paused, clockView.getStateText());
		assertTrue(clockView.getResumeButton().isEnabled() && !clockView.getPauseButton().isEnabled());

		click(clockView.getReleaseNextButton());
		EventLoop.spinUntil(display, () -> injectsView.getTable().getItemCount() == 1, "the released inject is listed");
		Table table = injectsView.getTable();
		assertEquals("1", table.getItem(0).getText(1));
		assertEquals("Border crossing reported", table.getItem(0).getText(2));
		assertEquals(ExerciseTime.of(1, 8, 0).toString(), table.getItem(0).getText(0));
		assertEquals(List.of(1), arrivals.stream().map(Inject::number).toList(), "one arrival");
		assertEquals(1, InjectNotification.open().size(), "one notification");
		assertTrue(clockView.getNextText().contains("\"Checkpoint staff replaced\""), clockView.getNextText());
		Screenshots.save(window.getShell(), "exercise-clock-injects");

		for (int i = 0; i < 3; i++) {
			tracker.tick();
		}
		EventLoop.flush(display);
		assertEquals(1, table.getItemCount(), "ticks deliver nothing more");
		assertEquals(1, arrivals.size(), "the inject arrived once");
		assertEquals(1, InjectNotification.open().size(), "still one notification");

		// A restart: the run as the store keeps it, followed by a new tracker.
		store.close();
		store = WorkspaceStore.open(temp.resolve("trainee"), PASSPHRASE.toCharArray());
		arrivals.clear();
		follow(ExerciseRun.open(store));
		assertEquals(1, injectsView.getTable().getItemCount(), "the delivered inject is still listed");
		assertEquals("1", injectsView.getTable().getItem(0).getText(1));
		assertTrue(arrivals.isEmpty(), "nothing arrives again after the restart: " + arrivals);
		assertEquals(Messages.Clock_paused, clockView.getStateText(), "the pause is kept");
	}

	private ExerciseRunTracker follow(ExerciseRun run) {
		ExerciseRunTracker tracker = new ExerciseRunTracker(display, Clock.fixed(START, ZoneOffset.UTC));
		tracker.addArrivalListener(arrivals::addAll);
		clockView.show(tracker);
		injectsView.show(tracker);
		tracker.show(run);
		EventLoop.flush(display);
		return tracker;
	}

	private void click(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled");
		button.setFocus();
		button.notifyListeners(SWT.Selection, null);
		EventLoop.flush(display);
	}

	private static Scenario scenario() {
		return new Scenario("Border Watch", 7,
				List.of(new LearningObjective("LO1", "Map the border guard's chain of command")),
				List.of(inject(1, ExerciseTime.of(1, 8, 0), "Border crossing reported"),
						inject(2, ExerciseTime.of(1, 14, 30), "Checkpoint staff replaced"),
						inject(3, ExerciseTime.of(2, 9, 0), "Smuggling route mapped")));
	}

	private static Inject inject(int number, ExerciseTime time, String title) {
		return new Inject(number, time, DeliveryKind.MESSAGE, title, "Text of inject " + number, List.of(), List.of(),
				"Record what it says", "LO1");
	}
}
