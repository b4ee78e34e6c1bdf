package org.counterpart.diagram.ui.internal.viewer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * What the mouse (and the keys a gesture needs) does on a {@link DiagramViewer} at the moment: selecting by default
 * ({@link SelectionTool}), or another tool that takes the mouse over for a while (creating a node, drawing an edge).
 * The viewer pans (middle button, space-drag), zooms and scrolls itself before it asks the tool; everything else with
 * the mouse goes to the current tool. A tool paints its feedback over the diagram in screen coordinates.
 */
public interface ViewerTool {

	/** Called when the tool becomes the viewer's current tool. */
	default void activated(DiagramViewer viewer) {
		// nothing to prepare by default
	}

	/** Called when another tool replaces this one; the tool drops any gesture under way. */
	default void deactivated(DiagramViewer viewer) {
		// nothing to drop by default
	}

	void mouseDown(DiagramViewer viewer, Event event);

	default void mouseMove(DiagramViewer viewer, Event event) {
		// no feedback by default
	}

	default void mouseUp(DiagramViewer viewer, Event event) {
		// nothing to finish by default
	}

	default void mouseDoubleClick(DiagramViewer viewer, Event event) {
		// nothing by default
	}

	/**
	 * A key pressed while the canvas has the focus, before the viewer's own keys (navigation, zoom).
	 *
	 * @return whether the tool used the key; the viewer does nothing more with it then
	 */
	default boolean keyDown(DiagramViewer viewer, Event event) {
		return false;
	}

	/** Paints the tool's feedback (rubber band, guides, a line being drawn) over the diagram, in screen coordinates. */
	default void paintFeedback(DiagramViewer viewer, GC gc) {
		// no feedback by default
	}
}
