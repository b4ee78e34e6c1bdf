package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MSEL editor: a cell edited from the keyboard (Enter, Tab to the title, typing, Enter), saved with Ctrl+S and
 * found again when the file is opened anew; export to CSV and import back give the same list; a bad file changes
 * nothing; undo takes a change back.
 */
public class MselEditorTest {

	@TempDir
	Path temp;

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private Path file;

	@BeforeEach
	public void writeMsel() throws Exception {
		display = DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.EXERCISE, window);
		file = temp.resolve("border-watch.csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			MselCsv.write(List.of(inject(1, ExerciseTime.of(1, 8, 0), "Border crossing reported"),
					inject(2, ExerciseTime.of(1, 14, 30), "Checkpoint staff replaced"),
					inject(3, ExerciseTime.of(2, 9, 0), "Smuggling route mapped")), out);
		}
	}

	@AfterEach
	public void closeEditors() {
		page.closeAllEditors(false);
		page = null;
	}

	@Test
	public void aTitleEditedFromTheKeyboardIsSavedAndFoundAgain() throws Exception {
		MselEditor editor = open();
		TableKeyboard.typeIntoCell(page, editor, 1, MselColumn.TITLE.ordinal(), "staff rotated at night");
		assertEquals("staff rotated at night", editor.injects().get(1).title());
		assertEquals("Checkpoint staff replaced", MselColumn.TITLE.text(readBack().get(1)), "not saved yet");
		assertTrue(editor.isDirty());
		Screenshots.save(window.getShell(), "exercise-msel");

		KeyboardRobot.drive(display, robot -> {
			robot.chord(new int[] { SWT.CTRL }, 's');
			robot.waitUntil(() -> !editor.isDirty(), "Ctrl+S saves");
		});
		page.closeEditor(editor, false);
		MselEditor again = open();
		assertEquals("staff rotated at night", again.injects().get(1).title());
		assertEquals(again.injects(), readBack());
	}

	@Test
	public void theContactsAndAttachmentsAnInjectBringsAreTypedInTheirCells() throws Exception {
		MselEditor editor = open();
		TableKeyboard.typeIntoCell(page, editor, 2, MselColumn.ATTACHMENTS.ordinal(), "route-map.pdf");
		TableKeyboard.typeIntoCell(page, editor, 1, MselColumn.NEW_CONTACTS.ordinal(), "Arvo Tamm; Liis Kask;");
		assertEquals(List.of("Arvo Tamm", "Liis Kask"), editor.injects().get(1).newContacts());
		assertEquals(List.of("route-map.pdf"), editor.injects().get(2).attachments());
		assertEquals("Arvo Tamm; Liis Kask", MselColumn.NEW_CONTACTS.text(editor.injects().get(1)));
		editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());
		assertEquals(editor.injects(), readBack(), "the lists are kept in the CSV file");
	}

	@Test
	public void exportThenImportGivesTheSameListAndABadFileChangesNothing() throws Exception {
		MselEditor editor = open();
		List<Inject> original = editor.injects();
		Path exported = temp.resolve("exported.csv");
		editor.exportTo(exported);
		assertEquals(original, read(exported));

		editor.addInject();
		editor.viewer().setSelection(new StructuredSelection(editor.injects().get(0)));
		editor.removeSelected();
		assertEquals(3, editor.injects().size());
		assertEquals(List.of(2, 3, 4), editor.injects().stream().map(Inject::number).toList());
		assertTrue(editor.isDirty());

		editor.importFrom(exported);
		assertEquals(original, editor.injects(), "the imported list is the exported one");
		assertFalse(editor.isDirty(), "the same list as the file's");

		Path bad = temp.resolve("bad.csv");
		Files.writeString(bad, "number,time\n1,the third day\n");
		editor.importFrom(bad);
		assertEquals(original, editor.injects(), "nothing changed");
		assertFalse(editor.problem().isEmpty(), "the editor says why");

		editor.edit(original.get(0), MselColumn.TIME, "sometime");
		assertEquals(original, editor.injects(), "a time that does not read changes nothing");
		assertFalse(editor.problem().isEmpty());

		editor.edit(original.get(0), MselColumn.TIME, "D1 09:15");
		assertEquals(ExerciseTime.of(1, 9, 15), editor.injects().get(0).time());
		editor.undo();
		assertEquals(original, editor.injects(), "undo takes the edit back");
		assertFalse(editor.isDirty());
	}

	private MselEditor open() throws Exception {
		MselEditor editor = (MselEditor) page.openEditor(new MselEditorInput(file), MselEditor.ID);
		EventLoop.flush(display);
		return editor;
	}

	private List<Inject> readBack() throws Exception {
		return read(file);
	}

	private static List<Inject> read(Path from) throws Exception {
		try (var in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
			return MselCsv.read(in);
		}
	}

	private static Inject inject(int number, ExerciseTime time, String title) {
		return new Inject(number, time, DeliveryKind.MESSAGE, title, "Text of inject " + number, List.of(), List.of(),
				"Record what it says", "LO1");
	}
}
