package org.counterpart.diagram.ui.internal.tools;

import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.ScenePainter;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a node's label in place: a text field over the label, Enter writes it through the spec's direct-edit tool (one
 * command), Escape leaves the label as it was. Text the tool refuses (an empty name) keeps the field open with the
 * reason under it.
 */
final class LabelEditor {
	/** The height of a container's header, where its label is, in diagram units (as the scene draws it). */
	private static final double HEADER = 30;
	private final DiagramViewer viewer;
	private final DiagramTools tools;
	private Text text;
	private Label problem;
	private NodeFigure node;

	LabelEditor(DiagramViewer viewer, DiagramTools tools) {
		this.viewer = viewer;
		this.tools = tools;
	}

	/** Opens the field on {@code figure}'s label, if the spec can edit it. */
	void edit(NodeFigure figure) {
		close();
		if (tools.directEditTool(figure).isEmpty()) {
			return;
		}
		node = figure;
		Canvas canvas = viewer.getControl();
		Rectangle bounds = ScenePainter.screenBounds(figure.bounds(), viewer.getViewport());
		text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		text.setText(figure.label());
		text.selectAll();
		Point size = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		int width = Math.max(bounds.width, 160);
		// a container's label is its header; another node's label sits in its middle
		int labelHeight = figure.isContainer() ? Math.min(bounds.height, (int) Math.round(HEADER * viewer.getZoom())) : bounds.height;
		text.setBounds(bounds.x + (bounds.width - width) / 2, bounds.y + Math.max(0, (labelHeight - size.y) / 2), width, size.y);
		text.addListener(SWT.Traverse, event -> {
			// the window system may send Escape as a traversal whose detail is not TRAVERSE_ESCAPE (no dialog shell)
			if (event.detail == SWT.TRAVERSE_RETURN) {
				event.doit = false;
				commit();
			} else if (event.detail == SWT.TRAVERSE_ESCAPE || event.keyCode == SWT.ESC) {
				event.doit = false;
				cancel();
			}
		});
		text.addListener(SWT.KeyDown, event -> {
			// Escape may arrive as a key rather than a traversal, depending on the window system
			if (event.keyCode == SWT.ESC) {
				event.doit = false;
				cancel();
			}
		});
		text.addListener(SWT.Modify, event -> clearProblem());
		text.addListener(SWT.FocusOut, event -> text.getDisplay().asyncExec(() -> {
			// clicking elsewhere keeps what was typed if it can be kept, as in the explorer
			if (text != null && !text.isDisposed() && !text.isFocusControl()) {
				if (!commit()) {
					close();
				}
			}
		}));
		text.setFocus();
	}

	private void cancel() {
		close();
		viewer.getControl().setFocus();
	}

	/** Writes the typed text; false (and the field stays open, saying why) if it was refused. */
	boolean commit() {
		if (text == null || text.isDisposed()) {
			return true;
		}
		String why = tools.directEdit(node, text.getText());
		if (why != null) {
			showProblem(why);
			return false;
		}
		close();
		viewer.getControl().setFocus();
		return true;
	}

	private void showProblem(String why) {
		clearProblem();
		Canvas canvas = viewer.getControl();
		problem = new Label(canvas, SWT.WRAP);
		problem.setText(why);
		problem.setBackground(new Color(new RGB(255, 235, 238)));
		problem.setForeground(new Color(new RGB(183, 28, 28)));
		Rectangle field = text.getBounds();
		Point size = problem.computeSize(Math.max(field.width, 220), SWT.DEFAULT);
		problem.setBounds(field.x, field.y + field.height + 2, size.x, size.y);
		text.setToolTipText(why);
		text.setFocus();
	}

	private void clearProblem() {
		if (problem != null && !problem.isDisposed()) {
			problem.dispose();
		}
		problem = null;
		if (text != null && !text.isDisposed()) {
			text.setToolTipText(null);
		}
	}

	void close() {
		clearProblem();
		if (text != null && !text.isDisposed()) {
			text.dispose();
		}
		text = null;
		node = null;
	}

	/** The open field, or null (for tests). */
	Text field() {
		return text == null || text.isDisposed() ? null : text;
	}

	/** What the field says is wrong with the text, or null. */
	String problem() {
		return problem == null || problem.isDisposed() ? null : problem.getText();
	}
}
