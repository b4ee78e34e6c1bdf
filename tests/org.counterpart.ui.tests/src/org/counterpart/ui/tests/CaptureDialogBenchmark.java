package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.capture.CaptureObservationDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.ActiveShellExpression;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * How long the capture dialog takes to come up after Ctrl+Shift+O, against an empty JFace dialog opened the same
 * way in the same run: the same key binding and command, with a handler that opens the empty dialog instead. Timed
 * from posting the key to the window system until the dialog's first paint, and until the event queue has drained
 * after it ("up"). The two dialogs take turns, after untimed warm-ups. Prints the medians and writes
 * {@code target/capture-benchmark-report.md}.
 * <p>
 * Not part of the tests (the class name does not end in Test); run it with {@code -Dtest=CaptureDialogBenchmark}.
 */
public class CaptureDialogBenchmark {

	private static final int WARMUPS = Integer.getInteger("counterpart.benchmarks.capture.warmups", 5);
	private static final int RUNS = Integer.getInteger("counterpart.benchmarks.capture.runs", 21);
	private static final double GOAL_MILLIS = 150;
	private static final long SETTLE_MILLIS = 600;
	private static final double GOAL_RATIO = 1.5;
	private static final int[] CTRL_SHIFT = { SWT.CTRL, SWT.SHIFT };
	private static final String CAPTURE_COMMAND = "org.counterpart.ui.commands.captureObservation";

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;

	/** One opening: the key posted, the dialog's first paint, the queue drained after it. */
	private static final class Opening implements Listener {
		final Class<? extends Window> type;
		volatile long keyPosted;
		volatile long firstPaint;
		volatile long up;

		Opening(Class<? extends Window> type) {
			this.type = type;
		}

		@Override
		public void handleEvent(Event event) {
			if (firstPaint != 0 || !(event.widget instanceof Control control)) {
				return;
			}
			Shell shell = control.getShell();
			if (shell.isVisible() && type.isInstance(shell.getData())) {
				firstPaint = System.nanoTime();
				Window window = (Window) shell.getData();
				// Runs once the events queued by now, the rest of the first paints included, have been handled.
				event.display.asyncExec(() -> {
					up = System.nanoTime();
					window.close();
				});
			}
		}
	}

	@Test
	public void captureDialogAgainstAnEmptyDialog() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is open");
		int observations = session.getTheater().getObservations().size();

		List<Double> captureFirstPaint = new ArrayList<>();
		List<Double> captureUp = new ArrayList<>();
		List<Double> emptyFirstPaint = new ArrayList<>();
		List<Double> emptyUp = new ArrayList<>();
		double[] firstCapture = new double[1];
		KeyboardRobot.drive(display, robot -> {
			for (int i = 0; i < WARMUPS + RUNS; i++) {
				// Take turns, starting with either, so that neither always runs on a fresher or a warmer workbench.
				boolean captureFirst = i % 2 == 0;
				for (int turn = 0; turn < 2; turn++) {
					boolean capture = captureFirst == (turn == 0);
					Opening opening = open(robot, capture ? CaptureObservationDialog.class : EmptyDialogHandler.EmptyDialog.class);
					if (i == 0 && capture) {
						firstCapture[0] = millis(opening.keyPosted, opening.up);
					}
					// Capture builds its next dialog a moment after closing (see CaptureObservationHandler): let that
					// happen now rather than inside the next timed opening.
					Thread.sleep(SETTLE_MILLIS);
					if (i >= WARMUPS) {
						(capture ? captureFirstPaint : emptyFirstPaint).add(millis(opening.keyPosted, opening.firstPaint));
						(capture ? captureUp : emptyUp).add(millis(opening.keyPosted, opening.up));
					}
				}
			}
		});
		assertEquals(observations, session.getTheater().getObservations().size(), "the benchmark filed nothing");

		double capture = median(captureUp);
		double empty = median(emptyUp);
		double ratio = capture / empty;
		String report = String.format(Locale.ROOT, """
				| Ctrl+Shift+O to the dialog (%d runs each, after %d warm-ups) | median ms, first paint | median ms, up (first paint + queue drained) |
				|---|---:|---:|
				| capture dialog | %.1f | %.1f |
				| empty JFace dialog (same key binding and command, its own handler) | %.1f | %.1f |
				| ratio capture \u00f7 empty | %.2f\u00d7 | %.2f\u00d7 |

				Goal: up in under %.0f ms (%s) and within %.1f\u00d7 of the empty dialog (%s).
				The first capture of this run, whose dialog is built on the key (as after the workbench starts): %.1f ms up.
				""", RUNS, WARMUPS, median(captureFirstPaint), capture, median(emptyFirstPaint), empty,
				median(captureFirstPaint) / median(emptyFirstPaint), ratio, GOAL_MILLIS,
				capture < GOAL_MILLIS ? "met" : "NOT met", GOAL_RATIO, ratio <= GOAL_RATIO ? "met" : "NOT met",
				firstCapture[0]);
		System.out.println();
		System.out.println("Capture dialog benchmark");
		System.out.println(report);
		System.out.println("all runs, capture up ms: " + captureUp);
		System.out.println("all runs, empty up ms:   " + emptyUp);
		Path file = Screenshots.folder().resolveSibling("capture-benchmark-report.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
	}

	private Opening open(KeyboardRobot robot, Class<? extends Window> type) {
		Shell window = robot.read(() -> page.getWorkbenchWindow().getShell());
		// For the baseline the same key and command run the empty dialog's handler instead: one that is active while
		// the window is, which the workbench prefers over capture's handler (active everywhere).
		IHandlerActivation baseline = type == EmptyDialogHandler.EmptyDialog.class
				? robot.read(() -> handlers().activateHandler(CAPTURE_COMMAND, new EmptyDialogHandler(), new ActiveShellExpression(window)))
				: null;
		robot.act(() -> {
			window.forceActive();
			page.activate(explorer);
			explorer.getViewer().getControl().setFocus();
		});
		robot.waitUntil(() -> display.getActiveShell() == window && noDialogOpen(), "the workbench window is active");
		Opening opening = new Opening(type);
		robot.act(() -> display.addFilter(SWT.Paint, opening));
		try {
			// The modifiers go down first; the time starts with the key that completes the binding.
			robot.chordTimed(CTRL_SHIFT, 'o', () -> opening.keyPosted = System.nanoTime());
			String name = type.getSimpleName() + " (Ctrl+Shift+O)";
			robot.waitUntil(() -> opening.firstPaint != 0 || isOpen(type), name + " opens");
			robot.waitUntil(() -> opening.firstPaint != 0, name + " paints");
			robot.waitUntil(() -> opening.up != 0 && noDialogOpen(), name + " is closed after its first paint");
		} finally {
			robot.act(() -> {
				display.removeFilter(SWT.Paint, opening);
				if (baseline != null) {
					handlers().deactivateHandler(baseline);
				}
			});
		}
		return opening;
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getService(IHandlerService.class);
	}

	private boolean isOpen(Class<? extends Window> type) {
		return Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Widget::getData).anyMatch(type::isInstance);
	}

	private boolean noDialogOpen() {
		// A capture dialog built in advance for the next time is hidden: it does not count.
		return Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Widget::getData).noneMatch(data -> data instanceof Window window
				&& (window instanceof CaptureObservationDialog || window instanceof EmptyDialogHandler.EmptyDialog));
	}

	private static double millis(long from, long to) {
		return (to - from) / 1e6;
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
