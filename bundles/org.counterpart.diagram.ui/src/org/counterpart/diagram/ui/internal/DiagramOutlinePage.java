package org.counterpart.diagram.ui.internal;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.scene.SceneResources;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a diagram: the whole diagram in small, with the rectangle the editor shows; clicking or dragging in
 * it moves that rectangle, and the editor pans with it.
 */
public final class DiagramOutlinePage extends Page implements IContentOutlinePage {
	static final RGB VIEWPORT = new RGB(30, 136, 229);
	private final DiagramViewer viewer;
	private final SceneResources resources;
	private final Runnable viewportListener = this::redraw;
	private Canvas canvas;
	private Image thumbnail;
	private Scene thumbnailScene;
	private Viewport thumbnailViewport;
	private boolean dragging;

	public DiagramOutlinePage(DiagramViewer viewer, SceneResources resources) {
		this.viewer = viewer;
		this.resources = resources;
	}

	@Override
	public void createControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> invalidate());
		canvas.addListener(SWT.MouseDown, event -> {
			dragging = event.button == 1;
			centreOn(event);
		});
		canvas.addListener(SWT.MouseMove, event -> {
			if (dragging) {
				centreOn(event);
			}
		});
		canvas.addListener(SWT.MouseUp, event -> dragging = false);
		canvas.addListener(SWT.Dispose, event -> invalidate());
		viewer.addViewportListener(viewportListener);
	}

	/** The thumbnail's viewport: the whole diagram fitted into the page. */
	public Viewport getThumbnailViewport() {
		Rectangle area = canvas.getClientArea();
		Bounds extent = viewer.getScene().extent();
		double margin = 10;
		double zoom = Math.min((area.width - 2 * margin) / Math.max(1, extent.width()), (area.height - 2 * margin) / Math.max(1, extent.height()));
		zoom = Math.max(0.001, zoom);
		double originX = extent.x() - (area.width / zoom - extent.width()) / 2;
		double originY = extent.y() - (area.height / zoom - extent.height()) / 2;
		return new Viewport(originX, originY, zoom);
	}

	/** The screen rectangle of the editor's viewport on the thumbnail. */
	public Rectangle getViewportRectangle() {
		return ScenePainter.screenBounds(viewer.getVisibleArea(), getThumbnailViewport());
	}

	private void centreOn(Event event) {
		Viewport thumb = getThumbnailViewport();
		Bounds visible = viewer.getVisibleArea();
		viewer.setOrigin(thumb.toDiagramX(event.x) - visible.width() / 2, thumb.toDiagramY(event.y) - visible.height() / 2);
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		Viewport thumb = getThumbnailViewport();
		if (thumbnail == null || thumbnailScene != viewer.getScene() || !thumb.equals(thumbnailViewport)) {
			invalidate();
			thumbnail = new Image(canvas.getDisplay(), area.width, area.height);
			GC imageGC = new GC(thumbnail);
			try {
				imageGC.setBackground(resources.color(new RGB(255, 255, 255)));
				imageGC.fillRectangle(area);
				new ScenePainter(resources).paint(imageGC, viewer.getScene(), thumb, area);
			} finally {
				imageGC.dispose();
			}
			thumbnailScene = viewer.getScene();
			thumbnailViewport = thumb;
		}
		gc.drawImage(thumbnail, 0, 0);
		Rectangle shown = getViewportRectangle();
		gc.setAntialias(SWT.ON);
		gc.setAlpha(40);
		gc.setBackground(resources.color(VIEWPORT));
		gc.fillRectangle(shown);
		gc.setAlpha(255);
		gc.setLineWidth(2);
		gc.setForeground(resources.color(VIEWPORT));
		gc.drawRectangle(shown);
	}

	private void invalidate() {
		if (thumbnail != null) {
			thumbnail.dispose();
			thumbnail = null;
		}
	}

	private void redraw() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	@Override
	public Control getControl() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		viewer.removeViewportListener(viewportListener);
		invalidate();
		super.dispose();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		// the thumbnail selects nothing
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		// the thumbnail selects nothing
	}

	@Override
	public void setSelection(ISelection selection) {
		// the thumbnail selects nothing
	}
}
