package org.counterpart.diagram.ui;

import java.util.Collection;

import org.counterpart.diagram.layout.Arrangement;

/**
 * What the editor does to an arrangement when the user moves, resizes, pins or hides elements. The editor calls
 * these methods once per finished gesture (a whole drag, not every mouse move). The implementation decides where the
 * change goes: {@link InMemoryArrangementGestures} changes the editor's own arrangement; the stored diagram state
 * writes an undoable command instead.
 */
public interface ArrangementGestures {

	/** The arrangement the gestures apply to, as it is now. */
	Arrangement arrangement();

	/**
	 * Moves nodes by a distance in diagram coordinates.
	 *
	 * @throws IllegalArgumentException if a key names no placed node; nothing moves then
	 */
	void move(Collection<String> nodeKeys, double dx, double dy);

	/**
	 * Gives a node new bounds (relative to its parent, like all node bounds).
	 *
	 * @throws IllegalArgumentException if the key names no placed node
	 */
	void resize(String nodeKey, Arrangement.Bounds bounds);

	/** Pins or unpins nodes: a layout leaves pinned nodes where they are. */
	void pin(Collection<String> nodeKeys, boolean pinned);

	/** Hides or shows elements (node or edge keys) by hand. */
	void hide(Collection<String> keys, boolean hidden);
}
