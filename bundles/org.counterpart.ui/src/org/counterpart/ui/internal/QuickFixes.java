package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Identified;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.Marking;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.util.CounterpartValidator;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.model.validation.LiveValidation;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * The fixes of a problem where one is obvious. A fix makes a command for the workspace's command stack (so it is
 * undone like any edit), after asking the officer where the fix needs a decision; null means the officer declined.
 */
final class QuickFixes {

	/** A fix: its menu label and how to make its command, asking in {@code shell} if needed. */
	record QuickFix(String label, Function<Shell, Command> command) {
	}

	private QuickFixes() {
	}

	static List<QuickFix> of(Diagnostic problem, EditingDomain domain) {
		List<QuickFix> fixes = new ArrayList<>();
		EObject subject = LiveValidation.subjectOf(problem);
		if (!CounterpartValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource()) || subject == null) {
			return fixes;
		}
		switch (problem.getCode()) {
		case CounterpartValidator.UNGRADED -> {
			if (subject instanceof FieldObservation observation) {
				fixes.add(new QuickFix(Messages.QuickFix_grade, shell -> grade(shell, domain, observation)));
				fixes.add(new QuickFix(Messages.QuickFix_cannotBeJudged, shell -> cannotBeJudged(shell, domain, observation)));
			}
		}
		case CounterpartValidator.RELEASABILITY -> {
			if (subject instanceof Identified identified && identified.eContainer() instanceof Identified container
					&& container.getEffectiveMarking() != null) {
				Marking bound = container.getEffectiveMarking();
				fixes.add(new QuickFix(NLS.bind(Messages.QuickFix_tightenMarking, ObjectLabels.banner(bound)),
						shell -> SetCommand.create(domain, identified, CounterpartPackage.Literals.IDENTIFIED__MARKING,
								EcoreUtil.copy(bound))));
			}
		}
		case CounterpartValidator.FINAL_WITHOUT_TEXT -> {
			if (subject instanceof FieldObservation observation) {
				fixes.add(new QuickFix(Messages.QuickFix_backToDraft, shell -> SetCommand.create(domain, observation,
						CounterpartPackage.Literals.FIELD_OBSERVATION__STATUS, ObservationStatus.DRAFT)));
			}
		}
		default -> {
			// no obvious fix: the officer decides in the object's editor
		}
		}
		return fixes;
	}

	private static Command grade(Shell shell, EditingDomain domain, FieldObservation observation) {
		GradeObservationDialog dialog = new GradeObservationDialog(shell, observation);
		if (dialog.open() != Window.OK) {
			return null;
		}
		return gradeCommand(domain, observation, dialog.getReliability(), dialog.getCredibility());
	}

	private static Command cannotBeJudged(Shell shell, EditingDomain domain, FieldObservation observation) {
		String text = NLS.bind(Messages.QuickFix_cannotBeJudgedConfirm, ObjectLabels.labelOf(observation));
		if (!MessageDialog.openConfirm(shell, Messages.QuickFix_cannotBeJudgedTitle, text)) {
			return null;
		}
		return gradeCommand(domain, observation, SourceReliability.F, InformationCredibility.CANNOT_BE_JUDGED);
	}

	static Command gradeCommand(EditingDomain domain, FieldObservation observation, SourceReliability reliability,
			InformationCredibility credibility) {
		CompoundCommand command = new CompoundCommand(Messages.QuickFix_gradeCommand);
		command.append(SetCommand.create(domain, observation, CounterpartPackage.Literals.FIELD_OBSERVATION__SOURCE_RELIABILITY, reliability));
		command.append(SetCommand.create(domain, observation,
				CounterpartPackage.Literals.FIELD_OBSERVATION__INFORMATION_CREDIBILITY, credibility));
		return command;
	}
}
