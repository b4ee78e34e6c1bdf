package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
import org.counterpart.exercise.ScenarioPackage;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the trainer sends the class from the workbench, driven from the keyboard: the MSEL being edited exported as a
 * signed scenario package (the answer key for the trainer only), and a clock order written as a signed file into the
 * watched folder. A wrong passphrase or a folder that does not exist is said in the dialog and writes nothing.
 */
public class TrainerExportsTest {

	private static final String KIT_PASSPHRASE = "kit passphrase";

	@TempDir
	static Path shared;

	@TempDir
	Path temp;

	private static ExerciseKit kit;

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeAll
	public static void createKit() throws Exception {
		kit = ExerciseKit.create(shared.resolve("kit"), "Border Watch", List.of("alice", "bob"),
				"authority passphrase".toCharArray(), KIT_PASSPHRASE.toCharArray());
	}

	@BeforeEach
	public void openExercisePerspective() throws Exception {
		display = DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.EXERCISE, window);
	}

	@AfterEach
	public void closeEditors() throws Exception {
		page.closeAllEditors(false);
		PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD, window);
	}

	@Test
	public void theMselIsExportedAsASignedScenarioPackageWhoseAnswerKeyOnlyTheTrainerOpens() throws Exception {
		Path csv = temp.resolve("border-watch.csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			MselCsv.write(List.of(inject(1, ExerciseTime.of(1, 8, 0), "Border crossing reported"),
					inject(2, ExerciseTime.of(2, 9, 0), "Smuggling route mapped")), out);
		}
		MselEditor editor = (MselEditor) page.openEditor(new MselEditorInput(csv), MselEditor.ID);
		Path target = temp.resolve("border-watch.scenario");
		Path nowhere = temp.resolve("missing").resolve("border-watch.scenario");

		KeyboardRobot.drive(display, robot -> {
			robot.pressButton(editor.exportPackageButton());
			robot.waitUntil(() -> editor.exportDialog() != null && editor.exportDialog().getShell() != null
					&& editor.exportDialog().getShell().isVisible(), "the export dialog opens");
			ExportScenarioDialog dialog = robot.read(editor::exportDialog);
			robot.typeInto(dialog.targetText(), nowhere.toString());
			robot.typeInto(dialog.trainerFields().kit(), kit.directory().toString());
			robot.typeInto(dialog.trainerFields().passphrase(), KIT_PASSPHRASE);
			robot.press('\r');
			robot.waitUntil(() -> dialog.refusal() != null, "a file in a missing folder is refused");
			assertTrue(robot.read(dialog::refusal).contains("missing"), robot.read(dialog::refusal));

			robot.typeInto(dialog.targetText(), target.toString());
			robot.act(() -> Screenshots.save(dialog.getShell(), "exercise-export-scenario"));
			robot.press('\r');
			robot.waitUntil(() -> editor.exportDialog() == null, "the dialog closes once the package is written");
		});
		assertTrue(Files.notExists(nowhere.getParent()), "nothing was written for the refused target");
		assertTrue(editor.problem().contains(DemoScenario.scenario().title()), editor.problem());

		DeviceIdentity trainer = identity(ExerciseKit.TRAINER);
		ScenarioPackage.Opened asTrainer;
		try (InputStream in = Files.newInputStream(target)) {
			asTrainer = ScenarioPackage.read(in, trainer, kit.participant(ExerciseKit.TRAINER).trust());
		}
		assertEquals(DemoScenario.scenario().title(), asTrainer.scenario().title());
		assertEquals(editor.injects(), asTrainer.scenario().msel(), "the injects of the editor");
		assertEquals(DemoScenario.scenario().objectives(), asTrainer.scenario().objectives());
		assertEquals(DemoScenario.answerKey(), asTrainer.answerKey().orElseThrow());
		try (InputStream in = Files.newInputStream(target)) {
			ScenarioPackage.Opened asTrainee = ScenarioPackage.read(in, identity("bob"), kit.participant("bob").trust());
			assertEquals(2, asTrainee.scenario().msel().size());
			assertTrue(asTrainee.answerKey().isEmpty(), "a trainee never holds the answer key");
		}
	}

	@Test
	public void aClockOrderIsWrittenSignedIntoTheWatchedFolderForEveryTrainee() throws Exception {
		ExerciseClockView view = (ExerciseClockView) page.showView(ExerciseClockView.ID);
		Path folder = Files.createDirectories(temp.resolve("orders"));
		Instant before = Instant.now();

		KeyboardRobot.drive(display, robot -> {
			robot.pressButton(view.getOrderClassButton());
			robot.waitUntil(() -> view.orderDialog() != null && view.orderDialog().getShell() != null
					&& view.orderDialog().getShell().isVisible(), "the clock order dialog opens");
			ClockOrderDialog dialog = robot.read(view::orderDialog);
			robot.pressButton(dialog.releaseButton());
			robot.waitUntil(() -> dialog.releaseButton().getSelection() && dialog.untilText().isEnabled(),
					"Release until is chosen and its time can be given");
			// the exercise time needs Shift (D and the colon), which the robot does not type
			robot.act(() -> dialog.untilText().setText("D2 14:30")); //$NON-NLS-1$
			robot.typeInto(dialog.folderText(), folder.toString());
			robot.typeInto(dialog.trainerFields().kit(), kit.directory().toString());
			robot.typeInto(dialog.trainerFields().passphrase(), "wrong passphrase");
			robot.press('\r');
			robot.waitUntil(() -> dialog.refusal() != null, "a wrong passphrase is refused");
			assertTrue(robot.read(() -> dialog.getShell().isVisible()), "the dialog stays open");
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(0, files.count(), "nothing was written");
			}

			robot.typeInto(dialog.trainerFields().passphrase(), KIT_PASSPHRASE);
			robot.act(() -> Screenshots.save(dialog.getShell(), "exercise-clock-order"));
			robot.press('\r');
			robot.waitUntil(() -> view.orderDialog() == null, "the dialog closes once the order is written");
		});
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.toList();
		}
		assertEquals(1, files.size(), files.toString());
		assertTrue(files.get(0).getFileName().toString().endsWith(ClockOrders.SUFFIX));
		assertTrue(view.getProblemText().contains(files.get(0).getFileName().toString()), view.getProblemText());
		for (String trainee : List.of("alice", "bob")) {
			try (InputStream in = Files.newInputStream(files.get(0))) {
				ClockOrder order = ClockOrders.read(in, identity(trainee), kit.participant(trainee).trust());
				assertEquals(ClockOrder.Kind.RELEASE, order.kind());
				assertEquals(ExerciseTime.of(2, 14, 30), order.until());
				assertTrue(!order.at().isBefore(before.minusSeconds(1)), order.at().toString());
			}
		}
	}

	private static DeviceIdentity identity(String name) throws Exception {
		DeviceIdentityFolder folder = kit.participant(name);
		return folder.loadDevice(KIT_PASSPHRASE.toCharArray());
	}

	private static Inject inject(int number, ExerciseTime time, String title) {
		return new Inject(number, time, DeliveryKind.MESSAGE, title, "Text of inject " + number, List.of(), List.of(),
				"Record what it says", "");
	}
}
