package org.counterpart.exercise.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.InjectMaterial;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.StoreException;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;

/**
 * The exercise the workbench plays and its injects as they fall due. Every second in the user interface thread it
 * applies the trainer's clock orders that arrived in the watched folder, if one is watched, asks the run for the
 * injects due ({@link ExerciseRun#deliverDue} hands each out exactly once, across restarts), and tells its listeners
 * of those that arrived and of every change of the clock.
 * <p>
 * Following the workspace's own exercise, it also brings each inject's material ({@link InjectMaterial}: new contacts,
 * a document's or another team's observation) into the workspace as one undoable command named after the inject. The
 * material is noted as given once the workspace is saved with it; until then a revert or a restart brings it again,
 * and its fixed ids keep it from coming twice.
 */
public final class ExerciseRunTracker {

	private static final int TICK_MILLIS = 1000;
	private static ExerciseRunTracker defaultTracker;

	private final Display display;
	private final Clock wallClock;
	private final List<Consumer<List<Inject>>> arrivalListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private ExerciseRun run;
	private DeviceIdentityFolder identity;
	private ClockOrderWatch orderWatch;
	private final List<ClockOrder> ordersApplied = new ArrayList<>();
	private final Map<Path, String> ordersRefused = new LinkedHashMap<>();
	private String problem;
	private boolean ticking;
	/** The workspace whose exercise is followed, which takes the injects' material; null for another store's run. */
	private WorkspaceEditingSession materialSession;
	/** Injects whose material this session added and that are not noted as given yet. */
	private final Set<Integer> materialAdded = new HashSet<>();

	ExerciseRunTracker(Display display, Clock wallClock) {
		this.display = display;
		this.wallClock = wallClock;
		display.disposeExec(this::stopWatching);
	}

	/** The tracker of the workbench, following the exercise of the workspace's store if it plays one. */
	public static synchronized ExerciseRunTracker getDefault() {
		if (defaultTracker == null) {
			defaultTracker = new ExerciseRunTracker(Display.getDefault(), Clock.systemUTC());
			defaultTracker.followWorkspace(WorkspaceEditingSession.getDefault());
		}
		return defaultTracker;
	}

	/**
	 * Follows the exercise {@code session}'s store plays, if it is an exercise store playing one, once it is loaded,
	 * bringing the injects' material into {@code session}.
	 */
	void followWorkspace(WorkspaceEditingSession session) {
		session.addRevertListener(() -> display.asyncExec(materialAdded::clear));
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
						materialSession = session;
						show(kept, DeviceIdentityFolder.inStore(storage.folder()));
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

	/**
	 * Follows {@code newRun} from now on, delivering what is due at once; {@code trainee} is the exercise identity
	 * kept with the run's store, which opens the trainer's clock orders.
	 */
	public void show(ExerciseRun newRun, DeviceIdentityFolder trainee) {
		stopWatching();
		materialAdded.clear();
		run = newRun;
		identity = trainee;
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

	/** The exercise identity kept with the run's store, if a run is followed. */
	public Optional<DeviceIdentityFolder> identity() {
		return Optional.ofNullable(identity);
	}

	/**
	 * Applies from now on the clock orders arriving in {@code watch}'s folder, the ones already there at once; the
	 * watch is closed when another replaces it or the workbench ends.
	 */
	void watch(ClockOrderWatch watch) {
		stopWatching();
		orderWatch = watch;
		tick();
	}

	private void stopWatching() {
		if (orderWatch != null) {
			orderWatch.close();
			orderWatch = null;
		}
		ordersApplied.clear();
		ordersRefused.clear();
	}

	/** The folder of clock orders watched, if one is. */
	public Optional<Path> watchedFolder() {
		return Optional.ofNullable(orderWatch).map(ClockOrderWatch::folder);
	}

	/** The clock orders applied since the folder has been watched, in the order applied. */
	public List<ClockOrder> ordersApplied() {
		return List.copyOf(ordersApplied);
	}

	/** The files of the watched folder refused, each with why; they changed nothing. */
	public Map<Path, String> ordersRefused() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(ordersRefused));
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

	/** Stops following: no more ticks, the watched folder let go and its key wiped. */
	void stop() {
		ticking = false;
		stopWatching();
		run = null;
		materialSession = null;
		identity = null;
	}

	private void tickAgain() {
		if (display.isDisposed() || !ticking) {
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
			if (orderWatch != null) {
				ClockOrders.Applied applied = orderWatch.look(run);
				ordersApplied.addAll(applied.applied());
				ordersRefused.putAll(applied.refused());
			}
			arrived = run.deliverDue(wallClock.instant());
			giveMaterial();
		} catch (ScenarioException | IOException e) {
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

	/**
	 * Adds the material of the injects delivered and not given yet to the workspace, each inject's as one command, and
	 * notes as given the material of those whose workspace has been saved since.
	 */
	private void giveMaterial() throws ScenarioException, IOException {
		WorkspaceEditingSession session = materialSession;
		if (session == null || session.isLocked() || session.getTheater() == null
				|| !(session.getStorage() instanceof StoreWorkspaceStorage storage)) {
			return;
		}
		for (Inject inject : run.materialPending()) {
			if (materialAdded.contains(inject.number())) {
				if (!session.isDirty()) {
					run.materialGiven(inject);
					materialAdded.remove(inject.number());
				}
				continue;
			}
			InjectMaterial material = InjectMaterial.missingFrom(session.getTheater(), run.scenario(), inject,
					wallClock.instant());
			for (Map.Entry<String, byte[]> content : material.attachmentContents().entrySet()) {
				if (!storage.hasAttachment(content.getKey())) {
					storage.addAttachment(content.getKey(), new ByteArrayInputStream(content.getValue()));
				}
			}
			if (!material.isEmpty()) {
				session.getEditingDomain().getCommandStack().execute(materialCommand(session, inject, material));
			}
			materialAdded.add(inject.number());
		}
	}

	private static Command materialCommand(WorkspaceEditingSession session, Inject inject, InjectMaterial material) {
		EditingDomain domain = session.getEditingDomain();
		Theater theater = session.getTheater();
		CompoundCommand command = new CompoundCommand(
				Messages.bind(Messages.Injects_materialCommand, inject.number(), inject.title()));
		if (!material.contacts().isEmpty()) {
			command.append(AddCommand.create(domain, theater, CounterpartPackage.Literals.THEATER__CONTACTS,
					material.contacts()));
		}
		if (!material.observations().isEmpty()) {
			command.append(AddCommand.create(domain, theater, CounterpartPackage.Literals.THEATER__OBSERVATIONS,
					material.observations()));
		}
		return command;
	}

	private void fireChanged() {
		for (Runnable listener : changeListeners) {
			listener.run();
		}
	}
}
