package org.counterpart.diagram.ui.internal.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.eclipse.emf.ecore.EObject;

/**
 * The retained scene of one diagram: its figures in painting order (edges under nodes, containers under their
 * children), a spatial index over them, and lookups by key and by domain object. Immutable; a changed diagram or
 * arrangement makes a new scene ({@link SceneBuilder}).
 */
public final class Scene {
	private final List<Figure> figures;
	private final List<NodeFigure> nodes = new ArrayList<>();
	private final List<EdgeFigure> edges = new ArrayList<>();
	private final Map<String, Figure> byKey = new LinkedHashMap<>();
	private final Map<EObject, List<Figure>> bySemantic = new IdentityHashMap<>();
	private final SpatialGrid index;
	private final Bounds extent;

	Scene(List<Figure> figures) {
		this.figures = List.copyOf(figures);
		double minX = 0;
		double minY = 0;
		double maxX = 0;
		double maxY = 0;
		boolean first = true;
		for (Figure figure : this.figures) {
			if (figure instanceof NodeFigure node) {
				nodes.add(node);
			} else {
				edges.add((EdgeFigure) figure);
			}
			byKey.put(figure.key(), figure);
			bySemantic.computeIfAbsent(figure.semantic(), key -> new ArrayList<>(1)).add(figure);
			Bounds bounds = figure instanceof NodeFigure node ? node.bounds() : figure.extent();
			if (first) {
				minX = bounds.x();
				minY = bounds.y();
				maxX = bounds.right();
				maxY = bounds.bottom();
				first = false;
			} else {
				minX = Math.min(minX, bounds.x());
				minY = Math.min(minY, bounds.y());
				maxX = Math.max(maxX, bounds.right());
				maxY = Math.max(maxY, bounds.bottom());
			}
		}
		extent = new Bounds(minX, minY, maxX - minX, maxY - minY);
		index = new SpatialGrid(this.figures, 256);
	}

	/** All figures, in painting order. */
	public List<Figure> figures() {
		return figures;
	}

	public List<NodeFigure> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public List<EdgeFigure> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** The rectangle around every figure (empty at the origin for an empty scene). */
	public Bounds extent() {
		return extent;
	}

	public Figure figure(String key) {
		return byKey.get(key);
	}

	/** The figures that show {@code object} (a node may appear under several mappings). */
	public List<Figure> figuresOf(EObject object) {
		return bySemantic.getOrDefault(object, List.of());
	}

	/** The figures that touch {@code area}, in painting order. */
	public List<Figure> figuresIn(Bounds area) {
		return index.query(area);
	}

	/** The topmost figure at the point, or null; {@code tolerance} widens thin edges for the pointer. */
	public Figure figureAt(double x, double y, double tolerance) {
		return index.at(x, y, tolerance);
	}

	/** The edges that start or end at {@code node}, in painting order. */
	public List<EdgeFigure> edgesOf(NodeFigure node) {
		List<EdgeFigure> result = new ArrayList<>();
		for (EdgeFigure edge : edges) {
			if (edge.source() == node || edge.target() == node) {
				result.add(edge);
			}
		}
		return result;
	}
}
