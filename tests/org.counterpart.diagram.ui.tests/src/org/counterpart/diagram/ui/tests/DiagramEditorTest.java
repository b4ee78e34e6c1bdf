package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.DiagramOutlinePage;
import org.counterpart.diagram.ui.internal.RememberedToggles;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.Direction;
import org.counterpart.model.Contact;
import org.counterpart.model.Engagement;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the workbench on the demo country: opened from the explorer's context menu, selected in by
 * mouse and keyboard with the explorer and Properties following, zoomed, panned, with layers and filters toggled
 * from its tool bar, and its Outline. Mouse and keys go through the window system ({@link Display#post}).
 */
public class DiagramEditorTest {
	private Display display;
	private DiagramUiInput input;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private Theater theater;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		input = new DiagramUiInput(display);
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		page.closeAllEditors(false);
		// every test starts from the specs' default layers and filters, whatever an earlier one switched
		RememberedToggles.forgetAll();
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		EventLoop.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
		theater = WorkspaceEditingSession.getDefault().getTheater();
		page.getWorkbenchWindow().getShell().forceActive();
	}

	@AfterEach
	public void closeDiagrams() {
		page.closeAllEditors(false);
		EventLoop.flush(display);
		// the tests of other classes open the diagrams with their defaults
		RememberedToggles.forgetAll();
	}

	/** Chooses Open Diagram &gt; {@code representation} in the explorer's context menu on {@code element}. */
	private DiagramEditor openFromExplorer(Object element, String representation) {
		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(element), true);
		EventLoop.flush(display);
		Menu menu = explorer.getEditing().getContextMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem open = DiagramUiInput.item(menu, "Open Diagram");
		Menu submenu = open.getMenu();
		submenu.notifyListeners(SWT.Show, new Event());
		MenuItem choice = DiagramUiInput.item(submenu, representation);
		choice.notifyListeners(SWT.Selection, new Event());
		submenu.notifyListeners(SWT.Hide, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		EventLoop.spinUntil(display, () -> page.getActiveEditor() instanceof DiagramEditor editor
				&& editor.getDiagramInput().getRepresentationLabel().equals(representation), representation + " opens");
		DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
		// the first paint may come before the workbench gave the canvas its size, and tiles painted between two paints
		// are shown without painting again: wait for a paint that shows figures
		EventLoop.spinUntil(display, () -> editor.getViewer().getPaints() > 0 && editor.getViewer().getShownFigures() > 0, "the diagram paints");
		Screenshots.flush(display);
		return editor;
	}

	private Object institutionsCategory() {
		return explorer.getViewer().getTree().getItem(0).getData();
	}

	@Test
	public void eachShippedDiagramOpensFromTheExplorerAsItsOwnTab() {
		String[][] diagrams = { { "Institution chart", "editor-institution-chart" }, { "Contact network", "editor-contact-network" },
				{ "Objective tree", "editor-objective-tree" } };
		for (String[] diagram : diagrams) {
			DiagramEditor editor = openFromExplorer(institutionsCategory(), diagram[0]);
			assertEquals(diagram[0] + " \u2014 " + ObjectLabels.labelOf(theater), editor.getPartName());
			DiagramViewer viewer = editor.getViewer();
			assertFalse(viewer.getScene().nodes().isEmpty(), diagram[0] + " draws nodes");
			assertTrue(viewer.getShownFigures() > 0, "it shows figures");
			assertTrue(viewer.getPaintedFigures() <= viewer.getScene().figures().size(), "no more painted than there are");
			assertFalse(editor.getBannerText().isBlank(), "the banner covers what is drawn");
			assertSame(theater, editor.getAdapter(Theater.class));
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			viewer.zoomToFit();
			if (viewer.getZoom() < 0.75) {
				// too large to read whole: a readable part of it, around the objectives' end states in the tree
				NodeFigure endState = viewer.getScene().nodes().stream().filter(node -> node.node().mapping().getName().equals("endState"))
						.findFirst().orElse(null);
				viewer.setZoom(0.75, 0, 0);
				Bounds view = viewer.getVisibleArea();
				Bounds extent = viewer.getScene().extent();
				NodeFigure top = viewer.getScene().nodes().stream().filter(node -> node.parent() == null)
						.min(java.util.Comparator.comparingDouble(node -> node.bounds().y())).orElseThrow();
				if (endState != null) {
					viewer.setOrigin(extent.x() - 20, endState.centerY() - view.height() / 2);
				} else if (diagram[0].equals("Contact network")) {
					viewer.setOrigin(top.centerX() - view.width() / 2, top.bounds().y() - 20);
				} else {
					viewer.setOrigin(extent.x() - 20, extent.y() - 20);
				}
			}
			EventLoop.flush(display);
			Screenshots.save(page.getWorkbenchWindow().getShell(), diagram[1]);
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		}
		assertEquals(3, page.getEditorReferences().length, "three diagrams open side by side");
		DiagramEditor again = openFromExplorer(institutionsCategory(), "Institution chart");
		assertEquals(3, page.getEditorReferences().length, "opening a diagram again brings it to the front");
		assertEquals("Institution chart", again.getDiagramInput().getRepresentationLabel());
	}

	@Test
	public void anInstitutionOpensTheChartOfItsTheaterAndIsRevealedInIt() {
		PartnerInstitution institution = theater.getInstitutions().get(theater.getInstitutions().size() - 1);
		DiagramEditor editor = openFromExplorer(institution, "Institution chart");
		EventLoop.spinUntil(display, () -> editor.getViewer().getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() == institution, "the institution is selected in the chart");
		NodeFigure figure = (NodeFigure) editor.getViewer().getScene().figuresOf(institution).stream()
				.filter(NodeFigure.class::isInstance).findFirst().orElseThrow();
		assertEquals(List.of(figure), editor.getViewer().getSelectedFigures(), "its node, not an edge of it");
		assertTrue(editor.getViewer().getVisibleArea().contains(figure.bounds()), "and scrolled into view");
	}

	@Test
	public void clicksAndTheRubberBandSelectAndTheExplorerAndPropertiesFollow() throws Exception {
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Contact network");
		DiagramViewer viewer = editor.getViewer();
		lookWhereMostNodesAre(viewer);
		List<NodeFigure> visible = visibleNodes(viewer);
		assertTrue(visible.size() >= 3, "nodes show at 100 %");
		// a node that a band a little larger than itself encloses alone
		NodeFigure first = visible.stream().filter(node -> viewer.getScene().nodes().stream().noneMatch(other -> other != node
				&& new Bounds(node.bounds().x() - 30, node.bounds().y() - 30, node.bounds().width() + 45, node.bounds().height() + 45)
						.contains(other.bounds()))).findFirst().orElseThrow();
		NodeFigure second = visible.stream().filter(node -> node != first).findFirst().orElseThrow();

		page.activate(editor);
		click(viewer, first, 0);
		EventLoop.spinUntil(display, () -> ((IStructuredSelection) page.getSelection()).getFirstElement() == first.semantic(),
				"the page's selection is the clicked node's object");
		assertSame(editor, page.getActivePart());
		click(viewer, second, SWT.CTRL);
		EventLoop.spinUntil(display, () -> ((IStructuredSelection) viewer.getSelection()).size() == 2, "Ctrl+click adds");
		assertEquals(List.of(first.semantic(), second.semantic()), ((IStructuredSelection) page.getSelection()).toList());
		click(viewer, second, SWT.CTRL);
		EventLoop.spinUntil(display, () -> ((IStructuredSelection) viewer.getSelection()).size() == 1, "Ctrl+click again removes");

		// A rubber band around the first node only.
		Rectangle r = ScenePainter.screenBounds(first.bounds(), viewer.getViewport());
		// The band starts on empty ground near the node's corner (not on an edge, which a press would select, nor on
		// the selected node's corner handle, which resizes it).
		Point start = null;
		for (int dx = 8; dx <= 24 && start == null; dx += 2) {
			for (int dy = 8; dy <= 24 && start == null; dy += 2) {
				if (viewer.figureAt(r.x - dx, r.y - dy) == null) {
					start = new Point(r.x - dx, r.y - dy);
				}
			}
		}
		assertNotNull(start, "empty ground beside the node");
		input.drag(viewer.getControl(), 1, start, new Point(r.x + r.width + 12, r.y + r.height + 12), 0);
		EventLoop.spinUntil(display, () -> viewer.getSelectedFigures().equals(List.of(first)), "the band selects what it encloses");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-selection");

		Object selectedInPage = ((IStructuredSelection) page.getSelection()).getFirstElement();
		assertTrue(selectedInPage instanceof Contact || selectedInPage instanceof PartnerInstitution, "a domain object: " + selectedInPage);
	}

	@Test
	public void zoomPanAndFit() {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Institution chart");
		DiagramViewer viewer = editor.getViewer();
		Canvas canvas = viewer.getControl();
		input.focus(canvas);
		viewer.setZoom(1);
		press('=');
		EventLoop.spinUntil(display, () -> viewer.getZoom() == 1.25, "= zooms in");
		press('-');
		press('-');
		EventLoop.spinUntil(display, () -> viewer.getZoom() == 0.75, "- zooms out");
		press('0');
		EventLoop.spinUntil(display, () -> viewer.getZoom() == 1, "0 is 100 %");
		for (int i = 0; i < 12; i++) {
			viewer.zoomOut();
		}
		assertEquals(DiagramViewer.MIN_ZOOM, viewer.getZoom(), "no smaller than 25 %");
		for (int i = 0; i < 20; i++) {
			viewer.zoomIn();
		}
		assertEquals(DiagramViewer.MAX_ZOOM, viewer.getZoom(), "no larger than 400 %");

		DiagramUiInput.toolItem(canvas, "Fit").notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		Bounds visible = viewer.getVisibleArea();
		Bounds extent = viewer.getScene().extent();
		assertTrue(visible.contains(extent) || viewer.getZoom() == DiagramViewer.MIN_ZOOM, "fit shows the whole diagram: " + visible + " " + extent);

		viewer.setZoom(1);
		double x = viewer.getViewport().originX();
		double y = viewer.getViewport().originY();
		Point middle = new Point(canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
		input.drag(canvas, 2, middle, new Point(middle.x - 120, middle.y - 80), 0);
		EventLoop.spinUntil(display, () -> Math.abs(viewer.getViewport().originX() - (x + 120)) < 1
				&& Math.abs(viewer.getViewport().originY() - (y + 80)) < 1, "the middle button pans");
		int before = canvas.getHorizontalBar().getSelection();
		assertTrue(before > 0, "the scroll bar follows the pan");

		Point at = middle;
		double zoom = viewer.getZoom();
		Event wheel = new Event();
		wheel.x = at.x;
		wheel.y = at.y;
		wheel.count = 3;
		wheel.stateMask = SWT.CTRL;
		canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(viewer.getZoom() > zoom, "Ctrl+wheel zooms in");
	}

	@Test
	public void theKeyboardMovesBetweenNodesAndAlongEdges() {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Contact network");
		DiagramViewer viewer = editor.getViewer();
		viewer.setZoom(1, 0, 0);
		viewer.setOrigin(viewer.getScene().extent().x() - 20, viewer.getScene().extent().y() - 20);
		NodeFigure start = viewer.getScene().nodes().get(0);
		click(viewer, start, 0);
		EventLoop.spinUntil(display, () -> viewer.getFocusFigure() == start, "the click puts the keyboard on the node");
		input.focus(viewer.getControl());
		press(SWT.ARROW_RIGHT);
		NodeFigure right = Direction.RIGHT.nearest(viewer.getScene(), start);
		EventLoop.spinUntil(display, () -> viewer.getFocusFigure() == right, "the right arrow goes to the next node");
		press(SWT.ARROW_DOWN);
		NodeFigure down = Direction.DOWN.nearest(viewer.getScene(), right);
		EventLoop.spinUntil(display, () -> viewer.getFocusFigure() == down, "the down arrow goes below");
		assertSame(down.semantic(), ((IStructuredSelection) page.getSelection()).getFirstElement());

		NodeFigure connected = viewer.getScene().edges().get(0).source();
		viewer.select(List.of(connected), connected);
		press(SWT.TAB);
		EventLoop.spinUntil(display, () -> viewer.getFocusFigure() instanceof EdgeFigure, "Tab selects an edge of the node");
		EdgeFigure edge = (EdgeFigure) viewer.getFocusFigure();
		assertTrue(edge.source() == connected || edge.target() == connected);
		press(SWT.CR);
		NodeFigure other = edge.source() == connected ? edge.target() : edge.source();
		EventLoop.spinUntil(display, () -> viewer.getFocusFigure() == other, "Enter follows the edge to its other end");
	}

	@Test
	public void layersAndFiltersToggleFromTheToolBar() {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Contact network");
		DiagramViewer viewer = editor.getViewer();
		Canvas canvas = viewer.getControl();
		assertFalse(hasEngagement(viewer), "the engagements layer is off by default");
		ToolItem layer = DiagramUiInput.toolItem(canvas, "Engagements");
		layer.setSelection(true);
		layer.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertTrue(hasEngagement(viewer), "the layer adds engagements");
		assertEquals(Set.of("network", "engagements"), editor.getActiveLayers());
		viewer.zoomToFit();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-contact-network-engagements");

		int edges = viewer.getScene().edges().size();
		ToolItem filter = DiagramUiInput.toolItem(canvas, "Hide weak ties");
		filter.setSelection(true);
		filter.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertTrue(viewer.getScene().edges().size() < edges, "the filter hides weak ties");
		filter.setSelection(false);
		filter.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		assertEquals(edges, viewer.getScene().edges().size(), "and lifting it shows them again");
	}

	@Test
	public void layersAndFiltersAreRememberedPerDiagramAcrossClosingAndReopening() {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Contact network");
		Canvas canvas = editor.getViewer().getControl();
		ToolItem layer = DiagramUiInput.toolItem(canvas, "Engagements");
		layer.setSelection(true);
		layer.notifyListeners(SWT.Selection, new Event());
		ToolItem filter = DiagramUiInput.toolItem(canvas, "Hide weak ties");
		filter.setSelection(true);
		filter.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		int edges = editor.getViewer().getScene().edges().size();
		page.closeEditor(editor, false);
		EventLoop.flush(display);

		DiagramEditor reopened = openFromExplorer(institutionsCategory(), "Contact network");
		assertTrue(reopened != editor, "a new editor");
		Canvas again = reopened.getViewer().getControl();
		assertTrue(DiagramUiInput.toolItem(again, "Engagements").getSelection(), "the layer's button is still pressed");
		assertTrue(DiagramUiInput.toolItem(again, "Hide weak ties").getSelection(), "the filter's button is still pressed");
		assertEquals(Set.of("network", "engagements"), reopened.getActiveLayers());
		assertEquals(Set.of("weakTies"), reopened.getAppliedFilters());
		assertTrue(hasEngagement(reopened.getViewer()), "the diagram shows the layer again");
		assertEquals(edges, reopened.getViewer().getScene().edges().size(), "and still hides weak ties");
		// written to disk at once, so a restart finds it too
		String[][] stored = RememberedToggles.storedOnDisk(reopened.getDiagramInput().getSpec().name(), theater);
		assertTrue(List.of(stored[0]).contains("engagements"), "the layer is stored: " + List.of(stored[0]));
		assertEquals(List.of("weakTies"), List.of(stored[1]));

		// another diagram of the same root keeps its own defaults
		DiagramEditor chart = openFromExplorer(institutionsCategory(), "Institution chart");
		assertTrue(chart.getAppliedFilters().isEmpty(), "filters are remembered per diagram");

		ToolItem off = DiagramUiInput.toolItem(again, "Engagements");
		page.activate(reopened);
		off.setSelection(false);
		off.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
		page.closeEditor(reopened, false);
		EventLoop.flush(display);
		DiagramEditor third = openFromExplorer(institutionsCategory(), "Contact network");
		assertFalse(DiagramUiInput.toolItem(third.getViewer().getControl(), "Engagements").getSelection(), "switching a layer off is remembered too");
		assertFalse(hasEngagement(third.getViewer()));
	}

	@Test
	public void theOutlineShowsTheViewportAndDraggingInItPans() throws Exception {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Institution chart");
		ContentOutline outlineView = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE, null, IWorkbenchPage.VIEW_VISIBLE);
		EventLoop.spinUntil(display, () -> outlineView.getCurrentPage() instanceof DiagramOutlinePage, "the Outline shows the diagram");
		DiagramOutlinePage outline = (DiagramOutlinePage) outlineView.getCurrentPage();
		DiagramViewer viewer = editor.getViewer();
		viewer.setZoom(1, 0, 0);
		viewer.setOrigin(viewer.getScene().extent().x(), viewer.getScene().extent().y());
		EventLoop.flush(display);
		Rectangle shown = outline.getViewportRectangle();
		Rectangle area = outline.getControl().getBounds();
		assertTrue(shown.width > 0 && shown.width < area.width, "the viewport is a part of the thumbnail: " + shown);
		double x = viewer.getViewport().originX();
		Point from = new Point(shown.x + shown.width / 2, shown.y + shown.height / 2);
		input.drag((Canvas) outline.getControl(), 1, from, new Point(from.x + 30, from.y + 20), 0);
		EventLoop.spinUntil(display, () -> viewer.getViewport().originX() > x + 10, "dragging the rectangle pans the editor");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "editor-outline");
	}

	@Test
	public void aTooltipTellsTheObjectsDetails() {
		DiagramEditor editor = openFromExplorer(institutionsCategory(), "Institution chart");
		DiagramViewer viewer = editor.getViewer();
		lookWhereMostNodesAre(viewer);
		NodeFigure node = visibleNodes(viewer).get(0);
		Rectangle r = ScenePainter.screenBounds(node.bounds(), viewer.getViewport());
		Event hover = new Event();
		hover.x = r.x + 3;
		hover.y = r.y + 3;
		viewer.getControl().notifyListeners(SWT.MouseHover, hover);
		String tip = viewer.getToolTipText();
		assertNotNull(tip);
		assertTrue(tip.startsWith("Institution\n"), tip);
		assertTrue(tip.contains("Marking: "), tip);
	}

	private boolean hasEngagement(DiagramViewer viewer) {
		return viewer.getScene().nodes().stream().anyMatch(node -> node.semantic() instanceof Engagement);
	}

	/**
	 * Shows the diagram at 100 % with the top-left corner on the node that has the most others in view: a layout
	 * leaves empty ground around a diagram's corners.
	 */
	private void lookWhereMostNodesAre(DiagramViewer viewer) {
		lookWhereMostNodesAre(viewer, 1);
	}

	private void lookWhereMostNodesAre(DiagramViewer viewer, double zoom) {
		viewer.setZoom(zoom, 0, 0);
		Bounds view = viewer.getVisibleArea();
		NodeFigure best = null;
		long most = -1;
		for (NodeFigure node : viewer.getScene().nodes()) {
			if (node.parent() != null) {
				continue;
			}
			Bounds window = new Bounds(node.bounds().x() - 20, node.bounds().y() - 20, view.width(), view.height());
			long inside = viewer.getScene().nodes().stream().filter(other -> other.parent() == null && window.contains(other.bounds())).count();
			if (inside > most) {
				most = inside;
				best = node;
			}
		}
		viewer.setOrigin(best.bounds().x() - 20, best.bounds().y() - 20);
		EventLoop.flush(display);
	}

	private static List<NodeFigure> visibleNodes(DiagramViewer viewer) {
		Bounds visible = viewer.getVisibleArea();
		List<NodeFigure> nodes = new ArrayList<>();
		for (NodeFigure node : viewer.getScene().nodes()) {
			if (node.parent() == null && visible.contains(node.bounds())) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	private void click(DiagramViewer viewer, Figure figure, int modifier) {
		Rectangle r = ScenePainter.screenBounds(((NodeFigure) figure).bounds(), viewer.getViewport());
		Point point = new Point(r.x + Math.min(6, r.width / 2), r.y + Math.min(6, r.height / 2));
		input.click(viewer.getControl(), point, modifier);
	}

	private void press(int keyCode) {
		input.key(keyCode, keyCode < 0x10000 ? (char) keyCode : 0);
	}
}
