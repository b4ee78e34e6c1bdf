package org.counterpart.exercise.ui.internal;

import java.util.List;
import java.util.Optional;

import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * The injects delivered so far (exercise time, number, title), newest last; a notification pops up, without taking
 * the focus, as each one arrives.
 */
public class InjectsView extends ViewPart {

	public static final String ID = "org.counterpart.exercise.ui.views.injects"; //$NON-NLS-1$

	private ExerciseRunTracker tracker;
	private Table table;
	private final java.util.function.Consumer<List<Inject>> arrivalListener = this::arrived;
	private final Runnable changeListener = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Injects_time, 110);
		column(Messages.Injects_number, 50);
		column(Messages.Injects_title, 320);
		show(ExerciseRunTracker.getDefault());
	}

	/** Follows {@code newTracker} instead of the workbench's. */
	public void show(ExerciseRunTracker newTracker) {
		if (tracker != null) {
			tracker.removeArrivalListener(arrivalListener);
			tracker.removeChangeListener(changeListener);
		}
		tracker = newTracker;
		tracker.addArrivalListener(arrivalListener);
		tracker.addChangeListener(changeListener);
		refresh();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private void arrived(List<Inject> injects) {
		if (table == null || table.isDisposed()) {
			return;
		}
		refresh();
		for (Inject inject : injects) {
			InjectNotification.show(table.getShell(), inject);
		}
	}

	/** Shows what the run says was delivered: the store keeps it, so a restart shows the same list. */
	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		Optional<ExerciseRun> run = tracker.run();
		List<Inject> delivered;
		try {
			delivered = run.isPresent() ? run.get().delivered() : List.of();
		} catch (ScenarioException e) {
			return; // the clock view says why
		}
		if (delivered.size() == table.getItemCount()) {
			return;
		}
		table.removeAll();
		for (Inject inject : delivered) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { inject.time().toString(), Integer.toString(inject.number()), inject.title() });
			item.setData(inject);
		}
		if (table.getItemCount() > 0) {
			table.showItem(table.getItem(table.getItemCount() - 1));
		}
	}

	/** The table of delivered injects. */
	Table getTable() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.removeArrivalListener(arrivalListener);
			tracker.removeChangeListener(changeListener);
		}
		super.dispose();
	}
}
