package org.counterpart.ui.internal.exchange;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/** The enrolment wizard's dialog: Next does each page's step (create the key, write the request, install the answer). */
public final class EnrolmentWizardDialog extends WizardDialog {

	/** A page whose step runs when the user leaves it with Next. */
	interface Step {
		/** Does the page's step; false (with the reason shown on the page) keeps the user on the page. */
		boolean leave();
	}

	public EnrolmentWizardDialog(Shell parent, EnrolmentWizard wizard) {
		super(parent, wizard);
	}

	/** The Next button, for tests. */
	public Button getNextButton() {
		return getButton(IDialogConstants.NEXT_ID);
	}

	@Override
	protected void nextPressed() {
		IWizardPage page = getCurrentPage();
		if (page instanceof Step step && !step.leave()) {
			return;
		}
		super.nextPressed();
	}
}
