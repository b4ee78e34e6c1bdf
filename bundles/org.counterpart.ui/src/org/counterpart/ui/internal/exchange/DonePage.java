package org.counterpart.ui.internal.exchange;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the enrolment installed; Finish closes the wizard. */
public final class DonePage extends WizardPage {

	private Label summary;

	DonePage() {
		super("done"); //$NON-NLS-1$
		setTitle(DeviceMessages.Enrol_doneTitle);
		setDescription(DeviceMessages.Enrol_doneMessage);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 480;
		summary.setLayoutData(data);
		setControl(page);
	}

	void show(String text) {
		summary.setText(text);
		((Composite) getControl()).layout(true, true);
	}

	/** The summary shown. */
	public String summary() {
		return summary.getText();
	}

	@Override
	public IWizardPage getPreviousPage() {
		return null;
	}

	@Override
	public IWizardPage getNextPage() {
		return null;
	}
}
