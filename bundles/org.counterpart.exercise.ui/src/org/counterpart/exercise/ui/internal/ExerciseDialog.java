package org.counterpart.exercise.ui.internal;

import org.counterpart.exercise.ScenarioException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The shape every exercise dialog shares: a title area, a grid of three columns (caption, field, Browse), a
 * resizable shell, and an OK button named for what it does. OK {@link #perform() performs} the dialog's work while
 * the cursor shows it is busy; a {@link ScenarioException} is said in the title area, the dialog stays open and
 * nothing is done.
 */
abstract class ExerciseDialog extends TitleAreaDialog {

	private final String shellTitle;
	private final String title;
	private final String message;
	private final String okLabel;
	private String refusal;

	ExerciseDialog(Shell parent, String shellTitle, String title, String message, String okLabel) {
		super(parent);
		this.shellTitle = shellTitle;
		this.title = title;
		this.message = message;
		this.okLabel = okLabel;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(shellTitle);
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		setTitle(title);
		setMessage(message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
		createFields(grid);
		return area;
	}

	/** Adds the dialog's rows to {@code grid}, a grid of three columns. */
	protected abstract void createFields(Composite grid);

	/**
	 * Does the dialog's work from its fields.
	 *
	 * @throws ScenarioException with a message for the user when a field is wrong or the work fails; nothing is done
	 */
	protected abstract void perform() throws ScenarioException;

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected final void okPressed() {
		String[] failure = new String[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				perform();
			} catch (ScenarioException e) {
				failure[0] = e.getMessage();
			}
		});
		refusal = failure[0];
		if (refusal != null) {
			setErrorMessage(refusal);
			return;
		}
		super.okPressed();
	}

	/** Why the last OK was refused, or null. */
	String refusal() {
		return refusal;
	}
}
