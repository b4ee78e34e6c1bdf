package org.counterpart.diagram.ui.internal.viewer;

import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;

/** A direction of the arrow keys, and the node nearest another one in it. */
public enum Direction {
	LEFT(-1, 0), RIGHT(1, 0), UP(0, -1), DOWN(0, 1);

	private final int dx;
	private final int dy;

	Direction(int dx, int dy) {
		this.dx = dx;
		this.dy = dy;
	}

	/**
	 * The node of {@code scene} nearest {@code from} in this direction: its centre lies ahead (within a cone of about
	 * 63 degrees either side), and going far ahead costs less than going aside. Null if there is none.
	 */
	public NodeFigure nearest(Scene scene, NodeFigure from) {
		NodeFigure best = null;
		double bestScore = Double.MAX_VALUE;
		for (NodeFigure node : scene.nodes()) {
			if (node == from) {
				continue;
			}
			double offX = node.centerX() - from.centerX();
			double offY = node.centerY() - from.centerY();
			double ahead = offX * dx + offY * dy;
			double aside = Math.abs(offX * dy) + Math.abs(offY * dx);
			if (ahead <= 0 || aside > 2 * ahead) {
				continue;
			}
			double score = ahead + 2 * aside;
			if (score < bestScore) {
				bestScore = score;
				best = node;
			}
		}
		return best;
	}
}
