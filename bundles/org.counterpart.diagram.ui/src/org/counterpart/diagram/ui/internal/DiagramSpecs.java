package org.counterpart.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.diagram.InvalidSpecException;
import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.SpecRegistry;
import org.counterpart.diagram.expression.EvaluationContext;
import org.counterpart.diagram.expression.Expression;
import org.counterpart.diagram.expression.ExpressionEvaluationException;
import org.counterpart.diagram.expression.ExpressionServices;
import org.counterpart.diagram.spec.SpecPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;

/** The representations the workbench can draw (the shipped specs, loaded once) and which of them apply to an object. */
public final class DiagramSpecs {
	private static SpecRegistry shipped;

	private DiagramSpecs() {
	}

	/** The registry of shipped specs, loaded on first use. */
	public static synchronized SpecRegistry registry() throws InvalidSpecException {
		if (shipped == null) {
			shipped = SpecRegistry.shipped();
		}
		return shipped;
	}

	/** The specs that can show {@code root}: of its domain class, and whose precondition holds for it. */
	public static List<LoadedSpec> applicableTo(EObject root) throws InvalidSpecException {
		List<LoadedSpec> result = new ArrayList<>();
		for (LoadedSpec spec : registry().all()) {
			if (applies(spec, root)) {
				result.add(spec);
			}
		}
		return result;
	}

	/** Whether {@code spec} shows {@code root}. */
	public static boolean applies(LoadedSpec spec, EObject root) {
		EClassifier domainClass = root.eClass().getEPackage().getEClassifier(spec.spec().getDomainClass());
		if (!(domainClass instanceof EClass eClass) || !eClass.isInstance(root)) {
			return false;
		}
		Expression precondition = spec.expression(spec.spec(), SpecPackage.Literals.REPRESENTATION_SPEC__PRECONDITION);
		if (precondition == null) {
			return true;
		}
		try {
			return precondition.test(new EvaluationContext(root, ExpressionServices.standard()).with("diagram", root)); //$NON-NLS-1$
		} catch (ExpressionEvaluationException e) {
			return false; // a precondition that cannot be evaluated on this object does not offer the diagram
		}
	}
}
