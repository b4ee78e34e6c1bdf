package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.tools.DiagramEditing;
import org.counterpart.diagram.ui.internal.tools.ToolPalette;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.model.Contact;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Relationship;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ExportPreview;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.TestAuthority;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerEdits;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
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
 * The spec's tools in the diagram editor on the demo country, driven with real widgets: the palette creates a contact
 * where the user clicks and a relationship by dragging from one contact to another (both in the model and in the next
 * package), an edge to a node its tool does not accept is refused, F2 edits an institution's name in place, Delete
 * asks as the explorer does and Undo brings the node back, an edge end is dragged to another node, and the context
 * menu offers the tools.
 */
public class DiagramToolsTest {
	private DiagramTestWorkbench workbench;
	private Display display;
	private DiagramUiInput input;
	private IWorkbenchPage page;
	private WorkspaceEditingSession session;
	private Theater theater;
	private final List<EObject> createdHere = new ArrayList<>();

	@BeforeEach
	public void openWorkbench() throws Exception {
		workbench = DiagramTestWorkbench.open();
		display = workbench.display;
		input = new DiagramUiInput(display);
		page = workbench.page;
		session = workbench.session;
		theater = workbench.theater;
	}

	@AfterEach
	public void leaveTheDemoAsItWas() throws Exception {
		workbench.closeDialogsAndEditors();
		List<EObject> still = createdHere.stream().filter(object -> object.eContainer() != null).toList();
		if (!still.isEmpty()) {
			stack().execute(ExplorerEdits.delete(session.getEditingDomain(), ExplorerEdits.planDelete(still, theater)));
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
	public void thePaletteCreatesAContactAndARelationshipThatTheNextPackageCarries() throws Exception {
		ExportPreview before = nextPackage();
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		DiagramEditing editing = editor.getEditing();
		ToolPalette palette = editing.getPalette();
		assertEquals(List.of("Contact", "Institution", "Relationship", "Affiliation"), palette.getTools().stream().map(Tool::getLabel).toList());
		assertNotNull(palette.button(tool(palette, "Contact")).getImage(), "the contact tool shows the model's contact icon");
		int contacts = theater.getContacts().size();
		// room on the left of the network to put a contact
		viewer.setOrigin(viewer.getScene().extent().x() - 320, viewer.getScene().extent().y() - 20);
		EventLoop.flush(display);

		press(palette.button(tool(palette, "Contact")));
		assertSame(tool(palette, "Contact"), palette.getChosen());
		Point empty = emptyGround(viewer);
		double wantX = viewer.getViewport().toDiagramX(empty.x);
		double wantY = viewer.getViewport().toDiagramY(empty.y);
		input.mouse(viewer.getControl(), SWT.MouseDown, 1, empty, 0);
		input.mouse(viewer.getControl(), SWT.MouseUp, 1, empty, SWT.BUTTON1);
		EventLoop.spinUntil(display, () -> theater.getContacts().size() == contacts + 1, "a click with the Contact tool adds a contact");
		Contact contact = theater.getContacts().get(contacts);
		createdHere.add(contact);
		assertEquals("New contact", contact.getFamilyName());
		assertNotNull(contact.getCreatedBy(), "stamped as the explorer stamps a new object");
		assertEquals("Create Contact", stack().getUndoCommand().getLabel(), "Edit > Undo says Undo Create Contact");
		EventLoop.spinUntil(display, () -> node(viewer, contact) != null, "the diagram shows the new contact");
		NodeFigure created = node(viewer, contact);
		assertEquals(wantX, created.centerX(), 1, "it sits where the click was");
		assertEquals(wantY, created.centerY(), 1);
		EventLoop.spinUntil(display, () -> palette.getChosen() == null, "the palette goes back to Select");
		assertTrue(palette.button(null).getSelection());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-created-contact");

		// a relationship from the new contact to another one, with feedback on the way
		NodeFigure other = viewer.getScene().nodes().stream().filter(node -> node.semantic() instanceof Contact && node != created
				&& viewer.getVisibleArea().contains(node.bounds())).findFirst().orElseThrow();
		int relationships = theater.getRelationships().size();
		press(palette.button(tool(palette, "Relationship")));
		Canvas canvas = viewer.getControl();
		Point from = centre(viewer, created);
		Point to = centre(viewer, other);
		input.mouse(canvas, SWT.MouseDown, 1, from, 0);
		input.mouse(canvas, SWT.MouseMove, 0, new Point((from.x + to.x) / 2, (from.y + to.y) / 2), SWT.BUTTON1);
		input.mouse(canvas, SWT.MouseMove, 0, to, SWT.BUTTON1);
		assertSame(display.getSystemCursor(SWT.CURSOR_HAND), canvas.getCursor(), "a valid target shows the hand");
		canvas.redraw();
		EventLoop.flush(display);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-drawing-relationship");
		input.mouse(canvas, SWT.MouseUp, 1, to, SWT.BUTTON1);
		EventLoop.spinUntil(display, () -> theater.getRelationships().size() == relationships + 1, "releasing on a contact relates them");
		Relationship relationship = theater.getRelationships().get(relationships);
		createdHere.add(relationship);
		assertSame(contact, relationship.getSource());
		assertSame(other.semantic(), relationship.getTarget());
		assertEquals("Create Relationship", stack().getUndoCommand().getLabel());
		EventLoop.spinUntil(display, () -> viewer.getScene().figuresOf(relationship).stream().anyMatch(EdgeFigure.class::isInstance),
				"the diagram draws the relationship");

		session.save(null);
		ExportPreview after = nextPackage();
		assertEquals(before.objectsByKind().getOrDefault("Contact", 0) + 1, after.objectsByKind().getOrDefault("Contact", 0),
				"the next package carries the new contact: " + after.objectsByKind());
		assertEquals(before.objectsByKind().getOrDefault("Relationship", 0) + 1, after.objectsByKind().getOrDefault("Relationship", 0),
				"and the new relationship: " + after.objectsByKind());
	}

	@Test
	public void anEdgeToANodeItsToolDoesNotAcceptIsRefused() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		ToolPalette palette = editor.getEditing().getPalette();
		List<NodeFigure> contacts = viewer.getScene().nodes().stream()
				.filter(node -> node.semantic() instanceof Contact && viewer.getVisibleArea().contains(node.bounds())).toList();
		assertTrue(contacts.size() >= 2);
		Contact source = (Contact) contacts.get(0).semantic();
		Object affiliationBefore = source.getAffiliation();
		Object lastCommand = stack().getUndoCommand();

		press(palette.button(tool(palette, "Affiliation")));
		Canvas canvas = viewer.getControl();
		Point from = centre(viewer, contacts.get(0));
		Point to = centre(viewer, contacts.get(1));
		input.mouse(canvas, SWT.MouseDown, 1, from, 0);
		input.mouse(canvas, SWT.MouseMove, 0, to, SWT.BUTTON1);
		assertSame(display.getSystemCursor(SWT.CURSOR_NO), canvas.getCursor(), "an affiliation cannot end at a contact: forbidden cursor");
		canvas.redraw();
		EventLoop.flush(display);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-invalid-target");
		input.mouse(canvas, SWT.MouseUp, 1, to, SWT.BUTTON1);

		assertSame(affiliationBefore, source.getAffiliation(), "nothing changed");
		assertSame(lastCommand, stack().getUndoCommand(), "nothing new to undo");
		assertNotNull(editor.getEditing().getTools().getLastProblem(), "the refusal is said");
		assertTrue(editor.getEditing().getTools().getLastProblem().contains("Affiliation"), editor.getEditing().getTools().getLastProblem());
		assertEquals(editor.getEditing().getTools().getLastProblem(), editor.getStatusText(), "in the status line, without a dialog");
	}

	@Test
	public void f2EditsAnInstitutionsNameInPlaceAndUndoTakesItBack() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure figure = viewer.getScene().nodes().stream().filter(node -> node.semantic() instanceof PartnerInstitution
				&& node.parent() == null && viewer.getVisibleArea().contains(node.bounds())).findFirst().orElseThrow();
		PartnerInstitution institution = (PartnerInstitution) figure.semantic();
		String old = institution.getName();
		click(viewer, figure);
		input.focus(viewer.getControl());
		input.key(SWT.F2, (char) 0);
		EventLoop.spinUntil(display, () -> editor.getEditing().getLabelField() != null, "F2 opens the name field");
		Text field = editor.getEditing().getLabelField();
		EventLoop.spinUntil(display, () -> {
			if (display.getFocusControl() != field) {
				field.forceFocus();
			}
			return display.getFocusControl() == field;
		}, "the field has the keyboard");
		field.selectAll();
		for (char c : "Joint Staff".toCharArray()) {
			input.key(0, c);
		}
		EventLoop.spinUntil(display, () -> field.getText().equals("Joint Staff"), "typing replaces the name: " + field.getText());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-direct-edit");
		input.key(SWT.CR, '\r');
		EventLoop.spinUntil(display, () -> "Joint Staff".equals(institution.getName()), "Enter writes the name");
		assertNull(editor.getEditing().getLabelField(), "and closes the field");
		assertEquals("Rename", stack().getUndoCommand().getLabel());

		// an empty name is refused, clearly, and Escape leaves the name as it was
		EventLoop.spinUntil(display, () -> node(viewer, institution) != null, "the chart shows the institution again");
		NodeFigure renamed = node(viewer, institution);
		viewer.select(List.of(renamed), renamed);
		input.focus(viewer.getControl());
		input.key(SWT.F2, (char) 0);
		EventLoop.spinUntil(display, () -> editor.getEditing().getLabelField() != null, "F2 opens the name field again");
		Text again = editor.getEditing().getLabelField();
		again.setText("   ");
		again.forceFocus();
		EventLoop.flush(display);
		input.key(SWT.CR, '\r');
		EventLoop.spinUntil(display, () -> editor.getEditing().getLabelProblem() != null, "an empty name is refused");
		assertTrue(editor.getEditing().getLabelProblem().contains("cannot be empty"), editor.getEditing().getLabelProblem());
		assertEquals("Joint Staff", institution.getName());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-direct-edit-refused");
		// Escape as the field receives it (a key posted through Xvfb does not always arrive as Escape)
		Event escape = new Event();
		escape.detail = SWT.TRAVERSE_ESCAPE;
		escape.keyCode = SWT.ESC;
		escape.character = (char) 27;
		escape.doit = true;
		again.notifyListeners(SWT.Traverse, escape);
		EventLoop.flush(display);
		assertNull(editor.getEditing().getLabelField(), "Escape closes the field");
		assertEquals("Joint Staff", institution.getName());

		stack().undo();
		assertEquals(old, institution.getName(), "Undo Rename brings the old name back");
	}

	@Test
	public void aSlowSecondClickOnASelectedNodeOpensItsNameField() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure figure = viewer.getScene().nodes().stream().filter(node -> node.semantic() instanceof PartnerInstitution
				&& node.parent() == null && viewer.getVisibleArea().contains(node.bounds())).findFirst().orElseThrow();
		click(viewer, figure);
		assertNull(editor.getEditing().getLabelField(), "the first click only selects");
		long pause = System.currentTimeMillis() + display.getDoubleClickTime() + 200;
		while (System.currentTimeMillis() < pause) {
			EventLoop.flush(display);
		}
		click(viewer, figure);
		EventLoop.spinUntil(display, () -> editor.getEditing().getLabelField() != null, "a slow second click opens the name field");
		assertEquals(figure.label(), editor.getEditing().getLabelField().getText());
		input.key(SWT.ESC, (char) 27);
		long until = System.currentTimeMillis() + 5000;
		while (editor.getEditing().getLabelField() != null && System.currentTimeMillis() < until) {
			EventLoop.flush(display);
		}
		if (editor.getEditing().getLabelField() != null) {
			editor.getEditing().getLabelField().dispose();
		}
	}

	@Test
	public void deleteAsksAsTheExplorerDoesAndUndoBringsTheNodeBack() throws Exception {
		DiagramEditor editor = open("Contact network");
		DiagramViewer viewer = editor.getViewer();
		Relationship related = theater.getRelationships().stream().filter(r -> r.getSource() instanceof Contact
				&& node(viewer, r.getSource()) != null && viewer.getVisibleArea().contains(node(viewer, r.getSource()).bounds())).findFirst()
				.orElseThrow();
		Contact contact = (Contact) related.getSource();
		int index = theater.getContacts().indexOf(contact);
		click(viewer, node(viewer, contact));
		input.focus(viewer.getControl());

		List<String> asked = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = input.dialog("Delete");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				asked.add(labels(dialog));
				Screenshots.save(dialog, "tools-delete-confirmation");
				DiagramUiInput.pressButton(dialog, "Delete");
			}
		});
		input.key(SWT.DEL, (char) 0x7F);
		EventLoop.spinUntil(display, () -> !asked.isEmpty() && contact.eContainer() == null, "Del asks and the contact is deleted");
		assertTrue(asked.get(0).contains("Also deleted"), "the question names the relationships that go: " + asked.get(0));
		assertNull(related.eContainer(), "its relationship went with it");
		assertEquals("Delete", stack().getUndoCommand().getLabel());
		EventLoop.spinUntil(display, () -> node(viewer, contact) == null, "its node goes");

		stack().undo();
		assertSame(contact, theater.getContacts().get(index), "Undo brings it back where it was");
		assertSame(contact, related.getSource());
		EventLoop.spinUntil(display, () -> node(viewer, contact) != null, "and its node");
	}

	@Test
	public void draggingTheEndOfAParentEdgeToAnotherInstitutionReconnectsIt() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		// a parent edge short enough to show whole, at the middle of the view with the institutions around it
		Bounds view = viewer.getVisibleArea();
		EdgeFigure edge = viewer.getScene().edges().stream().filter(e -> e.semantic() instanceof PartnerInstitution
				&& e.extent().width() < view.width() - 40 && e.extent().height() < view.height() - 40)
				.min(java.util.Comparator.comparingDouble(e -> e.extent().height())).orElseThrow();
		viewer.setOrigin(edge.extent().x() + edge.extent().width() / 2 - view.width() / 2, edge.extent().y() + edge.extent().height() / 2 - view.height() / 2);
		EventLoop.flush(display);
		assertTrue(viewer.getVisibleArea().contains(edge.extent()), "the edge shows");
		PartnerInstitution child = (PartnerInstitution) edge.source().semantic();
		PartnerInstitution oldParent = child.getParent();
		assertSame(oldParent, edge.target().semantic(), "the edge goes from the child to its parent");
		NodeFigure newParent = viewer.getScene().nodes().stream().filter(node -> node.semantic() instanceof PartnerInstitution candidate
				&& candidate != child && candidate != oldParent && candidate.getParent() != child && node.parent() == null
				&& viewer.getVisibleArea().contains(new Bounds(node.bounds().x(), node.bounds().y(), 30, 20))).findFirst().orElseThrow();
		viewer.select(List.of(edge), edge);
		double[] points = edge.points();
		Point end = new Point(viewer.getViewport().toScreenX(points[points.length - 2]), viewer.getViewport().toScreenY(points[points.length - 1]));
		Canvas canvas = viewer.getControl();
		Point to = header(viewer, newParent);
		input.mouse(canvas, SWT.MouseDown, 1, end, 0);
		input.mouse(canvas, SWT.MouseMove, 0, to, SWT.BUTTON1);
		assertSame(display.getSystemCursor(SWT.CURSOR_HAND), canvas.getCursor(), "another institution may be the parent");
		canvas.redraw();
		EventLoop.flush(display);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "tools-reconnect");
		input.mouse(canvas, SWT.MouseUp, 1, to, SWT.BUTTON1);
		EventLoop.spinUntil(display, () -> child.getParent() == newParent.semantic(), "the parent is the institution the end was dropped on");
		stack().undo();
		assertSame(oldParent, child.getParent());
	}

	@Test
	public void theContextMenuOffersTheToolsRenameDeleteAndOpen() throws Exception {
		DiagramEditor editor = open("Institution chart");
		DiagramViewer viewer = editor.getViewer();
		NodeFigure figure = viewer.getScene().nodes().stream().filter(node -> node.semantic() instanceof PartnerInstitution
				&& node.parent() == null && viewer.getVisibleArea().contains(node.bounds())).findFirst().orElseThrow();
		click(viewer, figure);
		Menu menu = editor.getEditing().getContextMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(item.getText().replace("&", "").replaceAll("\t.*", ""));
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		assertTrue(texts.containsAll(List.of("New Institution", "Rename", "Delete", "Open")), texts.toString());
	}

	// ---------------------------------------------------------------------------------------------------- helpers

	private ExportPreview nextPackage() throws Exception {
		StoreWorkspaceStorage storage = (StoreWorkspaceStorage) session.getStorage();
		if (session.isDirty()) {
			session.save(null);
		}
		Path folder = Files.createTempDirectory("diagram-tools-test");
		TestAuthority authority = TestAuthority.create(folder.resolve("ca"));
		DeviceIdentity own = authority.issue("Diagram Test Laptop", storage.read(WorkspaceStore::deviceId), "XVM", false);
		DeviceIdentity headquarters = authority.issue("Diagram Test Headquarters", UUID.randomUUID().toString(), null, true);
		X509Certificate ownCertificate = own.certificate().orElseThrow();
		X509Certificate recipient = headquarters.certificate().orElseThrow();
		return storage.use(store -> {
			try {
				return ExportPreview.of(store, theater.eResource(), ownCertificate, List.of(recipient));
			} catch (Exception e) {
				throw new java.io.IOException(e);
			}
		});
	}

	private static Tool tool(ToolPalette palette, String label) {
		return palette.getTools().stream().filter(tool -> label.equals(tool.getLabel())).findFirst().orElseThrow(() -> new AssertionError("no tool " + label));
	}

	private static NodeFigure node(DiagramViewer viewer, EObject object) {
		return viewer.getScene().figuresOf(object).stream().filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast).findFirst().orElse(null);
	}

	private static Point centre(DiagramViewer viewer, NodeFigure node) {
		Rectangle r = ScenePainter.screenBounds(node.bounds(), viewer.getViewport());
		return new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	/** A point of the canvas with nothing near it, away from the edges of the canvas. */
	private static Point emptyGround(DiagramViewer viewer) {
		Rectangle area = viewer.getControl().getClientArea();
		for (int y = area.height / 3; y < area.height - 60; y += 10) {
			for (int x = 100; x < area.width - 120; x += 10) {
				boolean clear = true;
				for (int dx = -90; dx <= 90 && clear; dx += 15) {
					for (int dy = -40; dy <= 40 && clear; dy += 10) {
						clear = viewer.figureAt(x + dx, y + dy) == null;
					}
				}
				if (clear) {
					return new Point(x, y);
				}
			}
		}
		fail("no empty ground on the canvas");
		return null;
	}

	private void press(Button button) {
		button.setSelection(true);
		button.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
	}

	/** A point inside a node's own area (its header, for a container), not on a child. */
	private static Point header(DiagramViewer viewer, NodeFigure node) {
		Rectangle r = ScenePainter.screenBounds(node.bounds(), viewer.getViewport());
		Point point = new Point(r.x + Math.min(8, r.width / 2), r.y + Math.min(8, r.height / 2));
		assertSame(node, viewer.figureAt(point.x, point.y), "the point is on the node itself");
		return point;
	}

	private void click(DiagramViewer viewer, Figure figure) {
		input.click(viewer.getControl(), header(viewer, (NodeFigure) figure), 0);
	}

	private static String labels(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			text.append(label.getText()).append('\n');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(labels(child));
			}
		}
		return text.toString();
	}

}
