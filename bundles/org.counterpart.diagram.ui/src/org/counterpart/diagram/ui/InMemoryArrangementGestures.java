package org.counterpart.diagram.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.layout.Arrangement.Bounds;

/**
 * Gestures that change an arrangement held in memory: nothing is stored, nothing is undoable (for a viewer without a
 * workspace). The editor's gestures are commands on the workspace's stack instead.
 */
public final class InMemoryArrangementGestures implements ArrangementGestures {
	private final Arrangement arrangement;

	public InMemoryArrangementGestures(Arrangement arrangement) {
		this.arrangement = Objects.requireNonNull(arrangement);
	}

	@Override
	public Arrangement arrangement() {
		return arrangement;
	}

	@Override
	public void move(Collection<String> nodeKeys, double dx, double dy) {
		if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
			throw new IllegalArgumentException("Not a distance: " + dx + "," + dy);
		}
		List<Bounds> moved = new ArrayList<>();
		for (String key : nodeKeys) {
			moved.add(placed(key).translated(dx, dy));
		}
		int index = 0;
		for (String key : nodeKeys) {
			arrangement.setBounds(key, moved.get(index++));
		}
	}

	@Override
	public void resize(String nodeKey, Bounds bounds) {
		placed(nodeKey);
		arrangement.setBounds(nodeKey, Objects.requireNonNull(bounds));
	}

	@Override
	public void pin(Collection<String> nodeKeys, boolean pinned) {
		nodeKeys.forEach(key -> arrangement.setPinned(key, pinned));
	}

	@Override
	public void hide(Collection<String> keys, boolean hidden) {
		keys.forEach(key -> arrangement.setHidden(key, hidden));
	}

	private Bounds placed(String key) {
		Bounds bounds = arrangement.bounds(key);
		if (bounds == null) {
			throw new IllegalArgumentException("No placed node " + key);
		}
		return bounds;
	}
}
