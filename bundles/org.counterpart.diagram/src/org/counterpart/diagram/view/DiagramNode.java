package org.counterpart.diagram.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.NodeStyle;
import org.eclipse.emf.ecore.EObject;

/** A node of an interpreted diagram: the domain object it shows, through which mapping, and how it looks. */
public final class DiagramNode {
	private final AbstractNodeMapping mapping;
	private final EObject target;
	private final DiagramNode parent;
	private String label;
	private NodeStyle style;
	private Double width;
	private Double height;
	private final List<DiagramNode> children = new ArrayList<>();
	private final List<DiagramNode> borderNodes = new ArrayList<>();
	boolean hidden;

	DiagramNode(AbstractNodeMapping mapping, EObject target, DiagramNode parent, String label, NodeStyle style, Double width, Double height) {
		this.mapping = mapping;
		this.target = target;
		this.parent = parent;
		this.label = label;
		this.style = style;
		this.width = width;
		this.height = height;
	}

	public AbstractNodeMapping mapping() {
		return mapping;
	}

	/** The domain object the node shows (for selection and for its diagram state). */
	public EObject target() {
		return target;
	}

	/** The container or node this one is inside or on the border of; null at the top of the diagram. */
	public DiagramNode parent() {
		return parent;
	}

	public String label() {
		return label;
	}

	/**
	 * What names this node across interpretations and devices, for its stored arrangement: the parent's key, the
	 * mapping's name and the target's id ({@code InstitutionChart/Institution:7f3e...}).
	 */
	public String key() {
		String own = mapping.getName() + ":" + org.eclipse.emf.ecore.util.EcoreUtil.getID(target);
		return parent == null ? own : parent.key() + "/" + own;
	}

	/** The style that applies: the first conditional style whose predicate held, or the mapping's own. */
	public NodeStyle style() {
		return style;
	}

	/** The width the spec computes, or null when the layout decides. */
	public Double width() {
		return width;
	}

	/** The height the spec computes, or null when the layout decides. */
	public Double height() {
		return height;
	}

	/** The nodes inside this one (of a container mapping). */
	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	/** The nodes on this node's border. */
	public List<DiagramNode> borderNodes() {
		return Collections.unmodifiableList(borderNodes);
	}

	/** Whether an applied filter hides the node. */
	public boolean isHidden() {
		return hidden;
	}

	/** Takes a recomputed appearance; whether anything differs from before. */
	boolean update(String newLabel, NodeStyle newStyle, Double newWidth, Double newHeight, boolean newHidden) {
		boolean changed = !java.util.Objects.equals(label, newLabel) || style != newStyle || !java.util.Objects.equals(width, newWidth)
				|| !java.util.Objects.equals(height, newHeight) || hidden != newHidden;
		label = newLabel;
		style = newStyle;
		width = newWidth;
		height = newHeight;
		hidden = newHidden;
		return changed;
	}

	void replaceChildren(List<DiagramNode> nodes) {
		children.clear();
		children.addAll(nodes);
	}

	void replaceBorderNodes(List<DiagramNode> nodes) {
		borderNodes.clear();
		borderNodes.addAll(nodes);
	}

	void addChild(DiagramNode child) {
		children.add(child);
	}

	void addBorderNode(DiagramNode node) {
		borderNodes.add(node);
	}

	@Override
	public String toString() {
		return mapping.getName() + "[" + label + "]";
	}
}
