package org.counterpart.exercise.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The exercise clock: the exercise time, whether the clock runs, the next inject due, and the trainer's buttons to
 * pause, resume and release the next inject by hand.
 */
public class ExerciseClockView extends ViewPart {

	public static final String ID = "org.counterpart.exercise.ui.views.clock"; //$NON-NLS-1$

	private ExerciseRunTracker tracker;
	private Label time;
	private Label state;
	private Label next;
	private Label problem;
	private Button pause;
	private Button resume;
	private Button releaseNext;
	private Button orderClass;
	private ClockOrderDialog orderDialog;
	private Font bigFont;
	private final Runnable changeListener = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(Messages.Clock_caption);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(caption);
		time = new Label(parent, SWT.NONE);
		FontData[] data = time.getFont().getFontData();
		for (FontData one : data) {
			one.setHeight(one.getHeight() * 2);
			one.setStyle(SWT.BOLD);
		}
		bigFont = new Font(parent.getDisplay(), data);
		time.setFont(bigFont);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(time);
		state = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(state);
		next = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(next);
		pause = button(parent, Messages.Clock_pause, run -> run.pause(tracker.wallClock().instant()));
		resume = button(parent, Messages.Clock_resume, run -> run.resume(tracker.wallClock().instant()));
		releaseNext = button(parent, Messages.Clock_releaseNext, run -> {
			Optional<Inject> upcoming = nextInject(run);
			if (upcoming.isPresent()) {
				run.releaseUntil(upcoming.get().time());
			}
		});
		orderClass = new Button(parent, SWT.PUSH);
		orderClass.setText(Messages.Clock_orderClass);
		orderClass.addListener(SWT.Selection, event -> orderClass());
		// a row of its own: it speaks to the whole class, not to this workbench's clock
		GridDataFactory.swtDefaults().span(3, 1).applyTo(orderClass);
		problem = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(problem);
		parent.addDisposeListener(event -> bigFont.dispose());
		show(ExerciseRunTracker.getDefault());
	}

	/** Follows {@code newTracker} instead of the workbench's. */
	public void show(ExerciseRunTracker newTracker) {
		if (tracker != null) {
			tracker.removeChangeListener(changeListener);
		}
		tracker = newTracker;
		tracker.addChangeListener(changeListener);
		refresh();
	}

	private Button button(Composite parent, String text, ExerciseRunTracker.RunChange change) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> {
			try {
				tracker.change(change);
			} catch (ScenarioException e) {
				problem.setText(Messages.bind(Messages.Clock_failed, e.getMessage()));
				problem.getParent().layout(true);
			}
		});
		return button;
	}

	/**
	 * The trainer's order to every trainee's clock, as a signed file in the watched folder; it needs no exercise
	 * running in this workbench.
	 */
	private void orderClass() {
		orderDialog = new ClockOrderDialog(orderClass.getShell(), tracker.wallClock());
		try {
			if (orderDialog.open() == org.eclipse.jface.window.Window.OK) {
				problem.setText(Messages.bind(Messages.Order_written, orderDialog.written().getFileName()));
				problem.getParent().layout(true);
			}
		} finally {
			orderDialog = null;
		}
	}

	/** The clock order dialog while it is open, else null. */
	ClockOrderDialog orderDialog() {
		return orderDialog;
	}

	Button getOrderClassButton() {
		return orderClass;
	}

	/** What the view last said under its buttons. */
	String getProblemText() {
		return problem.getText();
	}

	/** The first inject not delivered yet. */
	static Optional<Inject> nextInject(ExerciseRun run) throws ScenarioException {
		List<Inject> ordered = run.scenario().injectsInOrder();
		int delivered = run.delivered().size();
		return delivered < ordered.size() ? Optional.of(ordered.get(delivered)) : Optional.empty();
	}

	private void refresh() {
		if (time == null || time.isDisposed()) {
			return;
		}
		Optional<ExerciseRun> run = tracker.run();
		boolean running = false;
		if (run.isEmpty()) {
			time.setText(""); //$NON-NLS-1$
			state.setText(Messages.Clock_noRun);
			next.setText(""); //$NON-NLS-1$
		} else {
			try {
				Instant now = tracker.wallClock().instant();
				ExerciseClock clock = run.get().clock();
				running = clock.isRunning();
				time.setText(clock.dueUntil(now).toString());
				state.setText(running ? Messages.Clock_running : Messages.Clock_paused);
				next.setText(nextInject(run.get())
						.map(inject -> Messages.bind(Messages.Clock_next,
								new Object[] { inject.number(), inject.title(), inject.time() }))
						.orElse(Messages.Clock_nothingNext));
			} catch (ScenarioException e) {
				problem.setText(Messages.bind(Messages.Clock_failed, e.getMessage()));
			}
		}
		tracker.problem().ifPresent(problem::setText);
		pause.setEnabled(run.isPresent() && running);
		resume.setEnabled(run.isPresent() && !running);
		releaseNext.setEnabled(run.isPresent());
		time.getParent().layout(true);
	}

	/** The exercise time shown (as {@link org.counterpart.exercise.ExerciseTime#toString}). */
	public String getTimeText() {
		return time.getText();
	}

	/** Whether the clock is shown running or paused. */
	public String getStateText() {
		return state.getText();
	}

	/** The next inject due, as shown. */
	public String getNextText() {
		return next.getText();
	}

	Button getReleaseNextButton() {
		return releaseNext;
	}

	Button getPauseButton() {
		return pause;
	}

	Button getResumeButton() {
		return resume;
	}

	@Override
	public void setFocus() {
		releaseNext.setFocus();
	}

	@Override
	public void dispose() {
		if (tracker != null) {
			tracker.removeChangeListener(changeListener);
		}
		super.dispose();
	}
}
