package org.counterpart.diagram.ui.internal.tools;

import java.util.List;
import java.util.function.Function;

import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.Messages;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Viewport;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;

/**
 * Puts the spec's tools into a diagram editor: the palette beside the canvas, the editing gestures of the selection
 * tool (Delete, F2, slow click, double click, reconnecting an edge end) and the canvas's context menu.
 */
public final class DiagramEditing {
	private final DiagramEditor editor;
	private final DiagramViewer viewer;
	private final DiagramTools tools;
	private final LabelEditor labels;
	private final ToolPalette palette;
	private final MenuManager menu;
	/** Where the context menu was asked for, in diagram coordinates: what it creates goes there. */
	private double menuX;
	private double menuY;

	/**
	 * @param paletteParent where the palette goes (left of the canvas)
	 * @param icons the icon of what a tool creates, or null
	 */
	public DiagramEditing(DiagramEditor editor, WorkspaceEditingSession session, Composite paletteParent, Function<Tool, Image> icons) {
		this.editor = editor;
		this.viewer = editor.getViewer();
		this.tools = new DiagramTools(editor, session);
		this.labels = new LabelEditor(viewer, tools);
		viewer.setSelectionTool(new EditingSelectionTool(tools, labels));
		palette = new ToolPalette(paletteParent, viewer, tools, icons);
		menu = new MenuManager("#DiagramPopup"); //$NON-NLS-1$
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		Canvas canvas = viewer.getControl();
		canvas.setMenu(menu.createContextMenu(canvas));
		canvas.addListener(SWT.MenuDetect, event -> {
			Point at = event.detail == SWT.MENU_KEYBOARD ? null : canvas.toControl(event.x, event.y);
			Viewport viewport = viewer.getViewport();
			if (at == null) {
				Figure focus = viewer.getFocusFigure();
				menuX = focus instanceof NodeFigure node ? node.centerX() + node.bounds().width() : viewport.toDiagramX(canvas.getClientArea().width / 2);
				menuY = focus instanceof NodeFigure node ? node.centerY() : viewport.toDiagramY(canvas.getClientArea().height / 2);
				return;
			}
			menuX = viewport.toDiagramX(at.x);
			menuY = viewport.toDiagramY(at.y);
			Figure hit = viewer.figureAt(at.x, at.y);
			if (hit != null && !viewer.getSelectedFigures().contains(hit)) {
				viewer.select(List.of(hit), hit); // the menu is about what is under the pointer
			} else if (hit == null) {
				viewer.select(List.of(), null);
			}
		});
		canvas.addListener(SWT.Dispose, event -> menu.dispose());
	}

	public DiagramTools getTools() {
		return tools;
	}

	public ToolPalette getPalette() {
		return palette;
	}

	/** The in-place label field, or null when none is open (for tests). */
	public org.eclipse.swt.widgets.Text getLabelField() {
		return labels.field();
	}

	/** Why the label field refused what was typed, or null. */
	public String getLabelProblem() {
		return labels.problem();
	}

	public Menu getContextMenu() {
		return menu.getMenu();
	}

	/** Opens the label of the node the keyboard is on for editing (F2). */
	public void editLabel() {
		if (viewer.getFocusFigure() instanceof NodeFigure node) {
			labels.edit(node);
		}
	}

	/** The layers changed: the palette offers the tools of those shown. */
	public void layersChanged() {
		palette.update();
	}

	private void fillContextMenu(IMenuManager manager) {
		List<Figure> selected = viewer.getSelectedFigures();
		NodeFigure into = selected.size() == 1 && selected.get(0) instanceof NodeFigure node ? node : null;
		for (Tool tool : tools.paletteTools()) {
			if (tool instanceof CreateNodeTool create) {
				double x = menuX;
				double y = menuY;
				manager.add(action(NLS.bind(Messages.Menu_create, DiagramTools.label(tool)), () -> tools.createNode(create, into, x, y)));
			} else if (tool instanceof CreateEdgeTool create && selected.size() == 2 && selected.get(0) instanceof NodeFigure source
					&& selected.get(1) instanceof NodeFigure target && tools.canConnect(create, source, target)) {
				manager.add(action(NLS.bind(Messages.Menu_connect, new Object[] { DiagramTools.label(tool), source.label(), target.label() }),
						() -> tools.createEdge(create, source, target)));
			}
		}
		manager.add(new Separator());
		if (into != null && tools.directEditTool(into).isPresent()) {
			manager.add(action(Messages.Menu_rename, () -> labels.edit(into)));
		}
		if (tools.canDeleteSelection()) {
			manager.add(action(Messages.Menu_delete, tools::deleteSelection));
		}
		if (selected.size() == 1) {
			Figure figure = selected.get(0);
			manager.add(action(Messages.Menu_open, () -> tools.open(figure)));
		}
		manager.add(new Separator());
		boolean nodes = selected.stream().anyMatch(NodeFigure.class::isInstance);
		if (nodes) {
			manager.add(action(Messages.Menu_pin, () -> editor.pinSelection(true)));
			manager.add(action(Messages.Menu_unpin, () -> editor.pinSelection(false)));
		}
		if (!selected.isEmpty()) {
			manager.add(action(Messages.Menu_hide, editor::hideSelection));
		}
		manager.add(action(Messages.Menu_revealAll, editor::revealAll));
		manager.add(action(Messages.Menu_arrangeAll, editor::arrangeAll));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
