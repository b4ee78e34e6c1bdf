package org.counterpart.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Acts on the dialogs a command opens, one after the other, as they appear: each step waits for a visible shell with
 * its title (and, if given, for the shell to be ready), then acts on it. Steps run from timers while the command's
 * modal dialogs spin the event loop; a step that throws ends the script and is reported by {@link #failure()}.
 */
final class DialogSteps {

	private record Step(String title, Predicate<Shell> ready, Consumer<Shell> action) {
	}

	private final Display display;
	private final Shell besides;
	private final Deque<Step> steps = new ArrayDeque<>();
	private final List<String> done = new ArrayList<>();
	private Throwable failure;

	DialogSteps(Display display, Shell besides) {
		this.display = display;
		this.besides = besides;
	}

	DialogSteps then(String title, Consumer<Shell> action) {
		return then(title, shell -> true, action);
	}

	DialogSteps then(String title, Predicate<Shell> ready, Consumer<Shell> action) {
		steps.add(new Step(title, ready, action));
		return this;
	}

	/** Starts watching for the dialogs. */
	DialogSteps start() {
		display.timerExec(100, this::poll);
		return this;
	}

	private void poll() {
		if (steps.isEmpty() || failure != null) {
			return;
		}
		// the next look is due before this step acts: its action may open a modal dialog and not return until it closes
		display.timerExec(100, this::poll);
		Step step = steps.peek();
		Shell shell = Workbench.dialog(display, besides, step.title());
		if (shell == null || !step.ready().test(shell)) {
			return;
		}
		steps.poll();
		try {
			step.action().accept(shell);
			done.add(step.title());
		} catch (Throwable e) {
			failure = e;
			steps.clear();
			if (!shell.isDisposed()) {
				shell.close();
			}
		}
	}

	/** Whether every step ran. */
	boolean finished() {
		return steps.isEmpty() || failure != null;
	}

	Throwable failure() {
		return failure;
	}

	/** The titles of the steps that ran. */
	List<String> done() {
		return done;
	}
}
