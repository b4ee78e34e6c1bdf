package org.counterpart.ui.internal.capture;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * One of the two STANAG 2511 grading scales as a list that shows every grade with its meaning. The grade's own key
 * (A to F, or 1 to 6) picks it, as do the arrow keys; Delete or Backspace leaves the observation ungraded.
 *
 * @param <G> the model's enumeration of the scale
 */
final class GradeList<G> {

	/** A grade, the key that picks it and the line the list shows for it. */
	record Grade<G>(G value, char key, String line) {
	}

	private final org.eclipse.swt.widgets.List list;
	private final List<Grade<G>> grades;

	GradeList(Composite parent, List<Grade<G>> grades) {
		this.grades = grades;
		list = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.BORDER);
		grades.forEach(grade -> list.add(grade.line()));
		list.addListener(SWT.KeyDown, this::keyPressed);
	}

	org.eclipse.swt.widgets.List control() {
		return list;
	}

	/** The chosen grade, or null while none is chosen. */
	G value() {
		int index = list.getSelectionIndex();
		return index < 0 ? null : grades.get(index).value();
	}

	private void keyPressed(Event event) {
		if (event.character == SWT.DEL || event.character == SWT.BS) {
			list.deselectAll();
			event.doit = false;
			list.notifyListeners(SWT.Selection, new Event());
			return;
		}
		char typed = Character.toUpperCase(event.character);
		for (int i = 0; i < grades.size(); i++) {
			if (grades.get(i).key() == typed) {
				list.setSelection(i);
				list.showSelection();
				event.doit = false;
				list.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
	}
}
