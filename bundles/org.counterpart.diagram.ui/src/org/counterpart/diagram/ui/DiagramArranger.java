package org.counterpart.diagram.ui;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.view.Diagram;

/**
 * Decides where the elements of a diagram sit before it is drawn, for a viewer used without the editor (tests,
 * benchmarks). The editor itself draws the arrangement stored with the workspace and lays out the rest with ELK
 * ({@link org.counterpart.diagram.layout.DiagramLayout}); {@link GridPlacement} is a placement without fonts or ELK.
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
