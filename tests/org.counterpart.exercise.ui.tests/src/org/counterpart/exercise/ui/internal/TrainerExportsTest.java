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

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.AnswerKeyCsv;
import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.LearningObjective;
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
	public void theObjectivesAndAnswerKeyAreEditedAsATableAndExportedWithTheMsel() throws Exception {
		Path keyFile = temp.resolve("border-watch-key.csv");
		AnswerKey key = new AnswerKey(List.of(new AnswerKey.ExpectedEntity(AnswerKey.EntityKind.CONTACT, "Arvo Tamm", 1)),
				List.of(new AnswerKey.ExpectedRelationship("Arvo Tamm", "State Border Guard", "reports-to", 2)),
				List.of(new AnswerKey.ExpectedGrading("smuggling route", 'B', 2, 2)),
				List.of(new AnswerKey.ExpectedFinding("LO1", "chain of command", 1, java.time.Duration.ofHours(6))));
		try (Writer out = Files.newBufferedWriter(keyFile, StandardCharsets.UTF_8)) {
			AnswerKeyCsv.write(new AnswerKeyCsv.Authored("Border Watch drill",
					List.of(new LearningObjective("LO1", "Map the chain of command")), key), out);
		}
		String written = Files.readString(keyFile);
		AnswerKeyEditor keyEditor = (AnswerKeyEditor) page.openEditor(new AnswerKeyEditorInput(keyFile), AnswerKeyEditor.ID);
		assertEquals(List.of("title", "objective", "contact", "relationship", "grading", "finding"),
				keyEditor.keyRows().stream().map(KeyRow::item).toList());

		TableKeyboard.typeIntoCell(page, keyEditor, 4, KeyColumn.GRADING.ordinal(), "Z9");
		assertTrue(keyEditor.problem().contains("\"Z9\" is no grading"), keyEditor.problem());
		assertEquals("B2", keyEditor.keyRows().get(4).grading(), "a grading that does not read changes nothing");
		TableKeyboard.typeIntoCell(page, keyEditor, 4, KeyColumn.GRADING.ordinal(), "c3");
		assertEquals("C3", keyEditor.keyRows().get(4).grading());
		Screenshots.save(window.getShell(), "exercise-answer-key");

		// a table that makes no answer key is not saved, and says why
		keyEditor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(keyEditor.keyRows().get(0)));
		keyEditor.removeSelected();
		KeyboardRobot.drive(display, robot -> {
			robot.chord(new int[] { org.eclipse.swt.SWT.CTRL }, 's');
			robot.waitUntil(() -> keyEditor.problem().contains("no title row"), "the editor says why it cannot save");
		});
		assertTrue(keyEditor.isDirty());
		assertEquals(written, Files.readString(keyFile), "the file is as it was");
		keyEditor.undo();
		KeyboardRobot.drive(display, robot -> {
			robot.chord(new int[] { org.eclipse.swt.SWT.CTRL }, 's');
			robot.waitUntil(() -> !keyEditor.isDirty(), "Ctrl+S saves the key");
		});
		AnswerKeyCsv.Authored saved;
		try (var in = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
			saved = AnswerKeyCsv.read(in);
		}
		assertEquals(new AnswerKey.ExpectedGrading("smuggling route", 'C', 3, 2), saved.key().gradings().get(0));

		MselEditor editor = openTwoInjectMsel();
		Path target = temp.resolve("border-watch-drill.scenario");
		KeyboardRobot.drive(display, robot -> {
			ExportScenarioDialog dialog = openExportDialog(robot, editor);
			robot.typeInto(dialog.targetText(), target.toString());
			robot.typeInto(dialog.baseText(), keyFile.toString());
			robot.typeInto(dialog.trainerFields().kit(), kit.directory().toString());
			robot.typeInto(dialog.trainerFields().passphrase(), KIT_PASSPHRASE);
			robot.press('\r');
			robot.waitUntil(() -> editor.exportDialog() == null, "the dialog closes once the package is written");
		});
		ScenarioPackage.Opened asTrainer;
		try (InputStream in = Files.newInputStream(target)) {
			asTrainer = ScenarioPackage.read(in, identity(ExerciseKit.TRAINER), kit.participant(ExerciseKit.TRAINER).trust());
		}
		assertEquals("Border Watch drill", asTrainer.scenario().title());
		assertEquals(saved.objectives(), asTrainer.scenario().objectives());
		assertEquals(editor.injects(), asTrainer.scenario().msel());
		assertEquals(saved.key(), asTrainer.answerKey().orElseThrow());

		// a new file starts from the shipped scenario's, unsaved until the trainer saves it
		Path fresh = temp.resolve("new-key.csv");
		AnswerKeyEditor started = (AnswerKeyEditor) page.openEditor(new AnswerKeyEditorInput(fresh), AnswerKeyEditor.ID);
		assertEquals(DemoScenario.scenario().title(), started.keyRows().get(0).text());
		assertTrue(started.isDirty() && Files.notExists(fresh));
		page.saveEditor(started, false);
		try (var in = Files.newBufferedReader(fresh, StandardCharsets.UTF_8)) {
			assertEquals(DemoScenario.answerKey(), AnswerKeyCsv.read(in).key());
		}
	}

	@Test
	public void theMselIsExportedAsASignedScenarioPackageWhoseAnswerKeyOnlyTheTrainerOpens() throws Exception {
		MselEditor editor = openTwoInjectMsel();
		Path target = temp.resolve("border-watch.scenario");
		Path nowhere = temp.resolve("missing").resolve("border-watch.scenario");

		KeyboardRobot.drive(display, robot -> {
			ExportScenarioDialog dialog = openExportDialog(robot, editor);
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

	/** An MSEL of two injects in a file, open in its editor. */
	private MselEditor openTwoInjectMsel() throws Exception {
		Path csv = temp.resolve("border-watch.csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			MselCsv.write(List.of(inject(1, ExerciseTime.of(1, 8, 0), "Border crossing reported"),
					inject(2, ExerciseTime.of(2, 9, 0), "Smuggling route mapped")), out);
		}
		return (MselEditor) page.openEditor(new MselEditorInput(csv), MselEditor.ID);
	}

	/** Presses Export Scenario Package... and waits for its dialog. */
	private static ExportScenarioDialog openExportDialog(KeyboardRobot robot, MselEditor editor) {
		robot.pressButton(editor.exportPackageButton());
		robot.waitUntil(() -> editor.exportDialog() != null && editor.exportDialog().getShell() != null
				&& editor.exportDialog().getShell().isVisible(), "the export dialog opens");
		return robot.read(editor::exportDialog);
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
