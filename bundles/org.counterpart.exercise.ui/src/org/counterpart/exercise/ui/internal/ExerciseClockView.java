package org.counterpart.exercise.ui.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.DeviceIdentityFolder;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The exercise clock: the exercise time, whether the clock runs, the next inject due, the trainer's buttons to
 * pause, resume and release the next inject by hand, and the trainee's following of the trainer's clock orders.
 */
public class ExerciseClockView extends ViewPart {

	public static final String ID = "org.counterpart.exercise.ui.views.clock"; //$NON-NLS-1$

	private ExerciseRunTracker tracker;
	private ScrolledComposite scrolled;
	private Label time;
	private Label state;
	private Label next;
	private Label problem;
	private Button pause;
	private Button resume;
	private Button releaseNext;
	private Button orderClass;
	private ClockOrderDialog orderDialog;
	private Button followOrders;
	private FollowOrdersDialog followDialog;
	private Label orders;
	private Font bigFont;
	private final Runnable changeListener = this::refresh;

	@Override
	public void createPartControl(Composite viewParent) {
		// the view is often short beside the injects: what does not fit scrolls rather than being cut off
		scrolled = new ScrolledComposite(viewParent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setShowFocusedControl(true);
		Composite parent = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(parent);
		scrolled.addListener(SWT.Resize, event -> fitContent());
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(Messages.Clock_caption);
		GridDataFactory.fillDefaults().applyTo(caption);
		time = new Label(parent, SWT.NONE);
		FontData[] data = time.getFont().getFontData();
		for (FontData one : data) {
			one.setHeight(one.getHeight() * 2);
			one.setStyle(SWT.BOLD);
		}
		bigFont = new Font(parent.getDisplay(), data);
		time.setFont(bigFont);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(time);
		state = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		next = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(next);
		Composite clockButtons = buttonRow(parent);
		pause = button(clockButtons, Messages.Clock_pause, run -> run.pause(tracker.wallClock().instant()));
		resume = button(clockButtons, Messages.Clock_resume, run -> run.resume(tracker.wallClock().instant()));
		releaseNext = button(clockButtons, Messages.Clock_releaseNext, run -> {
			Optional<Inject> upcoming = nextInject(run);
			if (upcoming.isPresent()) {
				run.releaseUntil(upcoming.get().time());
			}
		});
		// a row of their own: the trainer's orders to the whole class and the trainee's following of them
		Composite classButtons = buttonRow(parent);
		orderClass = new Button(classButtons, SWT.PUSH);
		orderClass.setText(Messages.Clock_orderClass);
		orderClass.addListener(SWT.Selection, event -> orderClass());
		followOrders = new Button(classButtons, SWT.PUSH);
		followOrders.setText(Messages.Clock_followOrders);
		followOrders.addListener(SWT.Selection, event -> followOrders());
		orders = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(orders);
		problem = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
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

	/** A row of buttons that wraps when the view is narrow. */
	private static Composite buttonRow(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.marginLeft = 0;
		layout.marginRight = 0;
		layout.wrap = true;
		row.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		return row;
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
				fitContent();
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
				fitContent();
			}
		} finally {
			orderDialog = null;
		}
	}

	/** The trainee follows the trainer's clock orders arriving in a folder, opened with the store's identity. */
	private void followOrders() {
		Optional<DeviceIdentityFolder> identity = tracker.identity();
		if (identity.isEmpty()) {
			return;
		}
		followDialog = new FollowOrdersDialog(followOrders.getShell(), identity.get());
		try {
			if (followDialog.open() == org.eclipse.jface.window.Window.OK) {
				tracker.watch(followDialog.watch());
			}
		} finally {
			followDialog = null;
		}
	}

	/** The follow dialog while it is open, else null. */
	FollowOrdersDialog followDialog() {
		return followDialog;
	}

	Button getFollowOrdersButton() {
		return followOrders;
	}

	/** What the view says of the clock orders followed. */
	String getOrdersText() {
		return orders.getText();
	}

	private String describeOrders() {
		Optional<Path> folder = tracker.watchedFolder();
		if (folder.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		List<ClockOrder> applied = tracker.ordersApplied();
		StringBuilder text = new StringBuilder(Messages.bind(Messages.Clock_following, folder.get(), applied.size()));
		if (!applied.isEmpty()) {
			ClockOrder last = applied.get(applied.size() - 1);
			text.append('\n').append(Messages.bind(Messages.Clock_lastOrder, describe(last), last.at()));
		}
		tracker.ordersRefused().forEach((file, why) -> text.append('\n')
				.append(Messages.bind(Messages.Clock_orderRefused, file.getFileName(), why)));
		return text.toString();
	}

	private static String describe(ClockOrder order) {
		return switch (order.kind()) {
		case PAUSE -> Messages.Clock_orderPause;
		case RESUME -> Messages.Clock_orderResume;
		case RELEASE -> Messages.bind(Messages.Clock_orderRelease, order.until());
		};
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
		followOrders.setEnabled(run.isPresent() && tracker.identity().isPresent());
		orders.setText(describeOrders());
		time.getParent().layout(true, true);
		fitContent();
	}

	private void fitContent() {
		Composite content = (Composite) scrolled.getContent();
		int width = scrolled.getClientArea().width;
		scrolled.setMinSize(content.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
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
