package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseStores;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.InjectMaterial;
import org.counterpart.exercise.LearningObjective;
import org.counterpart.exercise.Scenario;
import org.counterpart.model.Contact;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
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
 * without delivering anything again; the trainer's signed clock orders in the followed folder change the clock once
 * each, and a forged file is named and changes nothing; an inject's contacts come into the workspace that plays the
 * exercise as one undoable command, and are noted as given once it is saved.
 */
public class ExerciseViewsTest {

	private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
	private static final String PASSPHRASE = "exercise views passphrase";
	private static final String KIT_PASSPHRASE = "kit passphrase";

	@TempDir
	Path temp;

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ExerciseClockView clockView;
	private InjectsView injectsView;
	private WorkspaceStore store;
	private final List<Inject> arrivals = new ArrayList<>();
	private final List<ExerciseRunTracker> trackers = new ArrayList<>();

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
		trackers.forEach(ExerciseRunTracker::stop);
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
		assertFalse(clockView.getFollowOrdersButton().isEnabled(), "no clock orders to follow");
	}

	@Test
	public void releasingTheNextInjectShowsItInTheInjectsViewOnceEvenAfterARestart() throws Exception {
		Scenario scenario = scenario();
		store = ExerciseStores.create(temp.resolve("trainee"), PASSPHRASE.toCharArray(), scenario);
		ExerciseRun run = ExerciseRun.start(store, scenario, ExerciseClock.DAY_PER_TEN_MINUTES, START);
		// The wall clock stands still at STARTEX, so only the trainer's hand releases injects.
		ExerciseRunTracker tracker = follow(run, null);

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
		follow(ExerciseRun.open(store), null);
		assertEquals(1, injectsView.getTable().getItemCount(), "the delivered inject is still listed");
		assertEquals("1", injectsView.getTable().getItem(0).getText(1));
		assertTrue(arrivals.isEmpty(), "nothing arrives again after the restart: " + arrivals);
		assertEquals(Messages.Clock_paused, clockView.getStateText(), "the pause is kept");
	}

	@Test
	public void theTrainersClockOrdersInTheFollowedFolderChangeTheClockOnceAndAForgedFileIsRefused() throws Exception {
		ExerciseKit kit = ExerciseKit.create(temp.resolve("kit"), "Border Watch", List.of("alice"),
				"authority passphrase".toCharArray(), KIT_PASSPHRASE.toCharArray());
		ExerciseKit.Signing trainer = kit.unlockTrainer(kit.participant(ExerciseKit.TRAINER), KIT_PASSPHRASE.toCharArray());
		Path folder = Files.createDirectories(temp.resolve("orders"));
		Path pause = ClockOrders.write(ClockOrder.pause(START.plusSeconds(60)), trainer.trainer(), trainer.everyone(),
				folder);
		Path forged = Files.writeString(folder.resolve("forged" + ClockOrders.SUFFIX), "format=counterpart-clock-order/1");
		Scenario scenario = scenario();
		store = ExerciseStores.create(temp.resolve("trainee"), PASSPHRASE.toCharArray(), scenario);
		ExerciseRun run = ExerciseRun.start(store, scenario, ExerciseClock.DAY_PER_TEN_MINUTES, START);
		ExerciseRunTracker tracker = follow(run, kit.participant("alice"));
		assertEquals(Messages.Clock_running, clockView.getStateText());
		assertEquals("", clockView.getOrdersText(), "no folder followed yet");

		// the active view's setFocus would take the focus back from a button of another
		page.activate(clockView);
		KeyboardRobot.drive(display, robot -> {
			robot.pressButton(clockView.getFollowOrdersButton());
			robot.waitUntil(() -> clockView.followDialog() != null && clockView.followDialog().getShell() != null
					&& clockView.followDialog().getShell().isVisible(), "the follow dialog opens");
			FollowOrdersDialog dialog = robot.read(clockView::followDialog);
			robot.typeInto(dialog.folderText(), folder.toString());
			robot.typeInto(dialog.passphraseText(), "wrong passphrase");
			robot.press('\r');
			robot.waitUntil(() -> dialog.getErrorMessage() != null, "a wrong passphrase is refused");
			assertTrue(robot.read(dialog::getErrorMessage).contains("cannot be unlocked"), robot.read(dialog::getErrorMessage));
			assertTrue(robot.read(() -> tracker.watchedFolder().isEmpty()), "nothing followed yet");

			robot.typeInto(dialog.passphraseText(), KIT_PASSPHRASE);
			robot.act(() -> Screenshots.save(dialog.getShell(), "exercise-follow-orders"));
			robot.press('\r');
			robot.waitUntil(() -> clockView.followDialog() == null, "the dialog closes once the identity is unlocked");
		});
		assertEquals(Messages.Clock_paused, clockView.getStateText(), "the trainer's pause is applied at once");
		assertEquals(List.of(ClockOrder.Kind.PAUSE), tracker.ordersApplied().stream().map(ClockOrder::kind).toList());
		assertEquals(List.of(forged), List.copyOf(tracker.ordersRefused().keySet()), "the forged file, and only it");
		String said = clockView.getOrdersText();
		assertTrue(said.contains(folder.toString()) && said.contains("1 applied") && said.contains("pause"), said);
		assertTrue(said.contains("forged.clock-order refused, nothing changed"), said);
		assertTrue(Files.exists(pause), "the trainer's file is left for the other trainees");

		ClockOrders.write(ClockOrder.release(START.plusSeconds(120), ExerciseTime.of(1, 8, 0)), trainer.trainer(),
				trainer.everyone(), folder);
		EventLoop.spinUntil(display, () -> injectsView.getTable().getItemCount() == 1,
				"the release arriving later delivers the inject due");
		assertEquals(List.of(1), arrivals.stream().map(Inject::number).toList());
		assertTrue(clockView.getOrdersText().contains("release until " + ExerciseTime.of(1, 8, 0)),
				clockView.getOrdersText());
		// the view maximized: what it says of the orders, whole
		var clockReference = page.getReference(clockView);
		page.setPartState(clockReference, IWorkbenchPage.STATE_MAXIMIZED);
		EventLoop.flush(display);
		Screenshots.save(window.getShell(), "exercise-clock-orders-followed");
		page.setPartState(clockReference, IWorkbenchPage.STATE_RESTORED);
		EventLoop.flush(display);

		for (int i = 0; i < 3; i++) {
			tracker.tick();
		}
		EventLoop.flush(display);
		assertEquals(2, tracker.ordersApplied().size(), "each order once");
		assertEquals(1, arrivals.size(), "the inject arrived once");
		assertEquals(1, tracker.ordersRefused().size(), "the forged file is named once");
		assertEquals(2, run.clock().orders().size(), "started, paused: " + run.clock().orders());
		assertEquals(ExerciseTime.of(1, 8, 0), run.clock().releasedUntil());
	}

	@Test
	public void anInjectsContactsComeIntoTheWorkspaceAsOneUndoableCommandAndAreGivenOnceSaved() throws Exception {
		Scenario scenario = scenario().withMsel(List.of(inject(1, ExerciseTime.of(1, 8, 0), "Border crossing reported"),
				new Inject(2, ExerciseTime.of(1, 14, 30), DeliveryKind.NEW_CONTACTS, "Checkpoint staff replaced",
						"Capt. Arvo Tamm now commands the Narva checkpoint.", List.of(), List.of("Arvo Tamm"),
						"Complete the contact", "LO1")));
		Path folder = temp.resolve("trainee");
		try (WorkspaceStore created = ExerciseStores.create(folder, PASSPHRASE.toCharArray(), scenario)) {
			ExerciseRun.start(created, scenario, ExerciseClock.DAY_PER_TEN_MINUTES, START);
		}
		StoreWorkspaceStorage storage = new StoreWorkspaceStorage(folder);
		storage.open(PASSPHRASE.toCharArray(), null);
		WorkspaceEditingSession session = new WorkspaceEditingSession(storage);
		try {
			session.load().join();
			ExerciseRunTracker tracker = new ExerciseRunTracker(display, Clock.fixed(START, ZoneOffset.UTC));
			trackers.add(tracker);
			clockView.show(tracker);
			injectsView.show(tracker);
			tracker.followWorkspace(session);
			EventLoop.spinUntil(display, () -> tracker.run().isPresent(), "the workspace's own exercise is followed");
			int contactsBefore = session.getTheater().getContacts().size();

			click(clockView.getReleaseNextButton());
			assertEquals(contactsBefore, session.getTheater().getContacts().size(), "a message brings nothing");
			click(clockView.getReleaseNextButton());
			EventLoop.spinUntil(display, () -> session.getTheater().getContacts().size() == contactsBefore + 1,
					"inject 2's contact comes into the workspace");
			Contact tamm = session.getTheater().getContacts().get(contactsBefore);
			assertEquals("Arvo", tamm.getGivenName());
			assertEquals("Tamm", tamm.getFamilyName());
			assertEquals(InjectMaterial.CONTROL, tamm.getCreatedBy());
			assertEquals("Inject 2: Checkpoint staff replaced",
					session.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
			assertTrue(session.isDirty(), "the trainee saves it with their work");
			ExerciseRun run = tracker.run().orElseThrow();
			assertEquals(List.of(2), run.materialPending().stream().map(Inject::number).toList(), "not saved yet");

			tracker.tick();
			assertEquals(contactsBefore + 1, session.getTheater().getContacts().size(), "ticks add it once");
			session.save(null);
			tracker.tick();
			assertEquals(List.of(), run.materialPending(), "given once saved");
			assertEquals(contactsBefore + 1, session.getTheater().getContacts().size());
		} finally {
			session.close(null);
			session.dispose();
		}
	}

	private ExerciseRunTracker follow(ExerciseRun run, DeviceIdentityFolder trainee) {
		ExerciseRunTracker tracker = new ExerciseRunTracker(display, Clock.fixed(START, ZoneOffset.UTC));
		trackers.add(tracker);
		tracker.addArrivalListener(arrivals::addAll);
		clockView.show(tracker);
		injectsView.show(tracker);
		tracker.show(run, trainee);
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
