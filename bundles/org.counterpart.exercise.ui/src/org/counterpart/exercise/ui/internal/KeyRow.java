package org.counterpart.exercise.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.AnswerKeyCsv;

/** One line of an answer key file as the table edits it: its cells, in {@link AnswerKeyCsv#COLUMNS} order. */
record KeyRow(String item, String inject, String objective, String text, String target, String relationship,
		String grading, String within) {

	static KeyRow of(List<String> cells) {
		return new KeyRow(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5), cells.get(6),
				cells.get(7));
	}

	List<String> cells() {
		return List.of(item, inject, objective, text, target, relationship, grading, within);
	}

	/** This row with cell {@code index} set to {@code value}. */
	KeyRow with(int index, String value) {
		List<String> cells = new ArrayList<>(cells());
		cells.set(index, value);
		return of(cells);
	}
}
