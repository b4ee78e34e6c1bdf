package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Attachment;
import org.counterpart.model.Contact;
import org.counterpart.model.Engagement;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.capture.CaptureObservationDialog;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast observation capture, driven by the keyboard only: Ctrl+Shift+O from the workbench opens the dialog, Tab and
 * mnemonics reach every field, type-ahead finds the source and what the observation is about, the grade's own keys
 * grade it, Enter files it through one undoable command. Filing is refused, with the reason, while the validator
 * finds an error, and then nothing changes.
 */
public class CaptureObservationTest {

	private static final int[] CTRL_SHIFT = { SWT.CTRL, SWT.SHIFT };

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private WorkspaceEditingSession session;
	private Theater theater;

	@BeforeEach
	public void openWorkbench() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is open");
		theater = session.getTheater();
	}

	@AfterEach
	public void closeLeftDialogs() {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof CaptureObservationDialog dialog) {
				dialog.close();
			}
		}
	}

	@Test
	public void filesACompleteGradedObservationByKeystrokesAloneAndUndoRemovesIt() {
		int before = theater.getObservations().size();
		Command undoBefore = session.getEditingDomain().getCommandStack().getUndoCommand();
		Contact named = theater.getContacts().stream()
				.filter(contact -> contact.getFamilyName() != null && contact.getFamilyName().matches("[A-Za-z]{4}.*"))
				.findFirst().orElseThrow();
		String sourceTyped = named.getFamilyName().substring(0, 4).toLowerCase(Locale.ROOT);
		EObject expectedSource = firstNamed(actors(), sourceTyped);
		Engagement engagement = theater.getEngagements().stream()
				.filter(e -> longestWord(e.getTitle()).length() >= 5).findFirst().orElseThrow();
		String aboutTyped = longestWord(engagement.getTitle());
		List<EObject> aboutCandidates = actors();
		aboutCandidates.addAll(theater.getEngagements());
		EObject expectedAbout = firstNamed(aboutCandidates, aboutTyped);
		String text = "convoy of six trucks left the northern depot at dawn, heading for the border.";

		KeyboardRobot.drive(display, robot -> {
			CaptureObservationDialog dialog = openCapture(robot);
			robot.type(text);
			robot.waitUntil(() -> focusedText().equals(text), "the text is typed into the first field");
			robot.press('\t');
			robot.type(sourceTyped);
			robot.waitUntil(() -> matchesList(dialog, nameOf(expectedSource)) != null, "the matches are listed");
			robot.act(() -> Screenshots.save(dialog.getShell(), "capture-type-ahead"));
			chooseFirstMatch(robot, dialog, ObjectLabels.actorName((org.counterpart.model.Actor) expectedSource));
			robot.waitUntil(() -> focusedText().equals(ObjectLabels.actorName((org.counterpart.model.Actor) expectedSource)),
					"the source field shows the chosen actor");
			robot.press('\t');
			robot.type("b");
			robot.press('\t');
			robot.type("2");
			robot.press('\t');
			robot.type(aboutTyped);
			chooseFirstMatch(robot, dialog, nameOf(expectedAbout));
			robot.waitUntil(() -> focusedText().isEmpty(), "the about field is empty again, ready for the next");
			robot.press('\t'); // the list of what it is about
			robot.press('\t');
			robot.type("logistics, morale");
			robot.press('\t');
			robot.type("58.3776");
			robot.press('\t');
			robot.type("26.729");
			robot.press('\t');
			robot.type("northern depot");
			robot.waitUntil(() -> focusedText().equals("northern depot"), "the place name is typed");
			robot.act(() -> Screenshots.save(dialog.getShell(), "capture"));
			robot.press('\r');
			robot.waitUntil(() -> dialog.getShell() == null, "Enter files the observation and closes the dialog");
			assertNull(robot.read(dialog::getProblem), "no problem was shown");
		});

		assertEquals(before + 1, theater.getObservations().size(), "one observation was filed");
		FieldObservation filed = theater.getObservations().get(before);
		assertEquals(text, filed.getText());
		assertEquals(ObservationStatus.FINAL, filed.getStatus());
		assertEquals(SourceReliability.B, filed.getSourceReliability());
		assertEquals(InformationCredibility.PROBABLY_TRUE, filed.getInformationCredibility());
		assertSame(expectedSource, filed.getSource());
		List<EObject> about = new ArrayList<>(filed.getAboutActors());
		about.addAll(filed.getAboutEngagements());
		assertEquals(List.of(expectedAbout), about);
		assertEquals(List.of("logistics", "morale"), filed.getTopics());
		assertEquals(58.3776, filed.getLatitude(), 1e-9);
		assertEquals(26.729, filed.getLongitude(), 1e-9);
		assertEquals("northern depot", filed.getPlaceName());
		assertEquals(ObjectLabels.banner(theater.getMarking()), ObjectLabels.banner(filed.getMarking()));
		assertNotNull(filed.getObservedAt());
		assertTrue(Math.abs(System.currentTimeMillis() - filed.getObservedAt().getTime()) < 5 * 60_000,
				"observed now, by default");
		assertNotNull(filed.getId());

		BasicCommandStack stack = (BasicCommandStack) session.getEditingDomain().getCommandStack();
		Command capture = stack.getUndoCommand();
		assertEquals("Capture Observation", capture.getLabel(), "one command, named for the Undo menu");
		assertTrue(session.isDirty(), "capturing does not save: the workspace has unsaved changes");
		stack.undo();
		assertEquals(before, theater.getObservations().size(), "undo removes the observation");
		assertFalse(theater.getObservations().contains(filed));
		assertSame(undoBefore, stack.getUndoCommand(), "one undo takes back the whole capture");
	}

	@Test
	public void finalIsRefusedWithTheReasonWhileTheObservationDoesNotValidate() {
		int before = theater.getObservations().size();
		Command undoBefore = session.getEditingDomain().getCommandStack().getUndoCommand();
		KeyboardRobot.drive(display, robot -> {
			CaptureObservationDialog dialog = openCapture(robot);
			robot.mnemonic('r'); // source reliability
			robot.type("c");
			robot.mnemonic('f'); // Save as Final, with neither text nor credibility
			robot.waitUntil(() -> dialog.getProblem() != null, "a reason is shown");
			String reason = robot.read(dialog::getProblem);
			assertTrue(reason.contains("is not fully graded") && reason.contains("(and 1 more)"), reason);
			robot.act(() -> Screenshots.save(dialog.getShell(), "capture-refused"));

			robot.mnemonic('t');
			robot.type("the depot gates were closed");
			robot.mnemonic('f');
			robot.waitUntil(() -> !reason.equals(dialog.getProblem()), "the reason changes");
			String second = robot.read(dialog::getProblem);
			assertTrue(second.contains("is not fully graded") && !second.contains("more"), second);
			assertFalse(robot.read(() -> dialog.getShell() == null), "the dialog stays open with what was typed");
			robot.press((char) SWT.ESC);
			robot.waitUntil(() -> dialog.getShell() == null, "Escape closes the dialog");
		});
		assertEquals(before, theater.getObservations().size(), "nothing was filed");
		assertSame(undoBefore, session.getEditingDomain().getCommandStack().getUndoCommand(), "no command ran");
	}

	@Test
	public void aPositionOutOfRangeIsRefusedAsDraftAndAsFinal() {
		int before = theater.getObservations().size();
		Command undoBefore = session.getEditingDomain().getCommandStack().getUndoCommand();
		KeyboardRobot.drive(display, robot -> {
			CaptureObservationDialog dialog = openCapture(robot);
			robot.type("patrol seen near the river crossing");
			robot.mnemonic('r');
			robot.type("b");
			robot.mnemonic('c');
			robot.type("3");
			robot.mnemonic('l');
			robot.type("91");
			robot.mnemonic('n');
			robot.type("20.5");
			robot.waitUntil(() -> dialog.getProblem() != null, "the latitude is questioned as it is typed");
			assertTrue(robot.read(dialog::getProblem).contains("-90 to 90"), robot.read(dialog::getProblem));
			robot.mnemonic('f');
			robot.waitUntil(() -> dialog.getProblem() != null && dialog.getProblem().contains("latitude 91"),
					"final is refused with the validator's reason");
			robot.act(() -> dialog.setErrorMessage(null));
			robot.mnemonic('d');
			robot.waitUntil(() -> dialog.getProblem() != null && dialog.getProblem().contains("latitude 91"),
					"a draft is refused too");
			robot.mnemonic('l');
			robot.act(() -> ((Text) display.getFocusControl()).selectAll());
			robot.type("-33.9");
			robot.waitUntil(() -> dialog.getProblem() == null, "a latitude in range clears the reason");
			robot.press((char) SWT.ESC);
			robot.waitUntil(() -> dialog.getShell() == null, "Escape closes the dialog");
		});
		assertEquals(before, theater.getObservations().size(), "nothing was filed");
		assertSame(undoBefore, session.getEditingDomain().getCommandStack().getUndoCommand(), "no command ran");
	}

	/**
	 * The file dialog is native and cannot be driven under Xvfb: the test puts a chooser in its place that answers
	 * with a file, and presses the real Add File button by its mnemonic.
	 */
	@Test
	public void anAttachedFileIsKeptInTheStoreAndReferencedByItsHash(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("depot-gate.txt");
		byte[] content = "photo notes: gate 3, two guards, barrier down".getBytes(StandardCharsets.UTF_8);
		Files.write(file, content);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		int before = theater.getObservations().size();

		KeyboardRobot.drive(display, robot -> {
			CaptureObservationDialog dialog = openCapture(robot);
			robot.act(() -> dialog.setFileChooser(shell -> List.of(file)));
			robot.type("gate 3 guarded by two soldiers");
			robot.mnemonic('i');
			robot.waitUntil(() -> listShows(dialog, "depot-gate.txt"), "the file is listed");
			robot.mnemonic('d');
			robot.waitUntil(() -> dialog.getShell() == null, "the draft is filed");
		});

		assertEquals(before + 1, theater.getObservations().size());
		FieldObservation filed = theater.getObservations().get(before);
		assertEquals(ObservationStatus.DRAFT, filed.getStatus());
		assertEquals(1, filed.getAttachments().size());
		Attachment attachment = filed.getAttachments().get(0);
		assertEquals(sha256, attachment.getSha256());
		assertEquals("depot-gate.txt", attachment.getFileName());
		assertEquals(content.length, attachment.getSize());
		assertTrue(((StoreWorkspaceStorage) session.getStorage()).hasAttachment(sha256), "the content is in the store");
		session.getEditingDomain().getCommandStack().undo();
		assertEquals(before, theater.getObservations().size());
	}

	/** Ctrl+Shift+O with the explorer focused, as a user in the workbench would press it. */
	private CaptureObservationDialog openCapture(KeyboardRobot robot) {
		Shell window = robot.read(() -> page.getWorkbenchWindow().getShell());
		robot.act(() -> {
			window.forceActive();
			page.activate(explorer);
			explorer.getViewer().getControl().setFocus();
		});
		robot.waitUntil(() -> display.getActiveShell() == window, "the workbench window is active");
		robot.chord(CTRL_SHIFT, 'o');
		robot.waitUntil(() -> display.getActiveShell() != null
				&& display.getActiveShell().getData() instanceof CaptureObservationDialog
				&& display.getFocusControl() instanceof Text, "Ctrl+Shift+O opens the capture dialog");
		return robot.read(() -> (CaptureObservationDialog) display.getActiveShell().getData());
	}

	/** Waits for the type-ahead to list {@code name} first, selected, and takes it with Enter. */
	private static void chooseFirstMatch(KeyboardRobot robot, CaptureObservationDialog dialog, String name) {
		robot.waitUntil(() -> matchesList(dialog, name) != null, "the matches list " + name + " first, selected");
		org.eclipse.swt.widgets.List matches = robot.read(() -> matchesList(dialog, name));
		robot.press('\r');
		robot.waitUntil(() -> matches.getItemCount() == 0, "Enter takes the match and the list empties");
	}

	private static org.eclipse.swt.widgets.List matchesList(CaptureObservationDialog dialog, String name) {
		for (org.eclipse.swt.widgets.List list : Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.List.class)) {
			if (list.getItemCount() > 0 && list.getSelectionIndex() == 0 && list.getItem(0).startsWith(name + " \u2014 ")) {
				return list;
			}
		}
		return null;
	}

	private static boolean listShows(CaptureObservationDialog dialog, String name) {
		for (org.eclipse.swt.widgets.List list : Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.List.class)) {
			for (String item : list.getItems()) {
				if (item.startsWith(name)) {
					return true;
				}
			}
		}
		return false;
	}

	private String focusedText() {
		Control focus = display.getFocusControl();
		return focus instanceof Text field ? field.getText() : "";
	}

	private List<EObject> actors() {
		List<EObject> actors = new ArrayList<>(theater.getContacts());
		actors.addAll(theater.getInstitutions());
		return actors;
	}

	private static String nameOf(EObject object) {
		return object instanceof org.counterpart.model.Actor actor ? ObjectLabels.actorName(actor) : ObjectLabels.labelOf(object);
	}

	/** The first candidate one of whose name's words begins with {@code prefix}, as the type-ahead orders them. */
	private static EObject firstNamed(List<EObject> candidates, String prefix) {
		for (EObject candidate : candidates) {
			String name = nameOf(candidate);
			for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.startsWith(prefix)) {
					return candidate;
				}
			}
		}
		throw new AssertionError("nothing is named " + prefix);
	}

	private static String longestWord(String title) {
		String longest = "";
		for (String word : title.split("[^A-Za-z]+")) {
			if (word.length() > longest.length()) {
				longest = word;
			}
		}
		return longest.toLowerCase(Locale.ROOT);
	}
}
