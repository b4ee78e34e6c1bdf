package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.swt.widgets.Display;

/**
 * The exercise the workbench plays and its injects as they fall due. Every second in the user interface thread it
 * asks the run for the injects due ({@link ExerciseRun#deliverDue} hands each out exactly once, across restarts),
 * and tells its listeners of those that arrived and of every change of the clock.
 */
public final class ExerciseRunTracker {

	private static final int TICK_MILLIS = 1000;
	private static ExerciseRunTracker defaultTracker;

	private final Display display;
	private final Clock wallClock;
	private final List<Consumer<List<Inject>>> arrivalListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private ExerciseRun run;
	private String problem;
	private boolean ticking;

	ExerciseRunTracker(Display display, Clock wallClock) {
		this.display = display;
		this.wallClock = wallClock;
	}

	/** The tracker of the workbench, following the exercise of the workspace's store if it plays one. */
	public static synchronized ExerciseRunTracker getDefault() {
		if (defaultTracker == null) {
			defaultTracker = new ExerciseRunTracker(Display.getDefault(), Clock.systemUTC());
			defaultTracker.followWorkspace(WorkspaceEditingSession.getDefault());
		}
		return defaultTracker;
	}

	private void followWorkspace(WorkspaceEditingSession session) {
		session.whenLoaded(status -> display.asyncExec(() -> {
			if (run == null && session.getStorage() instanceof StoreWorkspaceStorage storage && storage.isExercise()) {
				ScenarioException[] failure = new ScenarioException[1];
				try {
					ExerciseRun kept = storage.read(store -> {
						if (!ExerciseRun.isStarted(store)) {
							return null;
						}
						try {
							return ExerciseRun.open(store);
						} catch (ScenarioException e) {
							failure[0] = e;
							return null;
						}
					});
					if (kept != null) {
						show(kept);
					} else if (failure[0] != null) {
						fail(failure[0].getMessage());
					}
				} catch (IOException | StoreException e) {
					fail(e.getMessage());
				}
			}
		}));
	}

	private void fail(String why) {
		problem = Messages.bind(Messages.Run_openFailed, why);
		fireChanged();
	}

	/** Follows {@code newRun} from now on, delivering what is due at once. */
	public void show(ExerciseRun newRun) {
		run = newRun;
		problem = null;
		tick();
		if (!ticking) {
			ticking = true;
			display.timerExec(TICK_MILLIS, this::tickAgain);
		}
	}

	/** The run followed, if any. */
	public Optional<ExerciseRun> run() {
		return Optional.ofNullable(run);
	}

	/** Why the run could not be followed, if it could not. */
	public Optional<String> problem() {
		return Optional.ofNullable(problem);
	}

	/** The wall clock the exercise clock runs on. */
	public Clock wallClock() {
		return wallClock;
	}

	public void addArrivalListener(Consumer<List<Inject>> listener) {
		arrivalListeners.add(listener);
	}

	public void removeArrivalListener(Consumer<List<Inject>> listener) {
		arrivalListeners.remove(listener);
	}

	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/**
	 * Runs {@code change} on the run (a trainer's pause, resume or release), then delivers what became due.
	 *
	 * @throws ScenarioException with a message for the user; the run is unchanged then
	 */
	public void change(RunChange change) throws ScenarioException {
		if (run == null) {
			return;
		}
		change.apply(run);
		tick();
	}

	/** A change of the run by the trainer's hand. */
	@FunctionalInterface
	public interface RunChange {
		void apply(ExerciseRun run) throws ScenarioException;
	}

	private void tickAgain() {
		if (display.isDisposed()) {
			return;
		}
		tick();
		display.timerExec(TICK_MILLIS, this::tickAgain);
	}

	/** Delivers the injects due now and tells the listeners. */
	public void tick() {
		if (run == null) {
			fireChanged();
			return;
		}
		List<Inject> arrived;
		try {
			arrived = run.deliverDue(wallClock.instant());
		} catch (ScenarioException e) {
			problem = e.getMessage();
			fireChanged();
			return;
		}
		problem = null;
		if (!arrived.isEmpty()) {
			for (Consumer<List<Inject>> listener : arrivalListeners) {
				listener.accept(arrived);
			}
		}
		fireChanged();
	}

	private void fireChanged() {
		for (Runnable listener : changeListeners) {
			listener.run();
		}
	}
}
