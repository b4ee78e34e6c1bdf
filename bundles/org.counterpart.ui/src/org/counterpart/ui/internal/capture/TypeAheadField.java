package org.counterpart.ui.internal.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.counterpart.ui.internal.capture.ObjectProposals.ObjectProposal;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A text field that finds objects of the Theater as their names are typed, and shows the matches in a list right
 * under it, inside the dialog: the keyboard stays in the field (Down and Up move through the matches, Enter takes the
 * one selected), and nothing depends on a pop-up window taking or leaving the focus. A double click takes a match
 * too. The list is not a tab stop of its own.
 */
final class TypeAheadField {

	private final Text text;
	private final org.eclipse.swt.widgets.List matches;
	private final ObjectProposals finder;
	private final Consumer<ObjectProposal> chosen;
	private final List<ObjectProposal> shown = new ArrayList<>();
	/** While the field shows the name of what was just taken, it does not search for it again. */
	private String takenName;

	TypeAheadField(Composite parent, ObjectProposals finder, Consumer<ObjectProposal> chosen) {
		this.finder = finder;
		this.chosen = chosen;
		text = new Text(parent, SWT.SINGLE | SWT.BORDER);
		matches = new org.eclipse.swt.widgets.List(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		text.addListener(SWT.Modify, event -> refresh());
		text.addListener(SWT.KeyDown, this::keyPressed);
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_RETURN && matches.getSelectionIndex() >= 0) {
				// Enter takes the selected match instead of pressing the dialog's default button.
				event.doit = false;
				event.detail = SWT.TRAVERSE_NONE;
				take();
			}
		});
		matches.addListener(SWT.DefaultSelection, event -> take());
	}

	Text text() {
		return text;
	}

	org.eclipse.swt.widgets.List matches() {
		return matches;
	}

	/** Shows {@code name} in the field as taken, without searching for it. */
	void showTaken(String name) {
		takenName = name;
		text.setText(name);
		text.setSelection(name.length());
	}

	private void refresh() {
		matches.removeAll();
		shown.clear();
		String typed = text.getText();
		if (typed.isBlank() || typed.equals(takenName)) {
			return;
		}
		takenName = null;
		for (IContentProposal proposal : finder.getProposals(typed, typed.length())) {
			shown.add((ObjectProposal) proposal);
			matches.add(proposal.getLabel());
		}
		if (!shown.isEmpty()) {
			matches.select(0);
			matches.showSelection();
		}
	}

	private void keyPressed(Event event) {
		int count = matches.getItemCount();
		if (count == 0 || event.keyCode != SWT.ARROW_DOWN && event.keyCode != SWT.ARROW_UP) {
			return;
		}
		int index = matches.getSelectionIndex();
		int next = event.keyCode == SWT.ARROW_DOWN ? Math.min(count - 1, index + 1) : Math.max(0, index - 1);
		matches.select(next);
		matches.showSelection();
		event.doit = false;
	}

	private void take() {
		int index = matches.getSelectionIndex();
		if (index < 0 || index >= shown.size()) {
			return;
		}
		ObjectProposal proposal = shown.get(index);
		matches.removeAll();
		shown.clear();
		chosen.accept(proposal);
		text.setFocus();
	}

	/** The object named exactly as typed, for a name typed in full without taking a match. */
	EObject exactly() {
		return finder.exactly(text.getText());
	}
}
