package org.counterpart.ui.internal.forms;

import java.util.List;

import org.counterpart.model.Classification;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Identified;
import org.counterpart.model.Marking;
import org.counterpart.model.util.ObjectLabels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Edits an object's own marking: its classification, the dissemination controls and the countries it is releasable
 * to, or no own marking at all (the object then carries its container's). The result is one command.
 */
final class MarkingDialog extends TitleAreaDialog {

	private final Identified object;
	private Button inherit;
	private Combo classification;
	private Text dissemination;
	private Text relTo;
	private boolean chosenInherit;
	private Classification chosenClassification;
	private List<String> chosenDissemination;
	private List<String> chosenRelTo;

	MarkingDialog(Shell parent, Identified object) {
		super(parent);
		this.object = object;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Marking_dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Marking_dialogHeading, ObjectLabels.labelOf(object)));
		setMessage(Messages.Marking_dialogMessage);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 10;
		layout.marginHeight = 10;
		fields.setLayout(layout);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		Marking own = object.getMarking();
		Marking shown = own != null ? own : object.getEffectiveMarking();
		inherit = new Button(fields, SWT.CHECK);
		inherit.setText(Messages.Marking_inherit);
		inherit.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		inherit.setSelection(own == null && object.eContainer() != null);
		inherit.setEnabled(object.eContainer() != null);

		new Label(fields, SWT.NONE).setText(Messages.Marking_classification);
		classification = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Classification value : Classification.VALUES) {
			classification.add(value.getLiteral());
		}
		classification.select(shown == null ? 0 : shown.getClassification().getValue());
		new Label(fields, SWT.NONE).setText(Messages.Marking_dissemination);
		dissemination = new Text(fields, SWT.BORDER);
		dissemination.setMessage(Messages.Marking_disseminationHint);
		new Label(fields, SWT.NONE).setText(Messages.Marking_relTo);
		relTo = new Text(fields, SWT.BORDER);
		relTo.setMessage(Messages.Marking_relToHint);
		if (shown != null) {
			dissemination.setText(String.join(", ", shown.getDisseminationControls())); //$NON-NLS-1$
			relTo.setText(String.join(", ", shown.getRelTo())); //$NON-NLS-1$
		}
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 280;
		dissemination.setLayoutData(wide);
		relTo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		classification.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		inherit.addListener(SWT.Selection, event -> enableFields());
		enableFields();
		return area;
	}

	private void enableFields() {
		boolean own = !inherit.getSelection();
		classification.setEnabled(own);
		dissemination.setEnabled(own);
		relTo.setEnabled(own);
	}

	@Override
	protected void okPressed() {
		chosenInherit = inherit.getSelection();
		chosenClassification = Classification.get(classification.getSelectionIndex());
		chosenDissemination = FormFields.splitList(dissemination.getText().toUpperCase(java.util.Locale.ROOT));
		chosenRelTo = FormFields.splitList(relTo.getText().toUpperCase(java.util.Locale.ROOT));
		super.okPressed();
	}

	/** The command that gives the object the marking chosen. */
	Command command(EditingDomain domain) {
		CounterpartPackage model = CounterpartPackage.eINSTANCE;
		Marking own = object.getMarking();
		if (chosenInherit) {
			return own == null ? null
					: SetCommand.create(domain, object, model.getIdentified_Marking(), null);
		}
		if (own == null) {
			Marking marking = CounterpartFactory.eINSTANCE.createMarking();
			marking.setClassification(chosenClassification);
			marking.getDisseminationControls().addAll(chosenDissemination);
			marking.getRelTo().addAll(chosenRelTo);
			return SetCommand.create(domain, object, model.getIdentified_Marking(), marking);
		}
		CompoundCommand compound = new CompoundCommand(Messages.Marking_commandLabel);
		if (own.getClassification() != chosenClassification) {
			compound.append(SetCommand.create(domain, own, model.getMarking_Classification(), chosenClassification));
		}
		if (!own.getDisseminationControls().equals(chosenDissemination)) {
			compound.append(SetCommand.create(domain, own, model.getMarking_DisseminationControls(), chosenDissemination));
		}
		if (!own.getRelTo().equals(chosenRelTo)) {
			compound.append(SetCommand.create(domain, own, model.getMarking_RelTo(), chosenRelTo));
		}
		return compound.isEmpty() ? null : compound;
	}
}
