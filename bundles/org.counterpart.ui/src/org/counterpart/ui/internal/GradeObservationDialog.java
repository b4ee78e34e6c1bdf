package org.counterpart.ui.internal;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Asks for the grading of an observation: source reliability A-F and information credibility 1-6, with their meanings. */
final class GradeObservationDialog extends TitleAreaDialog {

	private final FieldObservation observation;
	private Combo reliabilityCombo;
	private Combo credibilityCombo;
	private SourceReliability reliability;
	private InformationCredibility credibility;

	GradeObservationDialog(Shell parent, FieldObservation observation) {
		super(parent);
		this.observation = observation;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Grade_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Grade_title);
		setMessage(NLS.bind(Messages.Grade_message, ObjectLabels.labelOf(observation)));
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		new Label(fields, SWT.NONE).setText(Messages.Grade_reliability);
		reliabilityCombo = new Combo(fields, SWT.READ_ONLY);
		reliabilityCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (String meaning : Messages.Grade_reliabilities.split("\\|")) { //$NON-NLS-1$
			reliabilityCombo.add(meaning);
		}
		new Label(fields, SWT.NONE).setText(Messages.Grade_credibility);
		credibilityCombo = new Combo(fields, SWT.READ_ONLY);
		credibilityCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (String meaning : Messages.Grade_credibilities.split("\\|")) { //$NON-NLS-1$
			credibilityCombo.add(meaning);
		}
		if (observation.getSourceReliability() != SourceReliability.UNGRADED) {
			reliabilityCombo.select(observation.getSourceReliability().getValue() - 1);
		}
		if (observation.getInformationCredibility() != InformationCredibility.UNGRADED) {
			credibilityCombo.select(observation.getInformationCredibility().getValue() - 1);
		}
		reliabilityCombo.addListener(SWT.Selection, event -> updateButtons());
		credibilityCombo.addListener(SWT.Selection, event -> updateButtons());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		updateButtons();
	}

	private void updateButtons() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID)
					.setEnabled(reliabilityCombo.getSelectionIndex() >= 0 && credibilityCombo.getSelectionIndex() >= 0);
		}
	}

	@Override
	protected void okPressed() {
		reliability = SourceReliability.get(reliabilityCombo.getSelectionIndex() + 1);
		credibility = InformationCredibility.get(credibilityCombo.getSelectionIndex() + 1);
		super.okPressed();
	}

	SourceReliability getReliability() {
		return reliability;
	}

	InformationCredibility getCredibility() {
		return credibility;
	}
}
