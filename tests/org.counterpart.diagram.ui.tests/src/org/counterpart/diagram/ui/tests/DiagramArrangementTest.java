package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.StoredArrangements;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Arranging a diagram in the editor on the demo country, with real widgets: it opens as the workspace stores it (ELK
 * for what was never placed); dragging, Alt+arrows, corner handles, pinning, hiding and Arrange All are commands on
 * the workspace's one stack, named in Edit &gt; Undo, saved with the workspace; Edit &gt; Delete and Edit &gt; Rename
 * act on the diagram's selection. Every test takes back what it did.
 */
public class DiagramArrangementTest {
	private DiagramTestWorkbench workbench;
	private Display display;
	private DiagramUiInput input;
	private IWorkbenchPage page;
	private WorkspaceEditingSession session;
	private Theater theater;
	private Command undoAtStart;

	@BeforeEach
	public void openWorkbench() throws Exception {
		workbench = DiagramTestWorkbench.open();
		display = workbench.display;
		input = new DiagramUiInput(display);
		page = workbench.page;
		session = workbench.session;
		theater = workbench.theater;
		undoAtStart = stack().getUndoCommand();
	}

	@AfterEach
	public void takeBackWhatTheTestDid() throws Exception {
		workbench.closeDialogsAndEditors();
		while (stack().canUndo() && stack().getUndoCommand() != undoAtStart) {
			stack().undo();
		}
		if (session.isDirty()) {
			session.save(null);
		}
		EventLoop.flush(display);
	}

	private CommandStack stack() {
		return workbench.stack();
	}

	private DiagramEditor open(String representation) throws Exception {
		return workbench.openDiagram(representation);
	}

	// ------------------------------------------------------------------------------------------------------ tests

	@Test
	public void aDiagramOpensWithItsStoredArrangementAndElkPlacesTheRestWithoutOverlaps() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		List<NodeFigure> top = topLevel(viewer);
		assertTrue(top.size() >= 3, "the chart shows institutions");
		assertNoOverlaps(top);
		NodeFigure node = top.get(0);
		EObject object = node.semantic();
		Bounds moved = node.bounds().translated(500, 300);
		editor.getGestures().move(List.of(node.key()), 500, 300);
		page.closeAllEditors(false);

		DiagramEditor again = open("Institution chart");
		assertEquals(moved, node(again.getViewer(), object).bounds(), "the node opens where it was moved to, as the store keeps it");
		assertEquals(moved, StoredArrangements.read(theater.eResource(), "institutionChart", theater).bounds(node.key()));
		assertNoOverlaps(topLevel(again.getViewer()));

		DiagramUiInput.toolItem(again.getViewer().getControl(), "Arrange All").notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		List<Bounds> arranged = topLevel(again.getViewer()).stream().map(NodeFigure::bounds).toList();
		page.closeAllEditors(false);
		DiagramEditor third = open("Institution chart");
		assertEquals(0, third.getLayoutRuns(), "an arranged diagram opens without a layout");
		assertEquals(arranged, topLevel(third.getViewer()).stream().map(NodeFigure::bounds).toList(), "as it was arranged");
	}

	@Test
	public void aNodeDraggedNearAnothersLeftEdgeLandsAlignedWithAGuideUnlessAltIsHeld() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		// two nodes put below the diagram, in a part of it nothing else reaches, and looked at there
		Bounds extent = viewer.getScene().extent();
		NodeFigure first = topLevel(viewer).get(0);
		NodeFigure second = topLevel(viewer).get(1);
		EObject anchorObject = second.semantic();
		EObject object = first.semantic();
		editor.getGestures().move(List.of(second.key()), extent.x() + 40 - second.bounds().x(), extent.bottom() + 200 - second.bounds().y());
		editor.getGestures().move(List.of(first.key()), extent.x() + 400 - first.bounds().x(), extent.bottom() + 400 - first.bounds().y());
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().y() == extent.bottom() + 400, "both are put below the diagram");
		viewer.setOrigin(extent.x(), extent.bottom() + 150);
		EventLoop.flush(display);
		NodeFigure moved = node(viewer, object);
		NodeFigure anchor = node(viewer, anchorObject);
		Bounds before = moved.bounds();
		double anchorLeft = anchor.bounds().x();
		// 3 pixels right of the other node's left edge (the zoom is 100 %)
		int dx = (int) Math.round(anchorLeft - before.x()) + 3;
		Point from = header(viewer, moved);
		Point to = new Point(from.x + dx, from.y);
		input.click(viewer.getControl(), from, 0);
		input.pressAndMove(viewer.getControl(), from, to, 0);
		java.nio.file.Path picture = Screenshots.save(viewer.getControl(), "editor-snapping-guide");
		org.eclipse.swt.graphics.ImageData pixels = new org.eclipse.swt.graphics.ImageData(picture.toString());
		int guideX = viewer.getViewport().toScreenX(anchorLeft);
		Rectangle anchorOnScreen = ScenePainter.screenBounds(anchor.bounds(), viewer.getViewport());
		int magenta = 0;
		for (int y = Math.max(0, anchorOnScreen.y); y < Math.min(pixels.height, anchorOnScreen.y + anchorOnScreen.height); y++) {
			for (int x = Math.max(0, guideX - 1); x <= Math.min(pixels.width - 1, guideX + 1); x++) {
				org.eclipse.swt.graphics.RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (rgb.red > 200 && rgb.green < 80 && rgb.blue > 200) {
					magenta++;
				}
			}
		}
		assertTrue(magenta > anchorOnScreen.height / 2, "a guide is drawn along the left edge the node aligns on (" + magenta + " pixels)");
		input.mouse(viewer.getControl(), SWT.MouseUp, 1, to, SWT.BUTTON1);
		EventLoop.spinUntil(display, () -> !node(viewer, object).bounds().equals(before), "the drag moves the node");
		assertEquals(anchorLeft, node(viewer, object).bounds().x(), 1e-9, "it lands with its left edge on the other's");
		assertEquals("Move", stack().getUndoCommand().getLabel());
		stack().undo();
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before), "Undo puts it back");

		NodeFigure again = node(viewer, object);
		Point start = header(viewer, again);
		input.click(viewer.getControl(), start, 0);
		input.dragHoldingFromFirstMove(viewer.getControl(), start, new Point(start.x + dx, start.y), SWT.ALT);
		EventLoop.spinUntil(display, () -> !node(viewer, object).bounds().equals(before), "the drag with Alt moves the node");
		assertEquals(before.x() + dx, node(viewer, object).bounds().x(), 1e-9, "with Alt it does not snap");
		stack().undo();
	}

	@Test
	public void draggingANodeMovesItAndEditUndoAndRedoTakeItBackAndAgain() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure node = topLevel(viewer).stream().filter(candidate -> viewer.getVisibleArea().contains(candidate.bounds())).findFirst()
				.orElseThrow();
		EObject object = node.semantic();
		Bounds before = node.bounds();
		Point from = header(viewer, node);
		input.click(viewer.getControl(), from, 0);
		// with Alt held the node goes exactly where the mouse takes it, whatever it passes near
		input.dragHoldingFromFirstMove(viewer.getControl(), from, new Point(from.x + 60, from.y + 40), SWT.ALT);
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before.translated(60, 40)), "the drag moves the node");
		assertEquals("Move", stack().getUndoCommand().getLabel());
		assertTrue(session.isDirty(), "a move is an edit of the workspace");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-moved-node");

		// a change made elsewhere (as a form would) keeps the arrangement
		Contact other = theater.getContacts().stream().filter(contact -> contact != object).findFirst().orElseThrow();
		String oldName = other.getFamilyName();
		stack().execute(SetCommand.create(session.getEditingDomain(), other, CounterpartPackage.Literals.CONTACT__FAMILY_NAME, oldName + " Jr"));
		EventLoop.flush(display);
		editor.refresh();
		assertEquals(before.translated(60, 40), node(viewer, object).bounds(), "the diagram keeps the user's arrangement");
		stack().undo();

		MenuItem undo = editMenuItem("Undo Move");
		undo.notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before), "Edit > Undo Move puts it back");
		MenuItem redo = editMenuItem("Redo Move");
		redo.notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before.translated(60, 40)), "Redo moves it again");

		session.save(null);
		Arrangement stored = StoredArrangements.read(theater.eResource(), "contactNetwork", theater);
		assertEquals(before.translated(60, 40), stored.bounds(node.key()), "the save keeps the position");
	}

	@Test
	public void altArrowsNudgeTheSelectionAndACornerHandleResizesIt() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure node = topLevel(viewer).stream().filter(candidate -> viewer.getVisibleArea().contains(candidate.bounds())).findFirst()
				.orElseThrow();
		EObject object = node.semantic();
		Bounds before = node.bounds();
		input.click(viewer.getControl(), header(viewer, node), 0);
		input.focus(viewer.getControl());
		input.keyWith(SWT.ALT, SWT.ARROW_RIGHT);
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before.translated(10, 0)), "Alt+Right moves it 10 to the right");
		input.keyWith(SWT.ALT, SWT.ARROW_DOWN);
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(before.translated(10, 10)), "Alt+Down moves it down");
		assertEquals("Move", stack().getUndoCommand().getLabel());
		assertEquals(1, viewer.getSelectedFigures().size(), "the node stays selected");

		NodeFigure moved = node(viewer, object);
		Rectangle r = ScenePainter.screenBounds(moved.bounds(), viewer.getViewport());
		Point corner = new Point(r.x + r.width, r.y + r.height);
		input.drag(viewer.getControl(), 1, corner, new Point(corner.x + 40, corner.y + 20), 0);
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().width() == moved.bounds().width() + 40
				&& node(viewer, object).bounds().height() == moved.bounds().height() + 20, "the corner handle resizes it");
		assertEquals(moved.bounds().x(), node(viewer, object).bounds().x(), "from the opposite corner");
		assertEquals("Resize", stack().getUndoCommand().getLabel());
		stack().undo();
		EventLoop.spinUntil(display, () -> node(viewer, object).bounds().equals(moved.bounds()), "Undo Resize gives the old size back");
	}

	@Test
	public void arrangeAllLaysOutAgainKeepingPinnedNodesAndUndoTakesItBack() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		List<NodeFigure> top = topLevel(viewer);
		NodeFigure far = top.get(0);
		NodeFigure pinned = top.get(1);
		EObject farObject = far.semantic();
		EObject pinnedObject = pinned.semantic();
		editor.getGestures().move(List.of(far.key()), 900, 700);
		editor.refresh();
		Bounds away = node(viewer, farObject).bounds();
		viewer.select(List.of(node(viewer, pinnedObject)), node(viewer, pinnedObject));
		DiagramUiInput.toolItem(viewer.getControl(), "Pin").notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertEquals("Pin", stack().getUndoCommand().getLabel());
		assertTrue(editor.isPinned(node(viewer, pinnedObject)));
		Bounds pinnedBounds = node(viewer, pinnedObject).bounds();

		DiagramUiInput.toolItem(viewer.getControl(), "Arrange All").notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertEquals("Arrange All", stack().getUndoCommand().getLabel());
		assertNotEquals(away, node(viewer, farObject).bounds(), "the node far away is laid out again");
		assertEquals(pinnedBounds, node(viewer, pinnedObject).bounds(), "the pinned node stays");
		assertNoOverlaps(topLevel(viewer));
		// the marking tabs on the institutions' borders are stored too, under their institution: the save accepts them
		session.save(null);
		assertFalse(session.isDirty());

		stack().undo();
		EventLoop.flush(display);
		assertEquals(away, node(viewer, farObject).bounds(), "Undo Arrange All puts the node back");
	}

	@Test
	public void hideAndRevealAllAreUndoable() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure node = topLevel(viewer).get(0);
		EObject object = node.semantic();
		viewer.select(List.of(node), node);
		Menu menu = viewer.getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		DiagramUiInput.item(menu, "Hide").notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		EventLoop.flush(display);
		assertNull(node(viewer, object), "the node is hidden");
		assertEquals("Hide", stack().getUndoCommand().getLabel());
		assertNotNull(object.eContainer(), "the object stays in the model");

		DiagramUiInput.toolItem(viewer.getControl(), "Reveal All").notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertNotNull(node(viewer, object), "Reveal All shows it again");
		assertEquals("Reveal All", stack().getUndoCommand().getLabel());
		stack().undo();
		EventLoop.flush(display);
		assertNull(node(viewer, object), "Undo Reveal All hides it again");
	}

	@Test
	public void editDeleteAndEditRenameActOnTheDiagramsSelection() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure figure = topLevel(viewer).stream().filter(node -> node.semantic() instanceof PartnerInstitution
				&& viewer.getVisibleArea().contains(node.bounds())).findFirst().orElseThrow();
		PartnerInstitution institution = (PartnerInstitution) figure.semantic();
		String old = institution.getName();
		input.click(viewer.getControl(), header(viewer, figure), 0);
		input.focus(viewer.getControl());
		editMenuItem("Rename").notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> editor.getEditing().getLabelField() != null, "Edit > Rename opens the name field");
		Text field = editor.getEditing().getLabelField();
		EventLoop.spinUntil(display, () -> {
			if (display.getFocusControl() != field) {
				field.forceFocus();
			}
			return display.getFocusControl() == field;
		}, "the field has the keyboard");
		field.selectAll();
		for (char c : "Civil Staff".toCharArray()) {
			input.key(0, c);
		}
		EventLoop.spinUntil(display, () -> field.getText().equals("Civil Staff"), "typing replaces the name: " + field.getText());
		input.key(SWT.CR, '\r');
		EventLoop.spinUntil(display, () -> "Civil Staff".equals(institution.getName()), "Enter writes the name");
		assertEquals("Rename", stack().getUndoCommand().getLabel());
		stack().undo();
		assertEquals(old, institution.getName());

		EventLoop.spinUntil(display, () -> node(viewer, institution) != null, "the chart shows the institution");
		NodeFigure shown = node(viewer, institution);
		viewer.select(List.of(shown), shown);
		List<String> asked = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = input.dialog("Delete");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				asked.add(dialog.getText());
				DiagramUiInput.pressButton(dialog, "Delete");
			}
		});
		editMenuItem("Delete").notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> !asked.isEmpty() && institution.eContainer() == null, "Edit > Delete asks and deletes the institution");
		EventLoop.spinUntil(display, () -> node(viewer, institution) == null, "its node goes");
		assertEquals("Delete", stack().getUndoCommand().getLabel());
		editMenuItem("Undo Delete").notifyListeners(SWT.Selection, new Event());
		EventLoop.spinUntil(display, () -> institution.eContainer() != null && node(viewer, institution) != null, "Undo brings it back");
	}

	// ---------------------------------------------------------------------------------------------------- helpers


	private static List<NodeFigure> topLevel(DiagramViewer viewer) {
		return viewer.getScene().nodes().stream().filter(node -> node.parent() == null).toList();
	}

	private static NodeFigure node(DiagramViewer viewer, EObject object) {
		return viewer.getScene().figuresOf(object).stream().filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast)
				.filter(node -> node.parent() == null).findFirst().orElse(null);
	}

	private static void assertNoOverlaps(List<NodeFigure> nodes) {
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(nodes.get(i).bounds().intersects(nodes.get(j).bounds()),
						nodes.get(i).label() + " overlaps " + nodes.get(j).label());
			}
		}
	}

	/** A point inside a node's own area (its header, for a container), not on a child. */
	private static Point header(DiagramViewer viewer, NodeFigure node) {
		Rectangle r = ScenePainter.screenBounds(node.bounds(), viewer.getViewport());
		Point point = new Point(r.x + Math.min(12, r.width / 2), r.y + Math.min(10, r.height / 2));
		assertSame(node, viewer.figureAt(point.x, point.y), "the point is on the node itself");
		return point;
	}

	/** The Edit menu's item whose text starts with {@code text}, once the menu was shown (which updates it). */
	private MenuItem editMenuItem(String text) {
		Menu bar = page.getWorkbenchWindow().getShell().getMenuBar();
		Menu edit = null;
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("Edit")) {
				edit = item.getMenu();
			}
		}
		assertNotNull(edit, "an Edit menu");
		Menu menu = edit;
		MenuItem[] found = new MenuItem[1];
		List<String> texts = new ArrayList<>();
		EventLoop.spinUntil(display, () -> {
			menu.notifyListeners(SWT.Show, new Event());
			menu.notifyListeners(SWT.Hide, new Event());
			texts.clear();
			for (MenuItem item : menu.getItems()) {
				String plain = item.getText().replace("&", "");
				texts.add(plain);
				if (plain.startsWith(text) && item.isEnabled()) {
					found[0] = item;
					return true;
				}
			}
			return false;
		}, "Edit > " + text + " (the menu has " + texts + ")");
		return found[0];
	}

}
