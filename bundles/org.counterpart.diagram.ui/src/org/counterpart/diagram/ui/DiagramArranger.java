package org.counterpart.diagram.ui;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.view.Diagram;

/**
 * Decides where the elements of a diagram sit before it is drawn. The editor asks it whenever it interprets a
 * diagram: once when it opens and again after a layer or filter changes what is shown. An automatic layout plugs in
 * here; {@link GridPlacement} is the fallback for elements nothing has placed yet.
 */
public interface DiagramArranger {

	/**
	 * The arrangement to draw {@code diagram} with.
	 *
	 * @param stored what is already known about where the elements sit (never changed by this call); it may place
	 *            all, some or none of the diagram's elements
	 * @return a new arrangement that gives bounds to every node of the diagram
	 */
	Arrangement arrange(Diagram diagram, Arrangement stored);
}
