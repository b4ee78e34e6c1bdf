package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.counterpart.exercise.ClockOrder;
import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.CredentialException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The trainer's order to every trainee's exercise clock: pause, resume, or release up to an exercise time, signed
 * with a trainer identity of the exercise kit and written as one file into the folder the trainees' workbenches
 * watch. A wrong field says why in the dialog and writes nothing.
 */
final class ClockOrderDialog extends TitleAreaDialog {

	private static String lastFolder = ""; //$NON-NLS-1$

	private final Clock wallClock;
	private TrainerFields trainer;
	private String refusal;
	private Text folder;
	private Button pause;
	private Button resume;
	private Button release;
	private Text until;
	private Path written;

	ClockOrderDialog(Shell parent, Clock wallClock) {
		super(parent);
		this.wallClock = wallClock;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Order_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Order_title);
		setMessage(Messages.Order_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
		TrainerFields.label(grid, Messages.Order_kind);
		Composite kinds = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(kinds);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kinds);
		pause = radio(kinds, Messages.Order_pause);
		resume = radio(kinds, Messages.Order_resume);
		release = radio(kinds, Messages.Order_release);
		until = new Text(kinds, SWT.BORDER);
		until.setMessage(Messages.Order_untilHint);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(until);
		pause.setSelection(true);
		until.setEnabled(false);
		release.addListener(SWT.Selection, event -> until.setEnabled(release.getSelection()));
		folder = TrainerFields.row(grid, Messages.Order_folder, TrainerFields.Choose.FOLDER);
		folder.setText(lastFolder);
		trainer = new TrainerFields(grid);
		return area;
	}

	private static Button radio(Composite parent, String text) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Order_send, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void okPressed() {
		String[] failure = new String[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				written = send();
			} catch (ScenarioException e) {
				failure[0] = e.getMessage();
			}
		});
		refusal = failure[0];
		if (failure[0] != null) {
			setErrorMessage(failure[0]);
			return;
		}
		super.okPressed();
	}

	private Path send() throws ScenarioException {
		String folderText = folder.getText().strip();
		if (folderText.isEmpty() || !Files.isDirectory(Path.of(folderText))) {
			throw new ScenarioException(Messages.bind(Messages.Order_noFolder, folderText));
		}
		ClockOrder order;
		if (release.getSelection()) {
			order = ClockOrder.release(wallClock.instant(), ExerciseTime.parse(until.getText()));
		} else if (resume.getSelection()) {
			order = ClockOrder.resume(wallClock.instant());
		} else {
			order = ClockOrder.pause(wallClock.instant());
		}
		ExerciseKit.Signing signing = trainer.unlock();
		try {
			Path file = ClockOrders.write(order, signing.trainer(), signing.everyone(), Path.of(folderText));
			lastFolder = folderText;
			return file;
		} catch (IOException | CredentialException e) {
			throw new ScenarioException(Messages.bind(Messages.Order_writeFailed, folderText, e.getMessage()), e);
		}
	}

	/** The order file written, once the dialog closed with OK. */
	Path written() {
		return written;
	}

	/** Why the last OK was refused, or null. */
	String refusal() {
		return refusal;
	}

	TrainerFields trainerFields() {
		return trainer;
	}

	Text folderText() {
		return folder;
	}

	Button releaseButton() {
		return release;
	}

	Text untilText() {
		return until;
	}
}
