package org.counterpart.diagram.ui.internal.viewer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.scene.SceneResources;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Shows a {@link Scene} on a canvas and lets the user look around it and select in it: zoom (25 to 400 %, Ctrl+wheel,
 * + - 0 keys, fit, selection), scroll and pan (scroll bars, wheel, space-drag, middle button), select with clicks
 * (Ctrl toggles, Shift adds) and a rubber band, move between nodes with the arrow keys and along edges with Tab and
 * Enter, tooltips. What the mouse does otherwise belongs to the current {@link ViewerTool} ({@link SelectionTool} by
 * default). Its selection is the domain objects of the selected figures. It changes nothing in the model.
 */
public final class DiagramViewer implements ISelectionProvider {
	public static final double MIN_ZOOM = 0.25;
	public static final double MAX_ZOOM = 4;
	static final double[] ZOOM_STEPS = { 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4 };
	static final double MARGIN = 40;
	/** How near a click must be to an edge, in screen pixels. */
	static final double HIT_TOLERANCE = 4;
	static final RGB SELECTION = new RGB(30, 136, 229);


	private final Canvas canvas;
	private final SceneResources resources;
	private final ScenePainter painter;
	private final TileCache tiles;
	private final TileCache.TilePainter tilePainter;
	private boolean prefetchScheduled;
	private final ListenerList<ISelectionChangedListener> selectionListeners = new ListenerList<>();
	private final List<Runnable> viewportListeners = new ArrayList<>();
	private final Set<Figure> selection = new LinkedHashSet<>();
	private Scene scene;
	private double zoom = 1;
	private double originX;
	private double originY;
	private double contentX;
	private double contentY;
	private Figure focus;
	/** The node an edge was reached from by Tab, so that Enter goes on to the other end. */
	private NodeFigure edgeFrom;
	private SelectionTool selectionTool = new SelectionTool();
	private ViewerTool tool = selectionTool;
	private boolean panning;
	private int dragX;
	private int dragY;
	private double dragOriginX;
	private double dragOriginY;
	private boolean spaceDown;
	private Function<Figure, String> tooltips = Figure::label;
	private int paintedFigures;
	private int shownFigures;
	private long paints;
	private long lastPaintNanos;

	public DiagramViewer(Composite parent, Scene scene, SceneResources resources) {
		this.scene = scene;
		this.resources = resources;
		this.painter = new ScenePainter(resources);
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		tiles = new TileCache(canvas.getDisplay());
		tilePainter = (into, shown, area) -> {
			into.setClipping(area);
			into.setBackground(resources.color(new RGB(255, 255, 255)));
			into.fillRectangle(area);
			return painter.paint(into, this.scene, shown, area);
		};
		canvas.addDisposeListener(event -> tiles.dispose());
		canvas.addPaintListener(event -> paint(event.gc, new Rectangle(event.x, event.y, event.width, event.height)));
		canvas.addListener(SWT.Resize, event -> updateScrollBars());
		canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
		canvas.getVerticalBar().addListener(SWT.Selection, event -> scrolled());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, event -> tool.mouseDoubleClick(this, event));
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseHover, this::hover);
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.KeyUp, this::keyUp);
		canvas.addListener(SWT.Traverse, event -> {
			// Tab and Enter move along edges here, rather than to the next control or the default button.
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS
					|| event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
			}
		});
		canvas.addListener(SWT.FocusIn, event -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, event -> {
			spaceDown = false;
			panning = false;
			canvas.redraw();
		});
	}

	public Canvas getControl() {
		return canvas;
	}

	public Scene getScene() {
		return scene;
	}

	/**
	 * Shows another scene of the same diagram (re-interpreted or re-arranged) where the old one was: the zoom and the
	 * viewport stay, and so does the selection of the elements that are still there.
	 */
	public void setScene(Scene newScene) {
		List<String> selectedKeys = selection.stream().map(Figure::key).toList();
		String focusKey = focus == null ? null : focus.key();
		scene = newScene;
		tiles.invalidate();
		Set<Figure> kept = new LinkedHashSet<>();
		for (String key : selectedKeys) {
			Figure figure = newScene.figure(key);
			if (figure != null) {
				kept.add(figure);
			}
		}
		boolean changed = kept.size() != selectedKeys.size();
		selection.clear();
		selection.addAll(kept);
		focus = focusKey == null ? null : newScene.figure(focusKey);
		edgeFrom = null;
		updateScrollBars();
		canvas.redraw();
		if (changed) {
			fireSelectionChanged();
		}
		fireViewportChanged();
	}

	/** What the tooltip of a figure says. */
	public void setTooltips(Function<Figure, String> tooltips) {
		this.tooltips = tooltips;
	}

	// ---- viewport

	public Viewport getViewport() {
		return new Viewport(originX, originY, zoom);
	}

	public double getZoom() {
		return zoom;
	}

	/** The diagram area the canvas shows. */
	public Bounds getVisibleArea() {
		Rectangle area = canvas.getClientArea();
		return getViewport().toDiagram(0, 0, area.width, area.height);
	}

	/** Puts the diagram point ({@code x}, {@code y}) at the canvas's top-left corner. */
	public void setOrigin(double x, double y) {
		if (!Double.isFinite(x) || !Double.isFinite(y) || (x == originX && y == originY)) {
			return;
		}
		originX = x;
		originY = y;
		snapOrigin();
		updateScrollBars();
		// the tiles already painted are copied; only those coming into view are painted
		canvas.redraw();
		fireViewportChanged();
	}

	/** Sets the zoom (clamped to 25 to 400 %), keeping the diagram point under the screen point where it is. */
	public void setZoom(double newZoom, int anchorX, int anchorY) {
		double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		if (clamped == zoom) {
			return;
		}
		double diagramX = originX + anchorX / zoom;
		double diagramY = originY + anchorY / zoom;
		zoom = clamped;
		originX = diagramX - anchorX / zoom;
		originY = diagramY - anchorY / zoom;
		snapOrigin();
		updateScrollBars();
		canvas.redraw();
		fireViewportChanged();
	}

	/** Sets the zoom around the canvas's centre. */
	public void setZoom(double newZoom) {
		Rectangle area = canvas.getClientArea();
		setZoom(newZoom, area.width / 2, area.height / 2);
	}

	public void zoomIn() {
		for (double step : ZOOM_STEPS) {
			if (step > zoom + 1e-6) {
				setZoom(step);
				return;
			}
		}
	}

	public void zoomOut() {
		for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
			if (ZOOM_STEPS[i] < zoom - 1e-6) {
				setZoom(ZOOM_STEPS[i]);
				return;
			}
		}
	}

	/** Zooms so that the whole diagram shows (as far as 25 % allows), centred. */
	public void zoomToFit() {
		zoomTo(scene.extent());
	}

	/** Zooms so that the selected figures show, centred; does nothing without a selection. */
	public void zoomToSelection() {
		Bounds area = extentOf(selection);
		if (area != null) {
			zoomTo(area);
		}
	}

	private void zoomTo(Bounds area) {
		Rectangle client = canvas.getClientArea();
		if (client.width <= 0 || client.height <= 0) {
			return;
		}
		double width = Math.max(1, area.width() + 2 * MARGIN);
		double height = Math.max(1, area.height() + 2 * MARGIN);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min(client.width / width, client.height / height)));
		originX = area.x() + area.width() / 2 - client.width / zoom / 2;
		originY = area.y() + area.height() / 2 - client.height / zoom / 2;
		snapOrigin();
		updateScrollBars();
		canvas.redraw();
		fireViewportChanged();
	}

	/**
	 * Scrolls so that {@code object}'s first figure shows, centred if it was out of view, and selects it.
	 *
	 * @return whether the diagram shows the object
	 */
	public boolean reveal(EObject object) {
		List<Figure> figures = scene.figuresOf(object);
		if (figures.isEmpty()) {
			return false;
		}
		// A node rather than an edge that happens to stand for the same object.
		Figure figure = figures.stream().filter(NodeFigure.class::isInstance).findFirst().orElse(figures.get(0));
		Bounds bounds = figure instanceof NodeFigure node ? node.bounds() : figure.extent();
		if (!getVisibleArea().contains(bounds)) {
			Rectangle client = canvas.getClientArea();
			setOrigin(bounds.x() + bounds.width() / 2 - client.width / zoom / 2, bounds.y() + bounds.height() / 2 - client.height / zoom / 2);
		}
		select(List.of(figure), figure);
		return true;
	}

	public void addViewportListener(Runnable listener) {
		viewportListeners.add(listener);
	}

	public void removeViewportListener(Runnable listener) {
		viewportListeners.remove(listener);
	}

	private void fireViewportChanged() {
		List.copyOf(viewportListeners).forEach(Runnable::run);
	}

	/** Puts the view's corner on a whole pixel of the zoomed diagram, where the tiles' pixels fall. */
	private void snapOrigin() {
		originX = Math.round(originX * zoom) / zoom;
		originY = Math.round(originY * zoom) / zoom;
	}

	private void updateScrollBars() {
		Rectangle client = canvas.getClientArea();
		Bounds extent = scene.extent();
		double viewWidth = client.width / zoom;
		double viewHeight = client.height / zoom;
		contentX = Math.min(extent.x() - MARGIN, originX);
		contentY = Math.min(extent.y() - MARGIN, originY);
		double right = Math.max(extent.right() + MARGIN, originX + viewWidth);
		double bottom = Math.max(extent.bottom() + MARGIN, originY + viewHeight);
		configure(canvas.getHorizontalBar(), (right - contentX) * zoom, client.width, (originX - contentX) * zoom);
		configure(canvas.getVerticalBar(), (bottom - contentY) * zoom, client.height, (originY - contentY) * zoom);
	}

	private static void configure(ScrollBar bar, double content, int view, double position) {
		int maximum = (int) Math.ceil(content);
		int thumb = Math.max(1, Math.min(view, maximum));
		bar.setValues((int) Math.round(position), 0, maximum, thumb, 20, Math.max(1, view - 20));
	}

	private void scrolled() {
		double x = contentX + canvas.getHorizontalBar().getSelection() / zoom;
		double y = contentY + canvas.getVerticalBar().getSelection() / zoom;
		originX = x;
		originY = y;
		snapOrigin();
		canvas.redraw();
		fireViewportChanged();
	}

	// ---- painting

	private void paint(GC gc, Rectangle area) {
		long start = System.nanoTime();
		Rectangle client = canvas.getClientArea();
		Viewport viewport = getViewport();
		int drawn = tiles.paint(gc, area, viewport, client.width, client.height, tilePainter);
		if (drawn >= 0) {
			paintedFigures = drawn;
		}
		shownFigures = tiles.lastShown();
		paints++;
		schedulePrefetch();
		gc.setAntialias(SWT.ON);
		gc.setForeground(resources.color(SELECTION));
		gc.setBackground(resources.color(SELECTION));
		for (Figure figure : selection) {
			if (figure instanceof NodeFigure node) {
				Rectangle r = ScenePainter.screenBounds(node.bounds(), viewport);
				gc.setLineWidth(2);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
				for (int[] corner : new int[][] { { r.x, r.y }, { r.x + r.width, r.y }, { r.x, r.y + r.height }, { r.x + r.width, r.y + r.height } }) {
					if (figure == focus) {
						gc.fillRectangle(corner[0] - 4, corner[1] - 4, 8, 8);
					} else {
						gc.drawRectangle(corner[0] - 3, corner[1] - 3, 6, 6);
					}
				}
			} else if (figure instanceof EdgeFigure edge) {
				double[] points = edge.points();
				int[] screen = new int[points.length];
				for (int i = 0; i < points.length; i += 2) {
					screen[i] = viewport.toScreenX(points[i]);
					screen[i + 1] = viewport.toScreenY(points[i + 1]);
				}
				gc.setAlpha(160);
				gc.setLineWidth(Math.max(3, (int) Math.round(edge.edge().width() * zoom) + 2));
				gc.drawPolyline(screen);
				gc.setAlpha(255);
				for (int i = 0; i < screen.length; i += 2) {
					gc.fillRectangle(screen[i] - 3, screen[i + 1] - 3, 6, 6);
				}
			}
		}
		gc.setAlpha(255);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		tool.paintFeedback(this, gc);
		lastPaintNanos = System.nanoTime() - start;
	}

	/** Paints the tiles around the view while the user does nothing else, one per turn of the event loop. */
	private void schedulePrefetch() {
		if (prefetchScheduled) {
			return;
		}
		prefetchScheduled = true;
		canvas.getDisplay().asyncExec(() -> {
			prefetchScheduled = false;
			if (canvas.isDisposed()) {
				return;
			}
			Rectangle client = canvas.getClientArea();
			if (tiles.prefetch(getViewport(), client.width, client.height, tilePainter)) {
				schedulePrefetch();
			}
		});
	}

	/** How long the last paint took inside the paint listener, in nanoseconds (for benchmarks). */
	public long getLastPaintNanos() {
		return lastPaintNanos;
	}

	/**
	 * How many figures the last paint that changed the picture drew (for tests and benchmarks: only what was visible,
	 * and after a pan only what came into view).
	 */
	public int getPaintedFigures() {
		return paintedFigures;
	}

	/**
	 * How many figures the last paint showed, painted then or kept in tiles from before (for tests: whether the
	 * canvas shows the diagram; a figure across two tiles counts twice).
	 */
	public int getShownFigures() {
		return shownFigures;
	}

	/** How many times the canvas painted. */
	public long getPaints() {
		return paints;
	}

	// ---- selection

	@Override
	public ISelection getSelection() {
		Set<EObject> objects = new LinkedHashSet<>();
		selection.forEach(figure -> objects.add(figure.semantic()));
		return new StructuredSelection(new ArrayList<>(objects));
	}

	/** The selected figures, in the order they were selected. */
	public List<Figure> getSelectedFigures() {
		return List.copyOf(selection);
	}

	/** The figure the keyboard is on (the last one clicked or reached), or null. */
	public Figure getFocusFigure() {
		return focus;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		List<Figure> figures = new ArrayList<>();
		if (newSelection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof EObject object) {
					figures.addAll(scene.figuresOf(object));
				}
			}
		}
		select(figures, figures.isEmpty() ? null : figures.get(0));
	}

	/** Selects exactly {@code figures}, with the keyboard on {@code newFocus}. */
	public void select(List<? extends Figure> figures, Figure newFocus) {
		selection.clear();
		selection.addAll(figures);
		focus = newFocus;
		edgeFrom = null;
		canvas.redraw();
		fireSelectionChanged();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	private void fireSelectionChanged() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : selectionListeners) {
			listener.selectionChanged(event);
		}
	}

	private static Bounds extentOf(Iterable<Figure> figures) {
		Bounds result = null;
		for (Figure figure : figures) {
			Bounds bounds = figure instanceof NodeFigure node ? node.bounds() : figure.extent();
			result = result == null ? bounds
					: new Bounds(Math.min(result.x(), bounds.x()), Math.min(result.y(), bounds.y()),
							Math.max(result.right(), bounds.right()) - Math.min(result.x(), bounds.x()),
							Math.max(result.bottom(), bounds.bottom()) - Math.min(result.y(), bounds.y()));
		}
		return result;
	}

	// ---- mouse

	/** The figure at a screen point, or null. */
	public Figure figureAt(int x, int y) {
		Viewport viewport = getViewport();
		return scene.figureAt(viewport.toDiagramX(x), viewport.toDiagramY(y), HIT_TOLERANCE / zoom);
	}

	// ---- tools

	/**
	 * Lets {@code newTool} take over the mouse (null: back to selecting). The old tool is told to drop what it was
	 * doing; Escape also returns to selecting.
	 */
	public void setTool(ViewerTool newTool) {
		ViewerTool next = newTool == null ? selectionTool : newTool;
		if (next == tool) {
			return;
		}
		tool.deactivated(this);
		tool = next;
		tool.activated(this);
		canvas.setCursor(null);
		canvas.redraw();
	}

	/** The tool the mouse goes to now. */
	public ViewerTool getTool() {
		return tool;
	}

	/** The default tool, which selects. */
	public SelectionTool getSelectionTool() {
		return selectionTool;
	}

	/**
	 * Replaces the default tool (one that selects and also edits, say); it becomes the current tool if the old
	 * default was.
	 */
	public void setSelectionTool(SelectionTool newDefault) {
		SelectionTool old = selectionTool;
		selectionTool = java.util.Objects.requireNonNull(newDefault);
		if (tool == old) {
			tool.deactivated(this);
			tool = selectionTool;
			tool.activated(this);
		}
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		if (event.button == 2 || (event.button == 1 && spaceDown)) {
			panning = true;
			dragX = event.x;
			dragY = event.y;
			dragOriginX = originX;
			dragOriginY = originY;
			canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
			return;
		}
		tool.mouseDown(this, event);
	}

	private void mouseMove(Event event) {
		if (panning) {
			setOrigin(dragOriginX - (event.x - dragX) / zoom, dragOriginY - (event.y - dragY) / zoom);
			return;
		}
		// A tooltip belongs to the figure it was shown for.
		if (canvas.getToolTipText() != null && figureAt(event.x, event.y) == null) {
			canvas.setToolTipText(null);
		}
		tool.mouseMove(this, event);
	}

	private void mouseUp(Event event) {
		if (panning) {
			panning = false;
			canvas.setCursor(null);
			return;
		}
		tool.mouseUp(this, event);
	}

	private void wheel(Event event) {
		event.doit = false;
		if ((event.stateMask & SWT.MOD1) != 0) {
			setZoom(zoom * (event.count > 0 ? 1.25 : 0.8), event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			setOrigin(originX - event.count * 20 / zoom, originY);
		} else {
			setOrigin(originX, originY - event.count * 20 / zoom);
		}
	}

	private void hover(Event event) {
		Figure figure = figureAt(event.x, event.y);
		canvas.setToolTipText(figure == null ? null : tooltips.apply(figure));
	}

	/** What the tooltip says now. */
	public String getToolTipText() {
		return canvas.getToolTipText();
	}

	// ---- keyboard

	private void keyDown(Event event) {
		if (tool.keyDown(this, event)) {
			return;
		}
		if (event.keyCode == SWT.ESC && tool != selectionTool) {
			setTool(null);
			return;
		}
		switch (event.keyCode) {
			case SWT.ARROW_LEFT -> navigate(Direction.LEFT);
			case SWT.ARROW_RIGHT -> navigate(Direction.RIGHT);
			case SWT.ARROW_UP -> navigate(Direction.UP);
			case SWT.ARROW_DOWN -> navigate(Direction.DOWN);
			case SWT.TAB -> followEdges((event.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
			case SWT.CR, SWT.KEYPAD_CR -> crossEdge();
			case SWT.ESC -> select(List.of(), null);
			case SWT.KEYPAD_ADD -> zoomIn();
			case SWT.KEYPAD_SUBTRACT -> zoomOut();
			case SWT.KEYPAD_0 -> setZoom(1);
			case ' ' -> spaceDown = true;
			default -> {
				if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'a' || event.keyCode == 'A')) {
					select(scene.nodes(), scene.nodes().isEmpty() ? null : scene.nodes().get(0));
				} else if (event.character == '+' || event.character == '=') {
					zoomIn();
				} else if (event.character == '-') {
					zoomOut();
				} else if (event.character == '0') {
					setZoom(1);
				}
			}
		}
	}

	private void keyUp(Event event) {
		if (event.keyCode == ' ') {
			spaceDown = false;
		}
	}

	/** Moves the keyboard (and the selection) to the nearest node in {@code direction}. */
	public void navigate(Direction direction) {
		NodeFigure from = currentNode();
		NodeFigure next;
		if (from == null) {
			next = nearestToCentre();
		} else {
			next = direction.nearest(scene, from);
		}
		if (next != null) {
			select(List.of(next), next);
			revealFigure(next);
		}
	}

	/** Selects the next (or previous) edge of the current node, so that Enter can follow it. */
	public void followEdges(int step) {
		NodeFigure node = focus instanceof EdgeFigure && edgeFrom != null ? edgeFrom : currentNode();
		if (node == null) {
			return;
		}
		List<EdgeFigure> edges = scene.edgesOf(node);
		if (edges.isEmpty()) {
			return;
		}
		int index = focus instanceof EdgeFigure edge ? edges.indexOf(edge) : -1;
		int next = Math.floorMod(index < 0 && step < 0 ? 0 : index + step, edges.size());
		EdgeFigure edge = edges.get(next);
		select(List.of(edge), edge);
		edgeFrom = node;
		revealFigure(edge);
	}

	/** On an edge reached from a node, goes to the edge's other end. */
	public void crossEdge() {
		if (!(focus instanceof EdgeFigure edge)) {
			return;
		}
		NodeFigure from = edgeFrom != null ? edgeFrom : edge.source();
		NodeFigure other = edge.source() == from ? edge.target() : edge.source();
		select(List.of(other), other);
		revealFigure(other);
	}

	private NodeFigure currentNode() {
		if (focus instanceof NodeFigure node) {
			return node;
		}
		if (focus instanceof EdgeFigure edge) {
			return edgeFrom != null ? edgeFrom : edge.source();
		}
		return null;
	}

	private NodeFigure nearestToCentre() {
		Bounds visible = getVisibleArea();
		double cx = visible.x() + visible.width() / 2;
		double cy = visible.y() + visible.height() / 2;
		NodeFigure best = null;
		double bestDistance = Double.MAX_VALUE;
		for (NodeFigure node : scene.nodes()) {
			double distance = Math.hypot(node.centerX() - cx, node.centerY() - cy);
			if (distance < bestDistance) {
				bestDistance = distance;
				best = node;
			}
		}
		return best;
	}

	private void revealFigure(Figure figure) {
		Bounds bounds = figure instanceof NodeFigure node ? node.bounds() : figure.extent();
		Bounds visible = getVisibleArea();
		if (!visible.contains(bounds)) {
			setOrigin(bounds.x() + bounds.width() / 2 - visible.width() / 2, bounds.y() + bounds.height() / 2 - visible.height() / 2);
		}
	}
}
