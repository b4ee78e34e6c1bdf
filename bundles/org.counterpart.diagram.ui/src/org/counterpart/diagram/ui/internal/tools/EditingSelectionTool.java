package org.counterpart.diagram.ui.internal.tools;

import java.util.List;

import org.counterpart.diagram.layout.Arrangement.Bounds;

import org.counterpart.diagram.spec.ReconnectEnd;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.SelectionTool;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * Selecting, with the editing gestures of the spec's tools on top: Delete deletes the selection, F2 or a slow second
 * click on a selected node edits its label in place, a double click opens the object's form, and dragging an end
 * handle of a selected edge to another node reconnects it (green outline where it may go, red and the forbidden
 * cursor where not). Dragging a node moves it with the other selected nodes, and dragging a corner handle of a
 * selected node resizes it; each is one command when the mouse is released. A moved node snaps its edges and centre
 * to those of the other nodes in view, with guide lines showing what it aligns on ({@link Snapping}); holding Alt
 * while dragging moves it freely.
 */
final class EditingSelectionTool extends SelectionTool {
	/** How near the end of a selected edge a press must be to grab it, in screen pixels. */
	static final int HANDLE = 6;

	private final DiagramTools tools;
	private final LabelEditor labels;
	private EdgeFigure reconnecting;
	private ReconnectEnd reconnectEnd;
	private NodeFigure hovered;
	private int pointerX;
	private int pointerY;
	/** The node a slow second click is on: its label opens for editing unless a double click follows. */
	private NodeFigure slowClick;
	private int pressX;
	private int pressY;
	/** The node pressed on, which a drag moves (with the rest of the selection). */
	private NodeFigure pressed;
	/** A press on one of several selected nodes selects it alone only if no drag follows. */
	private boolean selectOnRelease;
	private boolean moving;
	/** The node whose corner handle is dragged, and which corner (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right). */
	private NodeFigure resizing;
	private int corner;
	private int dragX;
	private int dragY;
	/** Where the nodes being moved go, snapped, in diagram units, and the guides they aligned on. */
	private Snapping.Result snap = new Snapping.Result(0, 0, List.of());

	EditingSelectionTool(DiagramTools tools, LabelEditor labels) {
		this.tools = tools;
		this.labels = labels;
	}

	@Override
	public void deactivated(DiagramViewer viewer) {
		super.deactivated(viewer);
		reconnecting = null;
		slowClick = null;
		pressed = null;
		moving = false;
		resizing = null;
		snap = new Snapping.Result(0, 0, List.of());
	}

	/** How near a corner of a selected node a press must be to resize it, in screen pixels. */
	static final int CORNER = 5;
	/** The smallest a node can be made, in diagram units. */
	static final double MIN_WIDTH = 24;
	static final double MIN_HEIGHT = 16;
	/** How far the mouse must go before a press becomes a drag, in screen pixels. */
	static final int DRAG_THRESHOLD = 3;

	private boolean startResize(DiagramViewer viewer, Event event) {
		for (Figure figure : viewer.getSelectedFigures()) {
			if (figure instanceof NodeFigure node && !node.isBorderNode()) {
				Rectangle r = ScenePainter.screenBounds(node.bounds(), viewer.getViewport());
				int[][] corners = { { r.x, r.y }, { r.x + r.width, r.y }, { r.x, r.y + r.height }, { r.x + r.width, r.y + r.height } };
				for (int i = 0; i < corners.length; i++) {
					if (Math.abs(event.x - corners[i][0]) <= CORNER && Math.abs(event.y - corners[i][1]) <= CORNER) {
						resizing = node;
						corner = i;
						pressX = event.x;
						pressY = event.y;
						dragX = event.x;
						dragY = event.y;
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The bounds the node being resized would get with the mouse at the drag point, in diagram units. */
	private Bounds resized(DiagramViewer viewer) {
		Bounds old = resizing.bounds();
		double dx = (dragX - pressX) / viewer.getZoom();
		double dy = (dragY - pressY) / viewer.getZoom();
		double left = old.x();
		double top = old.y();
		double right = old.right();
		double bottom = old.bottom();
		if (corner == 0 || corner == 2) {
			left = Math.min(left + dx, right - MIN_WIDTH);
		} else {
			right = Math.max(right + dx, left + MIN_WIDTH);
		}
		if (corner == 0 || corner == 1) {
			top = Math.min(top + dy, bottom - MIN_HEIGHT);
		} else {
			bottom = Math.max(bottom + dy, top + MIN_HEIGHT);
		}
		return new Bounds(left, top, right - left, bottom - top);
	}

	private List<NodeFigure> selectedNodes(DiagramViewer viewer) {
		return viewer.getSelectedFigures().stream().filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast).toList();
	}

	/**
	 * How far the selection moves with the mouse at {@code event}, in diagram units: snapped to the nodes in view that
	 * do not move along, unless Alt is held.
	 */
	private Snapping.Result snapped(DiagramViewer viewer, Event event, NodeFigure grabbed) {
		double dx = (event.x - pressX) / viewer.getZoom();
		double dy = (event.y - pressY) / viewer.getZoom();
		if ((event.stateMask & SWT.ALT) != 0 || grabbed == null) {
			return new Snapping.Result(dx, dy, List.of());
		}
		List<NodeFigure> travelling = selectedNodes(viewer);
		Bounds visible = viewer.getVisibleArea();
		List<Bounds> others = new java.util.ArrayList<>();
		for (NodeFigure node : viewer.getScene().nodes()) {
			if (!node.isBorderNode() && node.bounds().intersects(visible) && !movesAlong(node, travelling) && !contains(node, grabbed)) {
				others.add(node.bounds());
			}
		}
		return Snapping.snap(grabbed.bounds(), dx, dy, others, Snapping.TOLERANCE / viewer.getZoom());
	}

	/** Whether {@code node} is one of {@code moving} or inside one of them. */
	private static boolean movesAlong(NodeFigure node, List<NodeFigure> moving) {
		for (NodeFigure up = node; up != null; up = up.parent()) {
			if (moving.contains(up)) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code inner} is inside {@code outer} (a container's edges are not something to align its content on). */
	private static boolean contains(NodeFigure outer, NodeFigure inner) {
		for (NodeFigure up = inner.parent(); up != null; up = up.parent()) {
			if (up == outer) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean isDragging() {
		return super.isDragging() || moving || resizing != null;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, Event event) {
		slowClick = null;
		pressed = null;
		moving = false;
		selectOnRelease = false;
		if (event.button == 1 && event.stateMask == 0 && (startReconnect(viewer, event) || startResize(viewer, event))) {
			return;
		}
		List<Figure> before = viewer.getSelectedFigures();
		Figure hit = event.button == 1 ? viewer.figureAt(event.x, event.y) : null;
		if (hit instanceof NodeFigure node && event.stateMask == 0) {
			pressed = node;
			pressX = event.x;
			pressY = event.y;
			dragX = event.x;
			dragY = event.y;
			if (before.size() > 1 && before.contains(node)) {
				selectOnRelease = true; // keep the selection: a drag moves all of it
				return;
			}
		}
		if (hit instanceof NodeFigure node && event.stateMask == 0 && event.count == 1 && before.size() == 1 && before.get(0) == node
				&& tools.directEditTool(node).isPresent()) {
			slowClick = node;
		}
		super.mouseDown(viewer, event);
	}

	private boolean startReconnect(DiagramViewer viewer, Event event) {
		List<Figure> selected = viewer.getSelectedFigures();
		if (selected.size() != 1 || !(selected.get(0) instanceof EdgeFigure edge)) {
			return false;
		}
		double[] points = edge.points();
		Viewport viewport = viewer.getViewport();
		int sourceX = viewport.toScreenX(points[0]);
		int sourceY = viewport.toScreenY(points[1]);
		int targetX = viewport.toScreenX(points[points.length - 2]);
		int targetY = viewport.toScreenY(points[points.length - 1]);
		ReconnectEnd end = null;
		if (Math.abs(event.x - targetX) <= HANDLE && Math.abs(event.y - targetY) <= HANDLE) {
			end = ReconnectEnd.TARGET;
		} else if (Math.abs(event.x - sourceX) <= HANDLE && Math.abs(event.y - sourceY) <= HANDLE) {
			end = ReconnectEnd.SOURCE;
		}
		if (end == null || tools.reconnectTool(edge, end).isEmpty()) {
			return false;
		}
		reconnecting = edge;
		reconnectEnd = end;
		pointerX = event.x;
		pointerY = event.y;
		return true;
	}

	@Override
	public void mouseMove(DiagramViewer viewer, Event event) {
		if (resizing != null) {
			dragX = event.x;
			dragY = event.y;
			viewer.getControl().redraw();
			return;
		}
		if (reconnecting == null) {
			boolean far = Math.abs(event.x - pressX) > DRAG_THRESHOLD || Math.abs(event.y - pressY) > DRAG_THRESHOLD;
			if (slowClick != null && far) {
				slowClick = null; // a drag, not a click
			}
			if (pressed != null && (moving || far)) {
				moving = true;
				dragX = event.x;
				dragY = event.y;
				snap = snapped(viewer, event, pressed);
				viewer.getControl().redraw();
				return;
			}
			super.mouseMove(viewer, event);
			return;
		}
		pointerX = event.x;
		pointerY = event.y;
		NodeFigure hit = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
		hovered = hit;
		viewer.getControl().setCursor(viewer.getControl().getDisplay().getSystemCursor(
				hit == null ? SWT.CURSOR_CROSS : tools.canReconnect(reconnecting, reconnectEnd, hit) ? SWT.CURSOR_HAND : SWT.CURSOR_NO));
		viewer.getControl().redraw();
	}

	@Override
	public void mouseUp(DiagramViewer viewer, Event event) {
		if (resizing != null) {
			NodeFigure node = resizing;
			dragX = event.x;
			dragY = event.y;
			Bounds bounds = resized(viewer);
			resizing = null;
			if (!bounds.equals(node.bounds())) {
				tools.editor().resizeNode(node, bounds);
			}
			viewer.getControl().redraw();
			return;
		}
		NodeFigure pressedNode = pressed;
		pressed = null;
		if (moving) {
			moving = false;
			Snapping.Result result = snapped(viewer, event, pressedNode);
			snap = new Snapping.Result(0, 0, List.of());
			tools.editor().moveNodes(selectedNodes(viewer), result.dx(), result.dy());
			viewer.getControl().redraw();
			return;
		}
		if (selectOnRelease && pressedNode != null) {
			selectOnRelease = false;
			viewer.select(List.of(pressedNode), pressedNode);
			return;
		}
		if (reconnecting != null) {
			EdgeFigure edge = reconnecting;
			reconnecting = null;
			hovered = null;
			viewer.getControl().setCursor(null);
			viewer.getControl().redraw();
			NodeFigure to = viewer.figureAt(event.x, event.y) instanceof NodeFigure node ? node : null;
			NodeFigure current = reconnectEnd == ReconnectEnd.SOURCE ? edge.source() : edge.target();
			if (to != null && to != current) {
				tools.reconnect(edge, reconnectEnd, to);
			}
			return;
		}
		super.mouseUp(viewer, event);
		NodeFigure candidate = slowClick;
		if (candidate != null) {
			// wait out a double click, which opens the form instead
			viewer.getControl().getDisplay().timerExec(viewer.getControl().getDisplay().getDoubleClickTime(), () -> {
				// not when the field opened meanwhile (F2), which would be replaced under the user's typing
				if (slowClick == candidate && !viewer.getControl().isDisposed() && labels.field() == null) {
					slowClick = null;
					labels.edit(candidate);
				}
			});
		}
	}

	@Override
	public void mouseDoubleClick(DiagramViewer viewer, Event event) {
		slowClick = null;
		if (event.button == 1 && viewer.figureAt(event.x, event.y) instanceof Figure figure) {
			tools.open(figure);
		}
	}

	@Override
	public boolean keyDown(DiagramViewer viewer, Event event) {
		if (event.keyCode == SWT.DEL || event.character == SWT.DEL) {
			tools.deleteSelection();
			return true;
		}
		if (event.keyCode == SWT.F2) {
			if (viewer.getFocusFigure() instanceof NodeFigure node) {
				labels.edit(node);
			}
			return true;
		}
		return false;
	}

	/** The alignment guides of a snapped move, across the nodes they join. */
	private void paintGuides(DiagramViewer viewer, GC gc) {
		if (snap.guides().isEmpty()) {
			return;
		}
		Viewport viewport = viewer.getViewport();
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_MAGENTA));
		gc.setLineStyle(SWT.LINE_SOLID);
		for (Snapping.Guide guide : snap.guides()) {
			if (guide.vertical()) {
				int x = viewport.toScreenX(guide.at());
				gc.drawLine(x, viewport.toScreenY(guide.from()) - 8, x, viewport.toScreenY(guide.to()) + 8);
			} else {
				int y = viewport.toScreenY(guide.at());
				gc.drawLine(viewport.toScreenX(guide.from()) - 8, y, viewport.toScreenX(guide.to()) + 8, y);
			}
		}
	}

	/** The guides shown now (empty unless a node is being dragged near another's alignment). */
	List<Snapping.Guide> guides() {
		return moving ? snap.guides() : List.of();
	}

	@Override
	public void paintFeedback(DiagramViewer viewer, GC gc) {
		super.paintFeedback(viewer, gc);
		if (moving || resizing != null) {
			// the outlines of where the nodes will go
			gc.setAntialias(SWT.ON);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setLineWidth(1);
			if (resizing != null) {
				gc.drawRectangle(ScenePainter.screenBounds(resized(viewer), viewer.getViewport()));
			} else {
				for (NodeFigure node : selectedNodes(viewer)) {
					gc.drawRectangle(ScenePainter.screenBounds(node.bounds().translated(snap.dx(), snap.dy()), viewer.getViewport()));
				}
				paintGuides(viewer, gc);
			}
			gc.setLineStyle(SWT.LINE_SOLID);
			return;
		}
		if (reconnecting == null) {
			return;
		}
		NodeFigure fixed = reconnectEnd == ReconnectEnd.SOURCE ? reconnecting.target() : reconnecting.source();
		Rectangle from = ScenePainter.screenBounds(fixed.bounds(), viewer.getViewport());
		gc.setAntialias(SWT.ON);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawLine(from.x + from.width / 2, from.y + from.height / 2, pointerX, pointerY);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (hovered != null && hovered != fixed) {
			boolean valid = tools.canReconnect(reconnecting, reconnectEnd, hovered);
			Rectangle to = ScenePainter.screenBounds(hovered.bounds(), viewer.getViewport());
			gc.setForeground(gc.getDevice().getSystemColor(valid ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
			gc.setLineWidth(3);
			gc.drawRectangle(to.x - 4, to.y - 4, to.width + 8, to.height + 8);
		}
	}
}
