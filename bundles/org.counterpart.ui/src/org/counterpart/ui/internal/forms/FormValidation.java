package org.counterpart.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.Theater;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.validation.WorkspaceValidation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;

/**
 * Runs the model's validator on the edited object after each change and shows what it finds: at the field a problem
 * is about (a decoration) and in the form's header (the summary of all). For the Theater only the root itself is
 * checked, not the whole workspace (that is the Problems view's work).
 */
final class FormValidation {

	private final EObject object;
	private final FormFields fields;
	private final IMessageManager messages;
	private final List<Object[]> shown = new ArrayList<>();

	FormValidation(EObject object, FormFields fields, IMessageManager messages) {
		this.object = object;
		this.fields = fields;
		this.messages = messages;
	}

	void update() {
		messages.setAutoUpdate(false);
		try {
			for (Object[] keyAndControl : shown) {
				if (keyAndControl[1] instanceof Control control && !control.isDisposed()) {
					messages.removeMessage(keyAndControl[0], control);
				} else {
					messages.removeMessage(keyAndControl[0]);
				}
			}
			shown.clear();
			int index = 0;
			for (Diagnostic problem : problems()) {
				Object key = "validation." + index++; //$NON-NLS-1$
				int type = problem.getSeverity() == Diagnostic.ERROR ? IMessageProvider.ERROR
						: problem.getSeverity() == Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
				List<?> data = problem.getData();
				Control control = null;
				if (data.size() > 1 && data.get(0) instanceof EObject owner && data.get(1) instanceof EStructuralFeature feature) {
					control = fields.controlFor(owner, feature);
				}
				if (control != null) {
					messages.addMessage(key, problem.getMessage(), problem, type, control);
				} else {
					messages.addMessage(key, problem.getMessage(), problem, type);
				}
				shown.add(new Object[] { key, control });
			}
		} finally {
			messages.setAutoUpdate(true);
		}
	}

	private List<Diagnostic> problems() {
		Diagnostic diagnostic;
		if (object instanceof Theater theater) {
			BasicDiagnostic chain = new BasicDiagnostic();
			CounterpartValidator.INSTANCE.validate(theater.eClass(), theater, chain, new java.util.HashMap<>());
			diagnostic = chain;
		} else {
			diagnostic = WorkspaceValidation.validate(object);
		}
		List<Diagnostic> found = new ArrayList<>(WorkspaceValidation.problems(diagnostic, Diagnostic.ERROR));
		found.addAll(WorkspaceValidation.problems(diagnostic, Diagnostic.WARNING));
		return found;
	}
}
