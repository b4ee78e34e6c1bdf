package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.counterpart.tests.harness.KeyboardRobot;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;

/** Edits a cell of a trainer's table editor the way a trainer does: F2, Tab to the column, the text, Enter. */
final class TableKeyboard {

	private TableKeyboard() {
	}

	/**
	 * Edits {@code column} of row {@code row} from the keyboard. The focus stays in the column last edited, so a later
	 * call edits a column at or right of it.
	 */
	static void typeIntoCell(IWorkbenchPage page, CsvTableEditor<?> editor, int row, int column, String text) {
		var table = editor.viewer().getTable();
		KeyboardRobot.drive(table.getDisplay(), robot -> {
			robot.act(() -> {
				page.getWorkbenchWindow().getShell().forceActive();
				page.activate(editor);
				table.setFocus();
				editor.viewer().setSelection(new StructuredSelection(editor.rows().get(row)), true);
			});
			robot.waitUntil(() -> table.isFocusControl() && focusColumn(editor) >= 0, "the table has the focus on row " + row);
			int from = robot.read(() -> focusColumn(editor));
			assertTrue(from <= column, "the focus is left of column " + column);
			robot.press(SWT.F2, '\0');
			robot.waitUntil(() -> editor.viewer().isCellEditorActive(), "F2 edits the focused cell");
			for (int index = from + 1; index <= column; index++) {
				int expected = index;
				robot.press('\t');
				robot.waitUntil(() -> editor.viewer().isCellEditorActive() && focusColumn(editor) == expected,
						"Tab moves the editor to column " + expected);
			}
			robot.type(text);
			robot.press('\r');
			robot.waitUntil(() -> !editor.viewer().isCellEditorActive(), "Enter applies the value");
		});
	}

	static int focusColumn(CsvTableEditor<?> editor) {
		ViewerCell cell = editor.viewer().getColumnViewerEditor().getFocusCell();
		return cell == null ? -1 : cell.getColumnIndex();
	}
}
