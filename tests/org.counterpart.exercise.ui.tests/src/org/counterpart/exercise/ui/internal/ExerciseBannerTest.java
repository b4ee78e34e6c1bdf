package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseStores;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.banner.BannerStrip;
import org.counterpart.ui.internal.banner.ScreenMarking;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The banner says EXERCISE when the open store is an exercise store (its header says so), and not for a real store
 * outside the Exercise perspective.
 */
public class ExerciseBannerTest {

	private static final String PASSPHRASE = "exercise banner passphrase";

	@TempDir
	Path temp;

	@Test
	public void aRealStoreShowsNoExerciseBannerAndAnExerciseStoreDoes() throws Exception {
		Display display = DisplayRequirement.requireDisplay();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD, window);
		WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
		EventLoop.spinUntil(display, () -> session.getTheater() != null, "the workspace is loaded");
		EventLoop.spinUntil(display, () -> strips(window).size() == 2, "the two banners");

		assertFalse(session.getStorage().isExercise(), "the workbench's own store is a real one");
		EventLoop.spinUntil(display, () -> strips(window).stream().noneMatch(strip -> strip.getSummary().isExercise()),
				"no EXERCISE on a real store: " + strips(window).stream().map(BannerStrip::getText).toList());
		assertFalse(ScreenMarking.of(window, session.getTheater(), session.getStorage().isExercise()).isExercise());

		Path folder = temp.resolve("trainee");
		ExerciseStores.create(folder, PASSPHRASE.toCharArray(), DemoScenario.scenario()).close();
		StoreWorkspaceStorage exercise = new StoreWorkspaceStorage(folder);
		try {
			assertFalse(exercise.isExercise(), "nothing is known of a locked store");
			exercise.open(PASSPHRASE.toCharArray(), new NullProgressMonitor());
			assertTrue(exercise.isExercise(), "the header marks the store exercise");
			MarkingSummary summary = ScreenMarking.of(window, session.getTheater(), exercise.isExercise());
			assertTrue(summary.isExercise());
			assertTrue(summary.banner().startsWith(MarkingSummary.EXERCISE), summary.banner());
			assertTrue(summary.banner().endsWith(MarkingSummary.EXERCISE), summary.banner());
			// the strip the window shows draws what it is given: an exercise store's banner reads EXERCISE
			BannerStrip top = strips(window).get(0);
			MarkingSummary before = top.getSummary();
			top.show(summary);
			assertEquals(summary.banner(), top.getText());
			top.show(before);
		} finally {
			exercise.close();
		}
	}

	private static List<BannerStrip> strips(IWorkbenchWindow window) {
		List<BannerStrip> found = new ArrayList<>();
		collect(window.getShell(), found);
		found.removeIf(strip -> strip.isDisposed() || !strip.isVisible());
		found.sort((a, b) -> Integer.compare(a.toDisplay(0, 0).y, b.toDisplay(0, 0).y));
		return found;
	}

	private static void collect(Control control, List<BannerStrip> found) {
		if (control instanceof BannerStrip strip) {
			found.add(strip);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}
}
