package org.counterpart.diagram.view;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.ConditionalEdgeStyle;
import org.counterpart.diagram.spec.ConditionalNodeStyle;
import org.counterpart.diagram.spec.EdgeMapping;
import org.counterpart.diagram.spec.EdgeStyle;
import org.counterpart.diagram.spec.NodeStyle;
import org.counterpart.diagram.spec.SpecPackage.Literals;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.ecore.EObject;

/** How a node or an edge looks: the rules of a spec's labels, styles and sizes, shared by both interpreters. */
final class Appearance {
	record OfNode(String label, NodeStyle style, Double width, Double height) {
	}

	record OfEdge(String label, EdgeStyle style, double width) {
	}

	private Appearance() {
	}

	/** The node's label, its first conditional style whose predicate holds (or the mapping's), and its size. */
	static OfNode node(LoadedSpec spec, AbstractNodeMapping mapping, EObject target, EvaluationContext context) {
		NodeStyle style = mapping.getStyle();
		for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
			Expression predicate = spec.expression(conditional, Literals.CONDITIONAL_NODE_STYLE__PREDICATE_EXPRESSION);
			if (predicate == null || predicate.test(context)) {
				style = conditional.getStyle();
				break;
			}
		}
		Expression label = spec.expression(mapping, Literals.ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION);
		String text;
		if (label == null) {
			context.reads().contents(target);
			text = ObjectLabels.labelOf(target);
		} else {
			text = DiagramInterpreter.text(label.evaluate(context));
		}
		return new OfNode(text, style,
				DiagramInterpreter.number(spec.expression(style, Literals.NODE_STYLE__WIDTH_EXPRESSION), context),
				DiagramInterpreter.number(spec.expression(style, Literals.NODE_STYLE__HEIGHT_EXPRESSION), context));
	}

	/** The edge's first conditional style whose predicate holds (or the mapping's), its label and its width. */
	static OfEdge edge(LoadedSpec spec, EdgeMapping mapping, EvaluationContext context) {
		EdgeStyle style = mapping.getStyle();
		for (ConditionalEdgeStyle conditional : mapping.getConditionalStyles()) {
			Expression predicate = spec.expression(conditional, Literals.CONDITIONAL_EDGE_STYLE__PREDICATE_EXPRESSION);
			if (predicate == null || predicate.test(context)) {
				style = conditional.getStyle();
				break;
			}
		}
		Expression label = spec.expression(style, Literals.EDGE_STYLE__LABEL_EXPRESSION);
		Double width = DiagramInterpreter.number(spec.expression(style, Literals.EDGE_STYLE__WIDTH_EXPRESSION), context);
		return new OfEdge(label == null ? null : DiagramInterpreter.text(label.evaluate(context)), style, width == null ? 1 : width);
	}
}
