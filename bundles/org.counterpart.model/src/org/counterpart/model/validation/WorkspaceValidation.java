package org.counterpart.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a whole workspace: every object of a {@link Theater} against the multiplicities of the model and the
 * constraints of {@link CounterpartValidator}. Problems are {@link Diagnostic#ERROR errors} (the data is wrong or
 * must not leave the laptop as it is) or {@link Diagnostic#WARNING warnings} (worth a look).
 * <p>
 * Each problem's {@link Diagnostic#getData() data} holds the object first and, where there is one, the feature to
 * correct second, so that a problems view can select both. Works with or without OSGi.
 */
public final class WorkspaceValidation {

	private WorkspaceValidation() {
	}

	/**
	 * Validates a workspace.
	 *
	 * @param theater the workspace root
	 * @return a diagnostic whose children are the problems found, {@link Diagnostic#OK} if there are none
	 */
	public static Diagnostic validate(Theater theater) {
		return validate((EObject)theater);
	}

	/**
	 * Validates one object and everything it contains, e.g. a single observation before it is set to final.
	 *
	 * @param object any Counterpart object
	 * @return a diagnostic whose children are the problems found, {@link Diagnostic#OK} if there are none
	 */
	public static Diagnostic validate(EObject object) {
		return new LabellingDiagnostician(true).validate(object);
	}

	/**
	 * Validates one object without what it contains (a Theater's check that identifiers are unique still looks at all
	 * of them): the step of a validation that follows edits object by object.
	 *
	 * @param object any Counterpart object
	 * @return the problems of {@code object} itself, flattened, errors and warnings alike; empty if there are none
	 */
	public static List<Diagnostic> validateOne(EObject object) {
		Diagnostic diagnostic = new LabellingDiagnostician(false).validate(object);
		List<Diagnostic> result = new ArrayList<>();
		collect(diagnostic, Diagnostic.WARNING, result);
		collect(diagnostic, Diagnostic.ERROR, result);
		return result;
	}

	/** The problems of a diagnostic with the given severity, flattened. */
	public static List<Diagnostic> problems(Diagnostic diagnostic, int severity) {
		List<Diagnostic> result = new ArrayList<>();
		collect(diagnostic, severity, result);
		return result;
	}

	private static void collect(Diagnostic diagnostic, int severity, List<Diagnostic> result) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == severity) {
				result.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, severity, result);
		}
	}

	/** A diagnostician that names objects by their labels and does not depend on the global validator registry. */
	private static final class LabellingDiagnostician extends Diagnostician {

		private final boolean withContents;

		LabellingDiagnostician(boolean withContents) {
			super(registry());
			this.withContents = withContents;
		}

		@Override
		protected boolean doValidateContents(EObject eObject, org.eclipse.emf.common.util.DiagnosticChain diagnostics,
				java.util.Map<Object, Object> context) {
			return !withContents || super.doValidateContents(eObject, diagnostics, context);
		}

		private static EValidator.Registry registry() {
			EValidator.Registry registry = new EValidatorRegistryImpl();
			registry.put(CounterpartPackage.eINSTANCE, CounterpartValidator.INSTANCE);
			return registry;
		}

		@Override
		public String getObjectLabel(EObject eObject) {
			return ObjectLabels.labelOf(eObject);
		}

		@Override
		public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
			return new BasicDiagnostic(CounterpartValidator.DIAGNOSTIC_SOURCE, 0,
				ValidationMessages.format(ValidationMessages.SUMMARY, ObjectLabels.labelOf(eObject)), new Object[] { eObject });
		}
	}
}
