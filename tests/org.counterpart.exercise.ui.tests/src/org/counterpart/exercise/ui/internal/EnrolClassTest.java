package org.counterpart.exercise.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.counterpart.exercise.ExerciseKit;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Enrol a Class... from the keyboard: a bad line is named in the dialog and enrols nobody; a good list
 * enrols the whole class into the kit; Cancel on the progress of a long list stops it, and nobody is enrolled.
 */
public class EnrolClassTest {

	private static final String CA = "authority passphrase";
	private static final String IDENTITIES = "trainee passphrase";

	@TempDir
	Path temp;

	private Display display;
	private IWorkbenchWindow window;
	private ExerciseKit kit;

	@BeforeEach
	public void createKit() throws Exception {
		display = DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		kit = ExerciseKit.create(temp.resolve("kit"), "Border Watch", List.of("first"), CA.toCharArray(),
				"kit passphrase".toCharArray());
	}

	@Test
	public void aBadLineEnrolsNobodyAndAGoodListEnrolsTheClass() throws Exception {
		KeyboardRobot.drive(display, robot -> {
			EnrolClassDialog dialog = openDialog(robot);
			robot.typeInto(dialog.kitText(), kit.directory().toString());
			robot.typeInto(dialog.authorityPassphraseText(), CA);
			robot.typeInto(dialog.identityPassphraseText(), IDENTITIES);
			typeLines(robot, dialog.listText(), "anna", "ben,not-a-device", "carla");
			robot.pressButton(robot.read(dialog::enrolButton));
			robot.waitUntil(() -> dialog.refusal() != null, "the bad line is refused");
			String refusal = robot.read(dialog::refusal);
			assertTrue(refusal.contains("line 2") && refusal.contains("not-a-device"), refusal);
			assertEquals(List.of("first"), kit.trainees(), "nobody was enrolled");

			typeLines(robot, dialog.listText(), "anna", "ben,0b6d2c1e-4f3a-4e5b-9c7d-8a9b0c1d2e3f", "carla");
			robot.act(() -> Screenshots.save(dialog.getShell(), "exercise-enrol-class"));
			robot.pressButton(robot.read(dialog::enrolButton));
			robot.waitUntil(() -> EnrolClassHandler.openDialog() == null && done() != null, "the class is enrolled");
			String said = robot.read(() -> text(done()));
			assertTrue(said.contains("Enrolled 3 trainees: anna, ben, carla"), said);
			robot.act(() -> done().getShell().forceActive());
			robot.press('\r');
			robot.waitUntil(() -> done() == null, "the message closes");
		});
		assertEquals(List.of("anna", "ben", "carla", "first"), kit.trainees());
		assertNotNull(kit.participant("ben").loadDevice(IDENTITIES.toCharArray()).certificate().orElseThrow());
	}

	@Test
	public void cancelOnTheProgressStopsAndNobodyIsEnrolled() throws Exception {
		StringBuilder names = new StringBuilder();
		for (int i = 1; i <= 300; i++) {
			names.append("trainee").append(i).append('\n');
		}
		KeyboardRobot.drive(display, robot -> {
			EnrolClassDialog dialog = openDialog(robot);
			robot.typeInto(dialog.kitText(), kit.directory().toString());
			robot.typeInto(dialog.authorityPassphraseText(), CA);
			robot.typeInto(dialog.identityPassphraseText(), IDENTITIES);
			// a class long enough to cancel part way; typing it would take minutes
			robot.act(() -> dialog.listText().setText(names.toString()));
			robot.pressButton(robot.read(dialog::enrolButton));
			robot.waitUntil(() -> dialog.progressDialog() != null && dialog.progressDialog().getShell() != null
					&& dialog.progressDialog().getShell().isVisible(), "the progress shows");
			robot.waitUntil(this::somethingIssued, "the first trainees are issued");
			Button cancel = robot.read(() -> button(dialog.progressDialog().getShell(), "Cancel"));
			robot.pressButton(cancel);
			robot.waitUntil(() -> dialog.refusal() != null, "the enrolment stops");
			String refusal = robot.read(dialog::refusal);
			assertTrue(refusal.startsWith("Cancelled: nobody was enrolled"), refusal);
			robot.act(() -> dialog.getShell().close());
		});
		assertEquals(List.of("first"), kit.trainees(), "nobody was enrolled");
		try (Stream<Path> entries = Files.list(kit.directory())) {
			assertEquals(List.of(), entries.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
					"the issued identities are gone");
		}
	}

	/** The button labelled {@code label} in {@code composite}, or null. */
	private static Button button(org.eclipse.swt.widgets.Composite composite, String label) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText().replace("&", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite inner && button(inner, label) != null) {
				return button(inner, label);
			}
		}
		return null;
	}

	/** Whether a staging folder holds an issued trainee yet. */
	private boolean somethingIssued() {
		try (Stream<Path> entries = Files.list(kit.directory())) {
			for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
				try (Stream<Path> issued = Files.list(staging)) {
					if (issued.findAny().isPresent()) {
						return true;
					}
				}
			}
			return false;
		} catch (java.io.IOException e) {
			return false;
		}
	}

	private EnrolClassDialog openDialog(KeyboardRobot robot) {
		MenuItem item = robot.read(() -> menuItem(window.getShell(), "File", "Enrol a Class..."));
		// the menu's item opens a modal dialog: chosen later, so that this thread can go on driving it
		robot.act(() -> display.asyncExec(() -> item.notifyListeners(SWT.Selection, new Event())));
		robot.waitUntil(() -> EnrolClassHandler.openDialog() != null && EnrolClassHandler.openDialog().getShell() != null
				&& EnrolClassHandler.openDialog().getShell().isVisible(), "File > Enrol a Class... opens its dialog");
		return robot.read(EnrolClassHandler::openDialog);
	}

	/** The information shown once the class is enrolled, or null. */
	private Shell done() {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && Messages.Enrol_shellTitle.equals(shell.getText())
					&& EnrolClassHandler.openDialog() == null) {
				return shell;
			}
		}
		return null;
	}

	private static String text(Shell shell) {
		StringBuilder all = new StringBuilder();
		collect(shell, all);
		return all.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Composite composite, StringBuilder all) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				all.append(label.getText()).append('\n');
			} else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
				collect(inner, all);
			}
		}
	}

	/** The item under {@code path} of the menu bar, its menus shown on the way so that their items are current. */
	private static MenuItem menuItem(Shell shell, String... path) {
		Menu menu = shell.getMenuBar();
		MenuItem found = null;
		for (String wanted : path) {
			menu.notifyListeners(SWT.Show, new Event());
			found = null;
			for (MenuItem item : menu.getItems()) {
				String text = item.getText();
				int tab = text.indexOf('\t');
				if (wanted.equals((tab < 0 ? text : text.substring(0, tab)).replace("&", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
					found = item;
				}
			}
			menu.notifyListeners(SWT.Hide, new Event());
			assertNotNull(found, "menu item " + wanted);
			menu = found.getMenu();
		}
		return found;
	}

	/** Replaces what {@code text} holds by {@code lines}, Enter after each but the last. */
	private static void typeLines(KeyboardRobot robot, Text text, String... lines) {
		robot.act(() -> {
			text.getShell().forceActive();
			text.setFocus();
		});
		robot.waitUntil(text::isFocusControl, "the list has the focus");
		robot.chord(new int[] { SWT.CTRL }, 'a');
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				robot.press('\r');
			}
			robot.type(lines[i]);
		}
		String expected = String.join(robot.read(text::getLineDelimiter), lines);
		robot.waitUntil(() -> text.getText().equals(expected), "the list reads " + List.of(lines));
	}
}
