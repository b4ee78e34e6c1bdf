package org.counterpart.diagram.layout;

import java.util.concurrent.atomic.AtomicInteger;

import org.counterpart.diagram.internal.layout.LayoutEngine;
import org.counterpart.diagram.view.Diagram;

/**
 * Places the nodes of a diagram with ELK, as its spec chooses (layered for charts and trees, stress or force for
 * networks), sized by their labels measured with a real font, containers around their children.
 * <p>
 * A stored {@link Arrangement} is respected: pinned nodes stay exactly where they are; when it places most of the
 * nodes, only the others are placed (near their neighbours, in free space) and nothing placed moves; when it places
 * every node, no layout runs at all.
 */
public final class DiagramLayout {
	/** What a call had to do. */
	public enum Kind {
		/** Everything had stored bounds: no layout ran. */
		NONE,
		/** Most nodes had stored bounds: only the new ones were placed, without ELK. */
		INCREMENTAL,
		/** ELK laid the diagram out (pinned nodes kept). */
		FULL
	}

	/** The arrangement to draw and how it came about. */
	public record Result(Arrangement arrangement, Kind kind) {
	}

	private final AtomicInteger elkRuns = new AtomicInteger();

	/**
	 * Arranges {@code diagram}.
	 *
	 * @param stored what is stored for it, or null; not changed
	 * @return a new arrangement with bounds for every visible node (children relative to their parent) and the
	 *         bendpoints of routed edges, and the stored flags (pinned, collapsed, hidden)
	 */
	public Result arrange(Diagram diagram, Arrangement stored) {
		LayoutEngine engine = new LayoutEngine(diagram, stored);
		Arrangement arrangement = engine.run();
		if (engine.kind() == Kind.FULL) {
			elkRuns.incrementAndGet();
		}
		return new Result(arrangement, engine.kind());
	}

	/** How many times this instance has called ELK. */
	public int elkRuns() {
		return elkRuns.get();
	}
}
